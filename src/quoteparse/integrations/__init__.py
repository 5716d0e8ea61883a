"""Adapters that plug quoteparse into other tools; each needs its own extra."""
