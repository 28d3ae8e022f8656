"""French and English labels of trade-document fields and document titles (matched on folded text).

Each pattern is a regular expression on the folded line (lower case, no accents), anchored at
the start after an optional box number (``3.``, ``6)``). Extend these lists to support a new
template; the rules in ``ocr.trade`` use them and never hard-code a template.
"""

from __future__ import annotations

import functools
import re

from rapidfuzz.distance import Levenshtein

from ocr.models import DocumentType

# OCR reads the degree sign of "N°" as "*", "=" or "º" as often as not.
_NUM = r"(?:n[°o*=º]\.?|no\.?|nr\.?|number|numero|num\.?|#)"

LABELS: dict[str, list[str]] = {
    "invoice_number": [
        rf"(?:facture|invoice|commercial invoice|proforma invoice)\s*{_NUM}",
        rf"{_NUM}\s*(?:de\s+)?(?:la\s+)?(?:facture|invoice)",
        r"ref(?:erence)?\.?\s*(?:de\s+la\s+)?(?:facture|invoice)",
        r"invoice\s+ref(?:erence)?\.?",
        rf"inv\.?\s*{_NUM}",
        r"numero de facture",
        r"invoice number",
        # Spanish and Portuguese, of a bilingual form ("N° Factura / Invoice No.")
        rf"(?:factura|fatura)(?: comercial| de exportacion| electronica)?\s*{_NUM}",
        rf"{_NUM}\s*(?:de\s+)?(?:factura|fatura)",
        r"numero de (?:factura|fatura)",
        # the number and date in one box ("Invoice No. & Date", "N° et date de facture"), before
        # the bare words: a title "FACTURE COMMERCIALE" is no label of the buyer's order under it
        rf"invoice\s*{_NUM}\s*(?:&|and)\s*date",
        rf"{_NUM}\s*et date de (?:la )?facture",
        # a certificate's invoice box ("4. Number and date of invoice", EUR.1's "10. Invoices")
        r"(?:number|no\.?) and date of (?:the )?(?:commercial )?invoices?",
        r"numero et date (?:de (?:la )?|des )factures?",
        r"invoice",
        r"facture",
        r"invoices",
        r"factures",
        r"facturas",
        r"faturas",
        r"factura(?: comercial)?",
        r"fatura(?: comercial)?",
    ],
    "invoice_date": [
        r"date (?:de (?:la )?)?facture",
        r"invoice date",
        r"inv\.? date",
        r"date of invoice",
        r"date d'emission",
        r"emise? le",
        r"date of issue",
        r"issue date",
        r"fecha de (?:la )?(?:factura|emision)",
        r"data da fatura",
        r"fecha",
        r"data",
        r"date(?!\s*(?:d[e'u]|of|limite|due|d'echeance|echeance|d'expedition|expedition|shipment|livraison))",
    ],
    "currency": [r"devise", r"currency", r"monnaie", r"moneda", r"moeda"],
    "incoterm": [
        r"incoterms?(?: \d{4})?",
        r"conditions? de livraison",
        r"delivery terms?",
        r"terms of delivery",
        r"termes? de livraison",
        r"trade terms?",
        r"terms of sale",
        r"shipping terms?",
        r"conditions de vente",
        r"condicion(?:es)? de (?:venta|entrega)",
        r"condicao de (?:venda|entrega)",
        # a bare "Terms" heading: its value counts only if it names an Incoterm
        r"terms",
    ],
    "origin_country": [
        r"pays d'origine",
        r"country of origin",
        r"pais de origen",
        r"pais de origem",
        r"origine des marchandises",
        r"place of origin",
        r"lieu d'origine",
        r"country of manufacture",
        r"pays de fabrication",
        r"made in",
        # EUR.1 box 4 (box 5, the destination, starts with the same words: see ocr.trade)
        r"country, group of countries or",
        r"pays, groupe de pays ou",
        r"pais, grupo de paises ou?",
        r"origin",
        r"origine",
    ],
    "net_mass_kg": [
        r"(?:total\s+(?:poids|masse) net(?:te)?|(?:poids|masse) net(?:te)? total(?:e)?)",
        r"total net (?:weight|mass)",
        r"(?:poids|masse) net(?:te)?",
        r"net (?:weight|mass)",
        r"net wt\.?",
        r"n\.\s*w\.",
        r"total peso (?:neto|liquido)|peso (?:neto|liquido) total",
        r"peso (?:neto|liquido)",
    ],
    "gross_mass_kg": [
        r"(?:total\s+(?:poids|masse) brute?|(?:poids|masse) brute? total(?:e)?)",
        r"total gross (?:weight|mass)",
        r"(?:poids|masse) brute?",
        r"gross (?:weight|mass)",
        r"gross wt\.?",
        r"g\.\s*w\.",
        r"total peso bruto|peso bruto total",
        r"peso bruto",
    ],
    "total_value": [
        # the amount to pay first: a "Subtotal" or "Total HT" above it is not the total
        r"net a payer",
        r"total a payer",
        r"total ttc",
        r"grand total",
        r"amount due",
        r"montant du",
        r"total due",
        r"invoice total",
        r"total invoice value",
        r"total(?: general| ht| facture| invoice| amount| value| cif| fob| cfr| cip|"
        r" cpt| dap| ddp| exw| fca)?",
        r"montant total",
        r"valeur totale",
        r"montant (?:ttc|ht|net)",
    ],
    "certificate_number": [
        rf"(?:(?:phyto)?sanitary |veterinary )?(?:certificat|certificate)(?: (?:phyto)?sanitaire| veterinaire)?\s*{_NUM}",
        rf"{_NUM}\s*(?:du\s+)?(?:certificat|certificate)",
        rf"(?:certificate|certificat) reference(?:\s*{_NUM})?",
        rf"{_NUM}\s*de reference du certificat",
        rf"certificado(?: (?:fito)?sanitario| de origen| de origem)?\s*{_NUM}",
        rf"{_NUM}\s*(?:del?\s+)?certificado",
        r"reference",
        # "Ref.: COO 9958867", not an invoice's, an order's or an article's reference
        r"ref\.?(?![\s.:]*(?:de |du |of )?(?:la )?(?:facture|invoice|article|commande|order|client|customer))",
        rf"{_NUM}",
    ],
    "issue_date": [
        r"(?:place and )?date of issue",
        r"issue date",
        r"date of issuance",
        r"(?:lieu et )?date de (?:delivrance|d'emission)",
        r"issued (?:at|on)",
        r"place and date",
        r"lieu et date",
        r"fait a",
        r"done at",
        r"delivre a",
        r"date d'issue",
        r"lugar y fecha de (?:expedicion|emision)",
        r"fecha de (?:expedicion|emision)",
        r"local e data de (?:emissao|expedicao)",
    ],
    "issuing_authority": [
        r"issuing authority",
        r"autorite (?:de delivrance|emettrice|competente)",
        r"(?:central )?competent authority",
        r"autorite centrale competente",
        r"organisme (?:emetteur|de delivrance)",
        r"issued by",
        r"delivre par",
        # an EUR.1's box 11: the customs office that endorses it
        r"customs office",
        r"bureau de douane",
        r"autoridad competente",
        r"expedido por",
        r"emitido por",
    ],
}

