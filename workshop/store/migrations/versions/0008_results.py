"""Step 5: measurement values, notes, exclusions and phases.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"


def _measure_owned(name: str, *columns: sa.Column) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("team_id", sa.Integer(), sa.ForeignKey("team.id", ondelete="CASCADE"), nullable=False),
        sa.Column("measure_id", sa.Integer(), sa.ForeignKey("measure.id", ondelete="CASCADE"), nullable=False),
        *columns,
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index(f"ix_{name}_team_id", name, ["team_id"])


def upgrade() -> None:
    _measure_owned(
        "result_point",
        sa.Column("period", sa.String(8), nullable=False),
        sa.Column("value", sa.Float()),
        sa.Column("numerator", sa.Float()),
        sa.Column("denominator", sa.Float()),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("exclusion_reason", sa.Text()),
    )
    op.create_index("uq_result_point_period", "result_point", ["measure_id", "period"], unique=True)
    _measure_owned(
        "result_phase",
        sa.Column("first_period", sa.String(8), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
    )
    op.create_index("uq_result_phase_period", "result_phase", ["measure_id", "first_period"], unique=True)
