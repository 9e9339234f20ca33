"""accounts, memberships, API tokens and login attempts (publishers); the audit trail's
role and channel

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('audit_events') as batch:
        batch.add_column(sa.Column('role', sa.String(length=40), nullable=True))
        batch.add_column(sa.Column('channel', sa.String(length=20), nullable=True))
        batch.create_index('ix_audit_events_actor', ['actor'])
    op.create_table(
        'accounts',
        sa.Column('id', sa.String(length=36), primary_key=True),
        sa.Column('name', sa.String(length=64), nullable=False),
        sa.Column('display_name', sa.String(length=200), nullable=True),
        sa.Column('email', sa.String(length=254), nullable=True),
        sa.Column('password_hash', sa.String(length=200), nullable=True),
        sa.Column('site_admin', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('disabled_at', sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index('ix_accounts_name', 'accounts', ['name'], unique=True)
    op.create_table(
        'memberships',
        sa.Column('id', sa.String(length=36), primary_key=True),
        sa.Column('account_id', sa.String(length=36), sa.ForeignKey('accounts.id'),
                  nullable=False),
        sa.Column('publisher_id', sa.String(length=36), sa.ForeignKey('publishers.id'),
                  nullable=False),
        sa.Column('role', sa.String(length=40), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint('account_id', 'publisher_id', 'role',
                            name='uq_memberships_account_publisher_role'),
    )
    op.create_index('ix_memberships_account_id', 'memberships', ['account_id'])
    op.create_index('ix_memberships_publisher_id', 'memberships', ['publisher_id'])
    op.create_table(
        'api_tokens',
        sa.Column('id', sa.String(length=36), primary_key=True),
        sa.Column('account_id', sa.String(length=36), sa.ForeignKey('accounts.id'),
                  nullable=False),
        sa.Column('secret_hash', sa.String(length=64), nullable=False, unique=True),
        sa.Column('hint', sa.String(length=16), nullable=False),
        sa.Column('scope', sa.String(length=10), nullable=False),
        sa.Column('publisher_id', sa.String(length=36), sa.ForeignKey('publishers.id'),
                  nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('expires_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('last_used_at', sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index('ix_api_tokens_account_id', 'api_tokens', ['account_id'])
    op.create_table(
        'login_attempts',
        sa.Column('id', sa.String(length=36), primary_key=True),
        sa.Column('key', sa.String(length=200), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index('ix_login_attempts_key_at', 'login_attempts', ['key', 'at'])


def downgrade() -> None:
    op.drop_table('login_attempts')
    op.drop_table('api_tokens')
    op.drop_table('memberships')
    op.drop_table('accounts')
    with op.batch_alter_table('audit_events') as batch:
        batch.drop_index('ix_audit_events_actor')
        batch.drop_column('channel')
        batch.drop_column('role')
