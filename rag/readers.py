"""Read a folder tree of regulation texts into documents with stable source ids.

The source id of everything read from a file is the file's path relative to the ingested
folder, so ingesting ``shared/corpus`` gives the ids of ``shared/datasets/README.md``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import re
from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel, Field

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = {".md", ".txt", ".html", ".htm", ".pdf", ".csv"}

_FR_WORDS = {
    "le",
    "la",
    "les",
    "des",
    "du",
    "de",
    "et",
    "est",
    "une",
    "un",
    "dans",
    "pour",
    "sont",
    "par",
    "au",
    "aux",
}
_EN_WORDS = {
    "the",
    "of",
    "and",
    "is",
    "are",
    "to",
    "in",
    "for",
    "by",
    "with",
    "on",
    "a",
    "an",
    "which",
    "that",
}
_WORD_RE = re.compile(r"[a-zà-ÿ]+", re.IGNORECASE)
_LINK_LINE_RE = re.compile(r"^\s*[-*]\s*\[[^\]]*\]\([^)]*\)\s*$")


class SkippedFile(BaseModel):
    path: str
    reason: str


class Record(BaseModel):
    """A unit of text from one file (a whole article, a CSV row, a PDF)."""

    source_id: str
    text: str
    title: str = ""
    heading_path: list[str] = Field(default_factory=list)
    language: str = "fr"
    file_hash: str = ""


def detect_language(text: str, default: str = "fr") -> str:
    """French or English, by function-word counts (the corpus languages); ``default`` on a tie."""
    words = [w.lower() for w in _WORD_RE.findall(text[:4000])]
    french = sum(w in _FR_WORDS for w in words)
    english = sum(w in _EN_WORDS for w in words)
    if english == french:
        return default
    return "en" if english > french else "fr"


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def list_corpus_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith("."))


def _is_table_of_contents(text: str) -> bool:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return bool(lines) and all(_LINK_LINE_RE.match(ln) for ln in lines)


def _first_heading(text: str) -> str:
    for line in text.splitlines():
        if line.startswith("#"):
            return line.lstrip("#").strip()
    return ""


def _humanize(name: str) -> str:
    return name.replace("-", " ").replace("_", " ").strip().capitalize()


class FolderHeadings:
    """Heading of each folder: the first heading of its README.md, else its humanised name."""

    def __init__(self, root: Path):
        self.root = root
        self._cache: dict[Path, str] = {}

    def heading(self, folder: Path) -> str:
        if folder not in self._cache:
            readme = folder / "README.md"
            title = ""
            if readme.is_file():
                try:
                    title = _first_heading(readme.read_text(encoding="utf-8"))
                except (UnicodeDecodeError, OSError):
                    title = ""
            self._cache[folder] = title or _humanize(folder.name)
        return self._cache[folder]

    def path_for(self, file: Path) -> list[str]:
        rel_parts = file.relative_to(self.root).parent.parts
        folders = [self.root / Path(*rel_parts[: i + 1]) for i in range(len(rel_parts))]
        return [self.heading(f) for f in folders]


def _decode(data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise ValueError("binary file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 text ({exc.reason})") from exc


def _read_html(data: bytes) -> tuple[str, str]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(_decode(data), "html.parser")
    for tag in soup(["script", "style", "nav", "footer"]):
        tag.decompose()
    title = soup.title.get_text(strip=True) if soup.title else ""
    blocks = []
    for el in soup.find_all(["h1", "h2", "h3", "h4", "p", "li", "td", "pre"]):
        text = el.get_text(" ", strip=True)
        if not text:
            continue
        level = el.name[1] if el.name.startswith("h") and el.name[1:].isdigit() else ""
        blocks.append(("#" * int(level) + " " + text) if level else text)
    if not blocks:
        blocks = [soup.get_text("\n", strip=True)]
    return title, "\n\n".join(blocks)


def _read_pdf(data: bytes) -> str:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ValueError(f"unreadable PDF ({exc})") from exc
    try:
        pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()
    return "\n\n".join(p.replace("\r\n", "\n") for p in pages)


def _hs_records(rows: list[dict[str, str]], base: Record) -> Iterator[Record]:
    """HS nomenclature: one record per code, with its parents' descriptions for context."""
    by_code = {row["hscode"]: row for row in rows}
    for row in rows:
        parents: list[str] = []
        parent = row.get("parent", "")
        while parent in by_code and len(parents) < 6:
            parents.append(f"{parent} {by_code[parent]['description']}")
            parent = by_code[parent].get("parent", "")
        code = row["hscode"]
        text = f"HS {code}: {row['description']}"
        if parents:
            text += "\nParents: " + " ; ".join(reversed(parents))
        if row.get("section"):
            text += f"\nSection {row['section']}"
        yield base.model_copy(update={"text": text, "title": f"HS {code}", "language": "en"})


def _read_csv(data: bytes, base: Record) -> Iterator[Record]:
    text = _decode(data)
    rows = list(csv.DictReader(io.StringIO(text)))
    if not rows:
        return
    columns = {c.strip().lower() for c in rows[0] if c}
    if {"hscode", "description"} <= columns:
        yield from _hs_records(
            [{k.strip().lower(): (v or "") for k, v in r.items() if k} for r in rows], base
        )
        return
    for row in rows:
        line = " ; ".join(f"{k.strip()}: {(v or '').strip()}" for k, v in row.items() if k)
        yield base.model_copy(update={"text": line, "language": detect_language(line)})


def read_file(path: Path, root: Path, headings: FolderHeadings) -> Iterator[Record]:
    """Records of one file. Raises ValueError for a file that cannot be read as text."""
    data = path.read_bytes()
    if not data.strip():
        raise ValueError("empty file")
    source_id = path.relative_to(root).as_posix()
    base = Record(
        source_id=source_id,
        text="",
        title=path.stem,
        heading_path=headings.path_for(path),
        file_hash=file_sha256(data),
    )
    suffix = path.suffix.lower()
    if suffix == ".csv":
        yield from _read_csv(data, base)
        return
    if suffix == ".pdf":
        text, title = _read_pdf(data), path.stem
    elif suffix in {".html", ".htm"}:
        title, text = _read_html(data)
        title = title or path.stem
    else:
        text = _decode(data)
        if path.name.lower() == "readme.md" and _is_table_of_contents(text):
            return
        title = _first_heading(text) or path.stem
    if not text.strip():
        raise ValueError("no text (a scanned PDF needs OCR)")
    yield base.model_copy(update={"text": text, "title": title, "language": detect_language(text)})
