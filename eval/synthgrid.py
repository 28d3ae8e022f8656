"""The ``grid`` layout family of the synthetic trade documents (``eval.synthdocs`` writes the cases).

Other companies and produce, header cells with a small label above the value, parties side by side,
ruled tables in other column orders. Every layout choice is drawn from the seed by build_grid_case,
so that a document's truth is a function of the case alone. Each ``grid_*`` layout returns a Sheet
(text blocks and ruled lines) that eval.synthdocs renders as PNG or PDF.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, NamedTuple

from eval.synthdocs import Block, Rules, _fmt_amount, _font


class Firm(NamedTuple):
    name: str
    street: str
    city: str  # the printed city line
    town: str  # the place alone (Incoterm place, place of issue, point of entry)
    iso: str
    country_fr: str
    country_en: str
    nppo: str = ""  # the plant protection organisation that issues the country's certificates


class Produce(NamedTuple):
    fr: str
    en: str
    hs: str
    price: float
    unit: str
    kg_per_unit: float
    per_package: int
    package_fr: str
    package_en: str
    botanical: str


SELLERS = [
    Firm(
        "Rift Valley Horticulture Ltd",
        "Moi South Lake Road, Plot 214",
        "P.O. Box 1420-20117 Naivasha",
        "Naivasha",
        "KE",
        "Kenya",
        "Kenya",
        "Kenya Plant Health Inspectorate Service",
    ),
    Firm(
        "Café do Cerrado Exportação Ltda",
        "Rua Tiradentes 455",
        "38740-000 Patrocínio - MG",
        "Patrocínio",
        "BR",
        "Brésil",
        "Brazil",
        "Ministério da Agricultura e Pecuária",
    ),
    Firm(
        "Mekong Agri Products JSC",
        "Lot B4, Tra Noc Industrial Zone",
        "Binh Thuy, Can Tho City",
        "Can Tho",
        "VN",
        "Viêt Nam",
        "Viet Nam",
        "Plant Protection Department",
    ),
    Firm(
        "Andes Fresh Produce S.A.C.",
        "Av. Javier Prado Este 2465",
        "San Borja, Lima 15036",
        "Lima",
        "PE",
        "Pérou",
        "Peru",
        "Servicio Nacional de Sanidad Agraria",
    ),
    Firm(
        "Société Ivoirienne de Négoce Agricole",
        "Zone portuaire, rue du Havre",
        "BP 1184 San-Pédro",
        "San-Pédro",
        "CI",
        "Côte d'Ivoire",
        "Côte d'Ivoire",
        "Direction de la Protection des Végétaux",
    ),
    Firm(
        "Huilerie et Dattes du Sud SARL",
        "Route de Gabès km 4",
        "3003 Sfax",
        "Sfax",
        "TN",
        "Tunisie",
        "Tunisia",
        "Direction Générale de la Santé Végétale",
    ),
    Firm(
        "Iberia Frutos Secos S.L.",
        "Calle del Puerto 18",
        "46024 Valencia",
        "Valencia",
        "ES",
        "Espagne",
        "Spain",
        "Ministerio de Agricultura, Pesca y Alimentación",
    ),
]
BUYERS = [
    Firm(
        "Hanseatische Gewürzhandel GmbH",
        "Am Sandtorkai 41",
        "20457 Hamburg",
        "Hamburg",
        "DE",
        "Allemagne",
        "Germany",
    ),
    Firm(
        "Benelux Food Ingredients B.V.",
        "Waalhaven Zuidzijde 19",
        "3089 JH Rotterdam",
        "Rotterdam",
        "NL",
        "Pays-Bas",
        "Netherlands",
    ),
    Firm(
        "Lumières de Loire Distribution SA",
        "14 quai de la Fosse",
        "44000 Nantes",
        "Nantes",
        "FR",
        "France",
        "France",
    ),
    Firm(
        "Fleurs et Jardins du Léman SA",
        "Route de Meyrin 122",
        "1217 Meyrin",
        "Meyrin",
        "CH",
        "Suisse",
        "Switzerland",
    ),
    Firm(
        "Northbridge Commodities Ltd",
        "Unit 4, Tilbury Docks",
        "Tilbury RM18 7EH",
        "Tilbury",
        "GB",
        "Royaume-Uni",
        "United Kingdom",
    ),
    Firm("Maison Dubreuil Épices SAS", "52 rue Garibaldi", "69006 Lyon", "Lyon", "FR", "France", "France"),
]
PRODUCE = [
    Produce(
        "Café vert arabica non torréfié",
        "Green arabica coffee, not roasted",
        "0901110000",
        4.1,
        "kg",
        1.0,
        60,
        "sacs",
        "bags",
        "Coffea arabica",
    ),
    Produce(
        "Amandes de cajou W320",
        "Cashew kernels W320",
        "08013200",
        6.85,
        "kg",
        1.0,
        25,
        "cartons",
        "cartons",
        "Anacardium occidentale",
    ),
    Produce(
        "Avocats frais Hass",
        "Fresh Hass avocados",
        "08044000",
        1.65,
        "kg",
        1.0,
        4,
        "cartons",
        "cartons",
        "Persea americana",
    ),
    Produce(
        "Roses coupées fraîches",
        "Fresh cut roses",
        "0603110000",
        0.24,
        "pcs",
        0.04,
        200,
        "cartons",
        "cartons",
        "Rosa spp.",
    ),
    Produce(
        "Poivre noir en grains",
        "Black pepper, whole",
        "09041100",
        3.95,
        "kg",
        1.0,
        50,
        "sacs",
        "bags",
        "Piper nigrum",
    ),
    Produce(
        "Dattes Deglet Nour",
        "Deglet Nour dates",
        "08041000",
        3.2,
        "kg",
        1.0,
        5,
        "cartons",
        "cartons",
        "Phoenix dactylifera",
    ),
    Produce(
        "Fèves de cacao fermentées",
        "Fermented cocoa beans",
        "18010000",
        2.6,
        "kg",
        1.0,
        64,
        "sacs",
        "bags",
        "Theobroma cacao",
    ),
    Produce(
        "Mangues fraîches Kent",
        "Fresh Kent mangoes",
        "08045000",
        1.4,
        "kg",
        1.0,
        4,
        "cartons",
        "cartons",
        "Mangifera indica",
    ),
]
MONTHS = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
GRID = {
    "fr": {
        "invoice": "FACTURE COMMERCIALE",
        "packing": "LISTE DE COLISAGE",
        "number": "N° de facture",
        "date": "Date d'émission",
        "incoterm": "Conditions de livraison",
        "currency": "Devise",
        "origin": "Pays d'origine des marchandises",
        "payment": "Conditions de paiement",
        "packages": "Nombre de colis",
        "marks": "Marques d'expédition",
        "seller": "Vendeur",
        "buyer": "Acheteur",
        "consignee": "Destinataire",
        "col_no": "N°",
        "col_hs": "Code SH",
        "col_desc": "Désignation des marchandises",
        "col_qty": "Quantité",
        "col_unit": "Unité",
        "col_price": "Prix unitaire",
        "col_amount": "Montant",
        "col_packages": "Colis",
        "net_weight": "Poids net (kg)",
        "gross_weight": "Poids brut (kg)",
        "net_mass": "Masse nette (kg)",
        "gross_mass": "Masse brute (kg)",
        "total_net": "Poids net total (kg)",
        "total_gross": "Poids brut total (kg)",
        "signature": "Cachet et signature",
        "co": "CERTIFICAT D'ORIGINE",
        "co_from": "1. Expéditeur (nom, adresse, pays de l'exportateur)",
        "co_to": "2. Destinataire (nom, adresse, pays)",
        "co_transport": "3. Moyen de transport et itinéraire",
        "co_invoice": "4. Numéro et date de la facture",
        "co_item": "5. N°",
        "co_hs": "6. Code SH",
        "co_desc": "7. Désignation des marchandises",
        "co_qty": "8. Quantité",
        "co_gross": "8. Poids brut (kg)",
        "co_origin": "9. Pays d'origine",
        "co_cert": "10. Certification",
        "co_text": "L'autorité soussignée certifie que les marchandises désignées ci-dessus|sont originaires "
        "du pays indiqué en case 9.",
        "co_place": "Lieu et date de délivrance :",
        "by_sea": "Par voie maritime",
        "original": "ORIGINAL",
        "ph": "CERTIFICAT PHYTOSANITAIRE",
        "ph_exporter": "1. Nom et adresse de l'exportateur",
        "ph_no": "2. N°",
        "ph_consignee": "3. Nom et adresse déclarés du destinataire",
        "ph_org": "4. Organisation de la protection des végétaux de :",
        "ph_to": "À : Organisation(s) de la protection des végétaux de :",
        "ph_origin": "5. Lieu d'origine",
        "ph_means": "6. Moyen de transport déclaré",
        "ph_entry": "7. Point d'entrée déclaré",
        "ph_marks": "8. Marques distinctives",
        "ph_produce": "Nom des produits",
        "ph_botanical": "Nom botanique",
        "ph_quantity": "Quantité déclarée",
        "ph_packages": "Nombre et nature des colis",
        "ph_text": "Il est certifié que les végétaux ou produits végétaux décrits ci-dessus ont été inspectés|"
        "et sont considérés comme indemnes d'organismes de quarantaine.",
        "ph_place": "Lieu de délivrance :",
        "ph_date": "Date :",
        "ph_officer": "Nom du fonctionnaire autorisé :",
        "vessel": "Navire",
    },
    "en": {
        "invoice": "COMMERCIAL INVOICE",
        "packing": "PACKING LIST",
        "number": "Invoice No.",
        "date": "Date of issue",
        "incoterm": "Terms of delivery",
        "currency": "Currency",
        "origin": "Country of origin of goods",
        "payment": "Terms of payment",
        "packages": "Number of packages",
        "marks": "Shipping marks",
        "seller": "Seller",
        "buyer": "Buyer",
        "consignee": "Consignee",
        "col_no": "No.",
        "col_hs": "HS code",
        "col_desc": "Description of goods",
        "col_qty": "Qty",
        "col_unit": "Unit",
        "col_price": "Unit price",
        "col_amount": "Amount",
        "col_packages": "Packages",
        "net_weight": "Net weight (kg)",
        "gross_weight": "Gross weight (kg)",
        "net_mass": "Net mass (kg)",
        "gross_mass": "Gross mass (kg)",
        "total_net": "Total net weight (kg)",
        "total_gross": "Total gross weight (kg)",
        "signature": "Authorised signature",
        "co": "CERTIFICATE OF ORIGIN",
        "co_from": "1. Goods consigned from (exporter's name, address, country)",
        "co_to": "2. Goods consigned to (consignee's name, address, country)",
        "co_transport": "3. Means of transport and route",
        "co_invoice": "4. Number and date of invoice",
        "co_item": "5. Item",
        "co_hs": "6. HS code",
        "co_desc": "7. Description of goods",
        "co_qty": "8. Quantity",
        "co_gross": "8. Gross weight (kg)",
        "co_origin": "9. Country of origin",
        "co_cert": "10. Certification",
        "co_text": "The undersigned authority certifies that the goods described above originate|"
        "in the country shown in box 9.",
        "co_place": "Place and date of issue:",
        "by_sea": "By sea",
        "original": "ORIGINAL",
        "ph": "PHYTOSANITARY CERTIFICATE",
        "ph_exporter": "1. Name and address of exporter",
        "ph_no": "2. No.",
        "ph_consignee": "3. Declared name and address of consignee",
        "ph_org": "4. Plant Protection Organization of:",
        "ph_to": "TO: Plant Protection Organization(s) of:",
        "ph_origin": "5. Place of origin",
        "ph_means": "6. Declared means of conveyance",
        "ph_entry": "7. Declared point of entry",
        "ph_marks": "8. Distinguishing marks",
        "ph_produce": "Name of produce",
        "ph_botanical": "Botanical name of plants",
        "ph_quantity": "Quantity declared",
        "ph_packages": "Number and kind of packages",
        "ph_text": "This is to certify that the plants or plant products described herein have been inspected|"
        "and are considered to be free from the quarantine pests specified by the importing party.",
        "ph_place": "Place of issue:",
        "ph_date": "Date:",
        "ph_officer": "Name of authorized officer:",
        "vessel": "Vessel",
    },
}
TOTAL_LABELS = {
    "fr": ("TOTAL", "Montant total", "Total facture"),
    "en": ("TOTAL", "Total amount", "Invoice total"),
}
PAYMENTS = {
    "fr": ("30 jours net", "Remise documentaire", "Virement à 60 jours"),
    "en": ("30 days net", "Cash against documents", "Bank transfer, 60 days"),
}
INVOICE_COLUMNS = (
    ("no", "hs", "desc", "qty", "unit", "price", "amount"),
    ("no", "hs", "desc", "price", "qty", "unit", "amount"),
)
FILE_NAMES = {
    "fr": {"invoice": "facture", "co": "certificat_origine", "packing": "liste_colisage", "phyto": "phyto"},
    "en": {
        "invoice": "commercial_invoice",
        "co": "certificate_of_origin",
        "packing": "packing_list",
        "phyto": "phytosanitary_certificate",
    },
}
LABEL = 15  # the size of a cell's or a column's label
Column = tuple[str, str, float, bool]  # key of the row dict, header, width, right-aligned


@dataclass
class Sheet:
    """A page being laid out: text blocks and ruled lines, in A4 pixels."""

    text: Block = field(default_factory=list)
    rules: Rules = field(default_factory=list)

    def put(self, x: float, y: float, text: str, size: int = 20, right: bool = False) -> None:
        if text:
            self.text.append((x - _font(size).getlength(text) if right else x, y, text, size))

    def box(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.rules += [(x0, y0, x1, y0), (x1, y0, x1, y1), (x1, y1, x0, y1), (x0, y1, x0, y0)]

    def cell(
        self, x0: float, y0: float, x1: float, y1: float, label: str, lines: list[str], size: int = 20
    ) -> None:
        """A box with a small label on top and the value's lines below it."""
        self.box(x0, y0, x1, y1)
        self.put(x0 + 10, y0 + 8, label, LABEL)
        for i, line in enumerate(lines):
            self.put(x0 + 14, y0 + 34 + i * (size + 8), line, size)


