"""Step 3: support map (and local catalog choices).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

import sqlalchemy as sa

from workshop.store.migrations.team_owned import create_team_owned_table

revision = "0006"
down_revision = "0005"


def upgrade() -> None:
    create_team_owned_table(
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
    create_team_owned_table("support_need", sa.Column("label", sa.String(120), nullable=False))
