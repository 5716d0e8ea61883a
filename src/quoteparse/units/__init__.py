"""Quantities with units, and conversion pairs checked for arithmetic."""