def _grid_date(iso: str, lang: str, form: str) -> str:
    """``16 February 2026`` / ``16 février 2026`` (``long``), ``2026-02-16`` (``iso``), ``16.02.2026``."""
    y, m, d = (int(part) for part in iso.split("-"))
    if form == "iso":
        return iso
    if form == "dotted":
        return f"{d:02d}.{m:02d}.{y}"
    return f"{'1er' if lang == 'fr' and d == 1 else d} {MONTHS[lang][m - 1]} {y}"


def _fmt_hs(hs: str, dotted: bool) -> str:
    """``0901110000`` or ``0901.11.00.00`` (pairs after the heading)."""
    return ".".join([hs[:4], *(hs[i : i + 2] for i in range(4, len(hs), 2))]) if dotted else hs


def _country(firm: Firm, lang: str) -> str:
    return firm.country_fr if lang == "fr" else firm.country_en


def _address(firm: Firm, lang: str) -> list[str]:
    return [firm.name, firm.street, firm.city, _country(firm, lang)]


def _co_authority(c: dict[str, Any]) -> str:
    town = c["seller"].town
    if c["lang"] == "en":
        return f"{town} Chamber of Commerce"
    return f"Chambre de commerce {'d' + chr(39) if town[0] in 'AEIOUÉ' else 'de '}{town}"


