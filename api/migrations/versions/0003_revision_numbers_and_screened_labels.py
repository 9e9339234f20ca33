"""unique revision numbers; source keys hashed and stored labels screened

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

Repairs what concurrent publishes could leave behind (two revisions of a dataset with one
number, several `published` revisions beside the current one) before the unique constraint
is added. Then replaces raw harvested names kept by earlier versions: source keys become keyed
hashes, and provenance, validation reports and harvest job errors are screened. Those data
steps need the catalog's helpers (`source_key_digest`, `screen_label`), which `govcat init`
hands over; they are asked for only when there are rows to repair.
"""
from alembic import context, op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

PREFIX = "hmac-sha256:"

datasets = sa.table(
    "datasets", sa.column("id"), sa.column("current_revision_id"), sa.column("source_key"),
)
revisions = sa.table(
    "revisions", sa.column("id"), sa.column("dataset_id"), sa.column("number"),
    sa.column("status"), sa.column("created_at"), sa.column("provenance", sa.JSON),
)
reports = sa.table(
    "validation_reports", sa.column("id"), sa.column("resource_name"),
    sa.column("errors", sa.JSON),
)
jobs = sa.table("harvest_jobs", sa.column("id"), sa.column("errors", sa.JSON))


def _helper(name: str):
    helper = context.config.attributes.get(name)
    if helper is None:
        raise RuntimeError(
            f"migration 0003 must repair stored rows and needs the catalog's {name}: "
            "run it with `govcat init`"
        )
    return helper


def upgrade() -> None:
    bind = op.get_bind()
    _renumber_duplicates(bind)
    _one_published_per_dataset(bind)
    with op.batch_alter_table('revisions', schema=None) as batch_op:
        batch_op.create_unique_constraint('uq_revisions_dataset_number', ['dataset_id', 'number'])
    _hash_source_keys(bind)
    _screen_labels(bind)


def downgrade() -> None:
    with op.batch_alter_table('revisions', schema=None) as batch_op:
        batch_op.drop_constraint('uq_revisions_dataset_number', type_='unique')


def _renumber_duplicates(bind) -> None:
    """Number the revisions of each dataset with a repeated number 1..n in creation order."""
    repeated = bind.execute(
        sa.select(revisions.c.dataset_id)
        .group_by(revisions.c.dataset_id, revisions.c.number)
        .having(sa.func.count() > 1)
    ).scalars().all()
    for dataset_id in sorted(set(repeated)):
        rows = bind.execute(
            sa.select(revisions.c.id)
            .where(revisions.c.dataset_id == dataset_id)
            .order_by(revisions.c.created_at, revisions.c.number, revisions.c.id)
        ).scalars().all()
        for number, revision_id in enumerate(rows, start=1):
            bind.execute(revisions.update().where(revisions.c.id == revision_id)
                         .values(number=number))


def _one_published_per_dataset(bind) -> None:
    """Only a dataset's current revision is `published`; others that say so are superseded."""
    current = dict(bind.execute(sa.select(datasets.c.id, datasets.c.current_revision_id)).all())
    rows = bind.execute(
        sa.select(revisions.c.id, revisions.c.dataset_id)
        .where(revisions.c.status == "published")
        .order_by(revisions.c.dataset_id, revisions.c.number.desc())
    ).all()
    for revision_id, dataset_id in rows:
        if current.get(dataset_id) is None:  # published, yet not current: the newest becomes it
            current[dataset_id] = revision_id
            bind.execute(datasets.update().where(datasets.c.id == dataset_id)
                         .values(current_revision_id=revision_id))
        elif current[dataset_id] != revision_id:
            bind.execute(revisions.update().where(revisions.c.id == revision_id)
                         .values(status="superseded"))


def _hash_source_keys(bind) -> None:
    rows = bind.execute(
        sa.select(datasets.c.id, datasets.c.source_key)
        .where(datasets.c.source_key.is_not(None))
        .where(sa.not_(datasets.c.source_key.startswith(PREFIX)))
    ).all()
    if not rows:
        return
    digest = _helper("source_key_digest")
    for dataset_id, key in rows:
        bind.execute(datasets.update().where(datasets.c.id == dataset_id)
                     .values(source_key=digest(key)))


def _screen_labels(bind) -> None:
    """Provenance, report names and notes, harvest errors: screened like new ones are."""
    provenance = bind.execute(sa.select(revisions.c.id, revisions.c.provenance)).all()
    names = bind.execute(
        sa.select(reports.c.id, reports.c.resource_name, reports.c.errors)).all()
    errors = bind.execute(sa.select(jobs.c.id, jobs.c.errors)).all()
    if not (provenance or names or errors):
        return
    screen = _helper("screen_label")

    def screened(value):
        if isinstance(value, str):
            return screen(value)
        if isinstance(value, dict):
            return {key: screened(item) for key, item in value.items()}
        if isinstance(value, list):
            return [screened(item) for item in value]
        return value

    for revision_id, value in provenance:
        bind.execute(revisions.update().where(revisions.c.id == revision_id)
                     .values(provenance=screened(value or {})))
    for report_id, name, report_errors in names:
        bind.execute(reports.update().where(reports.c.id == report_id)
                     .values(resource_name=screen(name), errors=screened(report_errors or [])))
    for job_id, job_errors in errors:
        bind.execute(jobs.update().where(jobs.c.id == job_id)
                     .values(errors=screened(job_errors or [])))
