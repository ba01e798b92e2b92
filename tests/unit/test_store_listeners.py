"""A page listens to its store's writes: told after each saved write, not after a refused one, and let go when gone."""

from __future__ import annotations

import gc

import pytest

from workshop.store.tables import InstanceSetting


class Listener:
    def __init__(self) -> None:
        self.calls = 0

    def written(self) -> None:
        self.calls += 1


def test_listeners_hear_saved_writes_only_and_are_held_weakly(store):
    listener = Listener()
    store.after_writes(listener.written)
    with store.writing("test") as session:
        session.add(InstanceSetting(key="example", value="1"))
    assert listener.calls == 1

    with pytest.raises(RuntimeError), store.writing("test") as session:
        session.add(InstanceSetting(key="other", value="2"))
        raise RuntimeError("refused half-way")
    assert listener.calls == 1

    del listener
    gc.collect()
    with store.writing("test") as session:
        session.add(InstanceSetting(key="third", value="3"))
    assert store._write_listeners == []
