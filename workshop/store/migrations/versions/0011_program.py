"""The collaborative's program (each meeting's time, place, theme, agenda and lists) and the faculty score.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"


def _part_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("seminar_id", sa.Integer(), sa.ForeignKey("seminar.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("collaborative_id", sa.Integer(), sa.ForeignKey("collaborative.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table("seminar") as seminar:
        seminar.add_column(sa.Column("start_time", sa.Time()))
        seminar.add_column(sa.Column("end_time", sa.Time()))
        seminar.add_column(sa.Column("place", sa.String(300), nullable=False, server_default=""))
        seminar.add_column(sa.Column("video_link", sa.String(500), nullable=False, server_default=""))
        seminar.add_column(sa.Column("theme", sa.Text(), nullable=False, server_default=""))
        seminar.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.create_table(
        "seminar_agenda_item",
        *_part_columns(),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
    )
    op.create_table(
        "seminar_task",
        *_part_columns(),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("text", sa.String(200), nullable=False),
        sa.Column("step", sa.String(32)),
    )
    op.create_table(
        "faculty_score",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("team_id", sa.Integer(), sa.ForeignKey("team.id", ondelete="CASCADE"), nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("justification", sa.Text(), nullable=False),
        sa.Column("suggestion", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("uq_faculty_score_month", "faculty_score", ["team_id", "month"], unique=True)
