"""CKAN's Action API errors: each a status and the ``__type`` CKAN clients dispatch on."""

from __future__ import annotations

from typing import Any


class ActionError(Exception):
    """An action's failure, answered in CKAN's error envelope."""

    status = 400
    type_name = "Bad request"

    def __init__(self, message: str, fields: dict[str, list[str]] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.fields = fields or {}

    def error_dict(self) -> dict[str, Any]:
        """The envelope's "error": {"__type", "message"}, plus each wrong field's messages
        (as CKAN's Validation Error gives them)."""
        return {"__type": self.type_name, "message": self.message, **self.fields}


class NotFoundError(ActionError):
    status = 404
    type_name = "Not Found Error"


class AuthorizationError(ActionError):
    status = 403
    type_name = "Authorization Error"


class ValidationError(ActionError):
    status = 409
    type_name = "Validation Error"


class SearchQueryError(ActionError):
    status = 400
    type_name = "Search Query Error"


def invalid(field: str, message: str) -> ValidationError:
    """A Validation Error naming one field."""
    return ValidationError(f"{field}: {message}", {field: [message]})
