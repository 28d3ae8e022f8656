"""Sentence splitting and text normalisation shared by answering and evaluation."""

from __future__ import annotations

import re
import unicodedata

# A sentence ends at . ; ! ? after a word and before an upper-case letter or a quote: "art. 3"
# stays whole (a digit follows) and so does an enumerator such as "1. Les" (a digit precedes).
_SENTENCE_RE = re.compile(r"(?<=[^\W\d_)»\"%][.!?;])\s+(?=[A-ZÀ-Ý«\"(])")
_INSTRUCTION_RE = re.compile(
    r"\b(ignore[rz]?|disregard|oublie[rz]?)\b.{0,60}\b(instructions?|consignes?|previous|pr[ée]c[ée]dent)"
    r"|\b(system prompt|you are now|tu es maintenant|vous [êe]tes maintenant|new instructions?)\b",
    re.IGNORECASE | re.DOTALL,
)


def sentences(text: str, min_chars: int = 25) -> list[str]:
    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n|\n(?=\s*(?:[-*]|\d+[.)°]|[IVX]+\.)\s)", text):
        paragraph = " ".join(paragraph.split())
        if paragraph.startswith("#"):
            continue
        for sentence in _SENTENCE_RE.split(paragraph):
            if len(sentence) >= min_chars:
                out.append(sentence.strip())
    return out


def looks_like_instruction(text: str) -> bool:
    """Text addressed to the assistant ("ignore your instructions...") rather than a rule of law."""
    return bool(_INSTRUCTION_RE.search(text))


def fold(text: str) -> str:
    """Lower-case, strip accents, collapse punctuation and spaces (the datasets' comparison rule)."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", text).split())
