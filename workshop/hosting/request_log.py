"""Request log lines without query strings: a page's query string holds the team's or facilitator's link key.

Tornado writes ``GET /voila/render/00_start.ipynb?team=3&key=… (127.0.0.1)`` for every refused or failed
request, and a host keeps those logs for weeks; a key in them would open the team's data to whoever reads them.
"""

from __future__ import annotations

from tornado.log import access_log
from tornado.web import RequestHandler


def request_summary(handler: RequestHandler) -> str:
    """Method, path and address of the request: never its query string."""
    request = handler.request
    return f"{request.method} {request.path} ({request.remote_ip})"


def log_request(handler: RequestHandler) -> None:
    """Tornado's access log line (same levels), with :func:`request_summary` for every handler of the app."""
    status = handler.get_status()
    if status < 400:
        write = access_log.info
    elif status < 500:
        write = access_log.warning
    else:
        write = access_log.error
    write("%d %s %.2fms", status, request_summary(handler), 1000.0 * handler.request.request_time())