def _grid_item(line: int, p: Produce, lots: int, tare: float, lang: str) -> dict[str, Any]:
    qty = lots * (25 if p.unit == "kg" else 100)
    net = round(qty * p.kg_per_unit, 2)
    packages = math.ceil(qty / p.per_package)
    return {
        "line": line,
        "description": p.fr if lang == "fr" else p.en,
        "hs_code": p.hs,
        "quantity": qty,
        "unit": p.unit,
        "unit_price": p.price,
        "value": round(qty * p.price, 2),
        "net_mass_kg": net,
        "gross_mass_kg": round(net + packages * tare, 2),
        "packages": f"{packages} {p.package_fr if lang == 'fr' else p.package_en}",
        "botanical": p.botanical,
    }


def build_grid_case(seed: int, lang: str = "fr") -> dict[str, Any]:
    """The content and every layout choice of a grid-style case, drawn from ``seed``."""
    rng = random.Random(seed)
    seller, buyer = rng.choice(SELLERS), rng.choice(BUYERS)
    tare = rng.choice((0.2, 0.35, 0.5, 1.1))
    produce = rng.sample(PRODUCE, rng.randint(1, 4))
    items = [_grid_item(i, p, rng.randint(40, 600), tare, lang) for i, p in enumerate(produce, start=1)]
    day = date(2026, rng.randint(1, 9), rng.randint(1, 28))
    n = rng.randint(100, 99999)
    initials = "".join(w[0] for w in seller.name.split()[:3]).upper()
    header = ["incoterm", "currency", "origin", "payment"]
    rng.shuffle(header)
    return {
        "lang": lang,
        "seller": seller,
        "buyer": buyer,
        "items": items,
        "invoice_number": rng.choice(
            (f"{initials}-26/{n:05d}", f"{n:06d}/2026", f"FA2026{n:05d}", f"INV-{seller.iso}-{n}")
        ),
        "invoice_date": day.isoformat(),
        "co_number": rng.choice((f"{seller.iso} 2026 {n + 7:06d}", f"CO/{seller.iso}/26/{n % 9973:05d}")),
        "co_date": (day + timedelta(days=rng.randint(1, 6))).isoformat(),
        "phyto_number": rng.choice(
            (f"{seller.iso}/2026/{n % 7919:05d}", f"PC-{seller.iso}-2026-{n + 3:06d}")
        ),
        "phyto_date": (day + timedelta(days=rng.randint(0, 4))).isoformat(),
        "currency": rng.choice(("EUR", "USD", "GBP")),
        "incoterm": rng.choice(("FOB", "CIF", "CFR", "DAP", "FCA")),
        "payment": rng.choice(PAYMENTS[lang]),
        "vessel": rng.choice(("MSC ALINA", "MAERSK KOLKATA", "CMA CGM TAGE", "GRANDE LAGOS")),
        "marks": f"{''.join(w[0] for w in buyer.name.split()[:2]).upper()}/{seller.iso}/26/{n % 97}",
        "officer": rng.choice(("A. Mwangi", "L. Pereira", "T. Nguyen", "R. Quispe", "K. Kouassi")),
        "date_form": rng.choice(("long", "iso", "dotted")),
        "hs_dotted": rng.random() < 0.5,
        "right_party": rng.choice(("buyer", "consignee")),
        "header": ["number", "date", *header],
        "parties_first": rng.random() < 0.5,
        "invoice_columns": rng.choice(INVOICE_COLUMNS),
        "invoice_masses": rng.random() < 0.5,
        "total_label": rng.choice(TOTAL_LABELS[lang]),
        "packing_hs": rng.random() < 0.5,
        "mass_word": rng.choice(("weight", "mass")),
        "co_gross": rng.random() < 0.5,
        "formats": {
            kind: rng.choice(("png", "png", "pdf", "scan")) for kind in ("invoice", "co", "packing", "phyto")
        },
    }


