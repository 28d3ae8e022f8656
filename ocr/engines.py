"""OCR engines behind one interface: an image in, lines with boxes and confidences out.

Engines are chosen by ``kind`` through ``build_engine`` with lazy imports (Docling's factory
pattern): ``rapidocr`` (default; PP-OCRv6 models bundled in the wheel, ONNX Runtime),
``paddleocr`` (only where its model files are on disk) and ``tesseract`` (optional).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from ocr.errors import EngineUnavailable
from ocr.models import BoundingBox, Frames, OcrLine

log = logging.getLogger(__name__)


@runtime_checkable
class OcrEngine(Protocol):
    name: str

    def read(self, image: np.ndarray) -> list[OcrLine]:
        """Lines of an RGB or grey ``uint8`` image, boxes in that image's pixels."""
        ...


@runtime_checkable
class CloseReader(Protocol):
    """An engine that can also look closer: slower, for small or faint print the usual pass misses."""

    def read_closely(self, image: np.ndarray) -> list[OcrLine]: ...


# The letters of French and English documents (and the usual symbols). PP-OCRv6 reads 18,000
# characters of many scripts, and on a tilted or blurred line it puts an accent French does not
# have on an "i" ("Mínoteríe", "Shaoxíng"); but a Brazilian or Spanish exporter's name does have
# them ("Exportação", "Pecuária"). So other Latin letters are only made less likely, by
# ``FOREIGN_LETTER_WEIGHT``, and other scripts are never chosen.
FRENCH_ENGLISH = (
    "".join(chr(c) for c in range(0x20, 0x7F))
    + "àâäæçéèêëîïôöœùûüÿñÀÂÄÆÇÉÈÊËÎÏÔÖŒÙÛÜŸÑ"
    + "€£¥°§²³µ«»‘’“”–—…×·"
)
FOREIGN_LETTER_WEIGHT = 0.1


class _AlphabetPrior:
    """Wraps the recogniser's ONNX session and weighs each character's probability: 1 inside
    ``alphabet``, ``foreign_weight`` for another Latin letter, 0 for any other script; CTC
    decoding then picks the likeliest character under that prior."""

    def __init__(self, session: object, characters: list[str], alphabet: str, foreign_weight: float) -> None:
        self._session = session
        allowed = set(alphabet)

        def weight(index: int, char: str) -> float:
            if index == 0 or char in allowed:  # index 0 is CTC's blank
                return 1.0
            latin = len(char) == 1 and char.isalpha() and "\u00c0" <= char <= "\u024f"
            return foreign_weight if latin else 0.0

        self._weights = np.array([weight(i, c) for i, c in enumerate(characters)], dtype=np.float32)

    def __call__(self, batch: np.ndarray) -> np.ndarray:
        probabilities = self._session(batch)  # type: ignore[operator]
        if probabilities.shape[-1] == len(self._weights):
            probabilities *= self._weights
        return probabilities

    def __getattr__(self, name: str) -> object:
        return getattr(self._session, name)


# a line keeps, per frame, its ``_FRAME_TOP`` likeliest characters above ``_FRAME_FLOOR``; a frame
# whose blank is above ``_SURE_BLANK`` keeps the blank alone
_FRAME_FLOOR = 0.002
_SURE_BLANK = 0.999
_FRAME_TOP = 3


