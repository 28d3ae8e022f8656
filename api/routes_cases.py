"""Documents and cases: read an upload, create a checked case, the queue, corrections and decisions."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, Query, UploadFile

from api.auth import Permission, Principal
from api.deps import DeskDep, require
from api.desk import BadRequest, UnsupportedMedia
from api.protocol import ERROR_RESPONSES, DecisionRequest, DocumentResponse, ErrorResponse, FieldCorrection
from review.audit import AuditEntry
from review.views import CaseStatus, CaseSummary, CaseView

router = APIRouter(
    prefix="/v1",
    tags=["documents and cases"],
    responses={**ERROR_RESPONSES, 404: {"model": ErrorResponse, "description": "Unknown case."}},
)
CONFLICT: dict[int | str, dict[str, Any]] = {
    409: {"model": ErrorResponse, "description": "The case changed since `expected_version`."}
}

ACCEPTED_TYPES = {
    "application/pdf", "image/png", "image/jpeg", "image/tiff", "image/webp", "image/bmp",
    "application/octet-stream",
}  # fmt: skip
CaseReader = Annotated[Principal, Depends(require(Permission.CASES))]
Reviewer = Annotated[Principal, Depends(require(Permission.DECIDE))]
DocReader = Annotated[Principal, Depends(require(Permission.READ_DOCUMENTS))]


async def _read_upload(upload: UploadFile) -> tuple[str, bytes]:
    content_type = (upload.content_type or "application/octet-stream").split(";")[0].strip().lower()
    if content_type not in ACCEPTED_TYPES:
        raise UnsupportedMedia(
            f"{upload.filename or 'the file'}: content type {content_type!r} is not accepted; "
            "send a PDF or an image (PNG, JPEG, TIFF, WebP)"
        )
    return upload.filename or "document", await upload.read()


@router.post("/documents", response_model=DocumentResponse, summary="Read one document: type and fields")
async def read_document(
    desk: DeskDep, principal: DocReader, file: Annotated[UploadFile, File(description="PDF or image.")]
) -> DocumentResponse:
    """OCR (or the PDF text layer), document-type recognition and field extraction with boxes."""
    filename, data = await _read_upload(file)
    from starlette.concurrency import run_in_threadpool

    document = await run_in_threadpool(desk.read_document, principal, data, filename)
    return DocumentResponse.model_validate(document_json(document))


def document_json(document: Any) -> dict[str, Any]:
    data = document.model_dump(mode="json")
    data["pages"] = len(data.get("pages", []))
    return data


@router.post(
    "/cases",
    status_code=201,
    response_model=CaseView,
    summary="Create a case: declaration and documents, checked",
)
async def create_case(
    desk: DeskDep,
    principal: CaseReader,
    declaration: Annotated[str, Form(description="The declaration as JSON (datasets README, section 3).")],
    documents: Annotated[list[UploadFile], File(description="Invoice, certificates, packing list.")],
) -> dict[str, Any]:
    try:
        declared = json.loads(declaration)
    except json.JSONDecodeError as exc:
        raise BadRequest(f"declaration: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    files = [await _read_upload(upload) for upload in documents]
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(desk.create_case, principal, declared, files)


@router.get("/cases", response_model=list[CaseSummary], summary="The review queue, riskiest first")
def list_cases(
    desk: DeskDep,
    principal: CaseReader,
    status: CaseStatus | Literal["all"] = CaseStatus.OPEN,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[dict[str, Any]]:
    return desk.queue(principal, None if status == "all" else str(status), limit)


@router.get(
    "/cases/{case_id}",
    response_model=CaseView,
    summary="One case: declaration, documents, fields, findings, decisions",
)
def get_case(case_id: str, desk: DeskDep, principal: CaseReader) -> dict[str, Any]:
    return desk.case(principal, case_id)


@router.post(
    "/cases/{case_id}/corrections",
    response_model=CaseView,
    responses=CONFLICT,
    summary="Correct one field (reviewer)",
)
def correct_field(case_id: str, body: FieldCorrection, desk: DeskDep, principal: Reviewer) -> dict[str, Any]:
    """Before and after are kept in the audit log; the case is checked again."""
    return desk.correct_field(
        principal,
        case_id,
        body.document,
        body.field,
        body.value,
        line=body.line,
        reason=body.reason,
        expected_version=body.expected_version,
    )


@router.post(
    "/cases/{case_id}/decision",
    response_model=CaseView,
    responses=CONFLICT,
    summary="Approve, reject or request documents (reviewer)",
)
def decide(case_id: str, body: DecisionRequest, desk: DeskDep, principal: Reviewer) -> dict[str, Any]:
    """Saved with its audit entry before the answer returns."""
    return desk.decide(principal, case_id, body.action, body.comment, body.expected_version)


@router.get("/cases/{case_id}/audit", response_model=list[AuditEntry], summary="The case's audit entries")
def audit(case_id: str, desk: DeskDep, principal: CaseReader) -> list[dict[str, Any]]:
    return desk.audit(principal, case_id)
