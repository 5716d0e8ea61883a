"""Optional bridges to other tools; each module imports its tool only when called.

``quoteparse.integrations.dask``: parse a Dask Bag or DataFrame column into
flat records (``pip install 'quoteparse[dask]'``).
"""
