"""Who is visiting: the query string of the request this kernel serves.

Voilà runs each page's notebook in a kernel of its own. With preheated kernels (``preheat_kernel`` in
``voila.json``) the kernel is started and has imported the kit before anyone asks for the page; it then
waits here until Voilà hands it the one request it serves, so the session in the link is read only after
that request arrived (``voila.utils.wait_for_request``).
"""

from __future__ import annotations

import os

_PREHEATED = "VOILA_PREHEAT"
_QUERY = "QUERY_STRING"
_ATTEMPTS = 24
"""Times a pooled kernel tries to reach the server for its visitor's request (each try waits 5 s at most)."""


def waiting_in_a_pool() -> bool:
    """Whether this kernel was started ahead of its visitor (a preheated kernel), rather than for a request."""
    return os.environ.get(_PREHEATED) == "True"


def request_query_string() -> str:
    """The visitor's query string ("" when there is none, or when the request never reached a pooled kernel)."""
    if waiting_in_a_pool():
        # A pooled kernel inherits the server's environment: only the value Voilà sends for this kernel's own
        # request may name a session, never one left in the environment before it.
        os.environ.pop(_QUERY, None)
        from voila.utils import wait_for_request

        # Voilà gives the kernel 5 s to reach the server, then gives up and the visitor's link would go unread;
        # a pool filling on a busy server can take longer, so the kernel asks again (each request carries the
        # query string, empty or not).
        for _attempt in range(_ATTEMPTS):
            wait_for_request()
            if _QUERY in os.environ:
                break
    return os.environ.get(_QUERY, "")