# Labels that take a value only on their own line or to its right: generic words ("invoice",
# "no."), and a mass without "total", which heads a table's column as often as a total's box.
INLINE_ONLY: dict[str, set[str]] = {
    "invoice_number": {
        r"invoice number",
        r"invoice",
        r"facture",
        r"factura(?: comercial)?",
        r"fatura(?: comercial)?",
    },
    "invoice_date": {r"data"},  # also an English word
    "certificate_number": {rf"{_NUM}"},
    "issue_date": {r"issued (?:at|on)"},
    "net_mass_kg": {
        r"(?:poids|masse) net(?:te)?",
        r"net (?:weight|mass)",
        r"net wt\.?",
        r"n\.\s*w\.",
        r"peso (?:neto|liquido)",
    },
    "gross_mass_kg": {
        r"(?:poids|masse) brute?",
        r"gross (?:weight|mass)",
        r"gross wt\.?",
        r"g\.\s*w\.",
        r"peso bruto",
    },
}

EXPORTER_LABELS = [
    r"(?:\d+\.?\s*)?(?:consignor|exporter|shipper|seller|expediteur|exportateur|vendeur|fournisseur|supplier|"
    r"exportador|embarcador|remitente|vendedor)",
    r"goods consigned from",
    r"marchandises expediees (?:de|par)",
    r"name and address of (?:the )?exporter",
    r"nom et adresse de l'exportateur",
    r"nombre y direccion del exportador",
    r"nome e endereco do exportador",
]
IMPORTER_LABELS = [
    # not "Buyer's Order No. & Date"
    r"(?:\d+\.?\s*)?(?:consignee|importer|buyer(?!'?s\b)|destinataire|importateur|acheteur|"
    r"sold to|bill(?:ed)? to|invoice(?:d)? to|purchaser|receiver|recipient|facturer? a|vendu a|"
    r"consignatario|importador|comprador|destinatario|cliente|messrs\.?)",
    # the addressee's heading of a letter-style invoice, alone on its line (not "Messieurs, veuillez")
    r"messieurs(?=\W*$)",
    # not "Client N°" / "Customer ID" / "Customer PO", a reference rather than a party
    rf"(?:\d+\.?\s*)?(?:client|customer)(?!\s*(?:{_NUM}|id\b|code|ref|p\.?o\b|order|commande))",
    r"(?:declared )?name and address of (?:the )?consignee",
    r"goods consigned to",
    r"marchandises expediees a",
    r"nom et adresse (?:declares )?du destinataire",
    r"nombre y direccion (?:declarados )?del destinatario",
    r"nome e endereco (?:declarados )?do destinatario",
]

