"""Who an HTTP request speaks for: an API token, sent as `Authorization: Bearer <token>`, or
as CKAN clients send theirs (`Authorization: <token>`, `X-CKAN-API-Key: <token>`). Only
writes ask (reads are public and never look at credentials)."""

from __future__ import annotations

from flask import current_app, g, request

from catalog.errors import CatalogError
from publishers.auth import Principal
from publishers.tokens import token_principal


class Unauthenticated(CatalogError):
    """The request carries no usable API token."""


def presented_token() -> str | None:
    """The token a request presents, in any of the accepted headers (None: none)."""
    header = request.headers.get("Authorization", "").strip()
    scheme, _, rest = header.partition(" ")
    if scheme.lower() == "bearer" and rest.strip():
        return rest.strip()
    if header and not rest:  # CKAN's convention: the token alone
        return header
    return request.headers.get("X-CKAN-API-Key", "").strip() or None


def request_principal() -> Principal:
    """The principal of the request's token, looked up once per request (Unauthenticated,
    or publishers.tokens.InvalidToken)."""
    if "govcat_principal" not in g:
        secret = presented_token()
        if secret is None:
            raise Unauthenticated("this needs an API token: send `Authorization: Bearer "
                                  "<token>` (make one with `govcat token create` or on the "
                                  "portal's token page)")
        g.govcat_principal = token_principal(current_app.extensions["govcat"], secret, "api")
    return g.govcat_principal
