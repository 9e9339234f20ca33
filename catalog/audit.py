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
    actor_keys = {"role": actor.role, "channel": actor.channel}
    if actor.publisher:  # the publisher whose role the actor acts in
        actor_keys["role_publisher"] = actor.publisher
    if set(actor_keys) & set(detail):
        raise ValueError("role, channel and role_publisher are the actor's: name the detail "
                         "otherwise")
    event = AuditEvent(actor=actor.who, action=action, target=target,
                       detail={**detail, **actor_keys})
    session.add(event)
    return event
