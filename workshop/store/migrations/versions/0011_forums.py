"""Collaboration forums (samverkansforum) with their seats, self-assessment rounds and anonymous answers.

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0009"
branch_labels = None
depends_on = None


def _free_text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "forum",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("collaborative_id", sa.Integer(), sa.ForeignKey("collaborative.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("name_key", sa.String(120), nullable=False),
        sa.Column("level", sa.String(16), nullable=False),
        sa.Column("meetings_per_year", sa.Integer(), nullable=False),
        sa.Column("hours_per_meeting", sa.Float(), nullable=False),
        sa.Column("preparation_hours", sa.Float(), nullable=False),
        *(_free_text(name) for name in ("for_whom", "need", "goal", "why", "how", "what")),
        sa.Column("min_answers", sa.Integer(), nullable=False),
        sa.Column("member_link_salt", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("uq_forum_name_per_collaborative", "forum", ["collaborative_id", "name_key"], unique=True)
    op.create_table(
        "forum_seat",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("forum_id", sa.Integer(), sa.ForeignKey("forum.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("organisation", sa.String(120), nullable=False),
        sa.Column("role", sa.String(120), nullable=False),
    )
    op.create_index("ix_forum_seat_forum_id", "forum_seat", ["forum_id"])
    op.create_table(
        "forum_round",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("forum_id", sa.Integer(), sa.ForeignKey("forum.id", ondelete="CASCADE"), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        _free_text("act_what"),
        sa.Column("act_who", sa.String(120), nullable=False),
        sa.Column("act_by_when", sa.Date()),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("uq_forum_round_number", "forum_round", ["forum_id", "number"], unique=True)
    op.create_table(
        "forum_answer",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("forum_round.id", ondelete="CASCADE"), nullable=False),
        sa.Column("respondent", sa.String(64), nullable=False),
        sa.Column("ratings", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("uq_forum_answer_respondent", "forum_answer", ["round_id", "respondent"], unique=True)
