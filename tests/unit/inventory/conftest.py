"""Small exports written in the tests, and the synthetic generator for large ones."""

from __future__ import annotations

import datetime as dt

import pytest

ON = dt.date(2026, 10, 31)


def table_bytes(rows: list[list[str]], *, sep: str = ";", encoding: str = "utf-8") -> bytes:
    return "\n".join(sep.join(row) for row in rows).encode(encoding)


@pytest.fixture
def on() -> dt.date:
    return ON
