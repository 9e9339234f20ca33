"""row_tables: the registry of the row store's per-resource tables

The row tables themselves are made at run time, when a revision is published (named
rows_<resource id>); `govcat init` builds those of what was already published.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'row_tables',
        sa.Column('resource_id', sa.String(length=36), nullable=False),
        sa.Column('dataset_id', sa.String(length=36), nullable=False),
        sa.Column('table_name', sa.String(length=63), nullable=False),
        sa.Column('row_count', sa.BigInteger(), nullable=False),
        sa.Column('indexed', sa.JSON(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['dataset_id'], ['datasets.id']),
        sa.ForeignKeyConstraint(['resource_id'], ['resources.id']),
        sa.PrimaryKeyConstraint('resource_id'),
        sa.UniqueConstraint('table_name'),
    )
    op.create_index('ix_row_tables_dataset_id', 'row_tables', ['dataset_id'])


def downgrade() -> None:
    op.drop_index('ix_row_tables_dataset_id', table_name='row_tables')
    op.drop_table('row_tables')
