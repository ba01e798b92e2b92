"""Step 3: support map (and local catalog choices).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _team_owned(name: str, *columns: sa.Column) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("team_id", sa.Integer(), sa.ForeignKey("team.id", ondelete="CASCADE"), nullable=False),
        *columns,
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("removed_at", sa.DateTime(timezone=True)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index(f"ix_{name}_team_id", name, ["team_id"])


def upgrade() -> None:
    _team_owned(
        "support",
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("provider", sa.String(300), nullable=False),
        sa.Column("scope", sa.String(8), nullable=False),
        sa.Column("target_groups", sa.Text(), nullable=False),
        sa.Column("need_keys", sa.JSON(), nullable=False),
        sa.Column("prevention_level", sa.String(32)),
        sa.Column("how_to_reach", sa.Text(), nullable=False),
        sa.Column("contact", sa.String(300), nullable=False),
    )
    _team_owned("support_need", sa.Column("label", sa.String(120), nullable=False))
