"""Header fields of trade documents by rules: label lexicon (FR/EN) + layout key-value pairing.

A label's value is looked for, in order, after the label on the same line, in the next box
to its right, then in the lines under it; the first candidate that its field's normaliser
accepts wins, and the label of highest priority in ``ocr.lexicon`` wins between labels.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable

from ocr.layout import LLine, below, field_from_lines, right_of, same_row, wrapped_labels
from ocr.lexicon import (
    DELIVERY_RES,
    EXPORTER_RES,
    IMPORTER_RES,
    INLINE_ONLY,
    LABEL_RES,
    LABELS,
    TITLE_RES,
    label_end,
    match_label,
)
from ocr.models import DocumentType, ExtractedField
from ocr.normalize import (
    country_code,
    country_misread,
    currency_code,
    find_country,
    find_dates,
    first_date,
    fold_aligned,
    incoterm,
    parse_amount,
    split_glued_words,
)

DT = DocumentType
FIELDS_BY_TYPE: dict[DocumentType, tuple[str, ...]] = {
    DT.COMMERCIAL_INVOICE: (
        "invoice_number",
        "invoice_date",
        "currency",
        "incoterm",
        "total_value",
        "origin_country",
        "net_mass_kg",
        "gross_mass_kg",
    ),
    DT.PACKING_LIST: ("invoice_number", "invoice_date", "net_mass_kg", "gross_mass_kg"),
    DT.CERTIFICATE_OF_ORIGIN: (
        "invoice_number",
        "origin_country",
        "certificate_number",
        "issue_date",
        "issuing_authority",
    ),
    DT.PHYTOSANITARY_CERTIFICATE: (
        "invoice_number",
        "origin_country",
        "certificate_number",
        "issue_date",
        "issuing_authority",
    ),
    DT.SANITARY_CERTIFICATE: (
        "invoice_number",
        "origin_country",
        "certificate_number",
        "issue_date",
        "issuing_authority",
    ),
}

_ID = re.compile(r"(?<![\w/])([A-Z0-9][A-Z0-9/_.\-]*\d[A-Z0-9/_.\-]*)", re.IGNORECASE)
_NOISE_LINE = re.compile(
    r"(?:\btel\b|\bt[ée]l\.|phone|fax|e-?mail|@|\bvat\b|\btva\b|ninea|rccm|siret|siren|iban|"
    r"www\.|\bice\b|\bgst\b|\beori\b|\bgstin\b|\biec\b|\bpan\b)",
    re.IGNORECASE,
)
_LEGAL_TAIL = re.compile(
    r"^(?:s\.?\s?a\.?\s?s?\.?|s\.?a\.?r\.?l\.?|sarl|ltd\.?|limited|gmbh|inc\.?|llc|plc|"
    r"pvt\.? ltd\.?|co\.?|corp\.?|spa|s\.?p\.?a\.?|bv|nv|ag|sas|sa|sl)$",
    re.IGNORECASE,
)
_JOINERS = re.compile(r"(?:\b(?:de|du|des|d'|of|and|et|&|the|la|le))[,]?$|,$", re.IGNORECASE)


def _remainder(line: LLine, end: int) -> str:
    rest = line.text[end:]
    # "(name, address, country)", also with its bracket read as a letter ("Iname. address. country)")
    rest = re.sub(r"^\s*(?:\(|[Il|](?=[a-z]))[^()]*\)", "", rest)
    # a trailing dot may end an abbreviation ("Delta Green Agro Export S.A.E.")
    return _keep_abbreviation_dot(rest.strip(" \t:;-–=|").lstrip(".").strip())


def _keep_abbreviation_dot(text: str) -> str:
    """A final dot stays when it ends an abbreviation ("S.A.E.", "Co."), not after a word ("SA.")."""
    if text.endswith(".") and not re.search(
        r"(?:\b[A-Za-z]\.){2,}$|\b(?:Co|Ltd|Inc|Corp|Cie|Ets|Bros)\.$", text
    ):
        return text[:-1].rstrip()
    return text


# a reference of a letter prefix, a space and its number, alone or before the rest of its
# sentence ("SF 2026-1388", "FGB 06238 du 20.08.2026"), not a label's "No 123"
_SPACED_ID = re.compile(r"(?!(?:NO|NR|REF|INV|NUM)\b)[A-Z]{2,4} \d[\dA-Z/_.\-]*\d(?=\s|$)")


def id_value(text: str) -> str | None:
    if sum(len(d) for d in find_dates(text)) >= 0.8 * len(text.strip()):
        return None  # a date (the next cell's "8 mars 2026"), not a number
    spaced = _SPACED_ID.match(text.strip(" .:;"))
    if spaced:
        return spaced.group(0)
    for token in _ID.findall(text):
        token = token.strip(".-/")
        if len(token) >= 3 and not re.fullmatch(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}", token):
            return _capital_i(token)
    return None


def _capital_i(token: str) -> str:
    """An upper-case reference with an "l" in it had an "I" there ("PC-Cl-2026-010076")."""
    return token.replace("l", "I") if "l" in token and not re.search(r"[a-km-z]", token) else token


def cert_number(text: str) -> str | None:
    text = _capital_i(re.sub(r"^N[o°º]\.?(?=[A-Z])", "", text.strip(" :.")))  # "NoF 3205740"
    if (
        re.fullmatch(r"[A-Z]{1,5}(?:[ \-/]?\d[\d]*)+(?:[ \-/][A-Z0-9]+)*", text)
        and sum(c.isdigit() for c in text) >= 4
    ):
        return text
    token = id_value(text)
    # letters or a hyphen, a serial number of six digits or more ("N°249574") or of its year
    # ("No 99197/2026")
    serial = r"\d{6,}|\d{3,}/(?:19|20)\d\d"
    return token if token and (re.search(r"[A-Za-z]|-", token) or re.fullmatch(serial, token)) else None


def _amount_value(text: str) -> float | None:
    if not re.search(r"\d", text):
        return None
    return parse_amount(text)


def _money_value(text: str) -> float | None:
    """An amount, not a count of packages or pieces ("765 CARTONS", "38.088 pièces") on a total row."""
    words = re.findall(r"[^\W\d_]{3,}", text)
    if any(currency_code(w) is None for w in words):
        return None
    return _amount_value(text)


def _country_value(text: str) -> str | None:
    return country_code(text) or find_country(text)


PARSERS: dict[str, Callable[[str], object]] = {
    "invoice_number": id_value,
    "certificate_number": lambda t: cert_number(t),
    "invoice_date": first_date,
    "issue_date": first_date,
    "currency": currency_code,
    "incoterm": incoterm,
    "total_value": _money_value,
    "net_mass_kg": _amount_value,
    "gross_mass_kg": _amount_value,
    "origin_country": _country_value,
    "issuing_authority": lambda t: t.strip() if len(t.strip()) > 3 and re.search(r"[A-Za-z]{3}", t) else None,
}
CERTIFICATES = (DT.CERTIFICATE_OF_ORIGIN, DT.PHYTOSANITARY_CERTIFICATE, DT.SANITARY_CERTIFICATE)
_EXCLUDE_TOTAL = re.compile(
    r"poids|weight|colis|packages|pkgs|volume|quantit|qty|net\b(?!\s*a\s*payer)|brut|gross|sous|sub"
)


def label_fields(lines: list[LLine], doc_type: DocumentType) -> dict[str, ExtractedField]:
    wanted = FIELDS_BY_TYPE.get(doc_type, ())
    out: dict[str, ExtractedField] = {}
    wrapped = wrapped_labels(lines)
    for name in wanted:
        best: tuple[tuple[float, ...], ExtractedField] | None = None
        for label in [*lines, *wrapped]:
            for rank, pattern in enumerate(LABEL_RES[name]):
                end = label_end(label.label_text, pattern)
                if end is None:
                    continue
                if name == "total_value" and _EXCLUDE_TOTAL.search(label.folded):
                    break
                if name == "origin_country" and _names_the_destination(label, lines):
                    break
                if name == "issue_date" and _in_exporters_declaration(label, lines):
                    break
                # a certificate's "Invoice" box has its number under the heading
                certificate_box = name == "invoice_number" and doc_type in CERTIFICATES
                inline_only = LABELS[name][rank] in INLINE_ONLY.get(name, set()) and not certificate_box
                found = _value_for(name, label, end, lines, inline_only=inline_only)
                if (
                    found is None
                    and name == "certificate_number"
                    and _BARE_NUMBER_LABEL.fullmatch(label.folded)
                ):
                    found = _centred_under(label, lines, PARSERS[name])
                if found is not None:
                    raw, value, used = found
                    score = (
                        rank,
                        -(value if name == "total_value" and isinstance(value, float) else 0),
                        label.t,
                    )
                    conf = min([label.conf, *(u.conf for u in used)]) * (0.95 if rank == 0 else 0.85)
                    field = field_from_lines(name, raw, value, conf, [label, *used])
                    if best is None or score < best[0]:
                        best = (score, field)
                break
        if best is not None:
            out[name] = best[1]
    if "incoterm" in wanted and "incoterm" not in out:
        out.update(_self_described_incoterm(lines))
    return out


# "N°" alone over a certificate's number, set centred under it
_BARE_NUMBER_LABEL = re.compile(r"\W*(?:n[°o*º]|no\.?|nr\.?)\W*")


def _centred_under(
    label: LLine, lines: list[LLine], parse: Callable[[str], object]
) -> tuple[str, object, list[LLine]] | None:
    """The value on the line right under a short label, across its middle."""
    under = min(
        (
            x
            for x in lines
            if x.page == label.page and 0 <= x.t - label.b < 3 * label.h and x.l <= label.cx <= x.r
        ),
        key=lambda x: x.t,
        default=None,
    )
    value = parse(under.text) if under is not None else None
    return (under.text, value, [under]) if under is not None and value is not None else None


_DESTINATION = re.compile(r"destination|territorio de destino")


def _names_the_destination(label: LLine, lines: list[LLine]) -> bool:
    """An EUR.1's box 5 ("Country, group of countries or / territory of destination"), whose first
    line reads as box 4's, the origin's. The label's own next lines only: a "Country of
    destination" box under the origin's value is another box."""
    return bool(_DESTINATION.search(label.folded)) or any(
        _DESTINATION.search(x.folded)
        for x in lines
        if label.t < x.t <= label.b + 0.6 * label.h and label.l - label.h < x.l < label.r
    )


