"""Receipt fields (company, date, address, total) by position and patterns.

The company is the first name-like line at the top (joined with a wrapped continuation), the
address the lines under it until a phone, tax or document line, the date the first date near
a ``date`` label (else the first date), the total the amount of the most specific total label.
``date`` keeps the printed text in ``raw`` and ISO 8601 in ``value``.
"""

from __future__ import annotations

import re

from ocr.layout import LLine, right_of, same_row, union_box
from ocr.models import ExtractedField
from ocr.normalize import find_dates, parse_amount, parse_date

_SUFFIX = re.compile(
    r"\b(?:sdn\.?\s*bhd|bhd|s/b|enterprise|trading|restaurant|restoran|store|mart|shop|"
    r"company|co\.|ltd|limited|hardware|pharmacy|bakery|sdn)\b",
    re.I,
)
_REG = re.compile(
    r"(?:co\.?\s*reg|company\s*reg|gst|roc|reg\.?\s*no|business\s*reg|\(\d{3,}[\w-]*\)|^\(?\d{5,}"
    r"[-\w]*\)?$|^\d+-[a-z]$|\bsst\b|^\(?[a-z]{0,3}\d{5,}\s*-?\s*[a-z]\)?$|co-?\s*reg)",
    re.I,
)
_STOP = re.compile(
    r"(?:\bt\s*:|\bf\s*:|\d{2,3}-\d{6,8}|\d{2}\s*-\s*\d{4}\s*\d{4}|\btel\b|tel\s*[:.]|phone|fax|e-?mail|@|www\.|invoice|receipt|\bdate\b|cashier|doc\s*no|"
    r"counter|table|bill|\bgst\b|order|h/p|hp\s*:|\btax\b)",
    re.I,
)
_NOT_NAME = re.compile(
    r"^(?:tax\s*invoice|invoice|receipt|official receipt|welcome|cash\s*sale|simplified)", re.I
)
_STATE = re.compile(
    r"(?:selangor|johor|kuala lumpur|malaysia|kelantan|perak|penang|pulau pinang|pahang|melaka|"
    r"kedah|sabah|sarawak|terengganu|negeri sembilan|perlis|putrajaya|labuan|darul ehsan|d\.?e|"
    r"darul takzim|\s|,|\.)+",
    re.I,
)
_TOTAL = re.compile(
    r"^\W*(?:(?:grand|nett?|rounded|round(?:ing)?\s*adj\w*)\s*)?total|amount\s*due|total\s*payable|"
    r"\btotal\b",
    re.I,
)
_TOTAL_BAD = re.compile(
    r"sub\s*-?\s*tota|excl|item|qty|quantity|disc|saving|total\s*gst|total\s*tax|point|"
    r"tendered|change",
    re.I,
)
_TAXY = re.compile(r"\btax\b|\bgst\b|\bsst\b", re.I)
_TOTAL_TOP = re.compile(r"round|grand|nett?\s*total|amount\s*due|payable", re.I)
_TOTAL_GOOD = re.compile(r"incl|total\s*amount|total\s*\(?rm|total\s*sales", re.I)


def _f(name: str, raw: str, value: str | float, lines: list[LLine], conf: float) -> ExtractedField:
    return ExtractedField(
        name=name,
        raw=raw,
        value=value,
        confidence=round(conf, 3),
        page=lines[0].page,
        box=union_box(lines),
        method="rule",
    )


def receipt_fields(lines: list[LLine]) -> dict[str, ExtractedField]:
    out: dict[str, ExtractedField] = {}
    ordered = _reading_rows(lines)
    company_idx = _company(ordered, out)
    if company_idx is not None:
        _address(ordered, company_idx, out)
    _date(lines, out)
    _total(lines, out)
    return out


def _reading_rows(lines: list[LLine]) -> list[LLine]:
    """Top lines merged per row (a receipt header is one column), in reading order."""
    out: list[LLine] = []
    for x in sorted(lines, key=lambda y: (y.t, y.l)):
        if out and same_row(out[-1], x, tol=0.4) and x.l > out[-1].r:
            prev = out[-1]
            text = f"{prev.text} {x.text}"
            out[-1] = LLine(
                text,
                text.lower(),
                min(prev.conf, x.conf),
                prev.page,
                prev.box,
                prev.l,
                min(prev.t, x.t),
                x.r,
                max(prev.b, x.b),
            )
        else:
            out.append(x)
    return out


def _letters(text: str) -> int:
    return sum(c.isalpha() for c in text)