class _FrameRecorder:
    """Wraps the recogniser's CTC decoder and keeps, per decoded text, the likeliest characters of
    each frame: later steps weigh other spellings of a line by the recogniser's own probabilities
    (``ocr.respell``). Frames that are surely blank at either end are left out."""

    def __init__(self, decoder: object) -> None:
        self._decoder = decoder
        self.recorded: dict[str, Frames] = {}

    def __call__(self, preds: np.ndarray, *args: object, **kwargs: object) -> object:
        results = self._decoder(preds, *args, **kwargs)  # type: ignore[operator]
        characters = self._decoder.character  # type: ignore[attr-defined]
        # only frames that may hold a character are searched (most are surely blank), for their
        # likeliest few characters (a threshold over all 18,000 characters costs four times more)
        rows, steps = np.nonzero(preds[:, :, 0] < _SURE_BLANK)
        searched = preds[rows, steps]
        frames = np.arange(len(rows))
        kept: Frames = [[] for _ in frames]
        for _ in range(_FRAME_TOP):
            best = searched.argmax(axis=1)
            for frame, (index, p) in enumerate(
                zip(best.tolist(), searched[frames, best].tolist(), strict=True)
            ):
                if p >= _FRAME_FLOOR:
                    kept[frame].append(("" if index == 0 else characters[index], round(p, 4)))
            searched[frames, best] = -1.0
        by_step = {(int(r), int(t)): k for r, t, k in zip(rows, steps, kept, strict=True)}
        for row, (text, _score) in enumerate(results[0]):  # type: ignore[index]
            active = steps[rows == row]
            span = range(int(active[0]), int(active[-1]) + 1) if len(active) else range(0)
            self.recorded.setdefault(str(text), [by_step.get((row, t), [("", 1.0)]) for t in span])
        return results

    def __getattr__(self, name: str) -> object:
        return getattr(self._decoder, name)


def _angle(points: np.ndarray | list[list[float]]) -> float | None:
    arr = np.asarray(points, dtype=float).reshape(-1, 2)
    if len(arr) < 2:
        return None
    dx, dy = arr[1, 0] - arr[0, 0], arr[1, 1] - arr[0, 1]
    return float(np.degrees(np.arctan2(dy, dx))) if dx > 0 else None


def _box_from_points(points: np.ndarray | list[list[float]]) -> BoundingBox:
    arr = np.asarray(points, dtype=float).reshape(-1, 2)
    return BoundingBox(
        l=float(arr[:, 0].min()), t=float(arr[:, 1].min()), r=float(arr[:, 0].max()), b=float(arr[:, 1].max())
    )


