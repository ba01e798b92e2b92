"""Open generated documents the way a user's office suite does: LibreOffice headless converts them to PDF.

Without LibreOffice or poppler the checks skip, except where the run requires them (CI installs both
from Debian and sets WORKSHOP_REQUIRE_OFFICE=1).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def _tool(*names: str) -> str:
    found = next(filter(None, map(shutil.which, names)), None)
    if found is None:
        if os.environ.get("WORKSHOP_REQUIRE_OFFICE"):
            pytest.fail(f"{names[0]} is required here but not installed")
        pytest.skip(f"{names[0]} is not installed")
    return found


def to_pdf(content: bytes, suffix: str, folder: Path) -> Path:
    """Write ``content`` as ``document.<suffix>`` in ``folder`` and convert it; the PDF's path."""
    source = folder / f"document.{suffix}"
    source.write_bytes(content)
    # A profile of its own per call: two LibreOffice runs sharing one profile refuse to start.
    profile = (folder / "lo-profile").resolve().as_uri()
    result = subprocess.run(
        [_tool("soffice", "libreoffice"), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), str(source)],
        capture_output=True, text=True, timeout=180,
    )
    pdf = folder / "document.pdf"
    assert result.returncode == 0 and pdf.is_file() and pdf.stat().st_size > 0, result.stderr or result.stdout
    return pdf


def pdf_page_count(pdf: Path) -> int:
    info = subprocess.run([_tool("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_text(pdf: Path) -> str:
    """The PDF's text as LibreOffice laid it out (pdftotext from poppler)."""
    return subprocess.run([_tool("pdftotext"), "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
