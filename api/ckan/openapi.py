"""The CKAN Action API in the OpenAPI document: one path per action of the registry, its
summary from the action's docstring, CKAN's envelope and error statuses."""

from __future__ import annotations

import inspect
from typing import Any

from api.ckan.actions import Action
from api.ckan.errors import ActionError
from api.schemas import CkanEnvelopeSchema, CkanErrorSchema

TAG = "CKAN Action API"
TAG_DESCRIPTION = ("CKAN's Action API, so that ckanapi and every CKAN client work unchanged: "
                   "its read actions, open to anyone, and its write actions, with an API "
                   "token, POST only. Every action is also served at /api/action/{name}; "
                   "unknown parameters are ignored.")


def action_operations(name: str, action: Action,
                      security: list[dict[str, list[str]]] | None = None
                      ) -> dict[str, dict[str, Any]]:
    """The GET and POST operations of one action (apispec's form); a write action (with
    security) takes POST only (its GET is refused, 400) and multipart uploads."""
    doc = inspect.getdoc(action) or name
    common = {
        "tags": [TAG],
        "summary": summary(doc),
        "description": doc,
        "responses": {"200": {"description": "CKAN's envelope with the action's result.",
                              "content": {"application/json": {"schema": CkanEnvelopeSchema}}},
                      **error_responses()},
    }
    # CKAN takes any parameter; those an action reads are named in its description
    free_form = {"type": "object", "additionalProperties": True}
    if security is not None:
        refused = {"400": {"description": "Bad request: a write action takes POST",
                           "content": {"application/json": {"schema": CkanErrorSchema}}}}
        return {
            "get": {"tags": [TAG], "summary": f"{name} takes POST",
                    "description": "A write action called with GET is refused.",
                    "operationId": f"ckan_{name}", "responses": refused},
            "post": {**common, "operationId": f"ckan_{name}_post", "security": security,
                     "requestBody": {
                         "description": "The action's data dict; a file goes as "
                                        "multipart/form-data, in the field upload.",
                         "content": {"application/json": {"schema": free_form},
                                     "multipart/form-data": {"schema": {
                                         "type": "object", "additionalProperties": True,
                                         "properties": {"upload": {
                                             "type": "string", "format": "binary"}}}}}}},
        }
    return {
        "get": {**common, "operationId": f"ckan_{name}", "parameters": [
            {"name": "parameters", "in": "query", "style": "form", "explode": True,
             "description": "The action's parameters as a query string.",
             "schema": free_form}]},
        "post": {**common, "operationId": f"ckan_{name}_post", "requestBody": {
            "description": "The action's parameters (its data dict).",
            "content": {"application/json": {"schema": free_form},
                        "application/x-www-form-urlencoded": {"schema": free_form}}}},
    }


def summary(doc: str) -> str:
    """The first sentence of a docstring's first paragraph (which may wrap over lines)."""
    first = " ".join(doc.split("\n\n", 1)[0].split())
    return first.partition(". ")[0].removesuffix(".")


def error_responses() -> dict[str, dict[str, Any]]:
    """CKAN's error statuses, each with the __type values it carries."""
    types: dict[int, list[str]] = {}
    for kind in (ActionError, *ActionError.__subclasses__()):
        types.setdefault(kind.status, []).append(kind.type_name)
    # api.app answers SearchError so when an action that searches finds the backend down
    types[503] = ["Search unavailable: an action that searches found the search backend down"]
    return {str(status): {"description": " or ".join(names),
                          "content": {"application/json": {"schema": CkanErrorSchema}}}
            for status, names in sorted(types.items())}
