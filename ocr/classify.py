"""Document type from titles (large text near the top weighs most) and receipt cues."""

from __future__ import annotations

import re
import statistics

from ocr.layout import LLine
from ocr.lexicon import TITLE_RES
from ocr.models import DocumentType

_RECEIPT_CUES = re.compile(
    r"\b(?:gst|sst|cash|change|rounding|cashier|receipt|sdn\.? ?bhd|s/b|thank you|tax invoice|qty|"
    r"subtotal|sub total|member|tel|bill|table|kasir|ringgit|rm ?\d)\b"
)
# more cues of a till's slip, counted only on a page without any trade wording: an invoice has
# totals and addresses too, but a receipt read poorly keeps few of the cues above
_TILL_CUES = re.compile(r"\b(?:total|paid|bhd|jalan|jln|pax|sold|rm)\b")
_TRADE_CUES = re.compile(
    r"\b(?:incoterms?|consignee|consignor|exporter|exportateur|importateur|importer|hs code|code sh|"
    r"certificate|certificat|destinataire|expediteur|pays d'origine|country of origin|packing|colisage|"
    r"commercial invoice|facture commerciale|ship to|sold to|terms of sale|country of manufacture|"
    r"bill of lading|b/l|notify party|port of (?:loading|discharge)|hts)\b"
)


# the slash between two wordings, not the one of "B/L" or "N°/No."
_BILINGUAL_SLASH = re.compile(r"(?<=[^\W\d_]{4})\s*/\s*(?=[^\W\d_]{4})")


def classify(lines: list[LLine]) -> tuple[DocumentType, float]:
    """The most likely type and a confidence in [0, 1]; ``unknown`` with a low confidence when unsure."""
    if not lines:
        return DocumentType.UNKNOWN, 0.0
    first_page = [x for x in lines if x.page == lines[0].page]
    median_h = statistics.median(x.h for x in first_page)
    top = min(x.t for x in first_page)
    bottom = max(x.b for x in first_page)
    span = max(bottom - top, 1.0)
    scores: dict[DocumentType, float] = {}
    for x in first_page:
        # a title in two languages is two titles ("CERTIFICADO DE ORIGEN / CERTIFICATE OF ORIGIN")
        for wording in _BILINGUAL_SLASH.split(x.folded):
            for doc_type, patterns in TITLE_RES.items():
                for rank, pattern in enumerate(patterns):
                    m = pattern.search(wording)
                    if m:
                        weight = (
                            (x.h / median_h) * (2.0 if (x.t - top) / span < 0.35 else 1.0) / (1 + 0.3 * rank)
                        )
                        # A title begins its line and fills most of it; "Date facture" is a label.
                        if m.start() > 0 or len(m.group(0)) < 0.5 * len(wording.strip()):
                            weight *= 0.25
                        if len(wording) > 45:  # a sentence mentioning it, not a title
                            weight *= 0.3
                        # the type's best title: a packing list's "Facture n°" and "Facturé à" boxes
                        # do not add up to an invoice's title
                        scores[doc_type] = max(scores.get(doc_type, 0.0), weight)
                        break
    text = " ".join(x.folded for x in lines)
    receipt = len(_RECEIPT_CUES.findall(text))
    trade = len(_TRADE_CUES.findall(text))
    if trade == 0:
        receipt += len(_TILL_CUES.findall(text))
    if receipt >= 3 and trade <= 1:
        scores[DocumentType.RECEIPT] = scores.get(DocumentType.RECEIPT, 0.0) + receipt
        scores.pop(DocumentType.COMMERCIAL_INVOICE, None)
    if not scores:
        return DocumentType.UNKNOWN, 0.1 if len(lines) < 5 else 0.2
    best = max(scores, key=lambda t: scores[t])
    total = sum(scores.values())
    confidence = min(0.99, 0.5 + 0.5 * scores[best] / total) if scores[best] >= 1.0 else 0.4
    return best, round(confidence, 2)
