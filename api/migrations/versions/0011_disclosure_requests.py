"""disclosure requests (依申请公开), their consultations, and the annual report's inputs

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'disclosure_requests',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('receipt_code', sa.String(length=20), nullable=False),
        sa.Column('publisher_id', sa.String(length=36), nullable=True),
        sa.Column('applicant_type', sa.String(length=20), nullable=False),
        sa.Column('applicant_name', sa.String(length=200), nullable=True),
        sa.Column('applicant_contact', sa.String(length=500), nullable=True),
        sa.Column('content', sa.Text(), nullable=False),
        sa.Column('channel', sa.String(length=20), nullable=False),
        sa.Column('received', sa.Date(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('extension_days', sa.Integer(), nullable=True),
        sa.Column('extension_approver', sa.String(length=200), nullable=True),
        sa.Column('extension_reason', sa.Text(), nullable=True),
        sa.Column('extended_on', sa.Date(), nullable=True),
        sa.Column('correction_notice_on', sa.Date(), nullable=True),
        sa.Column('correction_within', sa.Integer(), nullable=True),
        sa.Column('correction_items', sa.Text(), nullable=True),
        sa.Column('corrected_on', sa.Date(), nullable=True),
        sa.Column('outcome', sa.String(length=40), nullable=True),
        sa.Column('answered_on', sa.Date(), nullable=True),
        sa.Column('answered_by', sa.String(length=200), nullable=True),
        sa.Column('answer_note', sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(['publisher_id'], ['publishers.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('receipt_code'),
    )
    op.create_index('ix_disclosure_requests_publisher_id', 'disclosure_requests',
                    ['publisher_id'])
    op.create_index('ix_disclosure_requests_received', 'disclosure_requests', ['received'])
    op.create_index('ix_disclosure_requests_outcome', 'disclosure_requests', ['outcome'])
    op.create_index('ix_disclosure_requests_answered_on', 'disclosure_requests', ['answered_on'])
    op.create_table(
        'disclosure_consultations',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('request_id', sa.String(length=36), nullable=False),
        sa.Column('party', sa.String(length=200), nullable=False),
        sa.Column('sent', sa.Date(), nullable=False),
        sa.Column('replied', sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(['request_id'], ['disclosure_requests.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_disclosure_consultations_request_id', 'disclosure_consultations',
                    ['request_id'])
    op.create_table(
        'annual_report_inputs',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('scope', sa.String(length=64), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('data', sa.JSON(), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_by', sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('scope', 'year', name='uq_annual_report_inputs'),
    )


def downgrade() -> None:
    op.drop_table('annual_report_inputs')
    op.drop_index('ix_disclosure_consultations_request_id',
                  table_name='disclosure_consultations')
    op.drop_table('disclosure_consultations')
    for name in ('answered_on', 'outcome', 'received', 'publisher_id'):
        op.drop_index(f'ix_disclosure_requests_{name}', table_name='disclosure_requests')
    op.drop_table('disclosure_requests')
