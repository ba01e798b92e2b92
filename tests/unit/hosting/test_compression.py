"""A host without a web server in front can have the kit's Voilà compress what it sends (``docs/drift.md``)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import urllib.request
from pathlib import Path

from tests.e2e.live import free_port, kit_environment, wait_until_serving

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = "/voila/static/voila.js"


def _fetch(url: str, **headers: str) -> tuple[str | None, bytes]:
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=30) as response:
        return response.headers.get("Content-Encoding"), response.read()


def test_voilas_tornado_settings_in_voila_json_can_turn_compression_on(tmp_path):
    folder = tmp_path / "served"
    folder.mkdir()
    (folder / "notebooks").symlink_to(ROOT / "notebooks")
    (folder / "voila.json").write_text(json.dumps({"Voila": {"tornado_settings": {"compress_response": True}},
                                                   "VoilaConfiguration": {"preheat_kernel": False}}))
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "workshop.hosting.voila_app", "notebooks", "--no-browser",
                               f"--port={port}", "--Voila.ip=127.0.0.1"], cwd=folder,
                              env=kit_environment(tmp_path, ROOT, demo=False), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_serving(base, server, timeout=120)
        packed_as, packed = _fetch(base + SCRIPT, **{"Accept-Encoding": "gzip"})
        plain_as, plain = _fetch(base + SCRIPT)  # a client that cannot unpack gets the file as it is
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert (packed_as, plain_as) == ("gzip", None)
    assert gzip.decompress(packed) == plain
    assert len(packed) < len(plain) / 2
