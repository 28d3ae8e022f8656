"""Key-field extraction evaluation (shared/datasets/README.md sections 2 and 3) and the OCR benchmark.

- Section 2 folders (``img/`` + ``key/``): per-field exact match after collapsing whitespace and
  upper-casing (``total`` compared as a number; ``date`` as printed), and their mean
  ``field_accuracy``.
- Section 3 folders (``<case>/documents`` + ``expected.json``): every field the truth lists
  (header fields, and item fields matched by ``line``) is compared with the extracted value:
  numbers within 0.005, strings after upper-casing and collapsing whitespace, dates and
  codes exactly. ``field_accuracy`` is correct / listed; per-field names give the same ratio
  per canonical name (item fields as ``items.<name>``), plus ``doc_type_accuracy``.
"""

from __future__ import annotations

import json
import resource
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from ocr.engines import CachedEngine, OcrEngine, build_engine
from ocr.models import Document, DocumentType
from ocr.pipeline import read_document

DOC_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp", ".pdf")


class DocScore(BaseModel):
    id: str
    doc_type: str | None = None
    expected_type: str | None = None
    correct: int = 0
    total: int = 0
    seconds: float = 0.0
    pages: int = 0
    mismatches: list[dict[str, Any]] = Field(default_factory=list)
    errors: list[str] = Field(default_factory=list)


class KieReport(BaseModel):
    dataset: str
    format: str
    metrics: dict[str, float | None]
    per_document: list[DocScore]


def norm_text(value: Any) -> str:
    return " ".join(str(value).split()).upper() if value is not None else ""


def as_number(value: Any) -> float | None:
    if isinstance(value, int | float):
        return float(value)
    if value is None:
        return None
    from ocr.normalize import parse_amount

    return parse_amount(str(value))


def same(gold: Any, pred: Any, numeric: bool = False) -> bool:
    if numeric or (isinstance(gold, int | float) and not isinstance(gold, bool)):
        g, p = as_number(gold), as_number(pred)
        if g is None:
            return p is None
        return p is not None and abs(g - p) <= 0.005
    return norm_text(gold) == norm_text(pred)


def detect_format(dataset: Path) -> str:
    if (dataset / "img").is_dir() and (dataset / "key").is_dir():
        return "sroie"
    if any(p.is_file() for p in dataset.glob("*/expected.json")) or (dataset / "expected.json").is_file():
        return "tradedocs"
    raise ValueError(f"{dataset}: neither img/ + key/ (section 2) nor <case>/expected.json (section 3)")


def _engine(kind: str, cache: Path | None) -> OcrEngine:
    engine = build_engine(kind)
    return CachedEngine(engine, cache) if cache else engine


def evaluate(
    dataset: Path,
    engine: str = "rapidocr",
    limit: int | None = None,
    cache: Path | None = None,
    progress: Callable[[str], None] | None = None,
    llm: Any = None,
) -> KieReport:
    fmt = detect_format(dataset)
    ocr = _engine(engine, cache)
    if fmt == "sroie":
        return _eval_sroie(dataset, ocr, limit, progress, llm)
    return _eval_tradedocs(dataset, ocr, limit, progress, llm)


def _read(path: Path, ocr: OcrEngine, llm: Any) -> tuple[Document, float]:
    started = time.perf_counter()
    doc = read_document(path, engine=ocr, llm=llm)
    return doc, time.perf_counter() - started


def _eval_sroie(dataset: Path, ocr: OcrEngine, limit: int | None, progress: Any, llm: Any) -> KieReport:
    keys = sorted((dataset / "key").glob("*.json"))[:limit]
    names = ("company", "date", "address", "total")
    hits = {n: 0 for n in names}
    per_doc: list[DocScore] = []
    for key in keys:
        gold = json.loads(key.read_text(encoding="utf-8"))
        image = next(
            (p for p in sorted((dataset / "img").glob(key.stem + ".*")) if p.suffix.lower() in DOC_SUFFIXES),
            None,
        )
        score = DocScore(id=key.stem, expected_type="receipt")
        if image is None:
            score.errors.append("no image")
            score.total = len(names)
            per_doc.append(score)
            continue
        doc, seconds = _read(image, ocr, llm)
        score.doc_type, score.seconds, score.pages, score.errors = (
            doc.doc_type.value,
            seconds,
            len(doc.pages),
            doc.errors,
        )
        for name in names:
            field = doc.fields.get(name)
            pred = (field.raw if name == "date" else field.value) if field else None
            ok = same(gold.get(name, ""), pred if pred is not None else "", numeric=name == "total")
            if name == "total" and not str(gold.get(name, "")).strip():
                ok = pred in (None, "")
            score.total += 1
            if ok:
                score.correct += 1
                hits[name] += 1
            else:
                score.mismatches.append({"field": name, "expected": gold.get(name), "got": pred})
        per_doc.append(score)
        if progress:
            progress(f"{key.stem}: {score.correct}/{score.total}")
    n = len(per_doc)
    metrics: dict[str, float | None] = {name: (hits[name] / n if n else None) for name in names}
    values = [v for v in metrics.values() if v is not None]
    metrics["field_accuracy"] = sum(values) / len(values) if values else None
    metrics.update(_timing(per_doc))
    return KieReport(dataset=str(dataset), format="sroie", metrics=metrics, per_document=per_doc)


