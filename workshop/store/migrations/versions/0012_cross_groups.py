"""Each meeting's saved cross-groups: who (staff first names or a number in the team's list) sat in which group.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"


def _collaborative_id() -> sa.Column:
    return sa.Column("collaborative_id", sa.Integer(), sa.ForeignKey("collaborative.id", ondelete="CASCADE"),
                     nullable=False)


def upgrade() -> None:
    op.create_table(
        "cross_groups",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("seminar_id", sa.Integer(), sa.ForeignKey("seminar.id", ondelete="CASCADE"), nullable=False,
                  unique=True),
        _collaborative_id(),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_table(
        "cross_group_member",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("cross_groups_id", sa.Integer(), sa.ForeignKey("cross_groups.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        _collaborative_id(),
        sa.Column("team_id", sa.Integer(), sa.ForeignKey("team.id", ondelete="CASCADE")),
        sa.Column("group_number", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("host", sa.Boolean(), nullable=False),
    )
