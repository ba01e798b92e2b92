"""The meeting's notes (what the collaborative learned, questions for experts) and the teams' questions before it.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"


def _meeting_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("seminar_id", sa.Integer(), sa.ForeignKey("seminar.id", ondelete="CASCADE"), nullable=False),
        sa.Column("collaborative_id", sa.Integer(), sa.ForeignKey("collaborative.id", ondelete="CASCADE"),
                  nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "meeting_notes",
        *_meeting_columns(),
        sa.Column("learned", sa.Text(), nullable=False),
        sa.Column("expert_questions", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.UniqueConstraint("seminar_id"),
    )
    op.create_table(
        "team_question",
        *_meeting_columns(),
        sa.Column("team_id", sa.Integer(), sa.ForeignKey("team.id", ondelete="CASCADE")),
        sa.Column("text", sa.String(1000), nullable=False),
        sa.Column("asked_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_team_question_seminar_id", "team_question", ["seminar_id"])
    op.create_index("ix_team_question_team_id", "team_question", ["team_id"])