_EXPORTERS_DECLARATION = re.compile(
    r"declaration (?:by|of) the exporter|exporter's declaration|declaration de l'exportateur|"
    r"declaracion del exportador|declaracao do exportador"
)


def _in_exporters_declaration(label: LLine, lines: list[LLine]) -> bool:
    """A place and date the exporter signed (EUR.1's box 12), not the certificate's issue: the
    nearest box heading above the label, in its column, is the exporter's declaration."""
    headings = [
        y
        for y in lines
        if y.page == label.page
        and y.t < label.t
        and y.l < label.r
        and y.r > label.l
        and (_BOX_HEADING.match(y.text) or _EXPORTERS_DECLARATION.search(y.folded))
    ]
    nearest = max(headings, key=lambda y: y.t, default=None)
    return nearest is not None and bool(_EXPORTERS_DECLARATION.search(nearest.folded))


def _self_described_incoterm(lines: list[LLine]) -> dict[str, ExtractedField]:
    """The Incoterm of a value that names its rules ("FCA - Amiens (Incoterms® 2020)") when its
    label was misread ("Incotem")."""
    for line in lines:
        code = incoterm(line.text) if "incoterm" in line.folded else None
        if code:
            return {"incoterm": field_from_lines("incoterm", line.text, code, line.conf * 0.8, [line])}
    return {}


