"""Synthetic trade documents with ground truth (shared/datasets/README.md section 3).

Our own templates (invoice, packing list, certificate of origin, phytosanitary certificate) in
French and English, rendered as PNG with optional scan noise (tilt, blur, speckle), or as PDF with
a text layer (hand-written PDF operators, no extra package) or without one (image-only PDF).
Two independent layout families (``style``): ``classic`` (free-floating labels, one set of
companies) and ``grid`` (boxed label-over-value cells, ruled tables, other companies, and
date, number and column layouts drawn per case).

    customs-style:  python -m eval.synthdocs OUT_DIR --cases 5 --seed 1 --style grid
    in tests:       make_case(tmp_path / "c1", seed=3, lang="fr", noise=True, style="grid")
"""

from __future__ import annotations

import argparse
import json
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from PIL import Image, ImageDraw, ImageFilter, ImageFont

PARTIES = [
    ("Minoterie de la Somme S.A.S.", "3 route de Corbie", "80000 Amiens", "FR", "France", "France"),
    ("Volta Agro Exports Ltd", "No. 7 Kojo Thompson Road", "Accra", "GH", "Ghana", "Ghana"),
    ("Comptoir Phocéen des Cafés SAS", "27 boulevard de Paris", "13002 Marseille", "FR", "France", "France"),
    ("Textiles Rhône-Alpes SARL", "8 rue du Dauphiné", "38000 Grenoble", "FR", "France", "France"),
    ("Sahel Graines et Oléagineux SA", "BP 3321", "Dakar", "SN", "Sénégal", "Senegal"),
    ("Atlas Citrus Export SARL", "Zone industrielle Ait Melloul", "Agadir", "MA", "Maroc", "Morocco"),
]
GOODS = [
    ("Fèves de cacao brutes", "Raw cocoa beans", "18010000", 2.35),
    ("Noix de cajou en coque", "Cashew nuts in shell", "08013100", 1.17),
    ("Graines de sésame blanc", "White sesame seeds", "12074090", 1.92),
    ("Farine de blé tendre T55", "Wheat flour T55", "11010011", 0.38),
    ("Oranges fraîches", "Fresh oranges", "08051020", 0.85),
]
LABELS = {
    "fr": {
        "invoice": "FACTURE COMMERCIALE",
        "packing": "LISTE DE COLISAGE",
        "co": "CERTIFICAT D'ORIGINE",
        "no": "Facture N°",
        "date": "Date",
        "incoterm": "Incoterm",
        "currency": "Devise",
        "origin": "Pays d'origine",
        "buyer": "DESTINATAIRE / IMPORTATEUR",
        "desc": "Désignation",
        "hs": "Code SH",
        "qty": "Quantité",
        "unit": "Unité",
        "amount": "Montant",
        "total": "TOTAL",
        "net": "Poids net total",
        "gross": "Poids brut total",
        "netcol": "Poids net (kg)",
        "grosscol": "Poids brut (kg)",
        "ref": "Réf. facture",
        "exporter": "1. Exportateur (nom, adresse, pays)",
        "consignee": "2. Destinataire (nom, adresse, pays)",
        "cono": "N°",
        "issued": "Lieu et date de délivrance :",
        "authority": "Chambre de Commerce et d'Industrie",
    },
    "en": {
        "invoice": "COMMERCIAL INVOICE",
        "packing": "PACKING LIST",
        "co": "CERTIFICATE OF ORIGIN",
        "no": "Invoice No.",
        "date": "Date",
        "incoterm": "Delivery terms",
        "currency": "Currency",
        "origin": "Country of origin",
        "buyer": "BUYER / IMPORTER",
        "desc": "Description of goods",
        "hs": "HS Code",
        "qty": "Quantity",
        "unit": "Unit",
        "amount": "Amount",
        "total": "TOTAL",
        "net": "Total net weight",
        "gross": "Total gross weight",
        "netcol": "Net weight (kg)",
        "grosscol": "Gross weight (kg)",
        "ref": "Invoice No.",
        "exporter": "1. Consignor / Exporter (name, address, country)",
        "consignee": "2. Consignee (name, address, country)",
        "cono": "No.",
        "issued": "Place and date of issue:",
        "authority": "Chamber of Commerce and Industry",
    },
}
A4 = (1240, 1754)
Block = list[tuple[float, float, str, int]]  # x, y (A4 pixels), text, size
Rules = list[tuple[float, float, float, float]]  # x0, y0, x1, y1 (A4 pixels): one ruled line


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _fmt_amount(value: float, lang: str, decimals: int = 2) -> str:
    text = f"{value:,.{decimals}f}"
    return text.replace(",", " ").replace(".", ",") if lang == "fr" else text


