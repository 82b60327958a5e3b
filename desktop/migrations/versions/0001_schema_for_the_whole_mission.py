"""schema for the whole mission

Revision ID: 0001
Revises: 
Create Date: 2026-11-25

Every table the app needs (later revisions extend it). Identifiers are TEXT.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('what', sa.String(length=250), nullable=False),
    sa.Column('person_count', sa.Integer(), nullable=False),
    sa.Column('fields', sa.Text(), nullable=True),
    sa.Column('target', sa.String(length=500), nullable=True),
    sa.Column('checksum', sa.String(length=64), nullable=True),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)

    op.create_table('bpu_bracket',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('income_low', sa.Integer(), nullable=True),
    sa.Column('income_high', sa.Integer(), nullable=True),
    sa.Column('dasar_penghasilan', sa.Integer(), nullable=False),
    sa.Column('jkk', sa.Integer(), nullable=False),
    sa.Column('jkm', sa.Integer(), nullable=False),
    sa.Column('jht', sa.Integer(), nullable=False),
    sa.Column('legal_basis', sa.Text(), nullable=False),
    sa.Column('certainty', sa.String(length=10), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bpu_bracket'))
    )
    op.create_table('document_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=250), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_template'))
    )
    with op.batch_alter_table('document_template', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_template_kind'), ['kind'], unique=False)

    op.create_table('export_preset',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('segment', sa.String(length=3), nullable=False),
    sa.Column('columns', sa.Text(), nullable=False),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_export_preset')),
    sa.UniqueConstraint('name', name=op.f('uq_export_preset_name'))
    )
    op.create_table('import_mapping',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('layout_key', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('headers', sa.Text(), nullable=False),
    sa.Column('mapping', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_mapping')),
    sa.UniqueConstraint('layout_key', name=op.f('uq_import_mapping_layout_key'))
    )
    op.create_table('import_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('sheets', sa.String(length=300), nullable=True),
    sa.Column('added', sa.Integer(), nullable=False),
    sa.Column('updated', sa.Integer(), nullable=False),
    sa.Column('skipped', sa.Integer(), nullable=False),
    sa.Column('rejected', sa.Integer(), nullable=False),
    sa.Column('mapping', sa.Text(), nullable=True),
    sa.Column('report', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_run'))
    )
    with op.batch_alter_table('import_run', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_run_file_sha256'), ['file_sha256'], unique=False)

    op.create_table('occupation',
    sa.Column('code', sa.String(length=4), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('certainty', sa.String(length=10), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=True),
    sa.Column('export_code', sa.String(length=4), nullable=True),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_occupation'))
    )
    op.create_table('org_unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=150), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=True),
    sa.Column('region_code', sa.String(length=13), nullable=True),
    sa.Column('address', sa.String(length=250), nullable=True),
    sa.Column('chair_name', sa.String(length=150), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['org_unit.id'], name=op.f('fk_org_unit_parent_id_org_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_org_unit'))
    )
    with op.batch_alter_table('org_unit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_org_unit_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_org_unit_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_org_unit_parent_id'), ['parent_id'], unique=False)

    op.create_table('printed_document',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('person_count', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=True),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_printed_document'))
    )
    op.create_table('rate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme', sa.String(length=3), nullable=False),
    sa.Column('segment', sa.String(length=3), nullable=False),
    sa.Column('component', sa.String(length=12), nullable=False),
    sa.Column('basis', sa.String(length=20), nullable=False),
    sa.Column('value', sa.Numeric(precision=12, scale=4), nullable=False),
    sa.Column('cap_rupiah', sa.Integer(), nullable=True),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('applies_to', sa.String(length=200), nullable=False),
    sa.Column('legal_basis', sa.Text(), nullable=False),
    sa.Column('certainty', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rate'))
    )
    with op.batch_alter_table('rate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rate_programme'), ['programme'], unique=False)

    op.create_table('region',
    sa.Column('code', sa.String(length=13), nullable=False),
    sa.Column('level', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('parent_code', sa.String(length=13), nullable=True),
    sa.Column('postal_code', sa.String(length=5), nullable=True),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_region'))
    )
    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_region_level'), ['level'], unique=False)
        batch_op.create_index(batch_op.f('ix_region_parent_code'), ['parent_code'], unique=False)

    op.create_table('setting',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('preset_id', sa.Integer(), nullable=True),
    sa.Column('segment', sa.String(length=3), nullable=False),
    sa.Column('programmes', sa.String(length=20), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('months', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('prepared_by', sa.String(length=150), nullable=True),
    sa.Column('exported_at', sa.DateTime(), nullable=True),
    sa.Column('export_path', sa.String(length=500), nullable=True),
    sa.Column('export_sha256', sa.String(length=64), nullable=True),
    sa.Column('answered_at', sa.DateTime(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['preset_id'], ['export_preset.id'], name=op.f('fk_batch_preset_id_export_preset')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_batch')),
    sa.UniqueConstraint('number', name=op.f('uq_batch_number'))
    )
    with op.batch_alter_table('batch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_batch_state'), ['state'], unique=False)

    op.create_table('institution',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('npsn', sa.String(length=8), nullable=True),
    sa.Column('nsm', sa.String(length=20), nullable=True),
    sa.Column('npp', sa.String(length=30), nullable=True),
    sa.Column('address', sa.String(length=250), nullable=True),
    sa.Column('desa_code', sa.String(length=13), nullable=True),
    sa.Column('head_name', sa.String(length=150), nullable=True),
    sa.Column('phone', sa.String(length=16), nullable=True),
    sa.Column('foundation', sa.String(length=150), nullable=True),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('risk_group', sa.String(length=3), nullable=False),
    sa.Column('size_class', sa.String(length=10), nullable=True),
    sa.Column('staff_count', sa.Integer(), nullable=True),
    sa.Column('import_run_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['import_run_id'], ['import_run.id'], name=op.f('fk_institution_import_run_id_import_run')),
    sa.ForeignKeyConstraint(['unit_id'], ['org_unit.id'], name=op.f('fk_institution_unit_id_org_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_institution')),
    sa.UniqueConstraint('npsn', name=op.f('uq_institution_npsn'))
    )
    with op.batch_alter_table('institution', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_institution_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_institution_desa_code'), ['desa_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_institution_import_run_id'), ['import_run_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_institution_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_institution_type'), ['type'], unique=False)
        batch_op.create_index(batch_op.f('ix_institution_unit_id'), ['unit_id'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('nik', sa.String(length=16), nullable=True),
    sa.Column('kk', sa.String(length=16), nullable=True),
    sa.Column('name', sa.String(length=150), nullable=False),
    sa.Column('name_key', sa.String(length=150), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.Column('birth_place', sa.String(length=100), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('mother_name', sa.String(length=150), nullable=True),
    sa.Column('address', sa.String(length=250), nullable=True),
    sa.Column('rt', sa.String(length=3), nullable=True),
    sa.Column('rw', sa.String(length=3), nullable=True),
    sa.Column('desa_code', sa.String(length=13), nullable=True),
    sa.Column('postal_code', sa.String(length=5), nullable=True),
    sa.Column('phone', sa.String(length=16), nullable=True),
    sa.Column('email', sa.String(length=150), nullable=True),
    sa.Column('occupation_code', sa.String(length=4), nullable=True),
    sa.Column('position', sa.String(length=100), nullable=True),
    sa.Column('income', sa.Integer(), nullable=True),
    sa.Column('segment', sa.String(length=3), nullable=False),
    sa.Column('programmes', sa.String(length=20), nullable=False),
    sa.Column('payer', sa.String(length=5), nullable=False),
    sa.Column('sector', sa.String(length=12), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('institution_id', sa.Integer(), nullable=True),
    sa.Column('kpj', sa.String(length=11), nullable=True),
    sa.Column('status', sa.String(length=14), nullable=False),
    sa.Column('status_reason', sa.String(length=250), nullable=True),
    sa.Column('member_no', sa.String(length=40), nullable=True),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('has_problems', sa.Boolean(), nullable=False),
    sa.Column('problems', sa.Text(), nullable=True),
    sa.Column('anonymised', sa.Boolean(), nullable=False),
    sa.Column('import_run_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['import_run_id'], ['import_run.id'], name=op.f('fk_person_import_run_id_import_run')),
    sa.ForeignKeyConstraint(['institution_id'], ['institution.id'], name=op.f('fk_person_institution_id_institution')),
    sa.ForeignKeyConstraint(['occupation_code'], ['occupation.code'], name=op.f('fk_person_occupation_code_occupation')),
    sa.ForeignKeyConstraint(['unit_id'], ['org_unit.id'], name=op.f('fk_person_unit_id_org_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('nik', name=op.f('uq_person_nik'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_birth_date'), ['birth_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_desa_code'), ['desa_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_has_problems'), ['has_problems'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_import_run_id'), ['import_run_id'], unique=False)
        batch_op.create_index('ix_person_institution_name', ['institution_id', 'name_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_kpj'), ['kpj'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_name_key'), ['name_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_phone'), ['phone'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_segment'), ['segment'], unique=False)
        batch_op.create_index('ix_person_status_name', ['status', 'name_key'], unique=False)
        batch_op.create_index('ix_person_unit_name', ['unit_id', 'name_key'], unique=False)

    op.create_table('batch_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('kpj', sa.String(length=11), nullable=True),
    sa.Column('reason', sa.String(length=250), nullable=True),
    sa.Column('matched_by', sa.String(length=20), nullable=True),
    sa.Column('answered_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['batch.id'], name=op.f('fk_batch_item_batch_id_batch'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_batch_item_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_batch_item')),
    sa.UniqueConstraint('batch_id', 'person_id', name='uq_batch_item_batch_person')
    )
    with op.batch_alter_table('batch_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_batch_item_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_batch_item_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_batch_item_state'), ['state'], unique=False)

    op.create_table('claim',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('programme', sa.String(length=3), nullable=False),
    sa.Column('case_type', sa.String(length=40), nullable=False),
    sa.Column('event_date', sa.Date(), nullable=False),
    sa.Column('paid_date', sa.Date(), nullable=True),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_claim_person_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claim'))
    )
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_event_date'), ['event_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_programme'), ['programme'], unique=False)

    op.create_table('enrolment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('programme', sa.String(length=3), nullable=False),
    sa.Column('segment', sa.String(length=3), nullable=False),
    sa.Column('payer', sa.String(length=5), nullable=False),
    sa.Column('start_month', sa.Date(), nullable=False),
    sa.Column('end_month', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=14), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['batch.id'], name=op.f('fk_enrolment_batch_id_batch')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_enrolment_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrolment')),
    sa.UniqueConstraint('person_id', 'programme', 'start_month', name='uq_enrolment_person_prog_start')
    )
    with op.batch_alter_table('enrolment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrolment_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_enrolment_person_id'), ['person_id'], unique=False)
        batch_op.create_index('ix_enrolment_programme_status', ['programme', 'status'], unique=False)

    op.create_table('heir',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=150), nullable=False),
    sa.Column('relation', sa.String(length=40), nullable=True),
    sa.Column('nik', sa.String(length=16), nullable=True),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('phone', sa.String(length=16), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_heir_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_heir'))
    )
    with op.batch_alter_table('heir', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_heir_person_id'), ['person_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('heir', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_heir_person_id'))

    op.drop_table('heir')
    with op.batch_alter_table('enrolment', schema=None) as batch_op:
        batch_op.drop_index('ix_enrolment_programme_status')
        batch_op.drop_index(batch_op.f('ix_enrolment_person_id'))
        batch_op.drop_index(batch_op.f('ix_enrolment_batch_id'))

    op.drop_table('enrolment')
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_programme'))
        batch_op.drop_index(batch_op.f('ix_claim_person_id'))
        batch_op.drop_index(batch_op.f('ix_claim_event_date'))

    op.drop_table('claim')
    with op.batch_alter_table('batch_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_batch_item_state'))
        batch_op.drop_index(batch_op.f('ix_batch_item_person_id'))
        batch_op.drop_index(batch_op.f('ix_batch_item_batch_id'))

    op.drop_table('batch_item')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index('ix_person_unit_name')
        batch_op.drop_index('ix_person_status_name')
        batch_op.drop_index(batch_op.f('ix_person_segment'))
        batch_op.drop_index(batch_op.f('ix_person_phone'))
        batch_op.drop_index(batch_op.f('ix_person_name_key'))
        batch_op.drop_index(batch_op.f('ix_person_kpj'))
        batch_op.drop_index('ix_person_institution_name')
        batch_op.drop_index(batch_op.f('ix_person_import_run_id'))
        batch_op.drop_index(batch_op.f('ix_person_has_problems'))
        batch_op.drop_index(batch_op.f('ix_person_desa_code'))
        batch_op.drop_index(batch_op.f('ix_person_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_person_birth_date'))

    op.drop_table('person')
    with op.batch_alter_table('institution', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_institution_unit_id'))
        batch_op.drop_index(batch_op.f('ix_institution_type'))
        batch_op.drop_index(batch_op.f('ix_institution_name'))
        batch_op.drop_index(batch_op.f('ix_institution_import_run_id'))
        batch_op.drop_index(batch_op.f('ix_institution_desa_code'))
        batch_op.drop_index(batch_op.f('ix_institution_deleted_at'))

    op.drop_table('institution')
    with op.batch_alter_table('batch', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_batch_state'))

    op.drop_table('batch')
    op.drop_table('setting')
    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_region_parent_code'))
        batch_op.drop_index(batch_op.f('ix_region_level'))

    op.drop_table('region')
    with op.batch_alter_table('rate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rate_programme'))

    op.drop_table('rate')
    op.drop_table('printed_document')
    with op.batch_alter_table('org_unit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_org_unit_parent_id'))
        batch_op.drop_index(batch_op.f('ix_org_unit_name'))
        batch_op.drop_index(batch_op.f('ix_org_unit_deleted_at'))

    op.drop_table('org_unit')
    op.drop_table('occupation')
    with op.batch_alter_table('import_run', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_run_file_sha256'))

    op.drop_table('import_run')
    op.drop_table('import_mapping')
    op.drop_table('export_preset')
    with op.batch_alter_table('document_template', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_template_kind'))

    op.drop_table('document_template')
    op.drop_table('bpu_bracket')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))
        batch_op.drop_index(batch_op.f('ix_audit_log_action'))

    op.drop_table('audit_log')