def _value_for(
    name: str,
    label: LLine,
    end: int,
    lines: list[LLine],
    inline_only: bool = False,
) -> tuple[str, object, list[LLine]] | None:
    parse = PARSERS[name]
    rest = _remainder(label, end)
    if rest:
        value = parse(rest)
        if value is not None:
            return rest, value, []
        if name in ("issue_date",) and not inline_only:
            pass
        elif inline_only or len(rest) > 25:
            return None
    beside = right_of(label, lines)
    # a small label's value can be right-aligned far off in its box ("Réf. facture ... 099067")
    right = [
        x
        for x in beside
        if x.l - label.r <= 40 * label.h
        and not _in_another_box(label, x, lines)
        and not _under_its_own_heading(label, x, lines)
    ]
    if right:
        # a total row's amount stands last, after its counts of packages and pieces
        for x in reversed(right) if name == "total_value" else right[:1]:
            value = parse(x.text)
            if value is not None:
                return x.text, value, [x]
        if inline_only:
            return None
    elif inline_only:
        return None
    # under the label in its column; then across the rest of a form's box, where a short value
    # can sit centred well right of its label ("3. Pays d'origine" above "Inde")
    # an EUR.1's origin box has a label of three lines above its value
    reach = 5 if name == "origin_country" else 3
    # ... but not under the next heading of the label's row ("Total gross weight (kg)" beside
    # "Total net weight (kg)", each over its own value)
    headings = [y for y in beside if parse(y.text) is None]
    for width in (max(label.r - label.l, 14 * label.h), max(label.r - label.l, 24 * label.h)):
        for x in below(label, lines, max_lines=reach, width=width):
            value = parse(x.text)
            if value is None or _is_label(x) or _in_another_box(label, x, lines):
                continue
            if not any(y.l < x.r and y.r > x.l for y in headings):
                return x.text, value, [x]
    return None


