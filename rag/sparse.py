"""BM25 sparse vectors for Qdrant: Snowball stemming (French and English), hashed term ids.

Documents carry BM25 term-frequency weights; Qdrant's IDF modifier supplies the inverse
document frequency at query time, so the collection stays correct as documents come and go.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections import Counter
from functools import lru_cache

import Stemmer

_TOKEN_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+", re.UNICODE)

STOPWORDS = {
    "fr": set(
        "a au aux avec ce ces cet cette d dans de des du elle en et il ils je l la le les leur leurs lui m ma "
        "mais me meme mes moi mon n ne nos notre nous on ou par pas pour qu que qui s sa se ses son sur t ta "
        "te tes toi ton tu un une vos votre vous y est sont ete etre peut doit quel quelle quels quelles "
        "comment combien ou lorsque si il-t-on t-il".split()
    ),
    "en": set(
        "a an the of and or to in on at by for with from is are was were be been it its this that these those "
        "which who whom what when where how does do did can could should would must may any there their they "
        "he she his her as if not no into under than".split()
    ),
}

K1 = 1.2
B = 0.75
AVERAGE_DOC_TOKENS = 150.0


@lru_cache(maxsize=2)
def _stemmer(language: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer({"fr": "french", "en": "english"}[language])


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def tokens(text: str, language: str) -> list[str]:
    """Lower-cased, stop-word-free, stemmed and accent-folded tokens."""
    stop = STOPWORDS.get(language, set())
    words = [w for w in _TOKEN_RE.findall(text.lower().replace("’", "'")) if _fold(w) not in stop]
    return [_fold(stem) for stem in _stemmer(language).stemWords(words)]


def term_id(term: str) -> int:
    return zlib.crc32(term.encode("utf-8"))


def document_vector(text: str, language: str) -> tuple[list[int], list[float]]:
    """BM25 term weights of a passage (IDF applied by Qdrant)."""
    counts = Counter(tokens(text, language))
    length = sum(counts.values()) or 1
    norm = K1 * (1 - B + B * length / AVERAGE_DOC_TOKENS)
    weights: dict[int, float] = {}
    for term, tf in counts.items():
        idx = term_id(term)
        weights[idx] = weights.get(idx, 0.0) + tf * (K1 + 1) / (tf + norm)
    return list(weights), list(weights.values())


def query_vector(text: str) -> tuple[list[int], list[float]]:
    """Query terms stemmed both ways, since a question's language need not match the text's."""
    terms = set(tokens(text, "fr")) | set(tokens(text, "en"))
    ids = sorted({term_id(t) for t in terms})
    return ids, [1.0] * len(ids)


def content_terms(text: str, language: str) -> set[str]:
    return set(tokens(text, language))
