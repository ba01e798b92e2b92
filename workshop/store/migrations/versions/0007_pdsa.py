"""Step 4: PDSA cycles.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"


def _team_id() -> sa.Column:
    return sa.Column("team_id", sa.Integer(), sa.ForeignKey("team.id", ondelete="CASCADE"), nullable=False)


def _cycle_id(**options) -> sa.Column:
    return sa.Column("cycle_id", sa.Integer(), sa.ForeignKey("pdsa_cycle.id", ondelete="CASCADE"),
                     nullable=False, **options)


def _free_text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text(), nullable=False)


def _choice(name: str) -> sa.Column:
    return sa.Column(name, sa.String(16))


def upgrade() -> None:
    op.create_table(
        "pdsa_cycle",
        sa.Column("id", sa.Integer(), primary_key=True),
        _team_id(),
        sa.Column("change_idea_id", sa.Integer(), sa.ForeignKey("change_idea.id", ondelete="SET NULL")),
        sa.Column("previous_id", sa.Integer(), sa.ForeignKey("pdsa_cycle.id", ondelete="SET NULL")),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("owner", sa.String(120), nullable=False),
        sa.Column("start_date", sa.Date()),
        sa.Column("end_date", sa.Date()),
        _choice("purpose"),
        _choice("scale"),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("started_on", sa.Date()),
        sa.Column("study_on", sa.Date()),
        sa.Column("done_on", sa.Date()),
        *(_free_text(name) for name in ("plan", "data_collection", "what_happened", "problems", "surprises",
                                        "learned")),
        _choice("decision"),
        _free_text("act_changes"),
        _free_text("next_steps"),
        _choice("next_scale"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("ix_pdsa_cycle_team_id", "pdsa_cycle", ["team_id"])
    op.create_table(
        "pdsa_question",
        sa.Column("id", sa.Integer(), primary_key=True),
        _team_id(),
        _cycle_id(),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _free_text("prediction"),
        _free_text("observed"),
    )
    op.create_table(
        "pdsa_task",
        sa.Column("id", sa.Integer(), primary_key=True),
        _team_id(),
        _cycle_id(),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("who", sa.String(120), nullable=False),
        sa.Column("when", sa.String(120), nullable=False),
    )
    for table in ("pdsa_question", "pdsa_task"):
        op.create_index(f"ix_{table}_team_id", table, ["team_id"])
        op.create_index(f"ix_{table}_cycle_id", table, ["cycle_id"])
    op.create_table(
        "pdsa_cycle_measure",
        _cycle_id(primary_key=True),
        sa.Column("measure_id", sa.Integer(), sa.ForeignKey("measure.id", ondelete="CASCADE"), primary_key=True),
        _team_id(),
    )
    op.create_index("ix_pdsa_cycle_measure_measure_id", "pdsa_cycle_measure", ["measure_id"])
    op.create_index("ix_pdsa_cycle_measure_team_id", "pdsa_cycle_measure", ["team_id"])
