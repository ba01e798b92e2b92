"""jhsingle-native-proxy as the kit runs it: the same command line, with three fixes.

jhsingle-native-proxy 0.8.3 handles a websocket in a copy of an older Tornado's ``WebSocketHandler.get``:
- It refuses the page's own kernel connection. It calls ``check_origin`` for every websocket, but in Tornado 6.6 (the
  version pinned) ``check_origin`` is meant only for requests that look cross-origin and accepts no origin by default
  (only the ``trusted_origins`` setting), so a same-origin websocket gets 403 and no page works. Here an origin is
  accepted, as Tornado always did, when it is the address the browser asked for (the ``Host`` header).
- It awaits the login check's result, which is None when it has sent a visitor who is not logged in to the hub's
  login, so every such visit logged an "Uncaught exception" with a traceback. Here that visit is only redirected.
- It never asks the hub who is connecting (the hub's login is checked on HTTP requests only). Here a websocket, like
  every page, needs the logged-in user the server belongs to.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from jhsingle_native_proxy import main, proxyhandlers
from tornado import web
from tornado.websocket import WebSocketHandler

ProxyHandler = proxyhandlers.ProxyHandler
_proxy_websocket = ProxyHandler.ws_get
Supervisor = proxyhandlers.SuperviseAndProxyHandler


def _check_origin(handler: WebSocketHandler, origin: str) -> bool:
    same = urlsplit(origin).netloc.lower() == handler.request.headers.get("Host", "").lower()
    return same or WebSocketHandler.check_origin(handler, origin)


async def _ws_get_of_the_user(handler, *args, **kwargs):
    if getattr(handler, "authtype", "oauth") == "oauth" and not handler.current_user:
        raise web.HTTPError(403)
    return await _proxy_websocket(handler, *args, **kwargs)


async def _proxy_when_logged_in(handler, port, path):
    if handler.authtype != "oauth":
        return await handler.core_proxy(port, path)
    proxied = handler.oauth_proxy(port, path)
    if proxied is not None:  # None: sent to the hub's login instead
        return await proxied


ProxyHandler.check_origin = _check_origin
Supervisor.proxy = _proxy_when_logged_in
ProxyHandler.ws_get = _ws_get_of_the_user

if __name__ == "__main__":
    main.run()