def _fmt_date(iso: str, lang: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}" if lang == "fr" else iso


def build_case(seed: int, lang: str = "fr") -> dict[str, Any]:
    rng = random.Random(seed)
    exporter, importer = rng.sample(PARTIES, 2)
    goods = rng.sample(GOODS, rng.randint(1, 3))
    items = []
    for i, (fr, en, hs, price) in enumerate(goods, start=1):
        qty = rng.randint(20, 300) * 50
        items.append(
            {
                "line": i,
                "description": fr if lang == "fr" else en,
                "hs_code": hs,
                "quantity": qty,
                "unit": "kg",
                "unit_price": price,
                "value": round(qty * price, 2),
                "net_mass_kg": qty,
                "gross_mass_kg": round(qty * 1.005, 2),
            }
        )
    return {
        "lang": lang,
        "exporter": exporter,
        "importer": importer,
        "items": items,
        "invoice_number": f"INV-{rng.randint(2024, 2026)}-{rng.randint(1000, 9999)}",
        "invoice_date": f"2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)}",
        "certificate_number": f"CO-{rng.randint(10000, 99999)}",
        "issue_date": f"2026-10-{rng.randint(10, 28)}",
        "currency": rng.choice(["EUR", "USD"]),
        "incoterm": rng.choice(["FCA", "CIF", "FOB", "EXW"]),
    }


def invoice_blocks(c: dict[str, Any]) -> Block:
    lg = LABELS[c["lang"]]
    ex, im = c["exporter"], c["importer"]
    country = ex[4] if c["lang"] == "fr" else ex[5]
    b: Block = [
        (140, 80, ex[0], 30),
        (140, 125, ex[1], 20),
        (140, 150, f"{ex[2]} - {ex[3]}", 20),
        (90, 240, lg["invoice"], 34),
        (90, 320, lg["buyer"], 18),
        (90, 355, im[0], 22),
        (90, 385, im[1], 20),
        (90, 410, f"{im[2]}, {im[4] if c['lang'] == 'fr' else im[5]}", 20),
    ]
    rows = [
        (lg["no"], c["invoice_number"]),
        (lg["date"], _fmt_date(c["invoice_date"], c["lang"])),
        (lg["incoterm"], c["incoterm"]),
        (lg["currency"], c["currency"]),
        (lg["origin"], country),
    ]
    for i, (label, value) in enumerate(rows):
        b += [(700, 320 + 32 * i, label, 18), (900, 320 + 32 * i, value, 20)]
    y = 620
    for x, text in (
        (90, "N°"),
        (150, lg["desc"]),
        (560, lg["hs"]),
        (720, lg["qty"]),
        (850, lg["unit"]),
        (1000, lg["amount"]),
    ):
        b.append((x, y, text, 18))
    for it in c["items"]:
        y += 45
        b += [
            (95, y, str(it["line"]), 20),
            (150, y, it["description"], 20),
            (560, y, it["hs_code"], 20),
            (720, y, _fmt_amount(it["quantity"], c["lang"], decimals=0), 20),
            (850, y, "KG", 20),
            (1000, y, _fmt_amount(it["value"], c["lang"]), 20),
        ]
    total = round(sum(it["value"] for it in c["items"]), 2)
    net = sum(it["net_mass_kg"] for it in c["items"])
    gross = round(sum(it["gross_mass_kg"] for it in c["items"]), 2)
    b += [
        (800, y + 70, f"{lg['total']} {c['currency']}", 22),
        (1000, y + 70, _fmt_amount(total, c["lang"]), 22),
        (90, y + 70, f"{lg['net']} : {_fmt_amount(net, c['lang'])} kg", 20),
        (90, y + 100, f"{lg['gross']} : {_fmt_amount(gross, c['lang'])} kg", 20),
    ]
    return b


