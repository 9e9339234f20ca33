"""Errors the catalog reports to its users: one clear line each."""


class CatalogError(ValueError):
    """Bad input or a request the catalog refuses; the message says what and where."""


class NotFound(CatalogError):
    """A publisher, dataset, resource or revision that does not exist."""