class RapidOcrEngine:
    """RapidOCR (PaddleOCR's PP-OCR models on ONNX Runtime); models ship inside the wheel.

    Options: ``use_cls`` (the 180-degree line classifier, about 0.1 s a page), detection size
    (``det_limit_side_len`` / ``det_limit_type``), the text-score threshold, one ONNX intra-op
    pool of ``min(2, cores)`` threads and no inter-op pool.

    Detection runs on the page with its long side at 960 px. RapidOCR's default ("short side at
    least 736 px") detects on the full page: 0.95 s instead of 0.27 s for a 150-dpi A4 page, for
    the same receipt accuracy (SROIE dev 0.808 both) and one point less on the trade documents
    (0.968 against 0.978). Recognition still reads each line from the full-resolution page and
    takes most of the time; an int8 recogniser was faster but lost five points on receipt
    company names.

    The recogniser pads every batch of lines to at least ``rec_min_width`` px (at 48 px high).
    RapidOCR pads to 320, so a batch of short words (dates, amounts, labels) was computed at the
    width of a long line: 160 reads the same text on the trade documents 10-20 % faster.
    """

    name = "rapidocr"

    def __init__(
        self,
        threads: int | None = None,
        *,
        use_cls: bool = True,
        det_limit_side_len: int = 960,
        det_limit_type: str = "max",
        text_score: float = 0.5,
        rec_min_width: int = 160,
        reread_below: float = 0.95,
        close_det_side: int = 1280,
        alphabet: str | None = FRENCH_ENGLISH,
        foreign_letter_weight: float = FOREIGN_LETTER_WEIGHT,
    ) -> None:
        self._threads = threads or min(2, os.cpu_count() or 1)
        self._options = {
            "Global.use_cls": use_cls,
            "Global.text_score": text_score,
            "Det.limit_side_len": det_limit_side_len,
            "Det.limit_type": det_limit_type,
            "Rec.rec_img_shape": [3, 48, rec_min_width],
        }
        self._reread_below = reread_below
        self.close_det_side = close_det_side
        self._text_score = text_score
        self._alphabet = alphabet
        self._foreign_letter_weight = foreign_letter_weight
        self._engine: object | None = None
        self._lock = threading.Lock()

    @property
    def config_tag(self) -> str:
        """A short digest of the options that change the output (for caches)."""
        options = (
            {**self._options, "reread_below": self._reread_below} if self._reread_below else self._options
        )
        if self._alphabet:
            options = {
                **options,
                "alphabet": self._alphabet,
                "foreign_letter_weight": self._foreign_letter_weight,
            }
        return hashlib.sha256(json.dumps(options, sort_keys=True).encode()).hexdigest()[:8]

    def _load(self) -> object:
        if self._engine is None:
            try:
                from rapidocr import RapidOCR
            except ImportError as exc:  # pragma: no cover - declared dependency
                raise EngineUnavailable("rapidocr is not installed") from exc
            logging.getLogger("RapidOCR").setLevel(logging.WARNING)
            params = {
                "Global.log_level": "warning",
                "EngineConfig.onnxruntime.intra_op_num_threads": self._threads,
                "EngineConfig.onnxruntime.inter_op_num_threads": 1,
                **self._options,
            }
            if self._reread_below:
                # Keep the lines below the text threshold: the second look may read them well.
                params["Global.text_score"] = 0.0
            try:
                self._engine = RapidOCR(params=params)
            except Exception:  # older/newer parameter names: fall back to defaults
                self._engine = RapidOCR()
            if self._alphabet:
                recogniser = self._engine._load_rec_model()  # type: ignore[attr-defined]
                recogniser.session = _AlphabetPrior(
                    recogniser.session,
                    list(recogniser.postprocess_op.character),
                    self._alphabet,
                    self._foreign_letter_weight,
                )
            recogniser = self._engine._load_rec_model()  # type: ignore[attr-defined]
            recogniser.postprocess_op = _FrameRecorder(recogniser.postprocess_op)
        return self._engine

    def read(self, image: np.ndarray) -> list[OcrLine]:
        return self._read(image, bool(self._options["Global.use_cls"]))

    def read_without_line_flip(self, image: np.ndarray) -> list[OcrLine]:
        """Read without the 180-degree line classifier, so text upside down reads as noise (for
        telling a page's orientation by its reading)."""
        return self._read(image, False)

    def read_closely(self, image: np.ndarray) -> list[OcrLine]:
        """Read with text detection on a larger copy of the page (``close_det_side`` px).

        On a phone photo (blur, uneven light, lower contrast) the 10-px grey labels of a form
        ("1. Consignor / Exporter") vanish from the 960-px detection copy but are found at 1280;
        detecting every page at 1280 would cost 0.2 s a page, so the pipeline asks for this only
        when a first reading misses fields.
        """
        return self._read(image, bool(self._options["Global.use_cls"]), det_side=self.close_det_side)

    def _read(self, image: np.ndarray, use_cls: bool, det_side: int | None = None) -> list[OcrLine]:
        with self._lock:  # the ONNX sessions are shared; one page at a time per engine
            engine = self._load()
            recorder = getattr(engine._load_rec_model(), "postprocess_op", None)  # type: ignore[attr-defined]
            recorded = recorder.recorded if isinstance(recorder, _FrameRecorder) else {}
            recorded.clear()
            if det_side:
                detector = engine._load_det_model()  # type: ignore[attr-defined]
                usual_side, detector.limit_side_len = detector.limit_side_len, det_side
                try:
                    result = engine(image, use_cls=use_cls)  # type: ignore[operator]
                finally:
                    detector.limit_side_len = usual_side
            else:
                result = engine(image, use_cls=use_cls)  # type: ignore[operator]
            boxes = getattr(result, "boxes", None)
            if boxes is None:
                return []
            lines = [
                OcrLine(text=str(text), confidence=float(score), box=_box_from_points(box), angle=_angle(box))
                for box, text, score in zip(boxes, result.txts, result.scores, strict=False)  # type: ignore[attr-defined]
                if str(text).strip()
            ]
            if self._reread_below:
                self._second_look(engine, image, lines)
                lines = [line for line in lines if line.confidence >= self._text_score]
            for line in lines:
                line.frames = recorded.get(line.text)
        return lines

    def _second_look(self, engine: object, image: np.ndarray, lines: list[OcrLine]) -> None:
        """Read an unsure line again from its upright rectangle on the page, and keep the surer reading.

        Detection runs on a smaller copy of the page, and its four-point box for a small or faint
        line can be skewed; the recogniser then reads a warped strip ("AO1ISAM SAA SS SGOR" at
        0.60 where the rectangle reads "40150 SHAH ALAM, SELANGOR" at 1.00). Lines below the text
        threshold get their second look before the threshold drops them (a receipt's address line
        read "NO E BU/ U  A E  U5." at 0.45 from its skewed box).
        """
        unsure = [
            line
            for line in lines
            if line.confidence < self._reread_below
            and line.box.r - line.box.l > 1.5 * (line.box.b - line.box.t)
            and abs(line.angle or 0.0) < 5
        ]
        if not unsure:
            return
        from rapidocr.ch_ppocr_rec import TextRecInput

        page = engine.load_img(image)  # type: ignore[attr-defined]  # BGR, as the engine reads it
        crops = [
            page[int(x.box.t) : int(np.ceil(x.box.b)), int(x.box.l) : int(np.ceil(x.box.r))] for x in unsure
        ]
        again = engine._load_rec_model()(TextRecInput(img=crops))  # type: ignore[attr-defined]
        for line, text, score in zip(unsure, again.txts, again.scores, strict=True):
            if str(text).strip() and float(score) > line.confidence:
                line.text, line.confidence = str(text), float(score)


