"""Administration: ingestion as a background job with progress, corpus statistics."""

from __future__ import annotations

from fastapi import APIRouter, Response

from api.deps import DeskDep, PrincipalDep
from api.protocol import ERROR_RESPONSES, IngestJobOut, IngestRequest, StatsResponse

router = APIRouter(prefix="/v1", tags=["admin"], responses=ERROR_RESPONSES)


@router.post(
    "/ingest", response_model=IngestJobOut, status_code=202, summary="Start an ingestion job (admin)"
)
def start_ingest(
    body: IngestRequest, desk: DeskDep, principal: PrincipalDep, response: Response
) -> IngestJobOut:
    """Index a server folder (the configured corpus by default) in the background; poll the job."""
    job = desk.start_ingest(principal, body.folder, body.collection, body.rebuild)
    response.headers["Location"] = f"/v1/ingest/{job.id}"
    return IngestJobOut.model_validate(job.public())


@router.get("/ingest/{job_id}", response_model=IngestJobOut, summary="An ingestion job's status (admin)")
def ingest_status(job_id: str, desk: DeskDep, principal: PrincipalDep) -> IngestJobOut:
    return IngestJobOut.model_validate(desk.job(principal, job_id).public())


@router.get("/stats", response_model=StatsResponse, summary="Corpus and feedback statistics (admin)")
def stats(desk: DeskDep, principal: PrincipalDep) -> StatsResponse:
    return StatsResponse.model_validate(desk.stats(principal))
