"""Grounded answers: retrieve, quote the decisive sentences verbatim with [n] citations, judge
whether they answer the question (else abstain with the closest sources), and let the LLM add
a one-sentence summary in the question's language.

The answer's correctness rests on retrieval and quotation; the LLM only summarises, and text
inside the sources is data: instruction-like sentences are never quoted, and a summary that
repeats one is dropped.
"""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from pydantic import BaseModel

from llm.base import LLMClient, LLMError
from prompts import load_prompt
from rag import sparse
from rag.embeddings import Embedder
from rag.models import Answer, Citation, RetrievedChunk, Timings
from rag.readers import detect_language
from rag.retrieve import HybridRetriever
from rag.text import looks_like_instruction, sentences

RANK_PRIOR = 0.1  # weight of the source's retrieval rank in choosing the quoted sentences
CALIBRATION_FILE = Path(__file__).with_name("answerability.json")

MESSAGES = {
    "fr": {
        "intro": "D'après les textes indexés :",
        "summary": "En résumé :",
        "abstain": "Les textes indexés ne répondent pas à cette question. Sources les plus proches :",
        "language_name": "en français",
    },
    "en": {
        "intro": "According to the indexed texts:",
        "summary": "In short:",
        "abstain": "The indexed texts do not answer this question. Closest sources:",
        "language_name": "in English",
    },
}


SUMMARY_HOLD_CHARS = 24
_SENTENCE_ENDS = (".", "!", "?", "»", ")", "…", "]")
_HEADER_ECHO_RE = re.compile(r"^\s*\[\d+\]|\s>\s")


def _echoes_a_source_header(text: str) -> bool:
    return bool(_HEADER_ECHO_RE.search(text))


class QuestionError(ValueError):
    """The question is empty or too long."""


class AnswerabilityModel(BaseModel):
    """Logistic model over retrieval-support features, fitted by ``customs eval calibrate``."""

    weights: dict[str, float] = {"sentence_similarity": 10.0, "lexical_support": 1.0}
    bias: float = -4.5
    threshold: float = 0.5

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(w * features.get(name, 0.0) for name, w in self.weights.items())
        return 1.0 / (1.0 + math.exp(-z))

    @classmethod
    def load(cls, path: Path = CALIBRATION_FILE) -> AnswerabilityModel:
        return cls.model_validate_json(path.read_text()) if path.is_file() else cls()


@dataclass
class Quote:
    number: int
    hit: RetrievedChunk
    sentence: str
    score: float


@dataclass
class Draft:
    """Everything decided before the LLM speaks."""

    question: str
    language: str
    hits: list[RetrievedChunk]
    quotes: list[Quote]
    features: dict[str, float]
    answerability: float
    abstained: bool
    retrieval_s: float
    timings: Timings = field(default_factory=Timings)


@dataclass
class AnswerEvent:
    """A streaming event: ``text`` pieces, then the final ``answer``."""

    kind: str
    text: str = ""
    answer: Answer | None = None


