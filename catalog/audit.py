"""The audit trail: one AuditEvent per write, saying who, when, what, in which role and
through which channel (written in the transaction of the write it records)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.actor import Actor
from catalog.context import Catalog
from catalog.models import AuditEvent, as_utc


def record(session: Session, actor: Actor, action: str, target: str,
           **detail: Any) -> AuditEvent:
    """Add the event of `actor` doing `action` to `target`; detail must hold no personal
    value (positions and counts, never a cell, a password or a token)."""
    if actor.publisher:
        detail.setdefault("publisher", actor.publisher)
    event = AuditEvent(actor=actor.who[:200], role=actor.role, channel=actor.channel,
                       action=action, target=target[:200], detail=detail)
    session.add(event)
    return event


def recent_events(catalog: Catalog, *, limit: int = 50, actor: str | None = None,
                  action: str | None = None) -> list[dict[str, Any]]:
    """The newest events first (of one actor, or one action, when given)."""
    query = select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id).limit(limit)
    if actor:
        query = query.where(AuditEvent.actor == actor)
    if action:
        query = query.where(AuditEvent.action == action)
    with catalog.sessions() as session:
        return [event_dict(event) for event in session.scalars(query)]


def event_dict(event: AuditEvent) -> dict[str, Any]:
    at = as_utc(event.at)
    return {"at": at.isoformat() if at else None, "actor": event.actor, "role": event.role,
            "channel": event.channel, "action": event.action, "target": event.target,
            "detail": event.detail or {}}