def _company(rows: list[LLine], out: dict[str, ExtractedField]) -> int | None:
    head = rows[:10]
    idx = next((i for i, x in enumerate(head[:8]) if _SUFFIX.search(x.text) and _letters(x.text) >= 4), None)
    if idx is None:
        idx = next(
            (
                i
                for i, x in enumerate(head)
                if _letters(x.text) >= 5
                and len(x.text.split()) >= 2
                and not _NOT_NAME.match(x.text)
                and not _REG.search(x.text)
            ),
            None,
        )
    if idx is None:
        return None
    used = [rows[idx]]
    name = rows[idx].text.strip()
    prev = rows[idx - 1].text.strip() if idx > 0 else ""
    starts_with_suffix = re.match(r"(?:co\.|sdn|bhd|\(m\)|enterprise|trading)", name, re.I)
    if (
        prev
        and not re.search(r"\d", prev)
        and len(prev) <= 30
        and not _NOT_NAME.match(prev)
        and _letters(prev) >= 2
        and (starts_with_suffix or len(name.split()) <= 2)
    ):
        used.insert(0, rows[idx - 1])
    # "SDN BHD" on its own line, or a name wrapped after "&"
    if re.fullmatch(r"\(?[A-Z]?\)?\s*sdn\.?\s*bhd\.?", name, re.I) and idx > 0:
        used.insert(0, rows[idx - 1])
    elif idx + 1 < len(rows) and (
        re.search(r"(?:&|\band|-)$", name)
        or re.fullmatch(r"\(?\w?\)?\s*sdn\.?\s*bhd\.?", rows[idx + 1].text.strip(), re.I)
    ):
        used.append(rows[idx + 1])
        idx += 1
    text = " ".join(x.text.strip() for x in used)
    text = re.sub(r"\s*['’]?\(?[A-Z]{0,2}\d{4,}[\s-]?[A-Z]\)?\s*$", "", text).strip()
    out["company"] = _f("company", text, text, used, min(x.conf for x in used) * 0.9)
    return idx


def _address(rows: list[LLine], start: int, out: dict[str, ExtractedField]) -> None:
    used: list[LLine] = []
    postcode = False
    for x in rows[start + 1 : start + 9]:
        text = x.text.strip()
        if find_dates(text) and not re.search(r"jalan|lot|no\.|taman|road", text, re.I):
            if used:
                break
            continue
        if postcode and not _STATE.fullmatch(text.strip(" .,")):
            break
        if _REG.search(text) and not used:
            continue
        if _STOP.search(text) or (_REG.search(text) and used):
            break
        if not used and not (
            re.search(r"\d|,", text) or re.search(r"jalan|lot|no\.|taman|road|street", text, re.I)
        ):
            continue
        used.append(x)
        postcode = postcode or bool(re.search(r"\b\d{5}\b", text))
        if len(used) >= 5:
            break
    if used:
        text = " ".join(x.text.strip() for x in used)
        out["address"] = _f("address", text, text, used, min(x.conf for x in used) * 0.85)


def _date(lines: list[LLine], out: dict[str, ExtractedField]) -> None:
    labelled = [x for x in lines if re.search(r"\bdate\b|tarikh", x.folded)]
    candidates = [*labelled, *[y for x in labelled for y in right_of(x, lines)[:2]], *lines]
    for x in candidates:
        for raw in find_dates(x.text):
            iso = parse_date(raw)
            if iso and 1990 <= int(iso[:4]) <= 2035:
                out["date"] = _f("date", raw, iso, [x], x.conf * 0.9)
                return


def _total(lines: list[LLine], out: dict[str, ExtractedField]) -> None:
    best: tuple[tuple[int, float], float, str, list[LLine]] | None = None
    for x in lines:
        if not _TOTAL.search(x.folded) or _TOTAL_BAD.search(x.folded):
            continue
        if _TAXY.search(x.folded) and "incl" not in x.folded:
            continue
        m = _TOTAL.search(x.folded)
        rest = x.text[m.end() :] if m else ""  # type: ignore[union-attr]
        candidates = [(rest, [x])] + [(y.text, [x, y]) for y in reversed(right_of(x, lines))]
        for raw, used in candidates:
            if not re.search(r"\d+[.,]\d{2}\b", raw):
                continue
            amount = parse_amount(re.sub(r"(?i)rm|myr|\$", " ", raw))
            if amount is None or amount <= 0:
                continue
            rank = (2 if _TOTAL_TOP.search(x.folded) else 1 if _TOTAL_GOOD.search(x.folded) else 0, -x.t)
            if best is None or rank > best[0]:
                best = (rank, amount, raw, used)
            break
    if best is not None:
        out["total"] = _f("total", best[2].strip(), best[1], best[3], min(y.conf for y in best[3]) * 0.9)