# Cache entries written before the detection size changed carry RapidOCR's own defaults, and
# were read without the second look or the alphabet prior.
_RAPIDOCR_DEFAULTS_TAG = RapidOcrEngine(
    det_limit_side_len=736, det_limit_type="min", rec_min_width=320, reread_below=0, alphabet=None
).config_tag


class PaddleOcrEngine:
    """PaddleOCR, used only where its models are already on disk (it would download them otherwise)."""

    name = "paddleocr"

    def __init__(self, model_dir: str | None = None) -> None:
        model_dir = model_dir or os.environ.get("PADDLEOCR_MODEL_DIR")
        if not model_dir or not Path(model_dir).is_dir():
            raise EngineUnavailable(
                "PaddleOCR models not found: set PADDLEOCR_MODEL_DIR to a folder of models"
            )
        try:
            from paddleocr import PaddleOCR
        except ImportError as exc:
            raise EngineUnavailable("paddleocr is not installed") from exc
        root = Path(model_dir)
        self._engine = PaddleOCR(
            text_detection_model_dir=str(root / "det"),
            text_recognition_model_dir=str(root / "rec"),
            use_doc_orientation_classify=False,
            use_doc_unwarping=False,
            use_textline_orientation=False,
        )

    def read(self, image: np.ndarray) -> list[OcrLine]:
        lines: list[OcrLine] = []
        for res in self._engine.predict(image):
            for poly, text, score in zip(res["rec_polys"], res["rec_texts"], res["rec_scores"], strict=False):
                if str(text).strip():
                    lines.append(OcrLine(text=str(text), confidence=float(score), box=_box_from_points(poly)))
        return lines


