"""What one page shows, kept in one place: the session, what the person has chosen, the versions last saved.

Views read it and change it; they never keep their own copy. A change tells the subscribers of the keys that
changed, so the view that owns a part of the page redraws that part, and nothing else needs to know.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from workshop.session import Session

Listener = Callable[[], None]

# Keys every page has: the session changes on joining, switching language or a new code; SAVED after any save.
SESSION = "session"
SAVED = "saved"


class PageState:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._chosen: dict[str, Any] = {}
        self._versions: dict[Hashable, int] = {}
        # Listeners of the page itself live as long as the page; a view's go with the view (see ``forget_views``).
        self._page_listeners: list[tuple[frozenset[str], Listener]] = []
        self._view_listeners: list[tuple[frozenset[str], Listener]] = []

    def chosen(self, key: str, default: Any = None) -> Any:
        """What the person has chosen for ``key`` (a cycle, a measure, a filter), kept across redraws."""
        return self._chosen.get(key, default)

    def choose(self, **choices: Any) -> None:
        """Remember the person's choices and tell whoever shows them."""
        changed = {key for key, value in choices.items() if self._chosen.get(key) != value}
        self._chosen.update(choices)
        self.notify(*changed)

    def keep(self, **choices: Any) -> None:
        """Remember choices without telling anyone: the caller draws what shows them."""
        self._chosen.update(choices)

    def change_session(self, session: Session) -> None:
        self.session = session
        self.notify(SESSION)

    def version(self, record: Hashable) -> int | None:
        """The version of ``record`` this page last read or saved (for the optimistic check of its next save)."""
        return self._versions.get(record)

    def remember_version(self, record: Hashable, version: int) -> None:
        self._versions[record] = version

    def subscribe(self, listener: Listener, *keys: str, page: bool = False) -> None:
        """Call ``listener`` when one of ``keys`` changes. A view's subscription ends when the page redraws its body;
        the page's own (``page=True``) lasts."""
        (self._page_listeners if page else self._view_listeners).append((frozenset(keys), listener))

    def forget_views(self) -> None:
        """The body is drawn anew: the views that subscribed are gone."""
        self._view_listeners = []

    def notify(self, *keys: str) -> None:
        views = self._view_listeners
        for subscribed, listener in list(self._page_listeners):
            if subscribed.intersection(keys):
                listener()
        if views is not self._view_listeners:
            return  # the page drew its body anew: the new views show the change already, the old ones are gone
        for subscribed, listener in list(views):
            if subscribed.intersection(keys):
                listener()
