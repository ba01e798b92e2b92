"""Collaboratives, seminars, teams, members, step progress, history.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    settings = op.create_table(
        "instance_setting",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    # Signs the links that give a team access; made once per installation.
    op.bulk_insert(settings, [{"key": "link_secret", "value": secrets.token_urlsafe(32)}])

    op.create_table(
        "collaborative",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("name_key", sa.String(120), nullable=False, unique=True),
        sa.Column("area", sa.String(32), nullable=False),
        sa.Column("region", sa.String(120), nullable=False),
        sa.Column("period_start", sa.Date()),
        sa.Column("period_end", sa.Date()),
        sa.Column("facilitator_code_hash", sa.String(255), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_table(
        "seminar",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "collaborative_id",
            sa.Integer(),
            sa.ForeignKey("collaborative.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
    )
    op.create_table(
        "team",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "collaborative_id",
            sa.Integer(),
            sa.ForeignKey("collaborative.id", ondelete="RESTRICT"),
            nullable=False,
        ),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("name_key", sa.String(120), nullable=False),
        sa.Column("municipality", sa.String(120), nullable=False),
        sa.Column("unit", sa.String(120), nullable=False),
        sa.Column("area", sa.String(32), nullable=False),
        sa.Column("code_hash", sa.String(255), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index(
        "uq_team_name_per_collaborative", "team", ["collaborative_id", "name_key"], unique=True
    )
    op.create_table(
        "team_member",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "team_id", sa.Integer(), sa.ForeignKey("team.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
    )
    op.create_table(
        "step_progress",
        sa.Column("team_id", sa.Integer(), sa.ForeignKey("team.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("step", sa.String(32), primary_key=True),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_table(
        "history",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column("collaborative_id", sa.Integer(), index=True),
        sa.Column("team_id", sa.Integer(), index=True),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
    )
