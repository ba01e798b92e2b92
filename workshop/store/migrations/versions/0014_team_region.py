"""A team's region (its regional support structure), so that a regional contact can filter the overview, and
the day of the next month by which the collaborative's monthly reports are due.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"


def upgrade() -> None:
    with op.batch_alter_table("team") as team:
        team.add_column(sa.Column("region", sa.String(120), nullable=False, server_default=""))
    with op.batch_alter_table("collaborative") as collaborative:
        collaborative.add_column(sa.Column("report_due_day", sa.Integer(), nullable=False, server_default="10"))

