"""From OCR lines to a typed document: type, header fields, parties, line items, receipt fields."""

from __future__ import annotations

import collections
import logging
import re
from collections.abc import Callable

from ocr.classify import classify
from ocr.layout import LLine, below, field_from_lines, layout_lines, right_of, same_row, wrapped_labels
from ocr.lexicon import TITLE_RES, label_pattern, loose
from ocr.models import Document, DocumentType, ExtractedField, LineItem
from ocr.normalize import (
    country_code,
    currency_code,
    find_dates,
    first_date,
    parse_amount,
    split_glued_words,
    unit_code,
)
from ocr.receipt import RECEIPT_MARKS, receipt_fields
from ocr.respell import Candidates, Marks, accent_candidates, lexicon_candidates, respell, respell_marks
from ocr.spelling import LEXICON as HEADER_LEXICON
from ocr.tables import table_items
from ocr.trade import CERTIFICATES, cert_number, id_value, label_fields, party_fields, unlabelled_parties
from ocr.wording import mend_description, mend_free_text

log = logging.getLogger(__name__)
DT = DocumentType
_RECEIPT_WORDS = lexicon_candidates(HEADER_LEXICON)


def understand(doc: Document, doc_type: DocumentType | None = None) -> None:
    """Type the document and extract its fields by rules (the LLM fallback is the pipeline's)."""
    lines = layout_lines(doc)
    found_type, confidence = classify(lines)
    if doc_type is not None:
        found_type, confidence = doc_type, max(confidence, 0.5)
    doc.doc_type, doc.type_confidence = found_type, confidence
    if not lines:
        doc.errors.append("no text found on the document")
        doc.type_confidence = 0.0
        return
    if found_type == DT.UNKNOWN:
        return
    if found_type == DT.RECEIPT:
        _respell(doc, _RECEIPT_WORDS, RECEIPT_MARKS)
        doc.fields.update(receipt_fields(layout_lines(doc)))
    else:
        _respell(doc, accent_candidates)
        lines = layout_lines(doc)
        doc.fields.update(party_fields(lines, found_type))
        doc.fields.update(label_fields(lines, found_type))
        items, totals = table_items(lines)
        if not items and found_type in CERTIFICATES:
            items = _declared_produce(lines)
        doc.items = items
        _specials(doc, lines, totals)
        _mend_wording(doc)


def _respell(doc: Document, candidates: Candidates, marks: Marks = ()) -> None:
    """The document's words and marks respelled with the recogniser's own probabilities
    (``ocr.respell``), before any field is read from them."""
    for page in doc.pages:
        for line in page.lines:
            line.text = respell(line, candidates)
            line.text = respell_marks(line, marks)


def parties_by_position(doc: Document) -> None:
    """A certificate none of whose readings gave a party by its label gets the two address blocks
    of its left half (``ocr.trade.unlabelled_parties``)."""
    if (
        doc.doc_type in CERTIFICATES
        and "exporter_name" not in doc.fields
        and "importer_name" not in doc.fields
    ):
        doc.fields.update(unlabelled_parties(layout_lines(doc)))


# what a person reads as words, rather than a code, a number or a date
_FREE_TEXT = ("exporter_name", "importer_name", "issuing_authority", "description")


def _mend_wording(doc: Document) -> None:
    """Names, authorities and descriptions read by OCR, with their misread spaces, specks and
    accents set right (``ocr.wording``); a text layer's words are as printed."""
    ocr_pages = {p.number for p in doc.pages if p.source == "ocr"}
    for fields in (doc.fields, *(it.fields for it in doc.items)):
        for name in _FREE_TEXT:
            found = fields.get(name)
            if found is not None and found.page in ocr_pages and isinstance(found.value, str):
                mend = mend_description if name == "description" else mend_free_text
                fields[name] = found.model_copy(update={"value": mend(found.value)})


def _text_under(field: ExtractedField, lines: list[LLine]) -> str | None:
    """The line under the one that ends with ``field``'s raw text."""
    for x in lines:
        if x.page == field.page and x.text.rstrip().endswith(field.raw.strip()):
            return next((y.text for y in below(x, lines, max_lines=1)), None)
    return None