def invoice_truth(c: dict[str, Any]) -> dict[str, Any]:
    ex, im = c["exporter"], c["importer"]
    return {
        "type": "commercial_invoice",
        "fields": {
            "invoice_number": c["invoice_number"],
            "invoice_date": c["invoice_date"],
            "exporter_name": ex[0],
            "exporter_country": ex[3],
            "importer_name": im[0],
            "importer_country": im[3],
            "currency": c["currency"],
            "incoterm": c["incoterm"],
            "total_value": round(sum(it["value"] for it in c["items"]), 2),
            "origin_country": ex[3],
            "net_mass_kg": sum(it["net_mass_kg"] for it in c["items"]),
            "gross_mass_kg": round(sum(it["gross_mass_kg"] for it in c["items"]), 2),
            "items": [
                {k: it[k] for k in ("line", "description", "hs_code", "quantity", "unit", "value")}
                for it in c["items"]
            ],
        },
    }


def co_blocks(c: dict[str, Any]) -> Block:
    lg = LABELS[c["lang"]]
    ex, im = c["exporter"], c["importer"]
    name = lambda p: p[4] if c["lang"] == "fr" else p[5]  # noqa: E731
    b: Block = [
        (80, 90, lg["exporter"], 16),
        (80, 120, ex[0], 22),
        (80, 150, ex[1], 20),
        (80, 175, ex[2], 20),
        (80, 200, name(ex), 20),
        (640, 90, f"{lg['cono']} {c['certificate_number']}", 24),
        (680, 150, lg["co"], 30),
        (700, 200, f"{lg['authority']} {ex[2].split()[-1]}", 18),
        (80, 320, lg["consignee"], 16),
        (80, 350, im[0], 22),
        (80, 380, im[1], 20),
        (80, 405, im[2], 20),
        (80, 430, name(im), 20),
        (640, 320, "3. " + lg["origin"], 16),
        (800, 380, name(ex), 28),
        (80, 660, "6. " + lg["desc"], 16),
        (860, 660, "7. " + lg["hs"], 16),
    ]
    y = 660
    for it in c["items"]:
        y += 60
        b += [
            (80, y, f"{it['line']}. {it['description']}", 20),
            (860, y, it["hs_code"][:4] + "." + it["hs_code"][4:6], 20),
        ]
    date_text = _fmt_date(c["issue_date"], c["lang"])
    b.append((80, 1300, f"{lg['issued']} {ex[2].split()[-1]}, {date_text}", 20))
    return b


def co_truth(c: dict[str, Any]) -> dict[str, Any]:
    ex, im = c["exporter"], c["importer"]
    return {
        "type": "certificate_of_origin",
        "fields": {
            "exporter_name": ex[0],
            "exporter_country": ex[3],
            "importer_name": im[0],
            "importer_country": im[3],
            "origin_country": ex[3],
            "certificate_number": c["certificate_number"],
            "certificate_type": "certificate_of_origin",
            "issue_date": c["issue_date"],
            "issuing_authority": f"{LABELS[c['lang']]['authority']} {ex[2].split()[-1]}",
            "items": [
                {"line": it["line"], "description": it["description"], "hs_code": it["hs_code"][:6]}
                for it in c["items"]
            ],
        },
    }