def _under_its_own_heading(label: LLine, x: LLine, lines: list[LLine]) -> bool:
    """``x`` sits right under another field's label, as the value of that box: on a skewed photo,
    the buyer's order number under its heading comes level with "N° et date de facture"."""
    return any(
        y is not label
        and y.t < x.t
        and -0.5 * x.h <= x.t - y.b <= x.h
        and y.l < x.r
        and y.r > x.l
        and y.l > label.r
        and y.h <= 1.5 * x.h  # a heading, not the document's title in large print
        and _names_a_field(y)
        and not _names_a_document(y)
        for y in lines
    )


def _in_another_box(label: LLine, x: LLine, lines: list[LLine]) -> bool:
    """``x`` sits under the heading of another numbered box than the label's: EUR.1's "5. ... of
    destination" beside "4. ... originating", "12. Declaration by the exporter" beside box 11."""

    def overlap(a: LLine, b: LLine) -> bool:
        return a.l < b.r and a.r > b.l

    return any(
        y is not label
        and _BOX_HEADING.match(y.text)
        and label.t - 6 * label.h <= y.t
        and y.b <= x.t + 0.5 * x.h
        and overlap(y, x)
        and not overlap(y, label)
        for y in lines
    )


# the heading of a form's box of marks or packages, which can follow a party's box in its column
_GOODS_BOX_HEADING = re.compile(
    r"^\W*(?:\d{1,2}\W*)?(?:distinguishing marks|shipping marks|marks (?:and|&) n(?:umber)?s?\b|"
    r"marques(?: et num[eé]ros)?|number and description of packages|nombre et (?:nature|description) des colis)",
    re.IGNORECASE,
)


def _is_label(line: LLine) -> bool:
    parties = (EXPORTER_RES, IMPORTER_RES, DELIVERY_RES)
    return (
        any(match_label(line.label_text, res) is not None for res in parties)
        or any(
            match_label(line.label_text, LABEL_RES[n]) is not None
            for n in ("invoice_number", "origin_country", "currency")
        )
        or bool(_GOODS_BOX_HEADING.match(line.text))
    )


def party_fields(lines: list[LLine], doc_type: DocumentType) -> dict[str, ExtractedField]:
    out: dict[str, ExtractedField] = {}
    for role, tiers in (("exporter", [EXPORTER_RES]), ("importer", [IMPORTER_RES, DELIVERY_RES])):
        for patterns in tiers:
            if f"{role}_name" in out:
                break
            for label in lines:
                end = match_label(label.label_text, patterns)
                if end is None or len(label.folded) > 130:  # a bilingual box label is long
                    continue
                block = _party_block(label, end, lines, patterns)
                if block and not _NAMES_ANOTHER_PARTY.match(block[0].text):
                    out.update(_party_from_block(role, block, label))
                    break
    if "exporter_name" not in out and doc_type in (DT.COMMERCIAL_INVOICE, DT.PACKING_LIST):
        out.update(_letterhead(lines))
    return out


# a box's number and label alone on its line, as a faxed copy reads them ("1 Expéékor")
_NUMBERED_LABEL = re.compile(r"^\W*\d{1,2}[.)]?\s+[^\W\d_]")