def _specials(doc: Document, lines: list[LLine], totals: dict[str, tuple[float, LLine]]) -> None:
    f = doc.fields
    t = doc.doc_type
    if t in CERTIFICATES:
        f["certificate_type"] = ExtractedField(
            name="certificate_type", raw=t.value, value=t.value, confidence=doc.type_confidence, method="rule"
        )
    # "Invoice No. X dated February 7, 2026" / "Facture n° X du 07/02/2026"
    inv = f.get("invoice_number")
    if inv and "invoice_date" not in f:
        # "... dated 7 February 2026", or just the date after the number ("2026-6607, 2026-04-27")
        m = re.search(
            r"\b(?:dated|du|of|date[d]?|en date du|dt)\b\.?\s*:?\s*(.*)$", inv.raw, re.IGNORECASE
        ) or re.search(re.escape(str(inv.value)) + r"[\s,;/]+(.+)$", inv.raw)
        after = m.group(1) if m else None
        if after is not None and not after.strip():  # "Facture No. X du" over "21.11.2026"
            after = _text_under(inv, lines)
        iso = first_date(after) if after else None
        if after and iso:
            f["invoice_date"] = field_from_lines("invoice_date", after, iso, inv.confidence, [], "rule")
            f["invoice_date"].box, f["invoice_date"].page = inv.box, inv.page
    if "invoice_date" not in f and t in (DT.CERTIFICATE_OF_ORIGIN, DT.PHYTOSANITARY_CERTIFICATE):
        _date_at(f, "invoice_date", _INVOICE_BOX, lines)
    if t in CERTIFICATES and "issue_date" not in f:
        _date_at(f, "issue_date", _PLACE_OF_ISSUE, lines)
    if t in CERTIFICATES and "certificate_number" not in f:
        _number_by_title(f, lines, t, "certificate_number", cert_number)
    if t == DT.COMMERCIAL_INVOICE and "invoice_number" not in f:
        _number_by_title(f, lines, t, "invoice_number", _signed_number)
    if t == DT.CERTIFICATE_OF_ORIGIN and "origin_country" not in f:
        _origin_in_certification(f, lines)
    if t == DT.CERTIFICATE_OF_ORIGIN and "issue_date" not in f:
        _date_over_the_authoritys_caption(f, lines)
    if t == DT.CERTIFICATE_OF_ORIGIN and "issue_date" not in f:
        _date_in_the_endorsement_box(f, lines)
    if t in CERTIFICATES and "issuing_authority" not in f and not _plant_protection_organisation(f, lines):
        _authority(f, lines, t)
    if t == DT.CERTIFICATE_OF_ORIGIN and "issuing_authority" not in f:
        _authority_in_certification_box(f, lines)
    if t in (DT.PHYTOSANITARY_CERTIFICATE, DT.SANITARY_CERTIFICATE) and "issuing_authority" not in f:
        _authority_in_letterhead(f, lines)
    if "issuing_authority" in f:  # a proper name: put back the spaces lost before its capitals
        authority = f["issuing_authority"]
        f["issuing_authority"] = authority.model_copy(
            update={"value": split_glued_words(str(authority.value))}
        )
    if t == DT.COMMERCIAL_INVOICE and "currency" not in f and "total_value" in f:
        code = currency_code(f["total_value"].raw)  # "£19,135.60", "12 345,67 €"
        if code:
            total = f["total_value"]
            f["currency"] = total.model_copy(
                update={"name": "currency", "value": code, "confidence": total.confidence * 0.8}
            )
    if t == DT.COMMERCIAL_INVOICE and "currency" not in f:
        for x in lines:
            if re.match(r"^\W*(?:total|montant|amount|prix)", x.folded):
                code = currency_code(re.sub(r"(?i)total|montant|amount|prix\s*unitaire", " ", x.text))
                if code:
                    f["currency"] = field_from_lines("currency", x.text, code, x.conf * 0.8, [x])
                    break
    if t == DT.COMMERCIAL_INVOICE and "currency" not in f:
        _printed_currency(f, lines)
    if t in (DT.COMMERCIAL_INVOICE, DT.PACKING_LIST):
        for kind in ("net_mass_kg", "gross_mass_kg"):
            if kind not in f and kind in totals:
                value, cell = totals[kind]
                f[kind] = field_from_lines(kind, cell.text, value, cell.conf * 0.85, [cell], "layout")
    if t == DT.COMMERCIAL_INVOICE and "total_value" not in f and "value" in totals:
        value, cell = totals["value"]
        f["total_value"] = field_from_lines(
            "total_value", cell.text, value, cell.conf * 0.8, [cell], "layout"
        )


