"""Receipt fields (company, date, address, total) by position and patterns.

The company is the first name-like line at the top (joined with a wrapped continuation), the
address the lines under it until a phone, tax or document line, the date the first date near
a ``date`` label (else the first date), the total the amount of the most specific total label.
``date`` keeps the printed text in ``raw`` and ISO 8601 in ``value``.
"""

from __future__ import annotations

import re

from ocr.layout import LLine, field_from_lines, right_of, same_row, union_box
from ocr.models import ExtractedField
from ocr.normalize import find_dates, parse_amount, parse_date
from ocr.spelling import ADDRESS_LEXICON, COMPANY_LEXICON, correct_header_text

_SUFFIX = re.compile(
    r"\b(?:s[do0]n\.?\s*b[hn][do0]|bhd|s/b|sb|enterprise|trading|restaurant|restoran|store|mart|shop|"
    r"company|ltd|limited|hardware|pharmacy|bakery|sdn)\b|\bco\.(?!\w)",
    re.I,
)
# the legal form that ends a company name, and what the header prints after it on the same line
# ("EIGHT OUNCE COFFEE CO. THE GARDENS MALL")
_AFTER_LEGAL_FORM = re.compile(
    r"(?<=\W)(?:(?:sdn\.?\s*bhd\.?|berhad|s/b|ltd\.?|limited)(?=\s*[({\[]|\s+\d)|"
    r"(?:sdn\.?\s*bhd\.?|berhad|s/b|co\.|ltd\.?|limited)(?=\s+[^\W\d_]{2,}))",
    re.I,
)
# what the OCR puts around a name: specks before it ("! HON HWA", "| 99 SPEED"), a comma after it
_JUNK_AROUND = re.compile(r"^(?:#\d+\s+|[^\w(]+)|[\s,;:|]+$")
# who owns the shop, before the registered name: "DIMILIKI: BANH MI CAFE SDN BHD", "OWN BY: ..."
_OWNED_BY = re.compile(r"^\W*(?:dimiliki(?:\s*oleh)?|own(?:ed)?\s*by)\s*:\s*", re.I)
# "S/B" (Sendirian Berhad) read with a 5, a $ or an 8
_READ_AS_S_B = re.compile(r"(?<!\w)[S5$]/[B8](?!\w)")
# a registration label that starts its line ("COMPANY NO: 499702-V", "CO REG NO:797887-W")
_REG_LABEL = re.compile(r"^\W*(?:company|co\.?)\s*(?:reg|no\b|number)", re.I)
# the legal form ending a company name, read well or not ("SDN. BHD", "SON BHD", "S/B")
_LEGAL_FORM_END = re.compile(r"\W*(?:\(\w\)\s*)?(?:s[dou]n[.,]?\s*)?bhd\.?\W*$|\W*s/b\W*$", re.I)
_REG = re.compile(
    rf"(?:{_REG_LABEL.pattern}|co\.?\s*reg|company\s*reg|gst|roc|reg\.?\s*no|business\s*reg|^\W*br\.?\s*no\b|"
    r"\(\d{3,}[\w-]*[)}\]]|^\(?\d{5,}"
    r"[-·\w]*\)?$|^\d+-[a-z]$|\bsst\b|^\(?[a-z]{0,3}\d{5,}\s*[-·]?\s*[a-z]\)?$|co-?\s*reg|\(\s*co\.?\s*no\b)",
    re.I,
)
# where a registration number starts inside a name line: "MYNEWS RETAIL SB(306295-X) FKA ..."
_REG_IN_NAME = re.compile(
    r"\s*['’]?\(?\s*(?:co\.?\s*(?:reg|no)\b|[A-Z]{0,2}\d{4,}\s*[-.]?\s*\w?[)}\]]).*$", re.I
)
_STOP = re.compile(
    r"(?:\bt\s*:|\bf\s*:|\d{2,3}-\d{6,8}|\d{2}\s*-\s*\d{4}\s*\d{4}|\btel\b|tel\s*[:.]|phone|fax|e-?mail|@|www\.|"
    r"invoice|receipt|\bdate\b|cashier|doc\s*no|counter|table|bill|\bgst\b|order|h/p|hp\s*:|\btax\b|mobile|"
    r"whatsapp|owned\s*by|\bslip\b)",
    re.I,
)
_NOT_NAME = re.compile(
    r"^(?:tax\s*invoice|invoice|receipt|official receipt|welcome|cash\s*sale|simplified)", re.I
)
_SLOGAN = re.compile(
    r"thank|for\s*shopping|welcome|please|come\s*again|selamat|terima\s*kasih|feedback|complain|redeem|"
    r"points|returnable|exchange|\bopen\b|\bhrs\b|customer\s*copy",
    re.I,
)
_STREET = re.compile(
    r"jalan|\bjln\b|\blot\b|\bno\b\.?|taman|road|street|\bjl\b|lorong|persiaran|floor|\bblk\b", re.I
)
# five digits, not a lot or house number ("LOT P.T. 33198", "NO 12345")
_POSTCODE = re.compile(
    r"(?<![\w-])(?<!lot\s)(?<!p\.t\.\s)(?<!p\.t,\s)(?<!p\.t\s)(?<!no\s)(?<!no\.\s)\d{5}(?![\w-])", re.I
)
# Malaysian states and their suffixes, the usual last words of a SROIE-style receipt address
_STATE = re.compile(
    r"(?:selangor|johor|kuala lumpur|malaysia|kelantan|perak|penang|pulau pinang|pahang|melaka|"
    r"kedah|sabah|sarawak|terengganu|negeri sembilan|perlis|putrajaya|labuan|darul ehsan|d\.?e|"
    r"darul takzim|\s|,|\.)+",
    re.I,
)
_STATE_END = re.compile(
    r"\b(?:selangor|johor|kuala lumpur|malaysia|kelantan|perak|penang|pulau pinang|pahang|melaka|"
    r"kedah|sabah|sarawak|terengganu|negeri sembilan|perlis|putrajaya|labuan|darul ehsan|d\.?e|"
    r"darul takzim)\W*$",
    re.I,
)
_BRANCH = re.compile(r"^\d{3,5}\s*-\s*[A-Z][A-Z .]{2,}(?:\s\d{1,2})?$")
_TOTAL = re.compile(
    r"^\W*(?:(?:grand|nett?|rounded|round(?:ing)?\s*adj\w*|final)\s*)?total|amount\s*due|total\s*payable|"
    r"^\W*(?:amt|amount)\s*paid|^\W*(?:amount\s*)?due\b|"
    r"\btotal\b",
    re.I,
)
_TOTAL_BAD = re.compile(
    r"sub\s*-?\s*tota|excl|item|qty|quantity|disc|saving|total\s*gst|total\s*tax|point|"
    r"tendered|change|\bsv\b|\bgv\b",
    re.I,
)
_SUBTOTAL = re.compile(r"^\W*sub\s*-?\s*total", re.I)
_TAXY = re.compile(r"\btax\b|\bgst\b|\bsst\b", re.I)
_TOTAL_TOP = re.compile(
    r"round|grand|nett?\s*total|amount\s*due|^\W*due\b|payable|final\s*total|after\s*adj", re.I
)
_TOTAL_GOOD = re.compile(r"incl|total\s*amount|total\s*\(?rm|total\s*sales", re.I)
_SUMMARY = re.compile(r"(?:gst|tax|sst)\s*summary", re.I)
_MONEY = re.compile(r"(?<!@)(?<!@\s)-?\d[\d,]*[.,]\d{2}(?!\d|\s?%)")  # not a rate ("GST @6.00%")

