"""Word 97-2003 (.doc) and WPS (.wps) binaries, converted to .docx by LibreOffice when it
is installed: headless, in a temporary folder with a profile of its own, within a time
limit. Findings then locate paragraphs and cells in the converted document, which has
the same paragraphs and tables in the same order."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from linter.readers.source import Unreadable

TIMEOUT_SECONDS = 120
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .wps, and encrypted Office files
ZIP_MAGIC = b"PK\x03\x04"


def soffice() -> str | None:
    """LibreOffice's command, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def word_bytes(path: Path) -> bytes | Unreadable:
    """The file as .docx bytes: its own, or LibreOffice's conversion of a .doc or .wps."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return Unreadable(str(path), "io", error.strerror or type(error).__name__)
    if data.startswith(OLE_MAGIC):
        return to_docx(path, data)
    return data if data.startswith(ZIP_MAGIC) else Unreadable(str(path), "damaged", "not a Word document")


def to_docx(path: Path, data: bytes) -> bytes | Unreadable:
    """``data`` (a .doc or .wps file) converted to .docx, or why it could not be."""
    command = soffice()
    if command is None:
        return Unreadable(str(path), "legacy-office", path.suffix.lower())
    with tempfile.TemporaryDirectory(prefix="xxgk-lint-") as folder:
        work = Path(folder)
        original = work / f"report{path.suffix.lower() or '.doc'}"
        original.write_bytes(data)
        arguments = [
            command,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(work / "out"),
            str(original),
        ]
        problem = _run(arguments, work)
        converted = work / "out" / "report.docx"
        if converted.is_file():
            return converted.read_bytes()
        return Unreadable(str(path), "conversion-failed", problem or "LibreOffice wrote no .docx")


def _run(arguments: list[str], home: Path) -> str:
    """Run LibreOffice; what went wrong, or "". The whole process group is ended on time-out."""
    environment = {**os.environ, "HOME": str(home)}
    process = subprocess.Popen(
        arguments,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=environment,
        start_new_session=True,
    )
    try:
        _, error = process.communicate(timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return f"LibreOffice took more than {TIMEOUT_SECONDS} s"
    return "" if process.returncode == 0 else error.decode("utf-8", "replace").strip()[-200:]