def _eval_tradedocs(dataset: Path, ocr: OcrEngine, limit: int | None, progress: Any, llm: Any) -> KieReport:
    cases = sorted(p.parent for p in dataset.glob("*/expected.json")) or [dataset]
    per_field: dict[str, list[int]] = {}
    per_doc: list[DocScore] = []
    type_hits = 0
    for case in cases[:limit]:
        expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        for name, truth in expected.get("documents", {}).items():
            path = case / "documents" / name
            score = DocScore(id=f"{case.name}/{name}", expected_type=truth.get("type"))
            doc, seconds = _read(path, ocr, llm)
            score.doc_type, score.seconds, score.pages, score.errors = (
                doc.doc_type.value,
                seconds,
                len(doc.pages),
                doc.errors,
            )
            type_hits += doc.doc_type.value == truth.get("type")
            for field, gold, pred, ok in score_fields(truth.get("fields", {}), doc):
                key = field.split("[")[0] + field.split("]")[-1] if "[" in field else field
                per_field.setdefault(key, [0, 0])
                per_field[key][1] += 1
                score.total += 1
                if ok:
                    per_field[key][0] += 1
                    score.correct += 1
                else:
                    score.mismatches.append({"field": field, "expected": gold, "got": pred})
            per_doc.append(score)
            if progress:
                progress(f"{score.id}: {score.doc_type} {score.correct}/{score.total}")
    correct = sum(d.correct for d in per_doc)
    total = sum(d.total for d in per_doc)
    metrics: dict[str, float | None] = {"field_accuracy": correct / total if total else None}
    metrics["doc_type_accuracy"] = type_hits / len(per_doc) if per_doc else None
    for key in sorted(per_field):
        metrics[key] = per_field[key][0] / per_field[key][1]
    metrics.update(_timing(per_doc))
    return KieReport(dataset=str(dataset), format="tradedocs", metrics=metrics, per_document=per_doc)


def score_fields(truth: dict[str, Any], doc: Document) -> list[tuple[str, Any, Any, bool]]:
    """``(field, expected, read, agree)`` for every field of a section-3 ``expected.json`` entry,
    item fields named ``items[N].name``."""
    got = doc.values()
    return [
        (field, gold, pred, same(gold, pred))
        for field, gold in _flatten(truth)
        for pred in [_lookup(got, field)]
    ]


def _flatten(fields: dict[str, Any]) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for name, value in fields.items():
        if name == "items":
            for item in value:
                out.extend((f"items[{item['line']}].{k}", v) for k, v in item.items() if k != "line")
        else:
            out.append((name, value))
    return out


def _lookup(values: dict[str, Any], field: str) -> Any:
    if field.startswith("items["):
        line = int(field[6 : field.index("]")])
        name = field.split("].", 1)[1]
        for item in values.get("items", []):
            if item.get("line") == line:
                return item.get(name)
        return None
    return values.get(field)


def _timing(per_doc: list[DocScore]) -> dict[str, float | None]:
    pages = sum(d.pages for d in per_doc)
    seconds = sum(d.seconds for d in per_doc)
    return {
        "seconds_per_page": seconds / pages if pages else None,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def bench(files: list[Path], engines: list[str], repeat: int = 1) -> list[dict[str, Any]]:
    """Seconds per page and peak memory per engine, each engine in a process of its own (so the
    peak is its own, helper processes such as Tesseract's included), warmed up on the first file."""
    import multiprocessing

    rows: list[dict[str, Any]] = []
    context = multiprocessing.get_context("spawn")
    for kind in engines:
        with context.Pool(1) as pool:
            rows.append(pool.apply(_bench_engine, (files, kind, repeat)))
    return rows


def _bench_engine(files: list[Path], kind: str, repeat: int) -> dict[str, Any]:
    try:
        engine = build_engine(kind)
        if files:
            read_document(files[0], engine=engine)  # load the models
    except Exception as exc:
        return {"engine": kind, "error": str(exc)}
    pages, seconds, worst = 0, 0.0, 0.0
    for _ in range(repeat):
        for path in files:
            started = time.perf_counter()
            doc = read_document(path, engine=engine)
            elapsed = time.perf_counter() - started
            n = max(1, len(doc.pages))
            pages += n
            seconds += elapsed
            worst = max(worst, elapsed / n)
    peak_kb = max(
        resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return {
        "engine": kind,
        "files": len(files),
        "pages": pages,
        "seconds_per_page": seconds / pages if pages else None,
        "worst_seconds_per_page": worst,
        "peak_rss_mb": peak_kb / 1024,
    }


def document_files(dataset: Path, limit: int | None = None) -> list[Path]:
    files = sorted(p for p in dataset.rglob("*") if p.is_file() and p.suffix.lower() in DOC_SUFFIXES)
    return files[:limit]


__all__ = ["DocumentType", "KieReport", "bench", "evaluate"]
