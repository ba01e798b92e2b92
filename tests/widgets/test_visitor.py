"""A page reads its visitor's query string: at once in a kernel of its own, after the request in a pooled one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

import pytest
from websockets.sync.server import serve

from tests.widgets.first_render import ROOT
from widgets.visitor import request_query_string


def test_a_kernel_started_for_its_request_reads_the_query_string_it_was_given(monkeypatch):
    monkeypatch.setenv("VOILA_PREHEAT", "False")
    monkeypatch.setenv("QUERY_STRING", "team=3&key=abc&lang=en")
    assert request_query_string() == "team=3&key=abc&lang=en"


@pytest.fixture
def voila_request_info(monkeypatch, request):
    """Voilà's request-info socket for one pooled kernel, which sends that kernel's request when it connects
    (after failing the number of attempts the test's ``failed_attempts`` mark gives)."""
    asked = []
    marker = request.node.get_closest_marker("failed_attempts")
    failing = marker.args[0] if marker else 0

    def handler(connection):
        asked.append(connection.request.path)
        if len(asked) <= failing:
            return  # closed without an answer, as a try that never reached the server
        connection.send(json.dumps({"QUERY_STRING": "team=2&key=own&lang=sv", "SERVER_NAME": "127.0.0.1"}))

    with serve(handler, "127.0.0.1", 0) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        monkeypatch.setenv("VOILA_APP_PORT", str(server.socket.getsockname()[1]))
        monkeypatch.setenv("VOILA_SERVER_URL", "/")
        monkeypatch.setenv("VOILA_KERNEL_ID", "kernel-7")
        monkeypatch.setenv("VOILA_PREHEAT", "True")
        monkeypatch.delenv("SERVER_NAME", raising=False)  # Voilà writes the request into os.environ; undone after
        yield asked
        server.shutdown()


def test_a_pooled_kernel_reads_only_the_request_voila_hands_it(voila_request_info, monkeypatch):
    monkeypatch.setenv("QUERY_STRING", "team=1&key=someone-elses")  # left in the environment the pool inherited
    assert request_query_string() == "team=2&key=own&lang=sv"
    assert voila_request_info == ["/voila/query/kernel-7"]


@pytest.mark.failed_attempts(2)
def test_a_pooled_kernel_that_could_not_reach_the_server_tries_again_for_its_visitors_request(voila_request_info):
    assert request_query_string() == "team=2&key=own&lang=sv"
    assert voila_request_info == ["/voila/query/kernel-7"] * 3


def test_a_pooled_kernel_whose_request_never_comes_serves_no_session(monkeypatch):
    monkeypatch.setenv("VOILA_PREHEAT", "True")
    monkeypatch.setenv("VOILA_APP_PORT", "1")  # nothing listens there
    monkeypatch.setenv("VOILA_KERNEL_ID", "kernel-8")
    monkeypatch.setenv("QUERY_STRING", "team=1&key=someone-elses")
    with pytest.warns(UserWarning):
        assert request_query_string() == ""


@pytest.mark.parametrize(("builder", "imports_bokeh"), [("widgets.results.page:build_results_page", True),
                                                       ("widgets.start.page:build_start_page", False)])
def test_a_pooled_kernel_of_a_page_with_charts_imports_bokeh_before_its_visitor_comes(demo_store, builder,
                                                                                      imports_bokeh):
    module, function = builder.split(":")
    code = ("import os, sys; import widgets.page as page; from workshop.store import Store; "
            f"from {module} import {function}; "
            "page.request_query_string = lambda: print('bokeh' in sys.modules) or ''; "
            f"page.open_store = lambda: Store({str(demo_store.url)!r}); {function}()")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                            env=dict(os.environ, VOILA_PREHEAT="True"))
    assert result.stdout.split()[0] == str(imports_bokeh)
