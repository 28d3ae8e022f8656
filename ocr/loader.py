"""Turn untrusted bytes into pages: a PDF text layer with positions, or images to OCR.

Every limit is checked before the expensive step (page count before rendering, pixel count
before decoding), so a decompression bomb or a 500-page PDF is refused cheaply.
"""

from __future__ import annotations

import io
import itertools
import statistics
import warnings
from dataclasses import dataclass, field

import numpy as np

from ocr.errors import DocumentRejected
from ocr.limits import ReadLimits
from ocr.models import BoundingBox, OcrLine

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp", ".bmp")
MIN_TEXT_LAYER_CHARS = 20


@dataclass
class PageInput:
    """One page before OCR: either ``lines`` from a text layer, or an ``image`` to read."""

    number: int
    width: float
    height: float
    image: np.ndarray | None = None
    lines: list[OcrLine] = field(default_factory=list)
    source: str = "ocr"
    scale: float = 1.0  # image pixels per page unit (PDF points for rendered PDF pages)


def sniff(data: bytes) -> str:
    """``pdf``, ``image`` or ``unknown`` from the first bytes (never trust the file name)."""
    head = data[:16]
    if b"%PDF" in data[:1024]:
        return "pdf"
    signatures = (b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"BM", b"GIF8")
    if head.startswith(signatures) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    return "unknown"


def load_pages(data: bytes, limits: ReadLimits) -> list[PageInput]:
    if not data:
        raise DocumentRejected("the file is empty (0 bytes)", code="empty")
    if len(data) > limits.max_file_mb * 1024 * 1024:
        raise DocumentRejected(
            f"the file is {len(data) / 1048576:.1f} MB; the limit is {limits.max_file_mb} MB",
            code="too_large",
        )
    kind = sniff(data)
    if kind == "pdf":
        return _load_pdf(data, limits)
    if kind == "image":
        return _load_image(data, limits)
    raise DocumentRejected("not a PDF or a supported image (PNG, JPEG, TIFF, WebP)", code="unsupported")


def _load_image(data: bytes, limits: ReadLimits) -> list[PageInput]:
    from PIL import Image, ImageOps

    pages: list[PageInput] = []
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            img = Image.open(io.BytesIO(data))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise DocumentRejected(
                f"the image is too large (decompression bomb): {exc}; the limit is "
                f"{limits.max_pixels / 1e6:.0f} Mpx",
                code="pixels",
            ) from exc
        except Exception as exc:
            raise DocumentRejected(f"unreadable image: {exc}", code="corrupt") from exc
        n_frames = getattr(img, "n_frames", 1)
        if n_frames > limits.max_pages:
            raise DocumentRejected(
                f"the image has {n_frames} pages; the limit is {limits.max_pages}", code="pages"
            )
        for index in range(n_frames):
            img.seek(index)
            w, h = img.size
            if w * h > limits.max_pixels:
                raise DocumentRejected(
                    f"the image is {w} x {h} px ({w * h / 1e6:.0f} Mpx); "
                    f"the limit is {limits.max_pixels / 1e6:.0f} Mpx",
                    code="pixels",
                )
            try:
                frame = ImageOps.exif_transpose(img.copy()) or img.copy()
                rgb = np.asarray(frame.convert("RGB"))
            except (OSError, ValueError, Image.DecompressionBombWarning) as exc:
                raise DocumentRejected(f"unreadable image: {exc}", code="corrupt") from exc
            pages.append(
                PageInput(number=index + 1, width=float(rgb.shape[1]), height=float(rgb.shape[0]), image=rgb)
            )
    return pages


def _load_pdf(data: bytes, limits: ReadLimits) -> list[PageInput]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise DocumentRejected("the PDF is password-protected", code="encrypted") from exc
        raise DocumentRejected(f"unreadable PDF: {message}", code="corrupt") from exc
    try:
        count = len(pdf)
        if count == 0:
            raise DocumentRejected("the PDF has no pages", code="empty")
        if count > limits.max_pages:
            raise DocumentRejected(
                f"the PDF has {count} pages; the limit is {limits.max_pages}", code="pages"
            )
        pages = []
        for index in range(count):
            page = pdf[index]
            width, height = page.get_size()
            lines = _text_layer(page, height)
            if sum(len(x.text) for x in lines) >= MIN_TEXT_LAYER_CHARS:
                pages.append(PageInput(index + 1, width, height, lines=lines, source="text_layer"))
                continue
            scale = limits.render_dpi / 72
            if width * height * scale * scale > limits.max_pixels:
                scale = (limits.max_pixels / (width * height)) ** 0.5
            if width * scale * height * scale < 1:
                raise DocumentRejected("a PDF page has no area", code="corrupt")
            image = page.render(scale=scale).to_numpy()
            if image.ndim == 3 and image.shape[2] == 4:
                image = image[:, :, :3]
            # Boxes are mapped back to PDF points so that text-layer and rendered pages agree.
            pages.append(PageInput(index + 1, width, height, image=np.ascontiguousarray(image), scale=scale))
        return pages
    finally:
        pdf.close()


def _text_layer(page: object, page_height: float) -> list[OcrLine]:
    """Text runs of the PDF text layer with their boxes (PDF points, origin moved to top-left), a
    run cut where a gap wider than two characters parts its columns (a typed listing's row
    "001 Gruyère PDO cheese   04069015   7'070 kg", which PDFium returns as one run)."""
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    lines: list[OcrLine] = []
    try:
        boxes = [
            textpage.get_charbox(i)
            for i in range(textpage.count_chars())
            if textpage.get_text_range(i, 1).strip()
        ]
        for i in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(i)
            inside = [
                box
                for box in boxes
                if left <= (box[0] + box[2]) / 2 <= right and bottom <= (box[1] + box[3]) / 2 <= top
            ]
            for cell_left, cell_right in _columns_of_run(inside) or [(left, right)]:
                text = textpage.get_text_bounded(cell_left, bottom, cell_right, top)
                text = " ".join(text.replace("\r", " ").replace("\n", " ").split())
                if text:
                    box = BoundingBox(l=cell_left, t=page_height - top, r=cell_right, b=page_height - bottom)
                    lines.append(OcrLine(text=text, confidence=1.0, box=box))
    finally:
        textpage.close()
    return lines


def _columns_of_run(chars: list[tuple[float, float, float, float]]) -> list[tuple[float, float]]:
    """The left and right of each part of a run (its characters' boxes) between gaps wider than
    one and a half character advances (two spaces of a typed line; a word's space is one); none
    when the run is one part."""
    if len(chars) < 3:
        return []
    boxes = sorted(chars, key=lambda b: b[0])
    advance = statistics.median(b[0] - a[0] for a, b in itertools.pairwise(boxes))
    parts = [[boxes[0][0], boxes[0][2]]]
    for box in boxes[1:]:
        if box[0] - parts[-1][1] > 1.5 * advance:
            parts.append([box[0], box[2]])
        else:
            parts[-1][1] = max(parts[-1][1], box[2])
    return [(a, b) for a, b in parts] if len(parts) > 1 else []
