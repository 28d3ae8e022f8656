"""Layout on OCR lines: skew-corrected positions, rows, right/below neighbours, text blocks.

Positions are computed in a deskewed frame (the page's median text slope removed), so that a
scanned page tilted by a few degrees still has straight rows; the boxes handed to fields stay
in the original page's coordinates.
"""

from __future__ import annotations

import dataclasses
import math
import re
import statistics
from dataclasses import dataclass

from ocr.models import BoundingBox, Document, ExtractedField, OcrLine, Page
from ocr.normalize import fold_aligned, mend_l_and_i


@dataclass
class LLine:
    """A line with its page and its deskewed box (``l, t, r, b``)."""

    text: str
    folded: str
    conf: float
    page: int
    box: BoundingBox
    l: float  # noqa: E741
    t: float
    r: float
    b: float
    index: int = 0

    @property
    def label_text(self) -> str:
        """``folded`` as label patterns see it: an "l" counts as an "i", the recogniser's usual slip
        in headings ("Polds brut", "d'lvoire"); see ``ocr.lexicon.label_pattern``."""
        return self.folded.replace("l", "i")

    @property
    def h(self) -> float:
        return max(1.0, self.b - self.t)

    @property
    def cy(self) -> float:
        return (self.t + self.b) / 2

    @property
    def cx(self) -> float:
        return (self.l + self.r) / 2


def page_angle(lines: list[OcrLine]) -> float:
    """The page's text slope in degrees: the median slope of its lines weighted by their length
    (the detector gives a short line of a tilted page a level box as often as not)."""
    shapes = sorted(
        (x.angle, x.box.r - x.box.l)
        for x in lines
        if x.angle is not None and (x.box.r - x.box.l) > 3 * (x.box.b - x.box.t)
    )
    if len(shapes) < 3:
        return 0.0
    half, seen = sum(width for _, width in shapes) / 2, 0.0
    for angle, width in shapes:
        seen += width
        if seen >= half:
            # below 0.3 degrees the estimate is noise, and rows are level enough as they are
            return angle if 0.3 <= abs(angle) < 15 else 0.0
    return 0.0


# A fax machine's transmission line: its time and its page count or its number ("12/03/2026 10:14
# +41 22 555 01 20 MAISON X SA P.002/004", "28-Nov-26 18:52 FROM: ..."). It is the fax's, not the
# document's: its date is no invoice date, its sender's short name no letterhead.
_TRANSMISSION = re.compile(
    r"\b\d{1,2}:\d{2}\b.*(?:\bp\.?\s*\d{1,3}(?:\s*/\s*\d{1,3})?\s*$|\+?\d[\d ]{8,}|\bfrom\s*:)", re.IGNORECASE
)


def _transmission_line(line: OcrLine, page_height: float) -> bool:
    """``line`` is a fax's transmission line: across the top or the foot of the page."""
    at_an_edge = line.box.t < 0.05 * page_height or line.box.b > 0.95 * page_height
    return at_an_edge and bool(_TRANSMISSION.search(line.text))


# A fax cover sheet's title or its page count: the page is the fax's, sent before the document
_COVER_SHEET = re.compile(
    r"^\W*(?:fax message|fax cover(?: sheet)?|fax transmittal|telefax|telecopie|message fax)\W*$|"
    r"^\W*(?:number of pages|nombre de pages|total pages)\b.*\b(?:incl|including|y compris|avec)\b"
)


def _cover_sheet(page: Page) -> bool:
    return any(_COVER_SHEET.search(fold_aligned(x.text)) for x in page.lines)


def layout_lines(doc: Document) -> list[LLine]:
    """All lines of the document in reading order, page after page (pages stacked vertically),
    without a fax's transmission lines or its cover sheet (before the document's own pages)."""
    out: list[LLine] = []
    offset = 0.0
    pages = doc.pages
    if len(pages) > 1 and _cover_sheet(pages[0]):
        pages = pages[1:]
    for page in pages:
        theta = math.radians(page_angle(page.lines))
        cos, sin = math.cos(theta), math.sin(theta)
        for line in page.lines:
            if _transmission_line(line, page.height):
                continue
            text = mend_l_and_i(line.text.strip()) if page.source == "ocr" else line.text.strip()
            b = line.box
            cx, cy = (b.l + b.r) / 2, (b.t + b.b) / 2
            # rotate the centre by -theta; the box keeps its size (text boxes are axis-aligned enough)
            rx, ry = cx * cos + cy * sin, -cx * sin + cy * cos
            # the text's own size from its own slope where the detector measured one: on a photo
            # the slope changes across the page, and a long line's height from the page's slope
            # comes out too large (the address line would pass for the letterhead's name)
            own = math.radians(line.angle) if line.angle and abs(line.angle) >= 0.3 else theta
            sin_own, cos_own = abs(math.sin(own)), math.cos(own)
            w = (b.r - b.l) * cos_own - (b.b - b.t) * sin_own if sin_own > 0.01 else b.r - b.l
            h = (b.b - b.t) * cos_own - (b.r - b.l) * sin_own if sin_own > 0.01 else b.b - b.t
            # (a floor for the page's slope, which may be off for this line; its own is measured)
            w, h = max(w, 1.0), max(h, (b.b - b.t) * (0.4 if own == theta else 0.1), 1.0)
            out.append(
                LLine(
                    text,
                    fold_aligned(text),
                    line.confidence,
                    page.number,
                    b,
                    rx - w / 2,
                    ry - h / 2 + offset,
                    rx + w / 2,
                    ry + h / 2 + offset,
                )
            )
        offset += page.height + 50
    out.sort(key=lambda x: (round(x.cy / max(x.h, 1) / 0.6), x.l))
    out.sort(key=lambda x: (x.t, x.l))
    for i, x in enumerate(out):
        x.index = i
    return out