# the marks of a Malaysian receipt's address, which the recogniser reads as the other one
RECEIPT_MARKS = (
    (re.compile(r"\b\d{1,5}[A-Z]?(\.)(?= [^\W\d_]{2,})"), ","),  # a house number's comma ("NO. 47, JALAN")
    (re.compile(r"(?<=\b[^\W\d_]\.[^\W\d_]),"), "."),  # a dotted abbreviation's last dot ("LOT P.T.")
)


def _f(name: str, raw: str, value: str | float, lines: list[LLine], conf: float) -> ExtractedField:
    return field_from_lines(name, raw, value, conf, lines, "rule")


def receipt_fields(lines: list[LLine]) -> dict[str, ExtractedField]:
    out: dict[str, ExtractedField] = {}
    ordered = _reading_rows(lines)
    company_idx = _company(ordered, out)
    if company_idx is not None:
        found = _address(ordered, company_idx + 1, len(ordered))
        first = next((i for i, x in enumerate(ordered) if not _SLOGAN.search(x.text)), 0)
        if not _has_postcode(found) and company_idx > first + 1:
            # the name printed under the address (a slogan or logo line on top): the block above it
            above = _address(ordered, first, company_idx)
            found = above if _has_postcode(above) else found
        if found:
            text = " ".join(x.text.strip() for x in found)
            out["address"] = _f(
                "address",
                text,
                correct_header_text(text, ADDRESS_LEXICON),
                found,
                min(x.conf for x in found) * 0.85,
            )
    _date(lines, out)
    _total(lines, out)
    return out


