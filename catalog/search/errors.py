"""The error every search backend reports its failures with."""

from __future__ import annotations


class SearchError(RuntimeError):
    """The search backend failed (unreachable, refused, index missing).

    Its message is one line meant for the operator: it names the backend and what went wrong,
    never a credential and never any document's content.
    """
