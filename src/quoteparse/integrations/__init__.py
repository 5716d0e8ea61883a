"""Adapters that plug quoteparse into other tools; each needs its own extra.

``quoteparse.integrations.dask`` (``pip install 'quoteparse[dask]'``): a Dask
Bag or DataFrame text column to flat records. ``quoteparse.integrations.spacy``
(``pip install 'quoteparse[spacy]'``): a spaCy pipeline component. Each module
imports its tool only when it is used; ``import quoteparse`` imports neither.
"""
