"""The harvesters' tables: harvest sources and their jobs.

They share the catalog's declarative base (one metadata, one store); the Alembic environment
that creates them is the composition layer's (api/migrations), which imports every package's
models.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from catalog.models import Base, Publisher, new_id, utcnow


class HarvestSource(Base):
    __tablename__ = "harvest_sources"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(100), unique=True, index=True)
    type: Mapped[str] = mapped_column(String(40))
    config: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    schedule: Mapped[str | None] = mapped_column(String(20))  # hourly | daily | weekly
    publisher_id: Mapped[str] = mapped_column(ForeignKey("publishers.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    # One way only: the catalog's Publisher knows nothing of sources
    publisher: Mapped[Publisher] = relationship()
    jobs: Mapped[list[HarvestJob]] = relationship(
        back_populates="source", order_by="HarvestJob.started_at"
    )


class HarvestJob(Base):
    __tablename__ = "harvest_jobs"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    source_id: Mapped[str] = mapped_column(ForeignKey("harvest_sources.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))  # running | finished | failed
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # refreshed while the job runs: a running job whose heart stopped is a dead one
    heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    full: Mapped[bool] = mapped_column(Boolean, default=False)  # a full gather (may withdraw)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    errors: Mapped[list[Any]] = mapped_column(JSON, default=list)

    source: Mapped[HarvestSource] = relationship(back_populates="jobs")
