"""datasets are found by (source_id, source_key): an index

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""
from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_datasets_source_key', 'datasets', ['source_id', 'source_key'])


def downgrade() -> None:
    op.drop_index('ix_datasets_source_key', table_name='datasets')
