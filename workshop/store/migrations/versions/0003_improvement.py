"""Driver diagram, change ideas and measures: shared by steps 2–5.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa

from workshop.store.migrations.team_owned import create_team_owned_table

revision = "0003"
down_revision = "0002"


def _driver_link() -> sa.Column:
    return sa.Column("driver_id", sa.Integer(), sa.ForeignKey("driver.id", ondelete="SET NULL"))


def upgrade() -> None:
    create_team_owned_table(
        "driver",
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("driver.id", ondelete="SET NULL")),
        sa.Column("title", sa.String(300), nullable=False),
    )
    create_team_owned_table(
        "change_idea",
        _driver_link(),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("impact", sa.String(8)),
        sa.Column("effort", sa.String(8)),
        sa.Column("prevention_level", sa.String(32)),
        sa.Column("catalog_entry", sa.String(80)),
    )
    create_team_owned_table(
        "measure",
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("rate_per", sa.Integer()),
        sa.Column("numerator", sa.Text(), nullable=False),
        sa.Column("denominator", sa.Text(), nullable=False),
        sa.Column("fixed_denominator", sa.Integer()),
        sa.Column("inclusion", sa.Text(), nullable=False),
        sa.Column("exclusion", sa.Text(), nullable=False),
        sa.Column("data_source", sa.Text(), nullable=False),
        sa.Column("collector", sa.String(300), nullable=False),
        sa.Column("frequency", sa.String(8), nullable=False),
        sa.Column("baseline_period", sa.String(120), nullable=False),
        sa.Column("baseline_value", sa.Float()),
        sa.Column("target_value", sa.Float()),
        sa.Column("direction", sa.String(8), nullable=False),
        sa.Column("chart", sa.String(8), nullable=False),
        _driver_link(),
        sa.Column("catalog_entry", sa.String(80)),
    )
