"""The review desk's service layer, shared by the command line, the API and the Gradio desk.

Stable API (names and arguments kept stable for ``api/`` and ``ui/``)::

    from review.service import ReviewService, ConflictError, CaseNotFoundError, DecisionError
    service = ReviewService(settings)            # migrates the database (SQLite or CUSTOMS_DATABASE_URL)

    report = service.check(declaration, documents)          # CheckReport, nothing stored
    case = service.create_case(declaration, documents, actor="desk")   # CaseView (checked and stored)
    service.queue(status="open", limit=100)                 # list[CaseSummary], riskiest first
    service.get_case(case.id)                               # CaseView
    service.correct_field(case.id, document="invoice.png", field="total_value", value=123.0,
                          reviewer="alice", expected_version=case.version, line=None, reason="OCR misread")
    service.decide(case.id, "approve", "documents agree", "alice", expected_version=case.version)
    service.audit_log(case_id=None)                         # list[AuditEntry]
    service.verify_audit()                                  # AuditReport(ok, entries, problems)
    service.export_corrections(stream)                      # JSONL of corrections on approved cases -> count

``declaration`` is a ``Declaration`` or its JSON dict (a bad one raises ``DeclarationError`` listing every
bad field); ``documents`` are ``ocr.models.Document``. Every change and its audit entry are committed in one
transaction before the method returns: a returned value means "saved". ``expected_version`` is the
``version`` the reviewer saw; when the case changed since, ``ConflictError`` is raised and nothing is written.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from api.settings import Settings, get_settings
from ocr.models import BoundingBox, Document, ExtractedField, LineItem
from review import audit
from review.audit import AuditEntry, AuditReport
from review.check import CheckEngine
from review.db import make_engine, upgrade_schema
from review.declaration import Declaration, parse_declaration
from review.explain import Explainer, LLMExplainer, TemplateExplainer
from review.findings import CheckReport, Severity
from review.rules import RuleSet, load_rules
from review.tables import CaseRecord, CorrectionRecord, DecisionRecord, DocumentRecord, FieldRecord, utcnow
from review.views import (
    STATUS_AFTER,
    CaseStatus,
    CaseSummary,
    CaseView,
    CorrectionView,
    Decision,
    DecisionView,
    StoredDocument,
)

__all__ = [
    "CaseNotFoundError", "CaseView", "ConflictError", "Decision", "DecisionError", "FieldNotFoundError",
    "ReviewService",
]  # fmt: skip


class CaseNotFoundError(LookupError):
    pass


class FieldNotFoundError(LookupError):
    pass


class ConflictError(RuntimeError):
    """The case changed since the reviewer loaded it; reload and decide again."""

    def __init__(self, case_id: str, expected_version: int | None, current_version: int | None) -> None:
        self.case_id, self.expected_version, self.current_version = case_id, expected_version, current_version
        super().__init__(
            f"case {case_id} changed since version {expected_version} (now {current_version}); reload it"
        )


class DecisionError(ValueError):
    """The decision is not allowed (unknown decision, missing comment...)."""


def _field_record(name: str, field: ExtractedField, line: int | None) -> FieldRecord:
    return FieldRecord(
        name=name,
        line=line,
        raw=field.raw,
        value=field.value,
        confidence=field.confidence,
        page=field.page,
        box=field.box.model_dump() if field.box else None,
        method=field.method,
    )


def _extracted(record: FieldRecord) -> ExtractedField:
    return ExtractedField(
        name=record.name,
        raw=record.raw,
        value=record.value,
        confidence=record.confidence,
        page=record.page,
        box=BoundingBox.model_validate(record.box) if record.box else None,
        method=record.method,  # type: ignore[arg-type]
    )


def _document(record: DocumentRecord) -> Document:
    document = Document.model_validate({**record.data, "fields": {}, "items": []})
    items: dict[int, LineItem] = {}
    for field in record.fields:
        if field.line is None:
            document.fields[field.name] = _extracted(field)
        else:
            items.setdefault(field.line, LineItem(line=field.line)).fields[field.name] = _extracted(field)
    document.items = [items[line] for line in sorted(items)]
    return document


def default_explainer(settings: Settings) -> Explainer:
    """The template unless ``CUSTOMS_REVIEW_EXPLAINER=llm`` (the LLM rephrases it; template fallback)."""
    if getattr(settings, "review_explainer", "template") != "llm":
        return TemplateExplainer()
    from llm.factory import build_llm

    client = build_llm(
        settings.llm_base_url, settings.llm_model, settings.llm_api_key, settings.llm_model_path,
        settings.lora_path, settings.llm_ctx, settings.llm_threads, settings.llm_timeout_s,
    )  # fmt: skip
    return LLMExplainer(client)


class ReviewService:
    """Cases, checks, corrections, decisions and the audit log over one database."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        rules: RuleSet | None = None,
        explainer: Explainer | None = None,
        migrate: bool = True,
    ) -> None:
        self.settings = settings or get_settings()
        rules_path = getattr(self.settings, "review_rules_path", None)
        self.engine = CheckEngine(
            rules or load_rules(rules_path), explainer or default_explainer(self.settings)
        )
        self.db = make_engine(self.settings.sqlalchemy_url)
        if migrate:
            upgrade_schema(self.db)
        self._sessions = sessionmaker(self.db, expire_on_commit=False)

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.db.dispose()

    # -- checking ----------------------------------------------------------------------------------

    def check(self, declaration: Declaration | dict[str, Any], documents: list[Document]) -> CheckReport:
        return self.engine.run(self._declaration(declaration), documents)

    @staticmethod
    def _declaration(declaration: Declaration | dict[str, Any]) -> Declaration:
        return declaration if isinstance(declaration, Declaration) else parse_declaration(declaration)

    # -- cases ---------------------------------------------------------------------------------------

    def create_case(
        self, declaration: Declaration | dict[str, Any], documents: list[Document], *, actor: str = "system"
    ) -> CaseView:
        declared = self._declaration(declaration)
        report = self.engine.run(declared, documents)
        case_id = uuid.uuid4().hex
        with self._transaction() as session:
            case = CaseRecord(
                id=case_id,
                declaration_id=declared.declaration_id,
                declaration=declared.model_dump(mode="json"),
                status=CaseStatus.OPEN,
                created_by=actor,
                report={},
            )
            self._apply_report(case, report)
            for position, document in enumerate(documents):
                record = DocumentRecord(
                    position=position,
                    filename=document.filename,
                    doc_type=str(document.doc_type),
                    type_confidence=document.type_confidence,
                    data=document.model_dump(mode="json", exclude={"fields", "items"}),
                )
                record.fields = [_field_record(name, f, None) for name, f in document.fields.items()]
                for item in document.items:
                    record.fields += [_field_record(name, f, item.line) for name, f in item.fields.items()]
                case.documents.append(record)
            session.add(case)
            session.flush()
            audit.append(
                session, actor, "case_created", case_id,
                {"declaration_id": declared.declaration_id, "documents": [d.filename for d in documents],
                 "summary": report.summary()},
            )  # fmt: skip
        return self.get_case(case_id)

    @staticmethod
    def _apply_report(case: CaseRecord, report: CheckReport) -> None:
        case.report = report.model_dump(mode="json")
        case.risk = report.risk
        case.blocking = sum(f.severity == Severity.BLOCK for f in report.findings)
        case.discrepancies = len(report.discrepancies)
        case.updated_at = utcnow()

    def queue(self, *, status: str | None = CaseStatus.OPEN, limit: int = 100) -> list[CaseSummary]:
        """Cases riskiest first (blocking findings first, then warnings), oldest first among equals."""
        query = select(CaseRecord).order_by(
            CaseRecord.blocking.desc(), CaseRecord.risk.desc(), CaseRecord.created_at
        )
        if status:
            query = query.where(CaseRecord.status == status)
        with self._sessions() as session:
            return [self._summary(case) for case in session.execute(query.limit(limit)).scalars()]

    @staticmethod
    def _summary(case: CaseRecord) -> CaseSummary:
        return CaseSummary(
            id=case.id, declaration_id=case.declaration_id, status=CaseStatus(case.status), risk=case.risk,
            blocking=case.blocking, discrepancies=case.discrepancies, version=case.version,
            created_at=case.created_at, updated_at=case.updated_at,
        )  # fmt: skip

    def _load(self, session: Session, case_id: str) -> CaseRecord:
        query = (
            select(CaseRecord)
            .where(CaseRecord.id == case_id)
            .options(
                selectinload(CaseRecord.documents).selectinload(DocumentRecord.fields),
                selectinload(CaseRecord.corrections),
                selectinload(CaseRecord.decisions),
            )
        )
        case = session.execute(query).scalar_one_or_none()
        if case is None:
            raise CaseNotFoundError(f"no case {case_id}")
        return case

    def get_case(self, case_id: str) -> CaseView:
        with self._sessions() as session:
            return self._view(self._load(session, case_id))

    def _view(self, case: CaseRecord) -> CaseView:
        filenames = {d.id: d.filename for d in case.documents}
        return CaseView(
            **self._summary(case).model_dump(),
            declaration=case.declaration,
            documents=[StoredDocument(id=d.id, document=_document(d)) for d in case.documents],
            report=CheckReport.model_validate(case.report),
            corrections=[
                CorrectionView(
                    id=c.id,
                    document=filenames.get(c.document_id, "?"),
                    field=c.field,
                    line=c.line,
                    before=c.before,
                    after=c.after,
                    reason=c.reason,
                    reviewer=c.reviewer,
                    created_at=c.created_at,
                )
                for c in case.corrections
            ],
            decisions=[
                DecisionView(
                    id=d.id,
                    decision=Decision(d.decision),
                    comment=d.comment,
                    reviewer=d.reviewer,
                    case_version=d.case_version,
                    created_at=d.created_at,
                )
                for d in case.decisions
            ],
        )

    @staticmethod
    def _check_version(case: CaseRecord, expected_version: int | None) -> None:
        if expected_version is not None and case.version != expected_version:
            raise ConflictError(case.id, expected_version, case.version)

    @contextmanager
    def _changing(self, case_id: str, expected_version: int | None) -> Iterator[tuple[Session, CaseRecord]]:
        """A transaction on one case; a concurrent change surfaces as ConflictError, never as an overwrite."""
        try:
            with self._transaction() as session:
                case = self._load(session, case_id)
                self._check_version(case, expected_version)
                yield session, case
        except StaleDataError as exc:
            raise ConflictError(case_id, expected_version, None) from exc

    # -- corrections and decisions -----------------------------------------------------------------

    def correct_field(
        self,
        case_id: str,
        *,
        document: str,
        field: str,
        value: Any,
        reviewer: str,
        expected_version: int | None,
        line: int | None = None,
        reason: str = "",
    ) -> CaseView:
        """Set a field's value as the reviewer read it (before and after are kept), then re-check the case."""
        with self._changing(case_id, expected_version) as (session, case):
            stored = next((d for d in case.documents if d.filename == document), None)
            if stored is None:
                raise FieldNotFoundError(f"case {case_id} has no document {document!r}")
            record = next((f for f in stored.fields if f.name == field and f.line == line), None)
            before, before_raw = (record.value, record.raw) if record else (None, None)
            if record is None:
                record = FieldRecord(
                    name=field, line=line, raw="", value=None, confidence=1.0, method="reviewer"
                )
                stored.fields.append(record)
            record.value, record.raw, record.confidence, record.method = value, str(value), 1.0, "reviewer"
            session.flush()
            correction = CorrectionRecord(
                case_id=case.id,
                document_id=stored.id,
                field_id=record.id,
                field=field,
                line=line,
                before=before,
                before_raw=before_raw,
                after=value,
                reason=reason,
                reviewer=reviewer,
            )
            session.add(correction)
            declared = parse_declaration(case.declaration)
            report = self.engine.run(declared, [_document(d) for d in case.documents])
            self._apply_report(case, report)
            session.flush()
            audit.append(
                session, reviewer, "field_corrected", case.id,
                {"document": document, "field": field, "line": line, "before": before, "after": value,
                 "reason": reason, "case_version": case.version, "summary": report.summary()},
            )  # fmt: skip
        return self.get_case(case_id)

    def decide(
        self, case_id: str, decision: str, comment: str, reviewer: str, expected_version: int | None
    ) -> CaseView:
        """Record approve, reject or request_documents; committed (with its audit entry) before returning."""
        try:
            chosen = Decision(decision)
        except ValueError:
            raise DecisionError(
                f"unknown decision {decision!r}; use one of {[d.value for d in Decision]}"
            ) from None
        if not reviewer.strip():
            raise DecisionError("a decision needs the reviewer's name")
        with self._changing(case_id, expected_version) as (session, case):
            if chosen == Decision.APPROVE and case.blocking and not comment.strip():
                raise DecisionError("approving a case with blocking discrepancies needs a comment saying why")
            if chosen != Decision.APPROVE and not comment.strip():
                raise DecisionError(f"{chosen.value} needs a comment for the trader")
            decided_on = case.version
            case.status = STATUS_AFTER[chosen]
            case.updated_at = utcnow()
            session.add(
                DecisionRecord(
                    case_id=case.id,
                    decision=chosen,
                    comment=comment,
                    reviewer=reviewer,
                    case_version=decided_on,
                )
            )
            session.flush()
            audit.append(
                session, reviewer, f"decision_{chosen.value}", case.id,
                {"comment": comment, "decided_on_version": decided_on, "status": case.status},
            )  # fmt: skip
        return self.get_case(case_id)

    # -- audit and training data ---------------------------------------------------------------------

    def audit_log(self, case_id: str | None = None) -> list[AuditEntry]:
        from review.tables import AuditEntryRecord

        query = select(AuditEntryRecord).order_by(AuditEntryRecord.seq)
        if case_id:
            query = query.where(AuditEntryRecord.case_id == case_id)
        with self._sessions() as session:
            return [audit.to_entry(r) for r in session.execute(query).scalars()]

    def verify_audit(self) -> AuditReport:
        with self._sessions() as session:
            return audit.verify(session)

    def export_corrections(self, out: IO[str]) -> int:
        """Write one JSON line per correction on an approved case (training data for ``finetune/``)."""
        query = (
            select(CaseRecord)
            .where(CaseRecord.status == CaseStatus.APPROVED)
            .options(selectinload(CaseRecord.corrections), selectinload(CaseRecord.documents))
            .order_by(CaseRecord.created_at)
        )
        written = 0
        with self._sessions() as session:
            for case in session.execute(query).scalars():
                documents = {d.id: d for d in case.documents}
                approval = next((d for d in reversed(case.decisions) if d.decision == Decision.APPROVE), None)
                for correction in case.corrections:
                    document = documents[correction.document_id]
                    field = session.get(FieldRecord, correction.field_id)
                    row = {
                        "case_id": case.id,
                        "declaration_id": case.declaration_id,
                        "document": document.filename,
                        "doc_type": document.doc_type,
                        "field": correction.field,
                        "line": correction.line,
                        "before": correction.before,
                        "before_raw": correction.before_raw,
                        "after": correction.after,
                        "page": field.page if field else None,
                        "box": field.box if field else None,
                        "reason": correction.reason,
                        "corrected_by": correction.reviewer,
                        "corrected_at": correction.created_at.isoformat(),
                        "approved_by": approval.reviewer if approval else None,
                    }
                    out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
                    written += 1
        return written