TITLES: dict[DocumentType, list[str]] = {
    DocumentType.COMMERCIAL_INVOICE: [
        r"commercial ?invoice",
        r"facture ?commerciale",
        r"facture",
        r"invoice",
        r"proforma",
        r"factura",
        r"fatura comercial",
    ],
    DocumentType.CERTIFICATE_OF_ORIGIN: [
        r"certificate ?of ?origin",
        r"certificat ?d'?origine",
        r"eur\.? ?1",
        r"movement certificate",
        r"certificat de circulation",
        r"certificado de origen",
        r"certificado de origem",
    ],
    DocumentType.PHYTOSANITARY_CERTIFICATE: [
        r"phyto ?sanitary",
        r"phyto ?sanitaire",
        r"certificado fito ?sanitario",
    ],
    DocumentType.SANITARY_CERTIFICATE: [
        r"^(?!.*phyto).*sanitary certificate",
        r"^(?!.*phyto).*certificat sanitaire",
        r"health certificate",
        r"certificat veterinaire",
        r"^(?!.*fito).*certificado (?:sanitario|veterinario|zoosanitario)",
        r"veterinary certificate",
    ],
    DocumentType.PACKING_LIST: [
        r"packing ?list",
        r"liste ?de ?colisage",
        r"colisage",
        r"liste d'emballage",
        r"lista de (?:empaque|embalaje)",
        r"romaneio",
    ],
}

# a box number: "3.", "6)", or an EU model certificate's "I.5." (its "I" read as "1" as often as
# not; label_text reads it as "i")
_PREFIX = r"^(?:\(?(?:[i1]{1,2}\.\s*)?\d{1,2}[.):,]?\s*)?"  # its dot also read as a colon or comma


def loose(pattern: str) -> str:
    """Spaces optional or read as a speck ("Name.and address", "Number·and", "de- livraison"), a comma read as
    another sign, and an elided article's apostrophe may come out doubled ("d'’origine")."""
    pattern = re.sub(r"'(?=[a-z])", "'+", pattern).replace(", ", "[,;.:]? ")  # "Pays; groupe de pays"
    return pattern.replace(" ", r"[\s.\-·]*")