def _reading_rows(lines: list[LLine]) -> list[LLine]:
    """Lines merged per row (a receipt header is one column), left to right, rows top to bottom."""
    rows: list[list[LLine]] = []
    for x in sorted(lines, key=lambda y: (y.t, y.l)):
        if rows and same_row(rows[-1][0], x, tol=0.4) and all(x.l >= y.r or x.r <= y.l for y in rows[-1]):
            rows[-1].append(x)
        else:
            rows.append([x])
    out: list[LLine] = []
    for row in rows:
        row.sort(key=lambda y: y.l)
        text = " ".join(y.text for y in row)
        out.append(
            LLine(
                text,
                " ".join(y.folded for y in row),
                min(y.conf for y in row),
                row[0].page,
                row[0].box if len(row) == 1 else union_box(row) or row[0].box,
                row[0].l,
                min(y.t for y in row),
                row[-1].r,
                max(y.b for y in row),
            )
        )
    return out


def _letters(text: str) -> int:
    return sum(c.isalpha() for c in text)


def _before_registration(text: str) -> str:
    """A name line without the registration number printed after the name ("FLORISM DE ART
    (940075-X)", "MYNEWS RETAIL SB(306295-X) FKA ...")."""
    cut = _REG_IN_NAME.search(text)
    return text[: cut.start()] if cut and cut.start() >= 4 else text


def _name_like(text: str) -> bool:
    t = _before_registration(text.strip())
    if _NOT_NAME.match(t) or _SLOGAN.search(t) or (_REG.search(t) and not _SUFFIX.search(t)):
        return False
    letters = _letters(t)
    if letters < 4 or letters < 0.5 * len(t.replace(" ", "")):
        return False
    # one word only when it is a long capitalised block at the top ("SANYUSTATIONERYSHOP")
    return len(t.split()) >= 2 or (letters >= 6 and t.isupper())


def _registered_name(line: LLine, after: LLine) -> bool:
    """A name line (no number, no street) followed by a registration number line."""
    text = line.text
    return (
        _name_like(text)
        and not re.search(r"\d", text)
        and not _STREET.search(text)
        and bool(_REG.search(after.text))
    )


def _company(rows: list[LLine], out: dict[str, ExtractedField]) -> int | None:
    head = rows[:10]
    idx = next(
        (
            i
            for i, x in enumerate(head[:8])
            if _SUFFIX.search(x.text)
            and _letters(x.text) >= 4
            and not _SLOGAN.search(x.text)
            and not _REG_LABEL.match(x.text)
        ),
        None,
    )
    if idx is None:
        idx = next((i for i, x in enumerate(head) if _name_like(x.text)), None)
        # a trading name over the registered one, which its registration number follows
        if idx is not None and idx + 2 < len(rows) and _registered_name(rows[idx + 1], rows[idx + 2]):
            idx += 1
    if idx is None:
        return None
    used = [rows[idx]]
    name = rows[idx].text.strip()
    prev = rows[idx - 1].text.strip() if idx > 0 else ""
    starts_with_suffix = re.match(r"(?:co\.|sdn|bhd|\(m\)|enterprise|trading|&)", name, re.I)
    if (
        prev
        and not re.search(r"\d", prev)
        and len(prev) <= 30
        and not _NOT_NAME.match(prev)
        and not _SLOGAN.search(prev)
        and _letters(prev) >= 2
        and (starts_with_suffix or len(name.split()) <= 2 or len(_LEGAL_FORM_END.sub("", name).split()) == 1)
    ):
        # a name wrapped before its last word ("KEDAI UBAT & RUNCIT HONG / NING SDN. BHD.")
        used.insert(0, rows[idx - 1])
    # "SDN BHD" on its own line, or a name wrapped after "&"
    if re.fullmatch(r"\(?[A-Z]?\)?\s*sdn\.?\s*bhd\.?", name, re.I) and idx > 0:
        if used[0] is not rows[idx - 1]:
            used.insert(0, rows[idx - 1])
    else:
        # a name wrapped after "&" or inside brackets, or before its legal form or trade
        # ("AIK HUAT HARDWARE / ENTERPRISE (SETIA / ALAM) SDN BHD")
        while (
            len(used) < 4
            and idx + 1 < len(rows)
            and _goes_on(" ".join(x.text.strip() for x in used), rows[idx + 1])
        ):
            used.append(rows[idx + 1])
            idx += 1
    text = _READ_AS_S_B.sub("S/B", _before_registration(" ".join(x.text.strip() for x in used)))
    legal = _AFTER_LEGAL_FORM.search(text)
    if legal:
        text = text[: legal.end()]
    text = _OWNED_BY.sub("", _JUNK_AROUND.sub("", text))
    if text.startswith("(") and text.endswith(")"):  # "(Freedom Optimum Sdn Bhd)"
        text = text[1:-1].strip()
    out["company"] = _f(
        "company", text, correct_header_text(text, COMPANY_LEXICON), used, min(x.conf for x in used) * 0.9
    )
    return idx