def _printed_currency(f: dict[str, ExtractedField], lines: list[LLine]) -> None:
    """The currency beside most of the amounts ("2,81 £" on every row), when the total's own symbol
    was misread ("9 592,02 f")."""
    priced = [
        (code, x)
        for x in lines
        if re.fullmatch(r"\W*[\d\s.,]*\d[\d\s.,]*\s*\S{1,3}|\S{1,3}\s*\d[\d\s.,]*", x.text.strip())
        and (code := currency_code(x.text))
    ]
    counts = collections.Counter(code for code, _ in priced)
    if counts:
        code, seen = counts.most_common(1)[0]
        if seen >= 2 and seen > len(priced) / 2:
            x = next(x for c, x in priced if c == code)
            f["currency"] = field_from_lines("currency", x.text, code, x.conf * 0.7, [x])


_PLACE_OF_ISSUE = label_pattern(
    loose(r"^\W*(?:\d+\.\s*)?(?:place of issue|lieu de (?:delivrance|emission)|issued at|fait a)")
)
# a certificate's box that gives the invoice's number and date ("4. Number and date of invoice")
_INVOICE_BOX = label_pattern(
    loose(
        r"^\W*(?:\d+\.\s*)?(?:(?:number|no\.?) and date of (?:the )?(?:commercial )?invoices?|"
        r"numero et date (?:de (?:la )?|des )factures?|invoices|factures|factura comercial|facturas|fatura comercial|"
        r"commercial invoice)(?![a-z])"
    )
)


def _date_at(f: dict[str, ExtractedField], name: str, label: re.Pattern[str], lines: list[LLine]) -> None:
    """The first date on the line of ``label``, right of it or in the three lines under it, or under
    a caption of its row ("Lieu de délivrance | Date | Signature" over "Radès | 15/03/2026")."""
    for x in [*lines, *wrapped_labels(lines)]:
        if label.match(x.label_text):
            captions = right_of(x, lines)
            under_captions = [z for y in captions for z in below(y, lines, max_lines=1)]
            for y in [x, *captions, *below(x, lines, max_lines=3), *under_captions]:
                iso = first_date(y.text)
                if iso:
                    f[name] = field_from_lines(name, y.text, iso, y.conf * 0.85, [y], "layout")
                    return


def _number_by_title(
    f: dict[str, ExtractedField],
    lines: list[LLine],
    t: DocumentType,
    name: str,
    parse: Callable[[str], str | None],
) -> None:
    """The document's own number printed alone just under (or over) its title, or beside it
    ("EUR.1   NoF 3205740", "COMMERCIAL INVOICE" over "N°FE-056459")."""
    title = _title(lines, t)
    if title is None:
        return
    near = [
        x
        for x in lines
        if x is not title
        and x.page == title.page
        and abs(x.cy - title.cy) < 4 * title.h
        and (
            min(x.r, title.r) - max(x.l, title.l) > 0
            or (same_row(x, title) and 0 <= x.l - title.r < 10 * title.h)
        )
    ]
    for x in sorted(near, key=lambda y: abs(y.cy - title.cy)):
        number = parse(x.text)
        if number and not find_dates(x.text):
            f[name] = field_from_lines(name, x.text, number, x.conf * 0.8, [x])
            return


# a number sign before an invoice's number alone under its title ("N°FE-056459", "No. 2026-118");
# a bare number near the title may be the seller's tax or telephone number, and a number sign
# before more words the seller's street number ("No. 214, Sir James Peiris Mawatha")
_NUMBER_SIGN = re.compile(r"^\W*(?:n\s*[°º*]|no\.|no\b|nr\.?|#)\s*", re.IGNORECASE)