def packing_blocks(c: dict[str, Any]) -> Block:
    """A packing list: parties, invoice reference, one row per item with masses, and the totals."""
    lg = LABELS[c["lang"]]
    ex, im = c["exporter"], c["importer"]
    b: Block = [
        (80, 80, ex[0], 26),
        (80, 115, ex[1], 18),
        (80, 140, f"{ex[2]}, {ex[4] if c['lang'] == 'fr' else ex[5]}", 18),
        (760, 80, lg["packing"], 30),
        (760, 140, f"{lg['ref']} : {c['invoice_number']}", 20),
        (760, 170, f"{lg['date']} : {_fmt_date(c['invoice_date'], c['lang'])}", 20),
        (80, 260, lg["buyer"], 16),
        (80, 290, im[0], 22),
        (80, 320, im[1], 18),
        (80, 345, f"{im[2]}, {im[4] if c['lang'] == 'fr' else im[5]}", 18),
        (80, 520, lg["desc"], 16),
        (600, 520, lg["qty"], 16),
        (760, 520, lg["unit"], 16),
        (860, 520, lg["netcol"], 16),
        (1040, 520, lg["grosscol"], 16),
    ]
    y = 520
    for it in c["items"]:
        y += 50
        b += [
            (80, y, it["description"], 18),
            (600, y, _fmt_amount(it["quantity"], c["lang"], decimals=0), 18),
            (760, y, it["unit"], 18),
            (860, y, _fmt_amount(it["net_mass_kg"], c["lang"]), 18),
            (1040, y, _fmt_amount(it["gross_mass_kg"], c["lang"]), 18),
        ]
    net = sum(it["net_mass_kg"] for it in c["items"])
    gross = round(sum(it["gross_mass_kg"] for it in c["items"]), 2)
    b += [
        (600, y + 90, f"{lg['net']} : {_fmt_amount(net, c['lang'])} kg", 20),
        (600, y + 125, f"{lg['gross']} : {_fmt_amount(gross, c['lang'])} kg", 20),
    ]
    return b


def packing_truth(c: dict[str, Any]) -> dict[str, Any]:
    ex, im = c["exporter"], c["importer"]
    return {
        "type": "packing_list",
        "fields": {
            "invoice_number": c["invoice_number"],
            "invoice_date": c["invoice_date"],
            "exporter_name": ex[0],
            "importer_name": im[0],
            "net_mass_kg": sum(it["net_mass_kg"] for it in c["items"]),
            "gross_mass_kg": round(sum(it["gross_mass_kg"] for it in c["items"]), 2),
            "items": [
                {
                    k: it[k]
                    for k in ("line", "description", "quantity", "unit", "net_mass_kg", "gross_mass_kg")
                }
                for it in c["items"]
            ],
        },
    }


PHYTO = {
    "fr": {
        "title": "CERTIFICAT PHYTOSANITAIRE",
        "org": "Organisation nationale de la protection des végétaux",
        "no": "N°",
        "exporter": "1. Nom et adresse de l'exportateur",
        "consignee": "3. Nom et adresse déclarés du destinataire",
        "origin": "4. Lieu d'origine",
        "produce": "8. Nom des produits et quantité déclarée",
        "issued": "Lieu de délivrance :",
        "date": "Date :",
    },
    "en": {
        "title": "PHYTOSANITARY CERTIFICATE",
        "org": "National Plant Protection Organization",
        "no": "No.",
        "exporter": "1. Name and address of exporter",
        "consignee": "3. Declared name and address of consignee",
        "origin": "4. Place of origin",
        "produce": "8. Name of produce and quantity declared",
        "issued": "Place of issue:",
        "date": "Date:",
    },
}


def phyto_blocks(c: dict[str, Any]) -> Block:
    """An IPPC-style phytosanitary certificate: title, organisation, parties, produce, place and date."""
    lg = PHYTO[c["lang"]]
    ex, im = c["exporter"], c["importer"]
    name = lambda p: p[4] if c["lang"] == "fr" else p[5]  # noqa: E731
    b: Block = [
        (760, 60, f"{lg['no']} PC-{c['certificate_number'][3:]}", 22),
        (330, 120, lg["title"], 32),
        (330, 170, f"{lg['org']} - {name(ex)}", 18),
        (80, 280, lg["exporter"], 16),
        (80, 310, ex[0], 22),
        (80, 340, f"{ex[1]}, {ex[2]}, {name(ex)}", 18),
        (80, 420, lg["consignee"], 16),
        (80, 450, im[0], 22),
        (80, 480, f"{im[1]}, {im[2]}, {name(im)}", 18),
        (80, 560, lg["origin"], 16),
        (80, 590, name(ex), 20),
        (80, 680, lg["produce"], 16),
    ]
    y = 680
    for it in c["items"]:
        y += 40
        b.append((80, y, f"{it['description']} - {it['quantity']} kg", 20))
    b += [
        (80, 1400, f"{lg['issued']} {ex[2].split()[-1]}", 18),
        (80, 1430, f"{lg['date']} {_fmt_date(c['issue_date'], c['lang'])}", 18),
    ]
    return b