def _goes_on(name: str, nxt: LLine) -> bool:
    after = nxt.text.strip()
    return bool(
        re.search(r"(?:&|\band|-)$|\([^)]*$", name)
        or re.fullmatch(r"\(?\w?\)?\s*sdn\.?\s*bhd\.?", after, re.I)
        or (re.match(r"(?:enterprise|trading)\b", after, re.I) and not _REG.search(after))
    )


def _has_postcode(found: list[LLine]) -> bool:
    return any(_POSTCODE.search(x.text) for x in found)


def _addressy(text: str) -> bool:
    return bool(re.search(r"\d|,", text) or _STREET.search(text))


def _address(rows: list[LLine], start: int, end: int) -> list[LLine]:
    """The address block from row ``start``: street lines up to the postcode line, then the town or
    state lines without digits (at most two) and a branch line (``1214-JINJANG UTARA``)."""
    used: list[LLine] = []
    postcode = False
    state_end = False
    after = 0
    window = rows[start : min(end, start + 10)]
    for i, x in enumerate(window):
        text = x.text.strip()
        if _NOT_NAME.match(text) or _SLOGAN.search(text):
            if used:
                break
            continue
        if find_dates(text) and not _STREET.search(text):
            if used:
                break
            continue
        if postcode:
            if _BRANCH.match(text):
                used.append(x)
                break
            if re.search(r"\d", text) or _STOP.search(text) or _REG.search(text) or after >= 2:
                break
            if len(text.split()) > 6 or ((state_end or after) and not _STATE.fullmatch(text.strip(" .,"))):
                break
            used.append(x)
            after += 1
            continue
        # a registration line, even when its number looks like a postcode ("(Co. No.11382!.-W)")
        if _REG.search(text) and (not _POSTCODE.search(text) or text.startswith("(")):
            if used:
                break
            continue
        if _STOP.search(text):
            break
        if not used and re.fullmatch(r"\(.*\)", text):
            continue  # a branch name in brackets under the company ("(MUTIARA RINI 16)")
        if not used and not _addressy(text):
            # a first line without digits ("OASIS VILLAGE") when the street line follows
            nxt = window[i + 1].text if i + 1 < len(window) else ""
            if not (_STREET.search(nxt) and re.search(r"\d", nxt) and len(text.split()) <= 4):
                continue
        used.append(x)
        if _POSTCODE.search(text):
            postcode = True
            state_end = bool(_STATE_END.search(text))
        if len(used) >= 6:
            break
    return used


def _date(lines: list[LLine], out: dict[str, ExtractedField]) -> None:
    labelled = [x for x in lines if re.search(r"\bdate\b|tarikh", x.folded)]
    candidates = [*labelled, *[y for x in labelled for y in right_of(x, lines)[:2]], *lines]
    for x in candidates:
        for raw in find_dates(x.text):
            iso = parse_date(raw)
            if iso and 1990 <= int(iso[:4]) <= 2035:
                out["date"] = _f("date", raw, iso, [x], x.conf * 0.9)
                return


def _money(raw: str) -> float | None:
    """An amount as printed on a receipt (``RM 1,234.50``, ``RMI11.90`` read for ``RM111.90``)."""
    raw = re.sub(r"(?i)(?<=rm)[il|](?=[\d.,])|(?<=\d)[il|](?=[\d.,])|(?<=[\d.,])[il|](?=\d)", "1", raw)
    m = _MONEY.search(re.sub(r"(?i)rm|myr|\$", " ", raw))
    return parse_amount(m.group(0)) if m else None


def _amount_of(label: LLine, rest: str, lines: list[LLine]) -> tuple[float, str, list[LLine]] | None:
    for raw, used in [(rest, [label])] + [(y.text, [label, y]) for y in reversed(right_of(label, lines))]:
        amount = _money(raw)
        if amount is not None and amount > 0:
            return amount, raw.strip(), used
    return None