def _signed_number(text: str) -> str | None:
    sign = _NUMBER_SIGN.match(text)
    rest = text[sign.end() :].strip(" .:") if sign else ""
    number = id_value(rest)
    return number if number and number == rest else None


_PLANT_PROTECTION = label_pattern(
    r"^\W*(?:\d+\.\s*)?(?:(?:national )?plant protection organi[sz]ation of|"
    r"organisation (?:nationale )?de (?:la )?protection des vegetaux de)"
)


# "... certifies that the goods described below originate in Mexico", "... sont originaires du Mexique"
_ORIGINATE = re.compile(
    # also glued to the word before it ("described beloworiginate in Thailand")
    r"(?:originat\w*|originaires?|\borigin|produced|produit\w*)\s+(?:in|of|from|de|du|des|d'|en|au|aux)"
    # the country also on the next line, under a blank to fill ("produced in" / "INDIA" / "(country)")
    r"\s*[.,:]?\s*(?:the\s+|la\s+|l')?(?P<country>[^.;:()]{3,40})"
)


def _origin_in_certification(f: dict[str, ExtractedField], lines: list[LLine]) -> None:
    """A certificate that states the origin in its certifying sentence rather than in a box."""
    for x in lines:
        after = next(iter(below(x, lines, max_lines=1, width=x.r - x.l)), None)
        text = x.folded + (" " + after.folded if after is not None else "")
        m = _ORIGINATE.search(text)
        if m and m.start() < len(x.folded):
            words = m.group("country").split()
            # the country's name is the first words after the preposition ("the United States and ...")
            code = next(
                (c for n in range(4, 0, -1) if (c := country_code(" ".join(words[:n]).strip(" ,"), False))),
                None,
            )
            if code:
                f["origin_country"] = field_from_lines("origin_country", m.group(0), code, x.conf * 0.8, [x])
                return


# the UN layout's certification box ("11. Certification", "12. Certificat") and the caption under
# its place and date ("Place and date, signature and stamp of certifying authority")
_CERTIFICATION_BOX = re.compile(r"^\W*(?:\d{1,2}\W*)?certifica(?:tion|t)\W*$")
_AUTHORITYS_CAPTION = re.compile(
    r"place and date, signature and stamp of (?:the )?certifying authority|"
    r"lieu et date, signature et cachet de l'autorite"
)


# an EUR.1's box 11, in the languages of its forms ("CUSTOMS OR COMPETENT GOVERNMENTAL AUTHORITY
# ENDORSEMENT", "VISA DE LA DOUANE", "VISADO DE LA ADUANA", "VISTO DA ALFÂNDEGA")
_ENDORSEMENT_BOX = re.compile(
    r"^\W*(?:\d{1,2}\W*)?(?:customs (?:or competent (?:governmental )?authority )?endorsement|"
    r"visa de la douane|visado de la aduana|visto da alfandega)"
)


# the authority's own sentence ("L'autorité soussignée certifie que ...", "It is hereby certified that")
_CERTIFYING = re.compile(r"certifi\w*\s+(?:que|that)|hereby certif|se certifica")


def _under_the_box(box: LLine, lines: list[LLine]) -> list[LLine]:
    """The lines under a certification box's heading, or under the certifying sentence, where the
    body's name can sit below the signature's space."""
    if _CERTIFYING.search(box.folded):
        return sorted(
            (y for y in lines if box.b <= y.t <= box.b + 10 * box.h and box.l - 3 * box.h <= y.l < box.r),
            key=lambda y: y.t,
        )
    width = 30 * box.h if _CERTIFICATION_BOX.match(box.folded) else max(box.r - box.l, 14 * box.h)
    return below(box, lines, max_lines=6, width=width)


