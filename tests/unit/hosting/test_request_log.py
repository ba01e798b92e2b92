"""Request log lines of the kit's Voilà never hold a link key, whatever the request's outcome."""

from __future__ import annotations

import asyncio
import logging

import pytest
import tornado.httpserver
import tornado.web
from tornado.httpclient import AsyncHTTPClient
from tornado.testing import bind_unused_port

from workshop.hosting.request_log import log_request, request_summary

KEY = "TEAMKEY-4711-secret"


class Failing(tornado.web.RequestHandler):
    def _request_summary(self) -> str:
        return request_summary(self)

    def get(self):
        raise tornado.web.HTTPError(int(self.get_argument("status")), "refused %s", self.request.path)


async def _fetch(status: int) -> int:
    class Answering(Failing):
        def get(self):
            if status == 200:
                self.write("ok")
            else:
                super().get()

    application = tornado.web.Application([(r"/page", Answering)], log_function=log_request)
    socket, port = bind_unused_port()
    server = tornado.httpserver.HTTPServer(application)
    server.add_sockets([socket])
    try:
        response = await AsyncHTTPClient().fetch(f"http://127.0.0.1:{port}/page?team=3&key={KEY}&status={status}",
                                                 raise_error=False)
    finally:
        server.stop()
    return response.code


@pytest.mark.parametrize("status", [200, 403, 404, 500])
def test_no_status_logs_the_query_string(status, caplog):
    with caplog.at_level(logging.INFO):
        assert asyncio.run(_fetch(status)) == status
    lines = [record.getMessage() for record in caplog.records]
    assert any(f"{status} GET /page (127.0.0.1)" in line for line in lines), lines
    assert not any(KEY in line or "key=" in line for line in lines), lines
