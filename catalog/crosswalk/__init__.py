"""Crosswalks: one module per external metadata format, mapping both ways to the catalog's
standard (the harvesters read with them, the exports write with them)."""