def unlabelled_parties(lines: list[LLine]) -> dict[str, ExtractedField]:
    """The parties of a certificate whose party labels the OCR could not read ("1 Expéékor", and
    "20m(m" for "2 Destinataire" on a faxed copy): every certificate model prints the consignor's
    box first and the consignee's under it, so when the page's left half holds exactly two blocks
    that end with a country, they are theirs. A last resort, for when no reading found a label."""
    page = [x for x in lines if x.page == lines[0].page] if lines else []
    if not page:
        return {}
    middle = (min(x.l for x in page) + max(x.r for x in page)) / 2
    blocks: list[list[LLine]] = []
    for x in sorted((x for x in page if x.r < middle), key=lambda y: y.t):
        last = blocks[-1][-1] if blocks and blocks[-1] else None
        if _NUMBERED_LABEL.match(x.text) and len(x.text) < 30:
            blocks.append([])  # a box's label starts the next block
        elif last is None or x.t - last.b > 1.2 * last.h or abs(x.l - blocks[-1][0].l) > 2 * last.h:
            blocks.append([x])
        elif re.search(r"[^\W\d_]{3}", blocks[-1][0].text):
            blocks[-1].append(x)
        else:
            blocks[-1] = [x]  # what is left of a misread label ("20m(m") is no name
    parties = [
        b
        for b in blocks
        if 2 <= len(b) <= 6
        and (find_country(b[-1].text) or country_misread(b[-1].text))
        and not find_country(b[0].text)
    ]
    if len(parties) != 2:
        return {}
    out: dict[str, ExtractedField] = {}
    for role, block in zip(("exporter", "importer"), parties, strict=True):
        for name, field in _party_from_block(role, block, block[0]).items():
            out[name] = field.model_copy(update={"confidence": field.confidence * 0.7})
        misread = country_misread(block[-1].text) if f"{role}_country" not in out else None
        if misread:
            out[f"{role}_country"] = field_from_lines(
                f"{role}_country", block[-1].text, misread, block[-1].conf * 0.5, [block[-1]]
            )
    return out


# a box that points elsewhere: the buyer "same as consignee", goods consigned "to the order of"
# a bank (the buyer's own box names it)
_NAMES_ANOTHER_PARTY = re.compile(
    r"^\W*(?:same as|idem|as per|to (?:the )?order(?: of)?\b|à l'ordre d|a l'ordre d)", re.IGNORECASE
)
# a "Label : value" line of a few words before its colon ("Port of loading: Izmir")
_KEY_VALUE = re.compile(r"^[^\W\d_][^:\d]{1,40}\s?:\s*\S")
# the heading of the next numbered box of a form ("4. Informations relatives au transport")
_BOX_HEADING = re.compile(r"^\s*\(?(?:[I1l]{1,2}\.\s*)?\d{1,2}[.)]\s*[^\W\d_]")


_PARTY_WORDS = (
    "exporter importer exportateur importateur consignee consignor shipper destinataire expéditeur expediteur "
    "exportador importador consignatario destinatario remitente embarcador"
).split()
_LABEL_TAIL = re.compile(
    r"^(?:\s*\([^)]*\)?|[\s/·.,;'’|-]*(?:" + "|".join(_PARTY_WORDS) + r")\b[\s:]*)+", re.IGNORECASE
)