# the first box of a certificate ("I. DESCRIPTION DE L'ENVOI", "1. Name and address of exporter")
_FIRST_BOX = re.compile(r"^\W*(?:[ivx]{1,4}|\d{1,2})[.)]\s")
# a body's name that goes on on the next line ("... DU CONTRÔLE" over "DES INTRANTS AGRICOLES",
# "... DU CONTRÔLE DE" over "QUALITÉ DES INTRANTS ...")
_GOES_ON_WITH = re.compile(r"^\W*(?:des|de|du|d'|of|and|et|y|e|la|for|pour)\b")
_GOES_ON = re.compile(r"\b(?:des|de|du|of|and|et|y|e|la|for|pour)\s*$")
# the IPPC form's line that names the country's plant protection organisation, in any language
_NPPO_ADDRESS = re.compile(r"organi[sz]a\w*.{0,30}protec|protec\w*.{0,30}organi[sz]a")


def _authority_in_letterhead(f: dict[str, ExtractedField], lines: list[LLine]) -> None:
    """The most specific body in a plant or health certificate's letterhead, above its first box
    ("Ministère de l'Agriculture ..." over "DIRECTION GÉNÉRALE DE LA SANTÉ VÉGÉTALE ET DU
    CONTRÔLE" over "DES INTRANTS AGRICOLES": the direction, which signs)."""
    first_box = next((x for x in lines if _FIRST_BOX.match(x.folded)), None)
    if first_box is None:
        return
    head = [x for x in lines if x.page == first_box.page and x.b <= first_box.t]
    bodies = [
        x
        for x in head
        if _AUTHORITY.search(x.folded)
        and not _NOT_AUTHORITY.search(x.folded)
        and not _NPPO_ADDRESS.search(x.folded)  # IPPC's "Organisation ... des Végétaux de : Tunisie"
        and not any(p.search(x.folded) for ps in TITLE_RES.values() for p in ps)
    ]
    if not bodies:
        return
    body = bodies[-1]
    parts = [body]
    nxt = next(iter(below(body, head, max_lines=1)), None)
    # ... or its last word centred under it ("... DES PRODUITS" over "ALIMENTAIRES")
    last_word = (
        nxt is not None
        and body.l <= nxt.l
        and nxt.r <= body.r
        and len(nxt.text.split()) <= 2
        and nxt.text.isupper() == body.text.isupper()
        and not re.search(r"\d", nxt.text)
        and not _AUTHORITY.search(nxt.folded)
    )
    if (
        nxt is not None
        and nxt.t - body.b < body.h
        and (_GOES_ON.search(body.folded) or _GOES_ON_WITH.match(nxt.folded) or last_word)
    ):
        parts.append(nxt)
    text = " ".join(x.text.strip() for x in parts)
    f["issuing_authority"] = field_from_lines("issuing_authority", text, text, body.conf * 0.7, parts)


def _authority_in_certification_box(f: dict[str, ExtractedField], lines: list[LLine]) -> None:
    """The body named under the certification text of a Form A or UN-layout certificate, in an
    EUR.1's endorsement box under its wording ("Declaración certificada conforme"), or under the
    sentence that certifies the origin."""
    boxes = (
        x
        for x in lines
        if _CERTIFICATION_BOX.match(x.folded)
        or _ENDORSEMENT_BOX.match(x.folded)
        or _CERTIFYING.search(x.folded)
    )
    for box in boxes:
        for x in _under_the_box(box, lines):
            if x.text.rstrip().endswith(":") or re.search(r"endorsement|\bvisa", x.folded):
                continue  # a label ("Customs office:"), or the box's heading in its other language
            if _AUTHORITY.search(x.folded) and not _NOT_AUTHORITY.search(x.folded):
                text = x.text.strip()
                f["issuing_authority"] = field_from_lines("issuing_authority", text, text, x.conf * 0.8, [x])
                return


def _date_in_the_endorsement_box(f: dict[str, ExtractedField], lines: list[LLine]) -> None:
    """An EUR.1's issue date: the date customs wrote in its endorsement box ("11. VISA DE LA
    DOUANE ... Date : 16/03/2026"), not the exporter's in the declaration beside it."""
    for box in (x for x in lines if _ENDORSEMENT_BOX.match(x.folded)):
        for x in _under_the_box(box, lines):
            iso = first_date(x.text)
            if iso:
                f["issue_date"] = field_from_lines("issue_date", x.text, iso, x.conf * 0.8, [x])
                return


