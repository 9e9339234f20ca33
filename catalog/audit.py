"""The audit trail: one AuditEvent per write, saying who, when, what and through which
channel (written in the transaction of the write it records)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from catalog.actor import Actor
from catalog.models import AuditEvent


def record(session: Session, actor: Actor, action: str, target: str,
           **detail: Any) -> AuditEvent:
    """Add the event of `actor` doing `action` to `target`; detail must hold no personal
    value (never an applicant's identity or the text they wrote)."""
    event = AuditEvent(actor=actor.who, action=action, target=target,
                       detail={"role": actor.role, "channel": actor.channel, **detail})
    if actor.publisher:
        event.detail["publisher_role_of"] = actor.publisher
    session.add(event)
    return event