# a box heading cut after a little word ("10. Number and date of" over "invoices")
_CUT_AFTER = re.compile(r"\b(?:of|de|des|du|del|da|do|and|et|y|e)\s*$")


def wrapped_labels(lines: list[LLine]) -> list[LLine]:
    """Each box heading cut after a little word joined with the short line under it that ends it
    ("10. Numéro et date des" over "factures"), as one line in the place of that second line, where
    the box's value is looked for."""
    out = []
    for x in lines:
        if not _CUT_AFTER.search(x.folded):
            continue
        under = min(
            (
                y
                for y in lines
                if y.page == x.page
                and x.cy < y.t < x.b + x.h
                and x.l - 2 * x.h <= y.l
                and y.r <= x.r + 2 * x.h
            ),
            key=lambda y: y.t,
            default=None,
        )
        # the heading's last words, not the box's value under them ("... or territory of" over
        # "destination", not over "BÉLGICA")
        if (
            under is not None
            and len(under.folded) <= 20
            and not re.search(r"\d", under.text)
            and (under.text != under.text.upper() or x.text == x.text.upper())
        ):
            out.append(
                dataclasses.replace(
                    under,
                    text=f"{x.text} {under.text}",
                    folded=f"{x.folded} {under.folded}",
                    conf=min(x.conf, under.conf),
                    l=min(x.l, under.l),
                    r=max(x.r, under.r),
                )
            )
    return out


def same_row(a: LLine, b: LLine, tol: float = 0.6) -> bool:
    return abs(a.cy - b.cy) <= tol * max(min(a.h, b.h), 1.0)


def right_of(label: LLine, lines: list[LLine]) -> list[LLine]:
    """Lines on the label's row, right of it, nearest first."""
    found = [x for x in lines if x is not label and same_row(label, x) and x.l >= label.r - 2]
    return sorted(found, key=lambda x: x.l)


def below(label: LLine, lines: list[LLine], max_lines: int = 6, width: float | None = None) -> list[LLine]:
    """Lines under the label in its column, top first, stopping at a large vertical gap."""
    left = label.l - 3 * label.h
    right = label.l + (width if width is not None else max(label.r - label.l, 12 * label.h))
    cands = [
        x
        for x in lines
        if x is not label
        and x.t > label.cy
        and x.l < right
        and x.r > left
        and x.l >= left
        and not same_row(label, x)
    ]
    cands.sort(key=lambda x: (x.t, x.l))
    out: list[LLine] = []
    last_b = label.b
    for x in cands:
        if x.t - last_b > 3.5 * label.h and out:
            break
        if x.t - label.b > max(8, 2 * (max_lines + 1)) * label.h:  # about two label heights a line
            break
        out.append(x)
        last_b = max(last_b, x.b)
        if len(out) >= max_lines:
            break
    return out


def field_from_lines(
    name: str,
    raw: str,
    value: object,
    conf: float,
    lines: list[LLine],
    method: str = "layout",
) -> ExtractedField:
    """A field with the page and the union box of the lines it was read from."""
    return ExtractedField(
        name=name,
        raw=raw,
        value=value,  # type: ignore[arg-type]
        confidence=round(conf, 3),
        page=lines[0].page if lines else None,
        box=union_box(lines),
        method=method,  # type: ignore[arg-type]
    )


def union_box(lines: list[LLine]) -> BoundingBox | None:
    if not lines:
        return None
    return BoundingBox(
        l=min(x.box.l for x in lines),
        t=min(x.box.t for x in lines),
        r=max(x.box.r for x in lines),
        b=max(x.box.b for x in lines),
    )


def rows(lines: list[LLine]) -> list[list[LLine]]:
    """Lines grouped into rows (vertical centre within ~0.6 line height), each row left to right."""
    groups: list[list[LLine]] = []
    for x in sorted(lines, key=lambda y: y.cy):
        if groups and abs(statistics.mean(y.cy for y in groups[-1]) - x.cy) <= 0.55 * x.h:
            groups[-1].append(x)
        else:
            groups.append([x])
    return [sorted(g, key=lambda y: y.l) for g in groups]
