"""Whether an HTTP request holds access to a conditionally open dataset (有条件开放): an
approved application's access key, sent as `Authorization: Bearer <key>`, or an API token of
the account the application was made with. Asked only when a dataset's open condition
refuses the public (reads of open datasets never look at credentials)."""

from __future__ import annotations

from flask import Response, current_app

from api.credentials import presented_token, request_principal
from publishers.access import KEY_PREFIX, Grant, grant_for_account, grant_for_key


def request_grant(dataset: str) -> Grant | None:
    """The grant the request's credential gives to dataset (by name or id); None when it
    presents none (publishers.access.InvalidAccessKey, AccessDenied, or
    publishers.tokens.InvalidToken for a token that is no longer valid)."""
    secret = presented_token()
    if secret is None:
        return None
    catalog = current_app.extensions["govcat"]
    if secret.startswith(KEY_PREFIX):
        return grant_for_key(catalog, secret, dataset)
    return grant_for_account(catalog, request_principal().name, dataset)


def private(response: Response) -> Response:
    """An answer under a grant: for its holder only, kept by no cache (shared or not)."""
    response.headers["Cache-Control"] = "private, no-store"
    response.vary.add("Authorization")
    return response