def label_pattern(pattern: str) -> re.Pattern[str]:
    """A label pattern to match against ``LLine.label_text`` (its "l"s read as "i"s, as there)."""
    return re.compile(pattern.replace("l", "i"))


def compile_labels(patterns: list[str]) -> list[re.Pattern[str]]:
    return [label_pattern(_PREFIX + loose(p) + r"(?:(?<![a-z])|(?![a-z]))") for p in patterns]


LABEL_RES = {name: compile_labels(p) for name, p in LABELS.items()}
EXPORTER_RES = compile_labels(EXPORTER_LABELS)
IMPORTER_RES = compile_labels(IMPORTER_LABELS)
# where the goods go, which is the buyer only when no buyer is named ("Sold To" beside "Ship To")
DELIVERY_RES = compile_labels(
    [r"(?:\d+\.?\s*)?(?:ship to|deliver to|delivery address|livre a|adresse de livraison)"]
)
TITLE_RES = {t: [re.compile(loose(p)) for p in ps] for t, ps in TITLES.items()}


def match_label(text: str, patterns: list[re.Pattern[str]]) -> int | None:
    """Where the first of ``patterns`` that matches ``text`` (an ``LLine.label_text``) ends."""
    for pattern in patterns:
        end = label_end(text, pattern)
        if end is not None:
            return end
    return None


_OTHER_LANGUAGE_FIRST = re.compile(r"^(?:\(?\d{1,2}[.):]\s*)?[^\W\d_][^/\d:]{2,40}?\s*/\s*(?=[^\W\d_])")


def label_end(text: str, pattern: re.Pattern[str]) -> int | None:
    """Where ``pattern`` matches at the start of ``text``, else of ``text`` with its label words
    mended ("terims of delivery"); the end is a position in ``text`` either way."""
    m = pattern.match(text)
    if m:
        return m.end()
    mended, origin = mend_words(text, _LABEL_WORDS)
    m = pattern.match(mended) if mended != text else None
    if m:
        return origin[m.end()]
    # a label in two languages, the other one first ("Lugar y fecha / Place and date: ..."), read
    # as printed (mended, "Purchase order" would pass for "Purchaser")
    other = _OTHER_LANGUAGE_FIRST.match(text)
    m = pattern.match(text[other.end() :]) if other else None
    if other and m:
        return other.end() + m.end()
    # a speck read as an apostrophe inside a word ("9. Pay's d'origine"); an elision's stays
    kept = [
        i for i, c in enumerate(text) if not (c == "'" and re.match(r"[a-z]{2}'[a-z]", text[i - 2 : i + 2]))
    ]
    if len(kept) == len(text):
        return None
    m = pattern.match("".join(text[i] for i in kept))
    return [*kept, len(text)][m.end()] if m else None


# The words of the labels (five letters or more), as ``label_text`` spells them.
_LABEL_WORDS = frozenset(
    word
    for patterns in (*LABELS.values(), EXPORTER_LABELS, IMPORTER_LABELS)
    for pattern in patterns
    for word in re.findall(r"[a-z]{5,}", pattern.replace("l", "i"))
)


@functools.lru_cache(maxsize=8192)
def mend_words(text: str, words: frozenset[str]) -> tuple[str, tuple[int, ...]]:
    """``text`` with each long word one letter off a single one of ``words`` replaced by it
    ("terims" -> "terms"), and for each position of the result (and its end) the position in
    ``text``."""
    out: list[str] = []
    origin: list[int] = []
    last = 0
    for m in re.finditer(r"[a-z]{5,}", text):
        out.append(text[last : m.start()])
        origin.extend(range(last, m.start()))
        word = m.group(0)
        near = [] if word in words else [w for w in words if Levenshtein.distance(word, w) == 1]
        new = near[0] if len(near) == 1 else word
        out.append(new)
        origin.extend(min(m.start() + i, m.end() - 1) for i in range(len(new)))
        last = m.end()
    out.append(text[last:])
    origin.extend(range(last, len(text) + 1))
    return "".join(out), tuple(origin)