def _total(lines: list[LLine], out: dict[str, ExtractedField]) -> None:
    """The amount of the strongest total label (rounded / grand / nett / amount due first, then
    totals including tax, then a plain total; the lowest on the page among equals), corrected to
    the rounded amount printed under a rounding line, else the subtotal, else cash minus change."""
    summary = min((x.t for x in lines if _SUMMARY.search(x.folded)), default=float("inf"))
    found_totals: list[tuple[tuple[int, float], float, str, list[LLine]]] = []
    for x in lines:
        if x.t >= summary or not _TOTAL.search(x.folded) or _TOTAL_BAD.search(x.folded):
            continue
        if _TAXY.search(x.folded) and "incl" not in x.folded and "inci" not in x.folded:
            continue
        m = _TOTAL.search(x.folded)
        if m is None or m.start() > 12:  # "GST @6% included in total": not a total label
            continue
        found = _amount_of(x, x.text[m.end() :], lines)
        if found is None:
            continue
        tier = 2 if _TOTAL_TOP.search(x.folded) else 1 if _TOTAL_GOOD.search(x.folded) else 0
        found_totals.append(((tier, x.t), *found))
    amounts = [found[1] for found in found_totals]
    best = max(
        (found for found in found_totals if not _tax_of_another(found[3][0], found[1], amounts)),
        key=lambda found: found[0],
        default=None,
    )
    best = _rounded(lines, best) if best is not None else _fallback_total(lines, summary)
    if best is not None:
        out["total"] = _f("total", best[2], best[1], best[3], min(y.conf for y in best[3]) * 0.9)


def _tax_of_another(label: LLine, amount: float, totals: list[float]) -> bool:
    """The amount of "TOTAL INCLUDES 6% GST": the tax inside another total at the rate the label
    prints, not a total itself ("Total Includes GST 0% 10.40" is one)."""
    rate = re.search(r"(\d{1,2}(?:\.\d+)?)\s*%", label.text)
    if rate is None or float(rate.group(1)) == 0:
        return False
    share = float(rate.group(1)) / (100 + float(rate.group(1)))
    return any(total > amount and abs(total * share - amount) < 0.0101 for total in totals)


def _rounded(
    lines: list[LLine], best: tuple[tuple[int, float], float, str, list[LLine]]
) -> tuple[tuple[int, float], float, str, list[LLine]]:
    """Malaysian-style rounding: under a ``Rounding`` line, the amount within 5 sen of the total that
    is a multiple of 0.05 is the amount to pay."""
    amount, label = best[1], best[3][0]
    if round(amount * 100) % 5 == 0:
        return best
    rounding = [x for x in lines if x.t > label.t - label.h and re.search(r"round", x.folded)]
    if not rounding:
        return best
    top = min(x.t for x in rounding)
    for x in sorted((y for y in lines if top - label.h <= y.t <= top + 8 * label.h), key=lambda y: y.t):
        for m in _MONEY.finditer(x.text):
            value = parse_amount(m.group(0))
            if value and 0 < abs(value - amount) < 0.0501 and round(value * 100) % 5 == 0:
                return (best[0], value, m.group(0), [x])
    return best


def _fallback_total(
    lines: list[LLine], summary: float
) -> tuple[tuple[int, float], float, str, list[LLine]] | None:
    """Without a total label: cash paid minus the change given back (what was due), else the
    subtotal, else the cash paid."""
    payments = [
        (x, paid)
        for x in lines
        if re.match(r"^\W*cash\b", x.folded) and (paid := _amount_of(x, x.text[4:], lines))
    ]
    change = next(
        (x for x in lines if re.match(r"^\W*change\b", x.folded) and any(y.t < x.t for y, _ in payments)),
        None,
    )
    if change:
        # the payment it is given back from
        cash, paid = [(y, paid) for y, paid in payments if y.t < change.t][-1]
        back = _amount_of(change, change.text[6:], lines)
        due = round(paid[0] - (back[0] if back else 0.0), 2)  # no amount: "0.00"
        if due > 0:
            return ((-1, cash.t), due, paid[1], paid[2])
    for x in lines:
        if x.t < summary and _SUBTOTAL.search(x.folded):
            m = _SUBTOTAL.search(x.folded)
            found = _amount_of(x, x.text[m.end() :] if m else "", lines)
            if found:
                return ((-1, x.t), *found)
    return ((-2, payments[0][0].t), *payments[0][1]) if payments else None
