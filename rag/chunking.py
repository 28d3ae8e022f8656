"""Structure-aware chunking: an article stays whole when it fits; long texts split at
headings, then paragraphs, then sentences, with overlap between consecutive chunks."""

from __future__ import annotations

import hashlib
import re

from rag.models import Chunk
from rag.readers import Record

_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*)$", re.MULTILINE)
_ARTICLE_RE = re.compile(r"\bArticle\s+((?:[LRDA]\*?\.?\s?)?[0-9][0-9A-Za-z\-* ]*)")
_SENTENCE_END_RE = re.compile(r"(?<=[.;:!?])\s+")


def chunk_id(source_id: str, position: int, text: str) -> str:
    digest = hashlib.sha256(f"{source_id}\x00{position}\x00{text}".encode()).hexdigest()
    # Qdrant point ids must be UUIDs or integers: use the hash as a UUID.
    return f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}"


def article_number(title: str) -> str | None:
    match = _ARTICLE_RE.search(title)
    return match.group(1).strip() if match else None


def _split_sections(text: str) -> list[tuple[str, str]]:
    """(heading, body) pairs at Markdown headings; text before the first heading has no heading."""
    matches = list(_HEADING_RE.finditer(text))
    if not matches:
        return [("", text)]
    sections = []
    if matches[0].start() > 0 and text[: matches[0].start()].strip():
        sections.append(("", text[: matches[0].start()]))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        sections.append((m.group(2).strip(), text[m.end() : end]))
    return sections


def _pieces(text: str, max_chars: int) -> list[str]:
    """Paragraphs, with over-long paragraphs cut at sentence ends (then hard cuts)."""
    pieces: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        para = para.strip()
        if not para:
            continue
        if len(para) <= max_chars:
            pieces.append(para)
            continue
        for sentence in _SENTENCE_END_RE.split(para):
            while len(sentence) > max_chars:
                pieces.append(sentence[:max_chars])
                sentence = sentence[max_chars:]
            if sentence.strip():
                pieces.append(sentence.strip())
    return pieces


def _windows(pieces: list[str], max_chars: int, overlap_chars: int) -> list[str]:
    windows: list[str] = []
    current: list[str] = []
    for piece in pieces:
        if current and len("\n\n".join([*current, piece])) > max_chars:
            windows.append("\n\n".join(current))
            carried: list[str] = []
            for prev in reversed(current):
                if len("\n\n".join([prev, *carried])) > overlap_chars:
                    break
                carried.insert(0, prev)
            current = carried
        current.append(piece)
    if current:
        windows.append("\n\n".join(current))
    return windows


def chunk_record(
    record: Record, max_chars: int, overlap_chars: int, ingested_at: str = "", start: int = 0
) -> list[Chunk]:
    """Chunks of one record, numbered from ``start`` within its file; an article that fits stays whole."""
    article = article_number(record.title)
    base_path = [*record.heading_path, record.title] if record.title else list(record.heading_path)
    if len(record.text) <= max_chars:
        parts: list[tuple[list[str], str]] = [(base_path, record.text.strip())]
    else:
        parts = []
        for heading, body in _split_sections(record.text):
            path = [*base_path, heading] if heading and heading != record.title else base_path
            for window in _windows(_pieces(body, max_chars), max_chars, overlap_chars):
                parts.append((path, window))
    chunks = []
    for position, (path, text) in enumerate((p for p in parts if p[1].strip()), start=start):
        chunks.append(
            Chunk(
                chunk_id=chunk_id(record.source_id, position, text),
                source_id=record.source_id,
                text=text,
                title=record.title,
                heading_path=path,
                article=article,
                language=record.language,
                position=position,
                file_hash=record.file_hash,
                ingested_at=ingested_at,
            )
        )
    return chunks