class TesseractEngine:
    """Tesseract through pytesseract, when both are installed (optional)."""

    name = "tesseract"

    def __init__(self, lang: str = "fra+eng") -> None:
        try:
            import pytesseract
        except ImportError as exc:
            raise EngineUnavailable("pytesseract is not installed") from exc
        self._tess = pytesseract
        self._lang = lang

    def read(self, image: np.ndarray) -> list[OcrLine]:
        data = self._tess.image_to_data(image, lang=self._lang, output_type=self._tess.Output.DICT)
        groups: dict[tuple[int, int, int], list[int]] = {}
        for i, word in enumerate(data["text"]):
            if str(word).strip():
                groups.setdefault((data["block_num"][i], data["par_num"][i], data["line_num"][i]), []).append(
                    i
                )
        lines = []
        for idx in groups.values():
            # Tesseract's line can run across two columns of a form; a wide gap between two words
            # starts another line, as RapidOCR's detector would
            idx.sort(key=lambda i: data["left"][i])
            height = float(np.median([data["height"][i] for i in idx]))
            run = [idx[0]]
            for prev, i in itertools.pairwise(idx):
                if data["left"][i] - (data["left"][prev] + data["width"][prev]) > 1.5 * height:
                    lines.append(_tesseract_line(data, run))
                    run = []
                run.append(i)
            lines.append(_tesseract_line(data, run))
        return lines


def _tesseract_line(data: dict[str, list[object]], idx: list[int]) -> OcrLine:
    def num(key: str, i: int) -> float:
        return float(data[key][i])  # type: ignore[arg-type]

    left = min(num("left", i) for i in idx)
    top = min(num("top", i) for i in idx)
    right = max(num("left", i) + num("width", i) for i in idx)
    bottom = max(num("top", i) + num("height", i) for i in idx)
    conf = sum(max(num("conf", i), 0.0) for i in idx) / len(idx) / 100
    text = " ".join(str(data["text"][i]) for i in idx)
    return OcrLine(text=text, confidence=conf, box=BoundingBox(l=left, t=top, r=right, b=bottom))


class CachedEngine:
    """Wraps an engine with an on-disk cache keyed by the image's content (for evaluation runs)."""

    def __init__(self, inner: OcrEngine, folder: Path) -> None:
        self.inner = inner
        self.name = inner.name
        tag = getattr(inner, "config_tag", "")
        self._prefix = (
            f"{inner.name}-v5-{tag}" if tag and tag != _RAPIDOCR_DEFAULTS_TAG else f"{inner.name}-v2"
        )
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def read(self, image: np.ndarray) -> list[OcrLine]:
        return self._cached(image, self._prefix, self.inner.read)

    def read_closely(self, image: np.ndarray) -> list[OcrLine]:
        if not isinstance(self.inner, CloseReader):
            return self.read(image)
        side = getattr(self.inner, "close_det_side", "")
        return self._cached(image, f"{self._prefix}-close{side}", self.inner.read_closely)

    def _cached(
        self, image: np.ndarray, prefix: str, read: Callable[[np.ndarray], list[OcrLine]]
    ) -> list[OcrLine]:
        digest = hashlib.sha256(np.ascontiguousarray(image).tobytes() + str(image.shape).encode()).hexdigest()
        path = self.folder / f"{prefix}-{digest[:32]}.json"
        if path.exists():
            return [OcrLine.model_validate(x) for x in json.loads(path.read_text())]
        lines = read(image)
        path.write_text(json.dumps([x.model_dump() | {"frames": x.frames} for x in lines]))
        return lines


_ENGINES: dict[str, OcrEngine] = {}
_ENGINES_LOCK = threading.Lock()


def build_engine(kind: str = "rapidocr") -> OcrEngine:
    """The engine of that kind, built once per process (model loading is the slow part)."""
    with _ENGINES_LOCK:
        if kind not in _ENGINES:
            factories: dict[str, type] = {
                "rapidocr": RapidOcrEngine,
                "paddleocr": PaddleOcrEngine,
                "tesseract": TesseractEngine,
            }
            if kind not in factories:
                raise EngineUnavailable(f"unknown OCR engine {kind!r}; choose one of {sorted(factories)}")
            _ENGINES[kind] = factories[kind]()
        return _ENGINES[kind]