def _cells(s: Sheet, y: float, cells: list[tuple[str, str]], per_row: int) -> float:
    """Rows of ``per_row`` boxed cells across the page; returns the bottom of the last row."""
    width = 1080 / per_row
    for i, (label, value) in enumerate(cells):
        x, top = 80 + width * (i % per_row), y + 80 * (i // per_row)
        s.cell(x, top, x + width, top + 80, label, [value], size=21)
    return y + 80 * math.ceil(len(cells) / per_row)


def _parties(s: Sheet, y: float, c: dict[str, Any]) -> float:
    """Seller on the left, buyer or consignee on the right: name, address lines, country."""
    lg = GRID[c["lang"]]
    s.cell(80, y, 610, y + 160, lg["seller"], _address(c["seller"], c["lang"]))
    s.cell(630, y, 1160, y + 160, lg[c["right_party"]], _address(c["buyer"], c["lang"]))
    return y + 160


def _table(s: Sheet, y: float, columns: list[Column], rows: list[dict[str, str]]) -> float:
    """A ruled table from the left margin: small headers, one line per row, numbers and their
    headers right-aligned; returns its bottom."""
    bottom, x = y + 50 + 44 * len(rows), 80.0
    for key, header, width, right in columns:
        s.box(x, y, x + width, bottom)
        s.put(x + width - 8 if right else x + 8, y + 17, header, LABEL, right=right)
        for r, row in enumerate(rows):
            s.put(x + width - 8 if right else x + 8, y + 62 + 44 * r, row.get(key, ""), 19, right=right)
        x += width
    for r in range(len(rows)):
        s.rules.append((80, y + 50 + 44 * r, x, y + 50 + 44 * r))
    return bottom


def _letterhead(s: Sheet, c: dict[str, Any], title: str) -> None:
    seller = c["seller"]
    s.put(80, 70, seller.name, 28)
    s.put(80, 112, f"{seller.street} · {seller.city} · {_country(seller, c['lang'])}", 16)
    s.put(1160, 160, title, 30, right=True)
    s.rules.append((80, 205, 1160, 205))


def grid_invoice(c: dict[str, Any]) -> Sheet:
    lg, lang = GRID[c["lang"]], c["lang"]
    s = Sheet()
    _letterhead(s, c, lg["invoice"])
    values = {
        "number": c["invoice_number"],
        "date": _grid_date(c["invoice_date"], lang, c["date_form"]),
        "incoterm": f"{c['incoterm']} {c['buyer'].town if c['incoterm'][0] in 'CD' else c['seller'].town}",
        "currency": c["currency"],
        "origin": _country(c["seller"], lang),
        "payment": c["payment"],
    }
    cells = [(lg[key], values[key]) for key in c["header"]]
    if c["parties_first"]:
        y = _cells(s, _parties(s, 240, c) + 20, cells, 3)
    else:
        y = _parties(s, _cells(s, 240, cells, 3) + 20, c)
    columns: dict[str, Column] = {
        "no": ("no", lg["col_no"], 55, False),
        "hs": ("hs", lg["col_hs"], 165, False),
        "desc": ("desc", lg["col_desc"], 360, False),
        "qty": ("qty", lg["col_qty"], 115, True),
        "unit": ("unit", lg["col_unit"], 70, False),
        "price": ("price", lg["col_price"], 135, True),
        "amount": ("amount", f"{lg['col_amount']} ({c['currency']})", 180, True),
    }
    rows = [
        {
            "no": str(it["line"]),
            "hs": _fmt_hs(it["hs_code"], c["hs_dotted"]),
            "desc": it["description"],
            "qty": _fmt_amount(it["quantity"], lang, decimals=0),
            "unit": it["unit"],
            "price": _fmt_amount(it["unit_price"], lang),
            "amount": _fmt_amount(it["value"], lang),
        }
        for it in c["items"]
    ]
    y = _table(s, y + 40, [columns[key] for key in c["invoice_columns"]], rows)
    total = _fmt_amount(_total(c), lang)
    s.put(1160, y + 30, f"{c['total_label']}: {total} {c['currency']}", 24, right=True)
    if c["invoice_masses"]:
        net, gross = _masses(c)
        _cells(
            s,
            y + 90,
            [(lg["total_net"], _fmt_amount(net, lang)), (lg["total_gross"], _fmt_amount(gross, lang))],
            3,
        )
    s.put(820, 1500, lg["signature"], 16)
    s.rules.append((820, 1600, 1160, 1600))
    return s


def _total(c: dict[str, Any]) -> float:
    return round(sum(it["value"] for it in c["items"]), 2)


def _masses(c: dict[str, Any]) -> tuple[float, float]:
    return (
        round(sum(it["net_mass_kg"] for it in c["items"]), 2),
        round(sum(it["gross_mass_kg"] for it in c["items"]), 2),
    )


def _parties_truth(c: dict[str, Any]) -> dict[str, Any]:
    seller, buyer = c["seller"], c["buyer"]
    return {
        "exporter_name": seller.name,
        "exporter_country": seller.iso,
        "importer_name": buyer.name,
        "importer_country": buyer.iso,
    }


def invoice_truth(
    c: dict[str, Any], total_value: float, hs_code: Callable[[dict[str, Any]], str]
) -> dict[str, Any]:
    """An invoice's truth, with its family's total and each item's HS code as the invoice prints it."""
    net, gross = _masses(c)
    return {
        "type": "commercial_invoice",
        "fields": {
            "invoice_number": c["invoice_number"],
            "invoice_date": c["invoice_date"],
            **_parties_truth(c),
            "currency": c["currency"],
            "incoterm": c["incoterm"],
            "total_value": total_value,
            "origin_country": c["seller"].iso,
            **({"net_mass_kg": net, "gross_mass_kg": gross} if c["invoice_masses"] else {}),
            "items": [
                {"line": it["line"], "hs_code": hs_code(it)}
                | {k: it[k] for k in ("description", "quantity", "unit", "value")}
                for it in c["items"]
            ],
        },
    }


def grid_invoice_truth(c: dict[str, Any]) -> dict[str, Any]:
    return invoice_truth(c, _total(c), lambda it: str(it["hs_code"]))


def grid_packing(c: dict[str, Any]) -> Sheet:
    """A packing list: invoice reference cells, parties, and a ruled table with the masses and totals."""
    lg, lang = GRID[c["lang"]], c["lang"]
    s = Sheet()
    _letterhead(s, c, lg["packing"])
    packages = sum(int(it["packages"].split()[0]) for it in c["items"])
    cells = [
        (lg["number"], c["invoice_number"]),
        (lg["date"], _grid_date(c["invoice_date"], lang, c["date_form"])),
        (lg["packages"], str(packages)),
        (lg["marks"], c["marks"]),
    ]
    y = _parties(s, _cells(s, 240, cells, 4) + 20, c)
    middle: list[Column] = [("hs", lg["col_hs"], 165, False)] if c["packing_hs"] else []
    tail: list[Column] = [] if c["packing_hs"] else [("packages", lg["col_packages"], 165, True)]
    columns: list[Column] = [
        ("no", lg["col_no"], 55, False),
        *middle,
        ("desc", lg["col_desc"], 360, False),
        *tail,
        ("qty", lg["col_qty"], 115, True),
        ("unit", lg["col_unit"], 70, False),
        ("net", lg[f"net_{c['mass_word']}"], 150, True),
        ("gross", lg[f"gross_{c['mass_word']}"], 165, True),
    ]
    rows = [
        {
            "no": str(it["line"]),
            "hs": _fmt_hs(it["hs_code"], c["hs_dotted"]),
            "desc": it["description"],
            "packages": it["packages"],
            "qty": _fmt_amount(it["quantity"], lang, decimals=0),
            "unit": it["unit"],
            "net": _fmt_amount(it["net_mass_kg"], lang),
            "gross": _fmt_amount(it["gross_mass_kg"], lang),
        }
        for it in c["items"]
    ]
    net, gross = _masses(c)
    rows.append(
        {
            "desc": "TOTAL",
            "packages": str(packages),
            "net": _fmt_amount(net, lang),
            "gross": _fmt_amount(gross, lang),
        }
    )
    _table(s, y + 40, columns, rows)
    s.put(820, 1500, lg["signature"], 16)
    return s


def grid_packing_truth(c: dict[str, Any]) -> dict[str, Any]:
    net, gross = _masses(c)
    keys = ("line", "hs_code", "description", "quantity", "unit", "net_mass_kg", "gross_mass_kg")
    return {
        "type": "packing_list",
        "fields": {
            "invoice_number": c["invoice_number"],
            "invoice_date": c["invoice_date"],
            **_parties_truth(c),
            "net_mass_kg": net,
            "gross_mass_kg": gross,
            "items": [{k: it[k] for k in keys if k != "hs_code" or c["packing_hs"]} for it in c["items"]],
        },
    }


def grid_co(c: dict[str, Any]) -> Sheet:
    """A certificate of origin whose boxes run 1 consignor, 2 consignee, 3 transport, 4 invoice,
    5-8 the goods (HS code before the description), 9 origin, 10 certification."""
    lg, lang = GRID[c["lang"]], c["lang"]
    seller, buyer = c["seller"], c["buyer"]
    s = Sheet()
    s.cell(80, 70, 640, 250, lg["co_from"], _address(seller, lang))
    s.cell(80, 250, 640, 430, lg["co_to"], _address(buyer, lang))
    s.cell(80, 430, 640, 540, lg["co_transport"], [f"{lg['by_sea']}, {seller.town} - {buyer.town}"])
    s.box(640, 70, 1160, 400)
    s.put(660, 95, f"N° {c['co_number']}" if lang == "fr" else f"No. {c['co_number']}", 24)
    s.put(660, 170, lg["co"], 28)
    s.put(660, 225, _co_authority(c), 18)
    s.put(660, 340, lg["original"], 18)
    date_text = _grid_date(c["invoice_date"], lang, c["date_form"])
    s.cell(640, 400, 1160, 540, lg["co_invoice"], [c["invoice_number"], date_text])
    last: Column = ("qty", lg["co_gross" if c["co_gross"] else "co_qty"], 310, True)
    columns: list[Column] = [
        ("no", lg["co_item"], 80, False),
        ("hs", lg["co_hs"], 170, False),
        ("desc", lg["co_desc"], 520, False),
        last,
    ]
    rows = [
        {
            "no": str(it["line"]),
            "hs": _fmt_hs(it["hs_code"][:6], c["hs_dotted"]),
            "desc": it["description"],
            "qty": _fmt_amount(it["gross_mass_kg"], lang)
            if c["co_gross"]
            else f"{_fmt_amount(it['quantity'], lang, decimals=0)} {it['unit']}",
        }
        for it in c["items"]
    ]
    y = max(_table(s, 570, columns, rows), 900)
    s.cell(80, y + 30, 1160, y + 130, lg["co_origin"], [_country(seller, lang)], size=26)
    s.box(80, y + 130, 1160, y + 430)
    s.put(90, y + 138, lg["co_cert"], LABEL)
    for i, line in enumerate(lg["co_text"].split("|")):
        s.put(100, y + 175 + 28 * i, line, 18)
    issued = _grid_date(c["co_date"], lang, c["date_form"])
    s.put(100, y + 270, f"{lg['co_place']} {seller.town}, {issued}", 20)
    s.put(100, y + 305, _co_authority(c), 20)
    return s


def grid_co_truth(c: dict[str, Any]) -> dict[str, Any]:
    return co_truth(c, _co_authority(c), ("gross_mass_kg",) if c["co_gross"] else ("quantity", "unit"))


def co_truth(c: dict[str, Any], authority: str, measures: tuple[str, ...]) -> dict[str, Any]:
    """A certificate of origin's truth: parties, invoice, origin, the certificate's number, date
    and ``authority``, and per item its description, 6-digit HS code and ``measures``."""
    return {
        "type": "certificate_of_origin",
        "fields": {
            **_parties_truth(c),
            "invoice_number": c["invoice_number"],
            "invoice_date": c["invoice_date"],
            "origin_country": c["seller"].iso,
            "certificate_number": c["co_number"],
            "certificate_type": "certificate_of_origin",
            "issue_date": c["co_date"],
            "issuing_authority": authority,
            "items": [
                {"line": it["line"], "hs_code": it["hs_code"][:6], "description": it["description"]}
                | {k: it[k] for k in measures}
                for it in c["items"]
            ],
        },
    }


def grid_phyto(c: dict[str, Any]) -> Sheet:
    """An IPPC-model phytosanitary certificate as a grid of numbered boxes, then the produce table."""
    lg, lang = GRID[c["lang"]], c["lang"]
    seller, buyer = c["seller"], c["buyer"]
    s = Sheet()
    s.cell(80, 70, 640, 250, lg["ph_exporter"], _address(seller, lang))
    s.box(640, 70, 1160, 250)
    s.put(650, 78, lg["ph_no"], LABEL)
    s.put(660, 120, lg["ph"], 26)
    s.put(660, 175, c["phyto_number"], 24)
    s.cell(80, 250, 640, 430, lg["ph_consignee"], _address(buyer, lang))
    s.cell(640, 250, 1160, 430, lg["ph_org"], [_country(seller, lang), seller.nppo], size=18)
    s.put(650, 345, lg["ph_to"], LABEL)
    s.put(664, 372, _country(buyer, lang), 18)
    boxes = [
        (lg["ph_origin"], _country(seller, lang)),
        (lg["ph_means"], f"{lg['vessel']} {c['vessel']}"),
        (lg["ph_entry"], buyer.town),
        (lg["ph_marks"], c["marks"]),
    ]
    y = _cells(s, 430, boxes, 2)
    columns: list[Column] = [
        ("no", lg["col_no"], 55, False),
        ("desc", lg["ph_produce"], 340, False),
        ("botanical", lg["ph_botanical"], 255, False),
        ("qty", lg["ph_quantity"], 180, True),
        ("packages", lg["ph_packages"], 250, True),
    ]
    rows = [
        {
            "no": str(it["line"]),
            "desc": it["description"],
            "botanical": it["botanical"],
            "qty": f"{_fmt_amount(it['quantity'], lang, decimals=0)} {it['unit']}",
            "packages": it["packages"],
        }
        for it in c["items"]
    ]
    y = _table(s, y + 30, columns, rows)
    for i, line in enumerate(lg["ph_text"].split("|")):
        s.put(80, y + 40 + 28 * i, line, 17)
    s.put(80, 1420, f"{lg['ph_place']} {seller.town}", 20)
    s.put(80, 1455, f"{lg['ph_date']} {_grid_date(c['phyto_date'], lang, c['date_form'])}", 20)
    s.put(80, 1490, f"{lg['ph_officer']} {c['officer']}", 20)
    return s


def grid_phyto_truth(c: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "phytosanitary_certificate",
        "fields": {
            "certificate_number": c["phyto_number"],
            "certificate_type": "phytosanitary_certificate",
            **_parties_truth(c),
            "origin_country": c["seller"].iso,
            "issue_date": c["phyto_date"],
            "issuing_authority": c["seller"].nppo,
            "items": [{k: it[k] for k in ("line", "description", "quantity", "unit")} for it in c["items"]],
        },
    }


GRID_KINDS: list[
    tuple[str, Callable[[dict[str, Any]], Sheet], Callable[[dict[str, Any]], dict[str, Any]]]
] = [
    ("invoice", grid_invoice, grid_invoice_truth),
    ("co", grid_co, grid_co_truth),
    ("packing", grid_packing, grid_packing_truth),
    ("phyto", grid_phyto, grid_phyto_truth),
]
