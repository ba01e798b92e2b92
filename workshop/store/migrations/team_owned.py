"""What the migrations share: a team-owned table's columns (identity, order, soft removal, version).

Migrations that ran must keep doing what they did: change nothing here that an earlier
migration uses; add a new helper instead.
"""

import sqlalchemy as sa
from alembic import op


def create_team_owned_table(name: str, *columns: sa.Column) -> None:
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