def _party_block(label: LLine, end: int, lines: list[LLine], patterns: list[re.Pattern[str]]) -> list[LLine]:
    rest = _remainder(label, end)
    # the label in its other language after a slash ("... del destinatario / Declared name and
    # address of consignee")
    other = re.match(r"[\s/]*/\s*", rest)
    other_end = match_label(fold_aligned(rest[other.end() :]).replace("l", "i"), patterns) if other else None
    if other and other_end is not None:
        rest = rest[other.end() + other_end :]
    elif other and _label_goes_on(rest[other.end() :], label, lines, patterns):
        rest = ""  # "... del exportador / Name and address of" over "exporter"
    # the label's brackets and its other wording after a slash, a speck there too ("Consignor
    # /'Exporter", "(nombre, dirección) (mención facultativa) / Consignee (name, full")
    rest = _LABEL_TAIL.sub("", rest)
    rest = re.sub(r"\s*\([^)]*$", "", rest)  # a bracket the next line closes
    rest = _keep_abbreviation_dot(rest.strip(" :-").lstrip(".").strip())
    if re.fullmatch(r"[Il|]?[a-z][^()]*\)", rest):  # what is left of a misread "(name, address)"
        rest = ""
    block: list[LLine] = []
    if len(rest) > 3 and re.search(r"[A-Za-z]{2}", rest):
        block.append(
            LLine(rest, rest.lower(), label.conf, label.page, label.box, label.l, label.t, label.r, label.b)
        )
    labels_left = label.l
    value = None if block else _value_beside(label, lines)
    if value is not None:
        block.append(value)
        label = value
    column_start = label.l + max(label.r - label.l, 6 * label.h)
    nearby = below(label, lines, max_lines=14, width=max(label.r - label.l, 18 * label.h))
    tops = [label.t]  # where the label's and the block's lines start
    # not the lines of the next column (a date, a container number, the other party's block)
    for x in [y for y in nearby if y.l <= column_start][:7]:
        # the rest of the label's bracket ("(name, full" / "address, country) (optional)")
        if re.fullmatch(r"\(.*\)?", x.text.strip()) or (not block and x.text.count(")") > x.text.count("(")):
            continue
        if not block and x.t - label.b < 1.5 * label.h and match_label(x.label_text, patterns) is not None:
            continue  # the label's other language under it ("2. Importador" over "Importer / Consignee")
        if _is_label(x) or (x.text.rstrip().endswith(":") and block) or _BOX_HEADING.match(x.text):
            break
        if len(block) >= 2 and _KEY_VALUE.match(x.text):  # "Marques : H&/TR/375" under the address
            break
        if label.l > labels_left and any(
            y.r <= x.l and y.l >= labels_left - label.h and same_row(x, y) for y in lines
        ):
            break  # the value of the next label of the column of labels ("Consignee:")
        # a gap twice the block's widest line spacing: past the address (the goods table)
        spacing = max((b - a for a, b in itertools.pairwise(tops)), default=0.0)
        if spacing > 0 and x.t - tops[-1] > 2 * spacing:
            break
        block.append(x)
        tops.append(x.t)
    return block


def _label_goes_on(start: str, label: LLine, lines: list[LLine], patterns: list[re.Pattern[str]]) -> bool:
    """``start``, the label's other language after its slash, is that label cut at the line's end
    and finished on the line under it ("Declared" over "name and address of consignee")."""
    under = next(iter(below(label, lines, max_lines=1)), None)
    if under is None or under.t - label.b > label.h:
        return False
    return match_label(fold_aligned(f"{start} {under.text}").replace("l", "i"), patterns) is not None


def _value_beside(label: LLine, lines: list[LLine]) -> LLine | None:
    """The party in the column of values right of its label: "Exporter:" in a column of labels,
    or a form's table of label and value cells ("Name and address of exporter | Aguacates ..."),
    whose value runs onto lines beside no other label (two party boxes side by side pair their
    lines: "Facturer à | Livrer à", "Atelier SAS | Entrepôt Sud")."""
    value = next(iter(right_of(label, lines)), None) or _one_line_party_over(label, lines)
    leader = re.match(r"[\s.:…]+", value.text) if value is not None else None
    if value is not None and leader:  # the dotted leader's end before it (": Groothandel ... BV")
        value = dataclasses.replace(
            value, text=value.text[leader.end() :], folded=value.folded[leader.end() :]
        )
    if (
        value is None
        or value.l - label.r > 20 * max(label.h, value.h)  # a label in capitals is short
        or not re.match(r"[^\W\d_]", value.text.strip())
        or _BOX_HEADING.match(value.text)
        or _names_a_field(value)
    ):
        return None
    if label.text.rstrip().endswith(":") or leader:
        return value
    after = next(iter(below(value, lines, max_lines=1)), None)
    alone = after is not None and not any(same_row(after, y) and y.r <= value.l for y in lines)
    return value if alone or len(_one_line_party(value)) == 2 else None


def _one_line_party_over(label: LLine, lines: list[LLine]) -> LLine | None:
    """A whole party on one line beside its label, its box starting a little before the label's
    end (a staggered scan of a form's label and value cells)."""
    return next(
        (
            x
            for x in lines
            if x is not label
            and same_row(label, x)
            and label.cx < x.l < label.r
            and x.r > label.r + 10 * label.h
            and len(_one_line_party(x)) == 2
        ),
        None,
    )


def _names_a_field(line: LLine) -> bool:
    """A label of any field, or a document's title: no party's name."""
    return (
        _is_label(line)
        or any(match_label(line.label_text, res) is not None for res in LABEL_RES.values())
        or _names_a_document(line)
    )


