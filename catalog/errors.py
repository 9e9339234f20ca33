"""Errors the catalog reports to its users: one clear line each."""

from __future__ import annotations

from datetime import datetime


class CatalogError(ValueError):
    """Bad input or a request the catalog refuses; the message says what and where."""


class NotFound(CatalogError):
    """A publisher, dataset, resource or revision that does not exist."""


class Gone(CatalogError):
    """A dataset withdrawn (it left its source): its tombstone, when and why."""

    def __init__(self, name: str, at: datetime | None, reason: str) -> None:  # at: aware
        self.name, self.at, self.reason = name, at, reason
        super().__init__(f"dataset {name!r} was withdrawn: {reason}")

    def tombstone(self) -> dict[str, str | None]:
        """{"name", "withdrawn_at", "reason"} (the time in ISO 8601, UTC)."""
        return {"name": self.name, "withdrawn_at": self.at.isoformat() if self.at else None,
                "reason": self.reason}
