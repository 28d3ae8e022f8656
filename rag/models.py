"""Domain types of the retrieval-augmented answering pipeline."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Chunk(BaseModel):
    """One indexed passage with the provenance a citation needs."""

    chunk_id: str = Field(description="Stable id: hash of source id and position.")
    source_id: str = Field(description="File path relative to the ingested folder.")
    text: str
    title: str = ""
    heading_path: list[str] = Field(default_factory=list)
    article: str | None = None
    language: str = "fr"
    position: int = 0
    file_chunks: int = Field(default=1, description="Chunks of the file; detects half-written files.")
    file_hash: str = ""
    ingested_at: str = ""

    @property
    def context_header(self) -> str:
        """Heading path shown to the retriever and the reader (place names such as Mayotte live here)."""
        return " > ".join(self.heading_path)


class RetrievedChunk(BaseModel):
    chunk: Chunk
    score: float = Field(description="Fused retrieval score (higher is better).")
    rank: int
    scores: dict[str, float] = Field(default_factory=dict, description="Per-retriever scores.")


class Citation(BaseModel):
    number: int = Field(description="The [n] marker used in the answer text.")
    source_id: str
    article: str | None = None
    quote: str = Field(description="The sentence quoted verbatim from the source.")


class Timings(BaseModel):
    retrieval_s: float = 0.0
    first_token_s: float | None = None
    generation_s: float = 0.0
    total_s: float = 0.0


class Answer(BaseModel):
    question: str
    language: str
    text: str
    citations: list[Citation] = Field(default_factory=list)
    abstained: bool = False
    answerability: float = Field(default=0.0, description="Estimated probability the sources answer.")
    sources: list[RetrievedChunk] = Field(default_factory=list, description="Retrieved sources, best first.")
    timings: Timings = Field(default_factory=Timings)