def phyto_truth(c: dict[str, Any]) -> dict[str, Any]:
    ex, im = c["exporter"], c["importer"]
    return {
        "type": "phytosanitary_certificate",
        "fields": {
            "certificate_number": f"PC-{c['certificate_number'][3:]}",
            "certificate_type": "phytosanitary_certificate",
            "exporter_name": ex[0],
            "importer_name": im[0],
            "origin_country": ex[3],
            "issue_date": c["issue_date"],
            "items": [
                {
                    "line": it["line"],
                    "description": it["description"],
                    "quantity": it["quantity"],
                    "unit": "kg",
                }
                for it in c["items"]
            ],
        },
    }


# The "grid" family: other companies and produce, header cells with a small label above the value,
# parties side by side, ruled tables in other column orders. Every layout choice is drawn from the
# seed by build_grid_case, so that a document's truth is a function of the case alone.


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


def grid_invoice_truth(c: dict[str, Any]) -> dict[str, Any]:
    net, gross = _masses(c)
    return {
        "type": "commercial_invoice",
        "fields": {
            "invoice_number": c["invoice_number"],
            "invoice_date": c["invoice_date"],
            **_parties_truth(c),
            "currency": c["currency"],
            "incoterm": c["incoterm"],
            "total_value": _total(c),
            "origin_country": c["seller"].iso,
            **({"net_mass_kg": net, "gross_mass_kg": gross} if c["invoice_masses"] else {}),
            "items": [
                {k: it[k] for k in ("line", "hs_code", "description", "quantity", "unit", "value")}
                for it in c["items"]
            ],
        },
    }


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
    last = ("gross_mass_kg",) if c["co_gross"] else ("quantity", "unit")
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
            "issuing_authority": _co_authority(c),
            "items": [
                {"line": it["line"], "hs_code": it["hs_code"][:6], "description": it["description"]}
                | {k: it[k] for k in last}
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


def render_png(blocks: Block, noise: bool = False, seed: int = 0, rules: Rules | None = None) -> Image.Image:
    img = Image.new("L", A4, 255)
    draw = ImageDraw.Draw(img)
    for x0, y0, x1, y1 in rules or []:
        draw.line([(x0, y0), (x1, y1)], fill=0, width=2)
    for x, y, text, size in blocks:
        draw.text((x, y), text, fill=0, font=_font(size))
    if noise:
        rng = random.Random(seed)
        img = img.rotate(
            rng.uniform(-1.5, 1.5), expand=False, fillcolor=255, resample=Image.Resampling.BICUBIC
        )
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        px = img.load()
        for _ in range(1500):
            px[rng.randrange(A4[0]), rng.randrange(A4[1])] = rng.randrange(0, 120)  # type: ignore[index]
    return img


def _pdf_escape(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def render_text_pdf(blocks: Block, rules: Rules | None = None) -> bytes:
    """A one-page A4 PDF with a real text layer (Helvetica, WinAnsi) and ruled lines, written by hand."""
    scale = 595.0 / A4[0]
    ops = [
        b"%.1f %.1f m %.1f %.1f l S" % (x0 * scale, 842 - y0 * scale, x1 * scale, 842 - y1 * scale)
        for x0, y0, x1, y1 in rules or []
    ]
    ops.append(b"BT")
    for x, y, text, size in blocks:
        s = size * scale
        ops.append(
            b"/F1 %.1f Tf 1 0 0 1 %.1f %.1f Tm (%s) Tj"
            % (s, x * scale, 842 - y * scale - s, _pdf_escape(text))
        )
    ops.append(b"ET")
    stream = b"\n".join(ops)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _classic_documents(
    docs: Path, seed: int, lang: str, noise: bool
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    c = build_case(seed, lang)
    render_png(invoice_blocks(c), noise=noise, seed=seed).save(docs / "invoice.png")
    (docs / "certificate.pdf").write_bytes(render_text_pdf(co_blocks(c)))
    (docs / "packing_list.pdf").write_bytes(render_text_pdf(packing_blocks(c)))
    (docs / "phytosanitary.pdf").write_bytes(render_text_pdf(phyto_blocks(c)))
    render_png(co_blocks(c), noise=noise, seed=seed + 1).convert("RGB").save(docs / "certificate_scan.pdf")
    truths = {
        "invoice.png": invoice_truth(c),
        "certificate.pdf": co_truth(c),
        "certificate_scan.pdf": co_truth(c),
        "packing_list.pdf": packing_truth(c),
        "phytosanitary.pdf": phyto_truth(c),
    }
    return c["items"], truths


def _grid_documents(
    docs: Path, seed: int, lang: str, noise: bool
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    c = build_grid_case(seed, lang)
    truths: dict[str, Any] = {}
    for k, (kind, layout, truth) in enumerate(GRID_KINDS):
        name, sheet, fmt = FILE_NAMES[lang][kind], layout(c), c["formats"][kind]
        if fmt == "pdf":
            (docs / f"{name}.pdf").write_bytes(render_text_pdf(sheet.text, sheet.rules))
            name += ".pdf"
        elif fmt == "png":
            render_png(sheet.text, noise=noise, seed=seed + k, rules=sheet.rules).save(docs / f"{name}.png")
            name += ".png"
        else:
            image = render_png(sheet.text, noise=noise, seed=seed + k, rules=sheet.rules)
            image.convert("RGB").save(docs / f"{name}_scan.pdf")
            name += "_scan.pdf"
        truths[name] = truth(c)
    return c["items"], truths


STYLES: dict[str, Callable[[Path, int, str, bool], tuple[list[dict[str, Any]], dict[str, Any]]]] = {
    "classic": _classic_documents,
    "grid": _grid_documents,
}
DECLARED_ITEM_KEYS = (
    "line",
    "description",
    "hs_code",
    "quantity",
    "unit",
    "value",
    "net_mass_kg",
    "gross_mass_kg",
)


def _declaration(seed: int, items: list[dict[str, Any]], truths: dict[str, Any]) -> dict[str, Any]:
    """The declaration that agrees with every document: the invoice's header, the drawn items."""
    fields = {t["type"]: t["fields"] for t in truths.values()}
    inv = fields["commercial_invoice"]
    return {
        "declaration_id": f"DEC-SYN-{seed:06d}",
        "flow": "import",
        "exporter": {"name": inv["exporter_name"], "country": inv["exporter_country"]},
        "importer": {"name": inv["importer_name"], "country": inv["importer_country"]},
        **{k: inv[k] for k in ("invoice_number", "invoice_date", "currency", "incoterm", "total_value")},
        "items": [
            {k: it[k] for k in DECLARED_ITEM_KEYS} | {"origin_country": inv["origin_country"]} for it in items
        ],
        "attached_documents": [
            {"type": kind, "number": fields[kind]["certificate_number"]}
            for kind in ("certificate_of_origin", "phytosanitary_certificate")
        ]
        + [{"type": "packing_list", "number": inv["invoice_number"]}],
    }


def make_case(
    folder: Path, seed: int = 0, lang: str = "fr", noise: bool = True, style: str = "classic"
) -> dict[str, Any]:
    """Write ``documents/``, ``declaration.json`` and ``expected.json`` for one case; returns expected."""
    docs = folder / "documents"
    docs.mkdir(parents=True, exist_ok=True)
    items, truths = STYLES[style](docs, seed, lang, noise)
    expected = {"documents": truths, "discrepancies": []}
    (folder / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    (folder / "declaration.json").write_text(
        json.dumps(_declaration(seed, items, truths), ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return expected


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--cases", type=int, default=4)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-noise", action="store_true")
    parser.add_argument("--style", choices=sorted(STYLES), default="classic")
    args = parser.parse_args(argv)
    for i in range(args.cases):
        make_case(
            args.out / f"syn-{i:03d}",
            seed=args.seed + i,
            lang="fr" if i % 2 == 0 else "en",
            noise=not args.no_noise,
            style=args.style,
        )


if __name__ == "__main__":
    main()
