"""The service layer of the web desk and the HTTP API: one object both call.

``Desk`` holds the regulation service, the case service (``review``), the document reader
(``ocr``), the ingestion jobs and the feedback store. Every method takes the calling
:class:`~api.auth.Principal` and checks its permission here, through :func:`api.auth.authorize`,
so the API and the desk cannot drift apart.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from api.auth import KeyStore, Permission, Principal, RateLimiter, authorize
from api.services import RegulationService
from api.settings import Settings
from ocr.errors import DocumentRejected
from ocr.models import Document
from ocr.pipeline import read_document
from rag.answer import AnswerEvent
from rag.conversation import standalone_query
from rag.models import Answer
from rag.store import IndexUnavailableError
from review.declaration import DeclarationError
from review.service import (
    CaseNotFoundError,
    ConflictError,
    DecisionError,
    FieldNotFoundError,
    ReviewService,
)

log = logging.getLogger(__name__)

NOTICES = {
    "fr": "Réponse indicative, tirée des textes publics ; ce n'est pas une décision de l'administration.",
    "en": "Guidance only, drawn from public texts; it is not a decision of the customs administration.",
}
HANDOFF = {
    "fr": "Les textes publics ne répondent pas à cette question : un agent des douanes doit vous répondre.",
    "en": "The public texts do not answer this question: a customs officer should answer you.",
}


class NotFound(LookupError):
    """An unknown case, document or job id (404)."""


class BadRequest(ValueError):
    """Input that passed validation but cannot be processed (422)."""


class Conflict(RuntimeError):
    """The case changed since the caller read it (409)."""


class UnsupportedMedia(ValueError):
    """An upload of a type the service does not read (415)."""


class TooLarge(ValueError):
    """An upload over a configured limit (413)."""


# Feedback ----------------------------------------------------------------------------------------


class FeedbackStore:
    """Thumbs up/down on answers, appended to ``data_dir/feedback/answers.jsonl`` for ``finetune/``."""

    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()

    def record(
        self,
        principal: Principal,
        question: str,
        answer: str,
        liked: bool,
        citations: list[dict[str, Any]],
        comment: str = "",
        collection: str | None = None,
    ) -> str:
        entry = {
            "id": uuid.uuid4().hex,
            "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "user": principal.user,
            "role": principal.role.value,
            "collection": collection,
            "question": question,
            "answer": answer,
            "citations": citations,
            "liked": liked,
            "comment": comment,
        }
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
                fh.flush()
        return str(entry["id"])

    def counts(self) -> dict[str, int]:
        up = down = 0
        if self.path.is_file():
            with self._lock:
                for line in self.path.read_text(encoding="utf-8").split("\n"):
                    if not line.strip():
                        continue
                    try:
                        liked = json.loads(line).get("liked")
                    except json.JSONDecodeError:
                        log.warning("feedback file: a line is not valid JSON")
                        continue
                    up, down = (up + 1, down) if liked else (up, down + 1)
        return {"up": up, "down": down}


# Ingestion jobs ----------------------------------------------------------------------------------


@dataclass
class IngestJob:
    id: str
    collection: str
    folder: str
    rebuild: bool = False
    status: str = "queued"
    files_done: int = 0
    files_total: int = 0
    started_at: float | None = None
    finished_at: float | None = None
    message: str = ""
    report: dict[str, Any] | None = None
    thread: threading.Thread | None = field(default=None, repr=False)

    @property
    def progress(self) -> float | None:
        if self.status == "done":
            return 1.0
        if self.files_total:
            return min(1.0, self.files_done / self.files_total)
        return 0.0 if self.status == "queued" else None

    def public(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status,
            "collection": self.collection,
            "folder": self.folder,
            "progress": self.progress,
            "files_done": self.files_done,
            "files_total": self.files_total,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "message": self.message,
            "report": self.report,
        }


class IngestJobs:
    """Ingestion in background threads, one at a time, with progress.

    The collections share one embedded Qdrant folder, whose collection list two ingestions
    creating collections at once would both rewrite (the first start's internal and public jobs
    failed on its ``meta.json``): a job waits, ``queued``, for the one before it.
    """

    def __init__(self, service: RegulationService):
        self.service = service
        self._jobs: dict[str, IngestJob] = {}
        self._lock = threading.Lock()
        self._one_at_a_time = threading.Lock()

    def start(self, folder: Path, collection: str, rebuild: bool = False) -> IngestJob:
        with self._lock:
            for job in self._jobs.values():
                if job.collection == collection and job.status in ("queued", "running"):
                    return job
            job = IngestJob(uuid.uuid4().hex[:12], collection, str(folder), rebuild)
            self._jobs[job.id] = job
        job.thread = threading.Thread(target=self._run, args=(job,), name=f"ingest-{job.id}", daemon=True)
        job.thread.start()
        return job

    def _progress(self, job: IngestJob) -> Any:
        def on_progress(done: int, total: int) -> None:
            job.files_done, job.files_total = done, total

        return on_progress

    def _run(self, job: IngestJob) -> None:
        with self._one_at_a_time:
            self._ingest(job)

    def _ingest(self, job: IngestJob) -> None:
        job.status, job.started_at = "running", time.time()
        folder = Path(job.folder)
        try:
            from rag.ingest import list_corpus_files

            job.files_total = len(list_corpus_files(folder)) if folder.is_dir() else 0
        except Exception:  # progress is best-effort; the ingestion reports the real error
            job.files_total = 0
        try:
            report = self.service.ingest(
                folder,
                job.collection,
                rebuild=job.rebuild,
                show_progress=False,
                on_progress=self._progress(job),
            )
            job.report = report.model_dump()
            job.files_done = report.files_seen
            job.files_total = report.files_seen
            job.message = (
                f"{report.files_indexed} indexed, {report.files_unchanged} unchanged, "
                f"{report.files_removed} removed; {report.chunks_total} chunks"
            )
            job.status = "done"
        except Exception as exc:
            log.warning("ingest job %s failed: %s", job.id, type(exc).__name__)
            job.message = str(exc)
            job.status = "failed"
        finally:
            job.finished_at = time.time()

    def get(self, job_id: str) -> IngestJob:
        try:
            return self._jobs[job_id]
        except KeyError:
            raise NotFound(f"no ingestion job {job_id!r}") from None

    def all(self) -> list[IngestJob]:
        return sorted(self._jobs.values(), key=lambda j: j.started_at or 0.0, reverse=True)

    def running(self, collection: str) -> bool:
        return any(
            j.collection == collection and j.status in ("queued", "running") for j in self._jobs.values()
        )


# The desk ----------------------------------------------------------------------------------------


def _search_query(history: Sequence[str], question: str) -> str | None:
    """What to search for a chat message: its standalone form given the previous user questions;
    ``None`` (search the question itself, the single-question path) without history."""
    return standalone_query(history, question) if history else None


class Desk:
    """Everything the API routes and the Gradio screens call."""

    def __init__(self, settings: Settings, regulations: RegulationService | None = None):
        self.settings = settings
        self.regulations = regulations or RegulationService(settings)
        self.keys = KeyStore.from_settings(settings)
        self.limiter = RateLimiter(settings.rate_limit_per_minute)
        self.feedback = FeedbackStore(settings.data_dir / "feedback" / "answers.jsonl")
        self.jobs = IngestJobs(self.regulations)
        self._review: ReviewService | None = None
        self._review_lock = threading.Lock()

    # Auth --------------------------------------------------------------------------------------

    def login(self, key: str | None) -> Principal:
        return self.keys.authenticate(key)

    # Start-up ----------------------------------------------------------------------------------

    def warm_up(self, ingest: bool = True) -> list[IngestJob]:
        """Load the models once, and ingest the corpus into empty collections in the background."""
        jobs = []
        for collection in dict.fromkeys([self.settings.collection, self.settings.public_collection]):
            store = self.regulations.store(collection)
            if ingest and (not store.exists() or store.count() == 0) and self.settings.corpus_path.is_dir():
                jobs.append(self.jobs.start(self.settings.corpus_path, collection))
        _ = self.regulations.embedders
        return jobs

    # Questions ---------------------------------------------------------------------------------

    def collection_for(self, principal: Principal, requested: str | None = None) -> str:
        """The collection a caller may read; traders only ever reach the public one."""
        public = self.settings.public_collection
        if not principal.can(Permission.ASK_INTERNAL):
            authorize(principal, Permission.ASK_PUBLIC)
            if requested not in (None, public):
                authorize(principal, Permission.ASK_INTERNAL)  # raises 403
            return public
        if requested in (None, ""):
            return self.settings.collection
        if requested == public:
            return public
        authorize(principal, Permission.ASK_INTERNAL)
        return requested or self.settings.collection

    def _answerer(self, collection: str, summarize: bool) -> Any:
        known = (self.settings.collection, self.settings.public_collection)
        building = self.jobs.running(collection)
        if collection not in known and not building and not self.regulations.store(collection).exists():
            raise NotFound(f"no collection {collection!r}")
        if building:
            raise IndexUnavailableError(
                f"the collection {collection!r} is being built; try again when the ingestion job is done."
            )
        return self.regulations.answerer(collection, with_llm=summarize)

    def ask(
        self,
        principal: Principal,
        question: str,
        collection: str | None = None,
        summarize: bool = True,
        history: Sequence[str] = (),
    ) -> tuple[Answer, str]:
        """``history``: the caller's previous questions in this chat, oldest first (for follow-ups)."""
        name = self.collection_for(principal, collection)
        return self._answerer(name, summarize).answer(question, _search_query(history, question)), name

    def stream(
        self,
        principal: Principal,
        question: str,
        collection: str | None = None,
        summarize: bool = True,
        history: Sequence[str] = (),
    ) -> tuple[Iterator[AnswerEvent], str]:
        """Check access and the question first (so errors are raised before streaming starts)."""
        name = self.collection_for(principal, collection)
        self._answerer(name, False).validate(question)
        return self._answerer(name, summarize).stream(question, _search_query(history, question)), name

    def notice(self, principal: Principal, language: str) -> str:
        lang = language if language in NOTICES else "en"
        if principal.can(Permission.ASK_INTERNAL):
            return ""
        return NOTICES[lang]

    def handoff_text(self, language: str) -> str:
        return HANDOFF.get(language, HANDOFF["en"])

    def record_feedback(
        self,
        principal: Principal,
        question: str,
        answer: str,
        liked: bool,
        citations: list[dict[str, Any]] | None = None,
        comment: str = "",
    ) -> str:
        authorize(principal, Permission.FEEDBACK)
        collection = self.collection_for(principal, None)
        return self.feedback.record(principal, question, answer, liked, citations or [], comment, collection)

    # Documents ---------------------------------------------------------------------------------

    def read_document(self, principal: Principal, data: bytes, filename: str) -> Document:
        authorize(principal, Permission.READ_DOCUMENTS)
        return self._read(data, filename)

    def _read(self, data: bytes, filename: str) -> Document:
        """Read strictly, so that limit breaches become clear 4xx answers."""
        try:
            return read_document(data, filename=filename, strict=True)
        except DocumentRejected as exc:
            code, reason = exc.code, exc.reason
            if code in ("too_large", "pages", "pixels"):
                raise TooLarge(f"{filename}: {reason}") from None
            if code == "unsupported":
                raise UnsupportedMedia(f"{filename}: {reason}") from None
            raise BadRequest(f"{filename}: {reason}") from None

    # Cases -------------------------------------------------------------------------------------

    @property
    def review(self) -> Any:
        with self._review_lock:
            if self._review is None:
                self._review = ReviewService(self.settings)
            return self._review

    @contextmanager
    def _review_errors(self) -> Iterator[None]:
        """The review service's errors as the desk's (404, 409, 422)."""
        try:
            yield
        except (CaseNotFoundError, FieldNotFoundError) as exc:
            raise NotFound(str(exc)) from None
        except ConflictError as exc:
            raise Conflict(f"{exc}; reload the case and try again") from None
        except (DecisionError, DeclarationError) as exc:
            raise BadRequest(str(exc)) from None

    def case_files_dir(self, case_id: str) -> Path:
        if not case_id.isalnum():
            raise NotFound(f"no case {case_id}")
        return self.settings.data_dir / "case_files" / case_id

    def create_case(
        self, principal: Principal, declaration: dict[str, Any], files: list[tuple[str, bytes]]
    ) -> dict[str, Any]:
        """Read every document, check them against the declaration, store the case and its files."""
        authorize(principal, Permission.CASES)
        if not files:
            raise BadRequest("a case needs at least one document")
        names = [Path(name).name or f"document-{i}" for i, (name, _) in enumerate(files)]
        if len(set(names)) != len(names):
            raise BadRequest("two documents have the same file name")
        review = self.review
        documents = [
            self.read_document(principal, data, name) for name, (_, data) in zip(names, files, strict=True)
        ]
        with self._review_errors():
            case = review.create_case(declaration, documents, actor=principal.user)
        folder = self.case_files_dir(case.id)
        folder.mkdir(parents=True, exist_ok=True)
        for name, (_, data) in zip(names, files, strict=True):
            (folder / name).write_bytes(data)
        return dict(case.model_dump(mode="json"))

    def create_case_from_documents(
        self,
        principal: Principal,
        declaration: dict[str, Any],
        documents: list[Any],
        files: dict[str, bytes] | None = None,
    ) -> dict[str, Any]:
        """A case from documents already read (e.g. by the command line), with their files if any."""
        authorize(principal, Permission.CASES)
        with self._review_errors():
            case = self.review.create_case(declaration, documents, actor=principal.user)
        if files:
            folder = self.case_files_dir(case.id)
            folder.mkdir(parents=True, exist_ok=True)
            for name, data in files.items():
                (folder / Path(name).name).write_bytes(data)
        return dict(case.model_dump(mode="json"))

    def queue(
        self, principal: Principal, status: str | None = "open", limit: int = 100
    ) -> list[dict[str, Any]]:
        authorize(principal, Permission.CASES)
        return [c.model_dump(mode="json") for c in self.review.queue(status=status or None, limit=limit)]

    def case(self, principal: Principal, case_id: str) -> dict[str, Any]:
        authorize(principal, Permission.CASES)
        with self._review_errors():
            return dict(self.review.get_case(case_id).model_dump(mode="json"))

    def case_file(self, principal: Principal, case_id: str, filename: str) -> bytes | None:
        authorize(principal, Permission.CASES)
        path = self.case_files_dir(case_id) / Path(filename).name
        return path.read_bytes() if path.is_file() else None

    def correct_field(
        self,
        principal: Principal,
        case_id: str,
        document: str,
        field: str,
        value: Any,
        *,
        line: int | None = None,
        reason: str = "",
        expected_version: int | None = None,
    ) -> dict[str, Any]:
        authorize(principal, Permission.DECIDE)
        with self._review_errors():
            case = self.review.correct_field(
                case_id,
                document=document,
                field=field,
                value=value,
                reviewer=principal.user,
                expected_version=expected_version,
                line=line,
                reason=reason,
            )
        return dict(case.model_dump(mode="json"))

    def decide(
        self,
        principal: Principal,
        case_id: str,
        action: str,
        comment: str,
        expected_version: int | None = None,
    ) -> dict[str, Any]:
        authorize(principal, Permission.DECIDE)
        with self._review_errors():
            case = self.review.decide(case_id, action, comment, principal.user, expected_version)
        return dict(case.model_dump(mode="json"))

    def audit(self, principal: Principal, case_id: str | None = None) -> list[dict[str, Any]]:
        authorize(principal, Permission.CASES)
        if case_id is not None:
            self.case(principal, case_id)  # 404 for unknown ids
        return [e.model_dump(mode="json") for e in self.review.audit_log(case_id)]

    def verify_audit(self, principal: Principal) -> dict[str, Any]:
        authorize(principal, Permission.ADMIN)
        return dict(self.review.verify_audit().model_dump(mode="json"))

    # Admin -------------------------------------------------------------------------------------

    def start_ingest(
        self, principal: Principal, folder: str | None, collection: str | None, rebuild: bool
    ) -> IngestJob:
        authorize(principal, Permission.ADMIN)
        path = Path(folder).expanduser() if folder else self.settings.corpus_path
        if not path.is_dir():
            raise BadRequest(f"folder not found on the server: {path}")
        return self.jobs.start(path, collection or self.settings.collection, rebuild)

    def job(self, principal: Principal, job_id: str) -> IngestJob:
        authorize(principal, Permission.ADMIN)
        return self.jobs.get(job_id)

    def stats(self, principal: Principal) -> dict[str, Any]:
        authorize(principal, Permission.ADMIN)
        collections = []
        for name in dict.fromkeys([self.settings.collection, self.settings.public_collection]):
            store = self.regulations.store(name)
            exists = store.exists()
            collections.append({"name": name, "exists": exists, "chunks": store.count() if exists else 0})
        cases: dict[str, int] = {}
        for summary in self.review.queue(status=None, limit=10_000):
            cases[str(summary.status)] = cases.get(str(summary.status), 0) + 1
        return {"collections": collections, "feedback": self.feedback.counts(), "cases": cases}

    def evaluation_results(self, principal: Principal) -> list[dict[str, Any]]:
        """Every readable ``*.json`` object in ``results_dir``, newest first: name, modified time, data.

        The files are whatever ``customs eval qa|kie|check --json`` wrote there; recognising their
        shapes is the screen's business (``ui.plots``); unreadable files are skipped with a warning.
        """
        authorize(principal, Permission.ADMIN)
        folder = self.settings.results_dir
        found = []
        for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
            try:
                mtime = path.stat().st_mtime
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
                log.warning("skipping evaluation file %s: %s", path, exc)
                continue
            if isinstance(data, dict):
                modified = time.strftime("%Y-%m-%d %H:%M", time.localtime(mtime))
                found.append((mtime, {"name": path.name, "modified": modified, "data": data}))
        found.sort(key=lambda pair: pair[0], reverse=True)
        return [result for _, result in found]
