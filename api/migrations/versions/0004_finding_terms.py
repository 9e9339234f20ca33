"""privacy findings keep the keyed digests of their terms

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('privacy_findings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('terms', sa.JSON(), nullable=False,
                                      server_default=sa.text("'[]'")))


def downgrade() -> None:
    with op.batch_alter_table('privacy_findings', schema=None) as batch_op:
        batch_op.drop_column('terms')
