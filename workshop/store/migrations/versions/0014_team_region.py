"""A team's region (its regional support structure), so that a regional contact can filter the overview.

Revision ID: 0014
Revises: 0011
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0011"


def upgrade() -> None:
    with op.batch_alter_table("team") as team:
        team.add_column(sa.Column("region", sa.String(120), nullable=False, server_default=""))