def _date_over_the_authoritys_caption(f: dict[str, ExtractedField], lines: list[LLine]) -> None:
    """The place and date the certifying authority wrote over its caption (not the exporter's)."""
    for caption in (x for x in lines if _AUTHORITYS_CAPTION.search(x.folded)):
        over = [
            y
            for y in lines
            if y.page == caption.page
            and caption.t - 4 * caption.h <= y.t < caption.t
            and y.l < caption.r
            and y.r > caption.l
        ]
        for y in sorted(over, key=lambda y: -y.t):
            iso = first_date(y.text)
            if iso:
                f["issue_date"] = field_from_lines("issue_date", y.text, iso, y.conf * 0.8, [y], "layout")
                return


def _plant_protection_organisation(f: dict[str, ExtractedField], lines: list[LLine]) -> bool:
    """IPPC's "Plant Protection Organization of: <country>" box: the organisation's own name is the
    line under the country (not the addressee's "TO: ..." line)."""
    for label in lines:
        if not _PLANT_PROTECTION.match(label.label_text):
            continue
        for x in below(label, lines, max_lines=3):
            text = x.text.strip(" .:")
            if (
                _ADDRESSEE.match(x.folded)
                or _PLANT_PROTECTION.match(x.label_text)
                or re.match(r"^\W*(?:[ivx]{1,4}|\d{1,2})[.)]\s", x.folded)  # the next box ("I. DESCRIPTION")
            ):
                return False
            if country_code(text) or len(text.split()) < 2:  # the country, or a stray mark
                continue
            f["issuing_authority"] = field_from_lines("issuing_authority", text, text, x.conf * 0.8, [x])
            return True
    return False


# chambers of commerce in the languages of their certificates (Indonesian "Kamar Dagang",
# Turkish "Ticaret Odasi", German "Handelskammer", Dutch "Kamer van Koophandel")
_CHAMBER = r"chamb|\bcci\b|commerc|camara|kamar dagang|odasi|handelskammer|koophandel"
_AUTHORITY = re.compile(
    _CHAMBER + r"|ministr|directorate|direction|service|office|organi[sz]ation|"
    r"authority|autorite|agenc|federa|council|conseil|douane|customs|inspection|"
    r"department|departement|bureau|division|institut|servicio|direcci|comercio|aduana|secretar"
)
# nor the certificate's kind under its title ("Non-preferential origin", "Origine non préférentielle")
# nor the addressee ("To: Plant Protection Organization(s) of Germany")
_ADDRESSEE = re.compile(r"^\W*(?:to|a|à)\s*:|^\W*to the\b|^\W*[aà] l['’]organisation")
# nor the next box's heading ("5 Remarques"), nor a caption ("Lieu et date, signature et cachet de
# l'autorité habilitée")
_NOT_AUTHORITY = re.compile(
    r"^\W*(?:original|copy|copie|duplicata|duplicate|no\.?|n°|form a)\W*$|certif|\borigin|preferenti|"
    r"^\W*\d{1,2}[.)]?\s+[^\W\d_]|\bsignature\b|\bcachet\b|" + _ADDRESSEE.pattern
)


def _title(lines: list[LLine], t: DocumentType) -> LLine | None:
    return next(
        (x for x in lines if any(p.search(x.folded) for p in TITLE_RES[t]) and len(x.folded) < 45), None
    )


