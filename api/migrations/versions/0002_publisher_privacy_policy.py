"""publisher privacy policy

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('publishers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('privacy_policy', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('publishers', schema=None) as batch_op:
        batch_op.drop_column('privacy_policy')
