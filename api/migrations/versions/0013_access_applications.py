"""access applications to conditionally open datasets (有条件开放) and their downloads

A conditionally open dataset's tables get row tables too (served to approved applicants
only): `govcat init` (or `govcat reindex`) builds those of what was already published, and
`govcat reindex` also drops from the search index what a not-open dataset no longer shows.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'access_applications',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('receipt_code', sa.String(length=20), nullable=False),
        sa.Column('key_hash', sa.String(length=64), nullable=False),
        sa.Column('dataset_id', sa.String(length=36), nullable=False),
        sa.Column('account_id', sa.String(length=36), nullable=True),
        sa.Column('applicant_name', sa.String(length=200), nullable=False),
        sa.Column('organisation', sa.String(length=200), nullable=True),
        sa.Column('contact', sa.String(length=500), nullable=False),
        sa.Column('purpose', sa.Text(), nullable=False),
        sa.Column('requested_use', sa.Text(), nullable=False),
        sa.Column('channel', sa.String(length=20), nullable=False),
        sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('decided_by', sa.String(length=200), nullable=True),
        sa.Column('terms', sa.Text(), nullable=True),
        sa.Column('expires_on', sa.Date(), nullable=True),
        sa.Column('refusal_reason', sa.Text(), nullable=True),
        sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('revoked_by', sa.String(length=200), nullable=True),
        sa.Column('revocation_reason', sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(['account_id'], ['accounts.id']),
        sa.ForeignKeyConstraint(['dataset_id'], ['datasets.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('key_hash'),
        sa.UniqueConstraint('receipt_code'),
    )
    op.create_index('ix_access_applications_dataset_id', 'access_applications',
                    ['dataset_id'])
    op.create_index('ix_access_applications_account_id', 'access_applications',
                    ['account_id'])
    op.create_index('ix_access_applications_status', 'access_applications', ['status'])
    op.create_table(
        'access_downloads',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('application_id', sa.String(length=36), nullable=False),
        sa.Column('resource_id', sa.String(length=36), nullable=False),
        sa.Column('format', sa.String(length=20), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('channel', sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(['application_id'], ['access_applications.id']),
        sa.ForeignKeyConstraint(['resource_id'], ['resources.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_access_downloads_application_at', 'access_downloads',
                    ['application_id', 'at'])


def downgrade() -> None:
    op.drop_index('ix_access_downloads_application_at', table_name='access_downloads')
    op.drop_table('access_downloads')
    op.drop_index('ix_access_applications_status', table_name='access_applications')
    op.drop_index('ix_access_applications_account_id', table_name='access_applications')
    op.drop_index('ix_access_applications_dataset_id', table_name='access_applications')
    op.drop_table('access_applications')