class Answerer:
    def __init__(
        self,
        retriever: HybridRetriever,
        llm: LLMClient | None,
        sentence_embedder: Embedder,
        *,
        top_k: int = 10,
        context_k: int = 4,
        quote_sentences: int = 3,
        max_question_chars: int = 2000,
        llm_max_tokens: int = 64,
        llm_model: str | None = None,
        answerability: AnswerabilityModel | None = None,
    ):
        self.retriever = retriever
        self.llm = llm
        self.sentence_embedder = sentence_embedder
        self.top_k = top_k
        self.context_k = context_k
        self.quote_sentences = quote_sentences
        self.max_question_chars = max_question_chars
        self.llm_max_tokens = llm_max_tokens
        self.llm_model = llm_model
        self.answerability = answerability or AnswerabilityModel.load()

    def validate(self, question: str) -> str:
        question = " ".join((question or "").split())
        if not question:
            raise QuestionError("the question is empty")
        if len(question) > self.max_question_chars:
            raise QuestionError(
                f"the question has {len(question)} characters; the limit is {self.max_question_chars}"
            )
        return question

    # Quote selection -----------------------------------------------------------------------------

    def _candidate_sentences(self, hits: list[RetrievedChunk]) -> list[tuple[RetrievedChunk, str]]:
        candidates = []
        for hit in hits[: self.context_k]:
            for sentence in sentences(hit.chunk.text) or [hit.chunk.text.strip()]:
                if sentence and not looks_like_instruction(sentence):
                    candidates.append((hit, sentence))
        return candidates

    def _score_sentences(
        self, question: str, candidates: list[tuple[RetrievedChunk, str]]
    ) -> tuple[list[float], list[float]]:
        """Combined score (meaning, shared terms, source rank) and dense similarity of each sentence."""
        q_terms = sparse.content_terms(question, "fr") | sparse.content_terms(question, "en")
        vectors = self.sentence_embedder.encode([question] + [s for _, s in candidates])
        similarity = (vectors[1:] @ vectors[0]).tolist()
        combined = []
        for (hit, sentence), sim in zip(candidates, similarity, strict=True):
            s_terms = sparse.content_terms(f"{hit.chunk.context_header} {sentence}", hit.chunk.language)
            cov = len(q_terms & s_terms) / max(1, len(q_terms))
            combined.append(0.5 * sim + 0.5 * cov + RANK_PRIOR / hit.rank)
        return combined, similarity

    def prepare(self, question: str, query: str | None = None) -> Draft:
        """Retrieve, quote and judge answerability.

        ``query`` is what to search for when it differs from the question: the standalone form of
        a follow-up in a chat (:func:`rag.conversation.standalone_query`). Retrieval, quoting and
        answerability use it; the answer's language and its summary follow the question.
        """
        question = self.validate(question)
        follow_up_query = " ".join((query or "").split())
        search = follow_up_query or question
        # a follow-up with no language clue of its own ("Same for Mayotte?") takes the query's
        language = (
            detect_language(question, default=detect_language(search))
            if follow_up_query
            else detect_language(question)
        )
        started = time.perf_counter()
        hits = self.retriever.retrieve(search, k=self.top_k)
        candidates = self._candidate_sentences(hits)
        quotes: list[Quote] = []
        cross_lingual = language != self.retriever.corpus_language
        features = {
            "sentence_similarity": 0.0,
            # BM25 support only means something within one language (as in the rank fusion).
            "lexical_support": self.retriever.lexical_support(search) if not cross_lingual else 0.0,
            "cross_lingual": float(cross_lingual),
        }
        if candidates:
            combined, similarity = self._score_sentences(search, candidates)
            order = np.argsort(combined)[::-1]
            features["sentence_similarity"] = max(similarity)
            numbers: dict[str, int] = {}
            for idx in order[: self.quote_sentences]:
                hit, sentence = candidates[int(idx)]
                number = numbers.setdefault(hit.chunk.chunk_id, len(numbers) + 1)
                quotes.append(Quote(number, hit, sentence, float(combined[int(idx)])))
            # Keep the quotes in document order within a source, sources in rank order.
            quotes.sort(key=lambda q: (q.number, q.hit.chunk.text.find(q.sentence)))
        probability = self.answerability.probability(features) if quotes else 0.0
        abstained = probability < self.answerability.threshold
        return Draft(
            question, language, hits, quotes, features, probability, abstained, time.perf_counter() - started
        )

    # Generation ----------------------------------------------------------------------------------

    def _summary_prompt(self, draft: Draft) -> str:
        blocks = []
        seen: set[int] = set()
        for quote in draft.quotes:
            if quote.number in seen:
                continue
            seen.add(quote.number)
            chunk = quote.hit.chunk
            # the most decisive sentence first: the small model restates what it reads first
            ranked = sorted((q for q in draft.quotes if q.number == quote.number), key=lambda q: -q.score)
            body = " ".join(q.sentence for q in ranked)
            blocks.append(f"[{quote.number}] {chunk.context_header}\n<<<{body}>>>")
        return load_prompt("answer").substitute(
            sources="\n".join(blocks),
            question=draft.question,
            language_name=MESSAGES[draft.language]["language_name"],
        )

    def _quoted_text(self, draft: Draft) -> str:
        lines = [MESSAGES[draft.language]["intro"]]
        lines += [f"« {q.sentence} » [{q.number}]" for q in draft.quotes]
        return "\n".join(lines)

    def _abstention_text(self, draft: Draft) -> str:
        closest = []
        for hit in draft.hits[:3]:
            label = f"article {hit.chunk.article}" if hit.chunk.article else hit.chunk.title
            closest.append(f"- {hit.chunk.source_id} ({label})")
        return "\n".join([MESSAGES[draft.language]["abstain"], *closest])

    def stream(self, question: str, query: str | None = None) -> Iterator[AnswerEvent]:
        """Text pieces as they are ready (quotes first, then the summary), then the Answer.

        ``query``: what to search for, when not the question itself (see :meth:`prepare`)."""
        started = time.perf_counter()
        draft = self.prepare(question, query)
        timings = Timings(retrieval_s=draft.retrieval_s)
        if draft.abstained:
            text = self._abstention_text(draft)
            timings.first_token_s = time.perf_counter() - started
            yield AnswerEvent("text", text)
        else:
            text = self._quoted_text(draft)
            timings.first_token_s = time.perf_counter() - started
            yield AnswerEvent("text", text)
            summary = ""
            gen_started = time.perf_counter()
            for piece in self._summary(draft):
                if not summary:
                    piece = f"\n\n{MESSAGES[draft.language]['summary']} {piece.lstrip()}"
                summary += piece
                yield AnswerEvent("text", piece)
            timings.generation_s = time.perf_counter() - gen_started
            text += summary
        timings.total_s = time.perf_counter() - started
        yield AnswerEvent("answer", answer=self._answer(draft, text, timings))

    def _summary(self, draft: Draft) -> Iterator[str]:
        """The LLM's one-sentence summary, cut at the first line.

        Its opening is held back until it shows the summary is prose, not a copy of a source
        header ("[2] Code des douanes > ..."); a summary that turns into instructions stops there.
        """
        if self.llm is None:
            return
        produced = ""
        released = 0
        try:
            for piece in self.llm.stream(
                self._summary_prompt(draft),
                max_tokens=self.llm_max_tokens,
                stop=["\n", "<<<", "Question"],
                model=self.llm_model,
            ):
                produced += piece
                if looks_like_instruction(produced) or _echoes_a_source_header(produced):
                    return
                if len(produced) >= SUMMARY_HOLD_CHARS:
                    yield produced[released:]
                    released = len(produced)
        except LLMError:
            return
        if produced[released:].strip():
            yield produced[released:]
        if produced.strip() and not produced.rstrip().endswith(_SENTENCE_ENDS):
            yield " …"  # cut by the token budget: say so rather than stop mid-word

    def answer(self, question: str, query: str | None = None) -> Answer:
        for event in self.stream(question, query):
            if event.answer is not None:
                return event.answer
        raise RuntimeError("the answer stream ended without an answer")

    def _answer(self, draft: Draft, text: str, timings: Timings) -> Answer:
        citations = [
            Citation(
                number=q.number,
                source_id=q.hit.chunk.source_id,
                article=q.hit.chunk.article,
                quote=q.sentence,
            )
            for q in draft.quotes
        ]
        return Answer(
            question=draft.question,
            language=draft.language,
            text=text,
            citations=[] if draft.abstained else citations,
            abstained=draft.abstained,
            answerability=draft.answerability,
            sources=draft.hits,
            timings=timings,
        )


def save_calibration(model: AnswerabilityModel, path: Path = CALIBRATION_FILE) -> None:
    path.write_text(json.dumps(model.model_dump(), indent=2) + "\n")