def _names_a_document(line: LLine) -> bool:
    """The line holds a document's title ("COMMERCIAL INVOICE", "Certificat d'origine")."""
    return any(p.search(line.folded) for ps in TITLE_RES.values() for p in ps)


def _one_line_party(line: LLine) -> list[LLine]:
    """A party printed on one line ("Frigorífico Pampa Sur S.A., Ruta Nacional 5 km 102, Mercedes,
    Argentine") as its name and its address: the name ends at the first comma (or the one after
    a legal form set off by a comma) when what follows holds a number or ends with a country."""
    parts = line.text.split(", ")
    cut = 2 if len(parts) > 2 and _LEGAL_TAIL.match(parts[1].strip()) else 1
    address = ", ".join(parts[cut:])
    if not address or not (re.search(r"\d", address) or find_country(parts[-1])):
        return [line]
    name = ", ".join(parts[:cut])
    return [
        dataclasses.replace(line, text=name, folded=line.folded[: len(name)]),
        dataclasses.replace(line, text=address, folded=line.folded[len(name) + 2 :]),
    ]


# the goods' origin in shipping marks ("C/NO. 1-134 / PRODUCT OF BANGLADESH"), not a party's country
_GOODS_ORIGIN = re.compile(
    r"\b(?:product of|made in|produce of|produit d[eu]|fabriqu[ée] en|hecho en)\b", re.I
)


def _party_from_block(role: str, block: list[LLine], label: LLine) -> dict[str, ExtractedField]:
    block = [*_one_line_party(block[0]), *block[1:]]
    name_lines = [block[0]]
    for x in block[1:3]:
        if _LEGAL_TAIL.match(x.text.strip()) or _JOINERS.search(name_lines[-1].text.strip()):
            name_lines.append(x)
        else:
            break
    # without the courtesy title of Indian and South Asian letters ("M/S. ELBKÜSTEN ...", "Messrs")
    name = re.sub(
        r"^(?:m/s\.?|messrs\.?)\s*",
        "",
        split_glued_words(" ".join(x.text.strip() for x in name_lines)),
        flags=re.I,
    )
    out = {
        f"{role}_name": field_from_lines(
            f"{role}_name", name, name, min(x.conf for x in name_lines) * 0.9, name_lines
        )
    }
    for x in reversed(block[len(name_lines) :]):
        if _NOISE_LINE.search(x.text) or _GOODS_ORIGIN.search(x.text):
            continue
        code = find_country(x.text)
        if code:
            out[f"{role}_country"] = field_from_lines(f"{role}_country", x.text, code, x.conf * 0.85, [x])
            break
    return out


def _letterhead(lines: list[LLine]) -> dict[str, ExtractedField]:
    page1 = [x for x in lines if x.page == lines[0].page] if lines else []
    title = next(
        (x for x in page1 if _names_a_document(x) and len(x.folded) < 40),
        None,
    )
    if title is None:
        return {}
    # the letterhead is above the title, or beside it on its left (title in the top-right corner),
    # its address lines reaching a little below the title's baseline
    head = [x for x in page1 if x.b <= title.t + 2 or (x.t < title.b + 2 * title.h and x.r <= title.l)]
    names = [
        x
        for x in head
        if len(re.findall(r"[A-Za-zÀ-ÿ]{2,}", split_glued_words(x.text))) >= 2  # "MarmaraSeramikSanayiA.S."
        and not _NOISE_LINE.search(x.text)
        and not country_code(x.text.strip(" .,;"))  # the address's country line, not a name
    ]
    if not names:
        return {}
    name_line = max(names, key=lambda x: (round(x.h / 3), -x.t))
    out = {
        "exporter_name": field_from_lines(
            "exporter_name",
            name_line.text,
            split_glued_words(name_line.text),
            name_line.conf * 0.8,
            [name_line],
        )
    }
    # the address under the name, also below the title's row (a tall letterhead)
    # (under the name, not a logo's letters in a corner: "SD" is no Sudan)
    address = [x for x in head if x is not name_line and x.t >= name_line.t and x.l < name_line.r]
    address += [x for x in below(name_line, lines, max_lines=6) if x not in address and x.r <= title.l]
    for x in address:
        if _NOISE_LINE.search(x.text):
            continue
        code = find_country(x.text)
        if code:
            out["exporter_country"] = field_from_lines("exporter_country", x.text, code, x.conf * 0.8, [x])
            break
    return out