def _authority(f: dict[str, ExtractedField], lines: list[LLine], t: DocumentType) -> None:
    title = _title(lines, t)
    if title is None:
        return
    under = [
        x
        for x in below(title, lines, max_lines=3, width=title.r - title.l)
        if abs(x.cx - title.cx) < (title.r - title.l)
    ]
    picked: list[LLine] = []
    for x in under:
        if _NOT_AUTHORITY.search(x.folded):
            break
        if picked and not re.search(r"(?:\b(?:de|du|des|of|and|et|for|pour)|,)$", picked[-1].text.strip()):
            break
        picked.append(x)
    if (picked and any(_AUTHORITY.search(x.folded) for x in picked)) or (
        picked and t == DT.CERTIFICATE_OF_ORIGIN
    ):
        text = " ".join(x.text.strip() for x in picked)
        f["issuing_authority"] = field_from_lines(
            "issuing_authority", text, text, min(x.conf for x in picked) * 0.8, picked
        )
        return
    # Header above the title (ministry / organisation / directorate): the most specific authority line.
    above = [
        x
        for x in lines
        if x.page == title.page
        and x.b <= title.t
        and _AUTHORITY.search(x.folded)
        and not re.match(r"^\W*(?:to|a|au|aux)\b", x.folded)
    ]
    if above:
        # the body that issues this kind of certificate, before its ministry or department
        issuer = [x for x in above if _ISSUER[t].search(x.folded)] or above
        x = max(issuer, key=lambda y: y.t)
        name = re.split(r"\s+[·•|]\s+", x.text.strip())[0]  # not the address after a separator
        f["issuing_authority"] = field_from_lines("issuing_authority", x.text, name, x.conf * 0.7, [x])


_ISSUER = {
    DT.CERTIFICATE_OF_ORIGIN: re.compile(_CHAMBER + r"|customs|douane|aduana"),
    DT.PHYTOSANITARY_CERTIFICATE: re.compile(r"plant|vegetaux|phyto|fitosanit|quarantine|\bnppo\b|\bonpv\b"),
    DT.SANITARY_CERTIFICATE: re.compile(r"veterinar|sanitary|sanitaire|food safety|alimentation"),
}


_PRODUCE_LABEL = label_pattern(
    loose(
        r"^\W*(?:\d+\.\s*)?(?:name of produce|description of (?:the )?(?:goods|products|produce|consignment)|"
        r"description de l'envoi|"
        r"nature et quantite|nom des produits|nom du produit|designation des (?:produits|marchandises)|"
        r"produits? et quantite)"
    )
)
# "Cashew nuts, in shell - 9200 kg", "1) Fresh Eureka lemons - 1,935 kg (Citrus limon)", also
# with the space after its number lost ("2)Bananes plantain")
_PRODUCE_ROW = re.compile(
    r"^(?:\d{1,3}[.)](?:\s+|(?=[^\W\d_])))?(?P<desc>.+?)\s*[-–:]\s*(?P<qty>\d[\d\s.,]*)\s*(?P<unit>[A-Za-zéèû²]+\.?)"
    r"(?:\s*\([^)]*\))?\s*$"
)
# "Produce: Fresh lychees; Quantity: 6,270 kg; Botanical name: Litchi chinensis"
_PRODUCE_FIELDS = re.compile(
    r"^\W*(?:produce|produits?|commodity|goods|marchandises?)\s*:\s*(?P<desc>[^;]+?)\s*;\s*"
    r"(?:quantity|quantit\w*|qty)[^:;]*:\s*(?P<qty>\d[\d\s.,]*?)\s*(?P<unit>[^\W\d_]+\.?)(?:\s*;|\s*$)",
    re.IGNORECASE,
)


def _declared_produce(lines: list[LLine]) -> list[LineItem]:
    """Certificates listing goods as ``Cashew nuts, in shell - 9200 kg`` (or ``Produce: ...;
    Quantity: ...``) under a label."""
    for label in lines:
        if not _PRODUCE_LABEL.match(label.label_text):
            continue
        items: list[LineItem] = []
        # the list under its label, or beside it in a form's column of values
        beside = right_of(label, lines)[:1]
        for x in [*beside, *below(beside[0] if beside else label, lines, max_lines=8, width=40 * label.h)]:
            m = _PRODUCE_ROW.match(x.text.strip()) or _PRODUCE_FIELDS.match(x.text.strip())
            if not m:
                break
            qty, unit = parse_amount(m.group("qty")), unit_code(m.group("unit"))
            fields = {
                "description": field_from_lines(
                    "description", m.group("desc"), m.group("desc").strip(), x.conf, [x]
                )
            }
            if qty is not None:
                fields["quantity"] = field_from_lines("quantity", m.group("qty"), qty, x.conf, [x])
            if unit:
                fields["unit"] = field_from_lines("unit", m.group("unit"), unit, x.conf, [x])
            items.append(LineItem(line=len(items) + 1, fields=fields))
        if items:
            return items
    return []
