"""Incremental, idempotent ingestion of a folder into the Qdrant collection.

Unchanged files (same content hash) are skipped, changed files replace their chunks,
deleted files are removed. Each file's chunks are written in one upsert, and a file whose
chunks are not all present is re-ingested, so an interrupted run leaves a usable index.
"""

from __future__ import annotations

import logging
import resource
import time
from collections.abc import Callable, Container
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, Field
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from rag import sparse
from rag.chunking import chunk_record
from rag.embeddings import Embedder
from rag.models import Chunk
from rag.readers import (
    SUPPORTED_SUFFIXES,
    FolderHeadings,
    SkippedFile,
    file_sha256,
    list_corpus_files,
    read_file,
)
from rag.store import QdrantStore

log = logging.getLogger(__name__)


class IngestReport(BaseModel):
    root: str
    files_seen: int = 0
    files_indexed: int = 0
    files_unchanged: int = 0
    files_removed: int = 0
    chunks_written: int = 0
    chunks_total: int = 0
    skipped: list[SkippedFile] = Field(default_factory=list)
    seconds: float = 0.0
    peak_rss_mb: float = 0.0

    @property
    def chunks_per_second(self) -> float:
        return self.chunks_written / self.seconds if self.seconds else 0.0


class Ingestor:
    def __init__(
        self,
        store: QdrantStore,
        embedders: list[Embedder],
        max_chars: int = 1800,
        overlap_chars: int = 200,
        batch_chunks: int = 128,
    ):
        self.store = store
        self.embedders = embedders
        self.max_chars = max_chars
        self.overlap_chars = overlap_chars
        self.batch_chunks = batch_chunks

    def _chunks_of(self, path: Path, root: Path, headings: FolderHeadings, now: str) -> list[Chunk]:
        chunks: list[Chunk] = []
        for record in read_file(path, root, headings):
            chunks.extend(chunk_record(record, self.max_chars, self.overlap_chars, now, start=len(chunks)))
        for chunk in chunks:
            chunk.file_chunks = len(chunks)
        return chunks

    def _write(self, pending: list[list[Chunk]], indexed: Container[str]) -> int:
        """Embed and store the chunks of ``pending`` files, replacing the chunks of those in ``indexed``."""
        chunks = [c for file_chunks in pending for c in file_chunks]
        if not chunks:
            return 0
        indexed_texts = [f"{c.context_header}\n{c.text}" for c in chunks]
        dense = {e.name: e.encode(indexed_texts) for e in self.embedders}
        sparse_vectors = [
            sparse.document_vector(t, c.language) for t, c in zip(indexed_texts, chunks, strict=True)
        ]
        # Only files already in the index have chunks to replace: a delete by filter scans every
        # point in embedded Qdrant, so deleting for new files made a fresh ingestion quadratic.
        self.store.delete_sources([f[0].source_id for f in pending if f[0].source_id in indexed])
        offset = 0
        for file_chunks in pending:
            n = len(file_chunks)
            self.store.upsert(
                file_chunks,
                {name: vecs[offset : offset + n] for name, vecs in dense.items()},
                sparse_vectors[offset : offset + n],
            )
            offset += n
        return len(chunks)

    def run(
        self,
        root: Path,
        show_progress: bool = True,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> IngestReport:
        """Index ``root``; ``on_progress(files_done, files_total)`` follows the work (e.g. a web job)."""
        started = time.perf_counter()
        root = root.resolve()
        if not root.is_dir():
            raise FileNotFoundError(f"corpus folder not found: {root}")
        report = IngestReport(root=str(root))
        self.store.ensure_collection()
        indexed = self.store.source_hashes()
        headings = FolderHeadings(root)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        files = list_corpus_files(root)
        report.files_seen = len(files)
        present: set[str] = set()
        pending: list[list[Chunk]] = []

        columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, disable=not show_progress) as progress:
            task = progress.add_task("files", total=len(files))
            for done, path in enumerate(files, start=1):
                progress.advance(task)
                if on_progress is not None:
                    on_progress(done, len(files))
                source_id = path.relative_to(root).as_posix()
                if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                    report.skipped.append(
                        SkippedFile(path=source_id, reason=f"unsupported type {path.suffix!r}")
                    )
                    continue
                try:
                    digest = file_sha256(path.read_bytes())
                    if indexed.get(source_id) == digest:
                        present.add(source_id)
                        report.files_unchanged += 1
                        continue
                    chunks = self._chunks_of(path, root, headings, now)
                except (ValueError, OSError) as exc:
                    report.skipped.append(SkippedFile(path=source_id, reason=str(exc)))
                    continue
                if not chunks:
                    continue
                present.add(source_id)
                pending.append(chunks)
                report.files_indexed += 1
                if sum(len(c) for c in pending) >= self.batch_chunks:
                    report.chunks_written += self._write(pending, indexed)
                    pending = []
            report.chunks_written += self._write(pending, indexed)

        removed = set(indexed) - present
        self.store.delete_sources(removed)
        report.files_removed = len(removed)
        report.chunks_total = self.store.count()
        report.seconds = time.perf_counter() - started
        report.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
        if report.skipped:
            log.warning(
                "skipped %d file(s): %s",
                len(report.skipped),
                "; ".join(f"{s.path} ({s.reason})" for s in report.skipped[:20]),
            )
        return report
