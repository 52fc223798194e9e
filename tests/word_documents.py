"""Word documents under review, built with python-docx and XML edits: tracked deletions,
insertions and moves, a deleted paragraph mark, a deleted table row, reviewers' comments."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path
from typing import Any

from docx.oxml import parse_xml

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
_DECLARE = f'xmlns:w="{W}"'
REVIEWER = 'w:author="科长" w:date="2024-01-10T09:00:00Z"'


def change(kind: str, text: str, number: int) -> Any:
    """A tracked change by a reviewer: ``del``, ``ins``, ``moveFrom`` or ``moveTo`` of ``text``."""
    tag = "w:delText" if kind in ("del", "moveFrom") else "w:t"
    return parse_xml(
        f'<w:{kind} {_DECLARE} w:id="{number}" {REVIEWER}><w:r><{tag} xml:space="preserve">{text}</{tag}></w:r></w:{kind}>'
    )


def delete_mark(paragraph: Any) -> None:
    """Track the deletion of the paragraph's mark: accepted, it joins the next paragraph."""
    properties = paragraph._p.get_or_add_pPr()
    properties.append(parse_xml(f'<w:rPr {_DECLARE}><w:del w:id="990" {REVIEWER}/></w:rPr>'))


def delete_row(row: Any) -> None:
    properties = row._tr.get_or_add_trPr()
    properties.append(parse_xml(f'<w:del {_DECLARE} w:id="991" {REVIEWER}/>'))


def saved(document: Any) -> bytes:
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def libreoffice_convert(document: Path, to: str, folder: Path) -> Path:
    """``document`` converted by LibreOffice (``--convert-to to``) into ``folder``."""
    from linter.readers import office

    subprocess.run(
        [office.soffice(), f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless"]
        + ["--convert-to", to, "--outdir", str(folder), str(document)],
        check=True,
        timeout=180,
        capture_output=True,
        env={"HOME": str(folder), "PATH": "/usr/bin:/bin"},
    )
    return folder / f"{document.stem}.{to.split(':')[0]}"
