"""Step 2: aims and purpose.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    op.create_table(
        "aim",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("team_id", sa.Integer(), sa.ForeignKey("team.id", ondelete="CASCADE"), nullable=False),
        sa.Column("what", sa.String(300), nullable=False),
        sa.Column("for_whom", sa.String(300), nullable=False),
        sa.Column("baseline", sa.String(40), nullable=False),
        sa.Column("target", sa.String(40), nullable=False),
        sa.Column("unit", sa.String(40), nullable=False),
        sa.Column("by_when", sa.Date()),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("ix_aim_team_id", "aim", ["team_id"])
    op.create_table(
        "purpose",
        sa.Column("team_id", sa.Integer(), sa.ForeignKey("team.id", ondelete="CASCADE"), primary_key=True),
        *(sa.Column(name, sa.Text(), nullable=False) for name in ("why", "how", "what", "for_whom", "need", "goal")),
        sa.Column("version", sa.Integer(), nullable=False),
    )
