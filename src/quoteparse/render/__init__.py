"""Views of a parsed Document: an HTML page or notebook cell, and ANSI-coloured terminal text.

The views import nothing beyond the standard library; :func:`quoteparse.render_html`
and :func:`quoteparse.render_ansi` are the public entry points.
"""
