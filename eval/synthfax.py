"""The ``fax`` layout family of the synthetic trade documents (``eval.synthdocs`` writes the cases).

A European trading house's documents as a customs desk receives them: faxed, photocopied and
typed, kept apart from the other families as a blind test of the reader. Sellers in Switzerland,
Belgium, Quebec, Luxembourg, Monaco, the Netherlands, Denmark and Austria ship watches, cheese,
chocolate, wine, maple timber, pharmaceuticals, machinery parts, silk and linen, flower bulbs or
Christmas trees to buyers in France (or Germany, Italy, Belgium for an English case). Text is
typewriter monospace (DejaVu Sans Mono) under a proportional letterhead (DejaVu Sans); fields are
dotted-leader lines (``Invoice No. ............ : FX-2026-0412``) or labels in the left margin with
the values in a right-hand column. Every page carries a fax transmission header (the sending
machine's date and time, its number, the sender and ``P.002/004``), whose date is none of the
documents' dates; some invoices come with a fax cover sheet as their first page. Dates are written
``12.03.2026``, ``12 mars 2026``, ``12-MAR-2026`` or ``2026-03-12``, amounts ``12'450.00``,
``12 450,00``, ``12.450,00`` or ``12,450.00``. Documents: a commercial invoice (a typed letter, a
margin form or a telex-like listing), a packing list (portrait, or landscape and scanned turned by
90 degrees), the EU chamber model's certificate of origin (boxes 1 to 8, in two layouts) and a
phytosanitary certificate for bulbs, trees and timber (IPPC boxes or numbered lines). Scanned pages
look photocopied: 100 to 150 dpi, black and white, a dark edge, a rubber stamp across a value, a
signature scribble, a second-generation blur.

    python -m eval.synthdocs OUT --cases 8 --seed 6000 --style fax
"""

from __future__ import annotations

import functools
import math
import random
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any, NamedTuple

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from eval.synthdocs import A4, SAVE_OPTIONS, SUFFIXES, Block, Rules, _font, render_text_pdf_pages
from eval.synthgrid import _parties_truth

LANDSCAPE = (A4[1], A4[0])
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


@functools.cache
def _mono(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(MONO, size)
    except OSError:
        return _font(size)


class Seller(NamedTuple):
    name: str
    street: str
    city: str  # the printed city line with its postcode
    town: str  # the place alone (place of issue, Incoterm place)
    iso: str
    phone: str
    fax: str
    vat: str
    short: str  # the name its fax machine sends
    chamber: str  # who issues its certificates of origin
    nppo: dict[str, str]  # the plant protection service, in French and English
    trade: str
    currencies: tuple[str, ...]
    nums: tuple[str, ...]  # its number forms
    invoice_form: str  # its invoice numbers, ``{n}`` a number


class Buyer(NamedTuple):
    name: str
    street: str
    city: str
    iso: str
    fax: str
    trades: tuple[str, ...]


class Good(NamedTuple):
    fr: str
    en: str
    hs: str
    unit: str
    price: float
    kg_per_unit: float
    step: int  # the quantity is a multiple of this
    low: int  # multiples of ``step``
    high: int
    per_package: int  # units per package
    package: str  # key of PACKAGES
    tare: float  # kg of packaging per package
    trade: str
    botanical: str = ""


SELLERS = [
    Seller(
        "Horlogerie Perrenoud & Fils SA",
        "Rue du Progrès 41",
        "CH-2300 La Chaux-de-Fonds",
        "La Chaux-de-Fonds",
        "CH",
        "+41 32 913 44 10",
        "+41 32 913 44 19",
        "CHE-105.377.412 TVA",
        "PERRENOUD & FILS SA",
        "Chambre neuchâteloise du commerce et de l'industrie",
        {},
        "watches",
        ("CHF", "CHF", "EUR"),
        ("apos", "apos", "en"),
        "PF-{y}-{n:04d}",
    ),
    Seller(
        "Fromages Gruyère-Broye Export SA",
        "Route de Riaz 12",
        "CH-1630 Bulle",
        "Bulle",
        "CH",
        "+41 26 919 30 30",
        "+41 26 919 30 31",
        "CHE-112.840.256 TVA",
        "GRUYERE-BROYE EXPORT",
        "Chambre de commerce et d'industrie du canton de Fribourg",
        {},
        "cheese",
        ("CHF", "EUR"),
        ("apos", "space"),
        "FGB {n:05d}",
    ),
    Seller(
        "Chocolaterie Van Roost & Marchal SA",
        "Chaussée de Mons 280",
        "B-1070 Bruxelles",
        "Bruxelles",
        "BE",
        "+32 2 521 44 87",
        "+32 2 521 44 80",
        "TVA BE 0412.558.903",
        "VAN ROOST MARCHAL",
        "Chambre de Commerce de Bruxelles (BECI)",
        {},
        "chocolate",
        ("EUR",),
        ("dot", "space"),
        "VRM/{y}/{n:04d}",
    ),
    Seller(
        "Tissage De Leie Linnen NV",
        "Gentsesteenweg 114",
        "B-8500 Kortrijk",
        "Kortrijk",
        "BE",
        "+32 56 22 71 05",
        "+32 56 22 71 09",
        "BTW BE 0433.190.618",
        "DE LEIE LINNEN NV",
        "Voka - Kamer van Koophandel West-Vlaanderen",
        {},
        "linen",
        ("EUR",),
        ("dot", "en"),
        "DL{y}-{n:05d}",
    ),
    Seller(
        "Bois Francs des Laurentides Inc.",
        "1475, boulevard Jean-Baptiste-Rolland Ouest",
        "Saint-Jérôme (Québec) J7Y 4L9",
        "Saint-Jérôme",
        "CA",
        "+1 450 436-2210",
        "+1 450 436-2215",
        "TPS 81422 5530 RT0001",
        "BOIS FRANCS LAURENTIDES",
        "Chambre de commerce du Montréal métropolitain",
        {
            "fr": "Agence canadienne d'inspection des aliments",
            "en": "Canadian Food Inspection Agency",
        },
        "maple",
        ("CAD", "EUR", "USD"),
        ("space", "en"),
        "BFL-{n:06d}",
    ),
    Seller(
        "Caves Bernard-Schmit S.à r.l.",
        "32, route du Vin",
        "L-5440 Remerschen",
        "Remerschen",
        "LU",
        "+352 23 66 41 21",
        "+352 23 66 41 29",
        "TVA LU 15873320",
        "CAVES BERNARD-SCHMIT",
        "Chambre de Commerce du Grand-Duché de Luxembourg",
        {},
        "wine",
        ("EUR",),
        ("dot", "space", "en"),
        "{y}/{n:05d}",
    ),
    Seller(
        "Soieries Fontvieille SAM",
        "7, rue du Gabian",
        "MC 98000 Monaco",
        "Monaco",
        "MC",
        "+377 92 05 61 30",
        "+377 92 05 61 39",
        "TVA FR 74 0000 51234",
        "SOIERIES FONTVIEILLE",
        "Chambre de Développement Économique de Monaco",
        {},
        "silk",
        ("EUR",),
        ("space", "en"),
        "SF {y}-{n:04d}",
    ),
    Seller(
        "Van der Meulen Bloembollen B.V.",
        "Heereweg 221",
        "2161 BM Lisse",
        "Lisse",
        "NL",
        "+31 252 41 77 90",
        "+31 252 41 77 99",
        "BTW NL8150.44.712.B01",
        "VD MEULEN BLOEMBOLLEN",
        "Kamer van Koophandel Nederland",
        {
            "fr": "Service néerlandais d'inspection des bulbes à fleurs (BKD)",
            "en": "Flower-bulb Inspection Service of the Netherlands (BKD)",
        },
        "bulbs",
        ("EUR",),
        ("dot", "en"),
        "F{y}{n:05d}",
    ),
    Seller(
        "Nordfyn Juletræer ApS",
        "Bogensevej 88",
        "DK-5450 Otterup",
        "Otterup",
        "DK",
        "+45 64 82 17 40",
        "+45 64 82 17 49",
        "CVR DK 31 48 22 07",
        "NORDFYN JULETRAEER",
        "Dansk Industri, København",
        {
            "fr": "Agence danoise de l'agriculture (Landbrugsstyrelsen)",
            "en": "Danish Agricultural Agency (Landbrugsstyrelsen)",
        },
        "trees",
        ("EUR", "DKK"),
        ("dot", "en"),
        "NJ-{n:05d}",
    ),
    Seller(
        "Øresund Pharma Export A/S",
        "Lautrupvang 14",
        "DK-2750 Ballerup",
        "Ballerup",
        "DK",
        "+45 44 66 20 00",
        "+45 44 66 20 90",
        "CVR DK 27 90 51 18",
        "ORESUND PHARMA EXPORT",
        "Dansk Industri, København",
        {},
        "pharma",
        ("EUR", "DKK"),
        ("dot", "en"),
        "OPE{y}{n:06d}",
    ),
    Seller(
        "Steyrtal Antriebstechnik GmbH",
        "Haager Straße 19",
        "A-4400 Steyr",
        "Steyr",
        "AT",
        "+43 7252 81 5 40",
        "+43 7252 81 5 49",
        "UID ATU 6241 8833",
        "STEYRTAL ANTRIEBSTECHNIK",
        "Wirtschaftskammer Oberösterreich",
        {},
        "machinery",
        ("EUR",),
        ("dot", "en"),
        "RE {y}-{n:05d}",
    ),
]

BUYERS = [
    Buyer("Comptoir Lyonnais d'Horlogerie SARL", "14, quai Saint-Antoine", "69002 Lyon", "FR",
          "+33 4 78 42 19 01", ("watches", "silk")),
    Buyer("Crémerie Centrale de Rungis SAS", "Bâtiment D3, 1 rue de la Tour", "94150 Rungis", "FR",
          "+33 1 46 86 52 33", ("cheese", "chocolate", "wine")),
    Buyer("Parquets et Bois du Grand Est SA", "ZI du Rhin, 6 rue des Scieurs", "67100 Strasbourg", "FR",
          "+33 3 88 39 70 12", ("maple",)),
    Buyer("Jardineries du Val de Loire SAS", "Route de Cholet", "49000 Angers", "FR", "+33 2 41 66 08 90",
          ("bulbs", "trees")),
    Buyer("Répartition Pharmaceutique du Sud-Ouest SA", "25, chemin de la Plaine", "31200 Toulouse",
          "FR", "+33 5 61 57 43 00", ("pharma",)),
    Buyer("Mécanique Générale Dauphinoise SAS", "41, avenue de l'Europe", "38100 Grenoble", "FR",
          "+33 4 76 09 55 21", ("machinery",)),
    Buyer("Maison Delcourt Tissus d'Ameublement SARL", "118, rue de Lannoy", "59100 Roubaix", "FR",
          "+33 3 20 73 14 60", ("linen", "silk")),
    Buyer("Hanseatische Feinkost-Einfuhr GmbH", "Großer Grasbrook 17", "20457 Hamburg", "DE",
          "+49 40 3197 2260", ("cheese", "chocolate", "wine")),
    Buyer("Meccanica Padana Ricambi S.p.A.", "Via Emilia Ponente 301", "40133 Bologna", "IT",
          "+39 051 641 2278", ("machinery",)),
    Buyer("Rheinland Pharma-Großhandel GmbH", "Industriestraße 60", "50735 Köln", "DE",
          "+49 221 9718 330", ("pharma",)),
    Buyer("Tessiture Lariane S.r.l.", "Via Borgovico 150", "22100 Como", "IT", "+39 031 57 42 81",
          ("silk", "linen", "watches")),
    Buyer("Groothandel Tuincentra Vlaanderen BV", "Antwerpsesteenweg 502", "9040 Gent", "BE",
          "+32 9 228 61 47", ("trees", "maple", "bulbs")),
]  # fmt: skip

GOODS = [
    Good("Montres-bracelets quartz, boîtier acier", "Quartz wrist-watches, steel case", "91021100", "pcs",
         185.0, 0.09, 10, 5, 60, 10, "box", 0.4, "watches"),
    Good("Montres automatiques, boîtier or 18 ct", "Automatic watches, 18 ct gold case", "91012100", "pcs",
         2450.0, 0.12, 5, 2, 20, 5, "box", 0.5, "watches"),
    Good("Montres automatiques, boîtier acier", "Automatic wrist-watches, steel case", "91022100", "pcs",
         620.0, 0.11, 10, 3, 30, 10, "box", 0.4, "watches"),
    Good("Gruyère AOP, meules de 35 kg", "Gruyère PDO cheese, 35 kg wheels", "04069015", "kg", 14.8, 1.0,
         35, 20, 300, 35, "wheel", 0.6, "cheese"),
    Good("Emmentaler AOP, meules entières", "Emmentaler PDO cheese, whole wheels", "04069013", "kg", 11.2,
         1.0, 80, 8, 120, 80, "wheel", 1.2, "cheese"),
    Good("Fromage à raclette en blocs", "Raclette cheese in blocks", "04069099", "kg", 9.6, 1.0, 6, 50,
         800, 6, "carton", 0.3, "cheese"),
    Good("Pralines au chocolat assorties", "Assorted chocolate pralines", "18069031", "kg", 21.5, 1.0, 10,
         20, 400, 10, "carton", 0.8, "chocolate"),
    Good("Tablettes de chocolat au lait", "Milk chocolate bars", "18063210", "kg", 7.9, 1.0, 12, 40, 600,
         12, "carton", 0.7, "chocolate"),
    Good("Chocolat noir fourré en blocs", "Filled dark chocolate blocks", "18063100", "kg", 9.4, 1.0, 20,
         20, 300, 20, "carton", 0.9, "chocolate"),
    Good("Tissu de lin écru, laize 150 cm", "Unbleached linen fabric, 150 cm wide", "53091110", "m2", 8.7,
         0.2, 75, 10, 200, 75, "roll", 1.5, "linen"),
    Good("Nappes en lin brodées", "Embroidered linen tablecloths", "63025990", "pcs", 34.0, 0.6, 20, 5,
         80, 20, "carton", 1.0, "linen"),
    Good("Érable à sucre scié, qualité FAS", "Sawn hard maple, FAS grade", "44079391", "kg", 1.9, 1.0,
         1000, 5, 40, 1000, "bundle", 8.0, "maple", "Acer saccharum"),
    Good("Parquet en érable massif 19 mm", "Solid maple flooring 19 mm", "44092910", "m2", 52.0, 13.5, 20,
         10, 150, 20, "bundle", 2.0, "maple", "Acer saccharum"),
    Good("Sirop d'érable pur, catégorie A", "Pure maple syrup, grade A", "17022010", "kg", 12.5, 1.0, 16,
         20, 200, 16, "carton", 1.1, "maple"),
    Good("Crémant de Luxembourg brut, 75 cl", "Crémant de Luxembourg brut, 75 cl", "22041098", "l", 14.0,
         1.0, 6, 40, 400, 6, "carton", 6.2, "wine"),
    Good("Riesling Moselle luxembourgeoise AOP", "Luxembourg Moselle Riesling PDO", "22042138", "l", 10.5,
         1.0, 6, 40, 400, 6, "carton", 5.9, "wine"),
    Good("Pinot gris AOP, bouteilles de 75 cl", "Pinot gris PDO, 75 cl bottles", "22042142", "l", 9.8, 1.0,
         6, 40, 400, 6, "carton", 5.9, "wine"),
    Good("Carrés de soie imprimés 90 x 90", "Printed silk squares 90 x 90", "62141000", "pcs", 48.0, 0.08,
         25, 4, 60, 25, "carton", 0.5, "silk"),
    Good("Cravates en soie tissée", "Woven silk ties", "62151000", "pcs", 26.0, 0.06, 50, 4, 60, 50,
         "carton", 0.6, "silk"),
    Good("Bulbes de tulipes, calibre 12/+", "Tulip bulbs, size 12/+", "06011030", "pcs", 0.21, 0.025, 500,
         20, 400, 500, "crate", 2.5, "bulbs", "Tulipa gesneriana"),
    Good("Bulbes de narcisses, calibre 14/16", "Narcissus bulbs, size 14/16", "06011020", "pcs", 0.18,
         0.035, 400, 20, 300, 400, "crate", 2.5, "bulbs", "Narcissus pseudonarcissus"),
    Good("Bulbes de jacinthes, calibre 16/17", "Hyacinth bulbs, size 16/17", "06011010", "pcs", 0.32, 0.05,
         300, 10, 200, 300, "crate", 2.5, "bulbs", "Hyacinthus orientalis"),
    Good("Sapins de Noël Nordmann, 150-175 cm", "Nordmann Christmas trees, 150-175 cm", "06042011", "pcs",
         17.5, 9.0, 25, 8, 80, 25, "bundle", 1.5, "trees", "Abies nordmanniana"),
    Good("Branchages de sapin noble", "Noble fir greenery", "06042090", "kg", 2.6, 1.0, 250, 4, 40, 250,
         "pallet", 22.0, "trees", "Abies procera"),
    Good("Insuline humaine, cartouches de 3 ml", "Human insulin, 3 ml cartridges", "30043100", "pcs", 27.5,
         0.05, 100, 5, 150, 100, "carton", 1.8, "pharma"),
    Good("Comprimés antidiabétiques, boîtes de 30", "Antidiabetic tablets, boxes of 30", "30049000", "pcs",
         8.4, 0.03, 200, 5, 100, 200, "carton", 1.2, "pharma"),
    Good("Vaccins en seringues préremplies", "Vaccines in pre-filled syringes", "30024100", "pcs", 19.0,
         0.04, 100, 5, 80, 100, "isotherm", 3.5, "pharma"),
    Good("Roulements à billes, diamètre 62 mm", "Ball bearings, 62 mm diameter", "84821010", "pcs", 6.8,
         0.2, 100, 2, 50, 100, "carton", 0.8, "machinery"),
    Good("Engrenages cylindriques en acier", "Steel spur gears", "84834029", "pcs", 41.0, 2.4, 10, 2, 40,
         10, "crate", 6.0, "machinery"),
    Good("Pièces de pompes centrifuges", "Centrifugal pump parts", "84139100", "pcs", 96.0, 5.5, 5, 2, 30,
         5, "crate", 7.5, "machinery"),
]  # fmt: skip

COUNTRIES = {
    "CH": {"fr": "Suisse", "en": "Switzerland"},
    "BE": {"fr": "Belgique", "en": "Belgium"},
    "CA": {"fr": "Canada", "en": "Canada"},
    "LU": {"fr": "Luxembourg", "en": "Luxembourg"},
    "MC": {"fr": "Monaco", "en": "Monaco"},
    "NL": {"fr": "Pays-Bas", "en": "Netherlands"},
    "DK": {"fr": "Danemark", "en": "Denmark"},
    "AT": {"fr": "Autriche", "en": "Austria"},
    "FR": {"fr": "France", "en": "France"},
    "DE": {"fr": "Allemagne", "en": "Germany"},
    "IT": {"fr": "Italie", "en": "Italy"},
}
PACKAGES = {
    "box": {"fr": "écrins", "en": "boxes"},
    "wheel": {"fr": "meules", "en": "wheels"},
    "carton": {"fr": "cartons", "en": "cartons"},
    "roll": {"fr": "rouleaux", "en": "rolls"},
    "bundle": {"fr": "colis", "en": "bundles"},
    "crate": {"fr": "caisses", "en": "crates"},
    "pallet": {"fr": "palettes", "en": "pallets"},
    "isotherm": {"fr": "caisses isothermes", "en": "insulated boxes"},
}
UNITS = {
    "kg": ("kg", "KG", "kgs"),
    "pcs": ("pcs", "PCS", "pce"),
    "l": ("l", "ltr", "L"),
    "m2": ("m2", "m²", "M2"),
}
MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}
ABBREVIATIONS = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
DATE_FORMS = ("dotted", "dotted", "long", "abbrev", "iso")
FAX_FORMS = ("slash", "abbrev", "us")  # how the fax machine writes its date
KINDS = ("invoice", "packing", "co", "phyto")
FILE_NAMES = {
    "fr": {
        "invoice": "facture",
        "packing": "colisage",
        "co": "certificat_origine",
        "phyto": "phytosanitaire",
    },
    "en": {"invoice": "invoice", "packing": "packing_list", "co": "certificate_origin", "phyto": "phyto"},
}
INCOTERMS = ("EXW", "FCA", "FCA", "CPT", "DAP", "DAP", "DDP", "CIP")

# Every wording, by language.
T: dict[str, dict[str, str]] = {
    "invoice": {"fr": "FACTURE", "en": "INVOICE"},
    "invoice_long": {"fr": "FACTURE COMMERCIALE", "en": "COMMERCIAL INVOICE"},
    "packing": {"fr": "LISTE DE COLISAGE", "en": "PACKING LIST"},
    "no": {"fr": "Facture No.", "en": "Invoice No."},
    "date": {"fr": "Date", "en": "Date"},
    "terms": {"fr": "Conditions de livraison", "en": "Terms of delivery"},
    "currency": {"fr": "Monnaie", "en": "Currency"},
    "origin": {"fr": "Pays d'origine", "en": "Country of origin"},
    "order": {"fr": "Votre commande", "en": "Your order"},
    "payment": {"fr": "Paiement", "en": "Payment"},
    "seller": {"fr": "Vendeur", "en": "Seller"},
    "buyer": {"fr": "Acheteur", "en": "Buyer"},
    "messrs": {"fr": "Messieurs", "en": "Messrs"},
    "consignee": {"fr": "Destinataire", "en": "Consignee"},
    "pos": {"fr": "Pos.", "en": "Item"},
    "desc": {"fr": "Désignation", "en": "Description"},
    "hs": {"fr": "No. tarif", "en": "Tariff No."},
    "qty": {"fr": "Quantité", "en": "Quantity"},
    "unit": {"fr": "Unité", "en": "Unit"},
    "price": {"fr": "Prix unit.", "en": "Unit price"},
    "amount": {"fr": "Montant", "en": "Amount"},
    "goods_total": {"fr": "Total marchandises", "en": "Goods total"},
    "freight": {"fr": "Frais de transport", "en": "Freight charges"},
    "total": {"fr": "TOTAL A PAYER", "en": "TOTAL DUE"},
    "net": {"fr": "Poids net total", "en": "Total net weight"},
    "gross": {"fr": "Poids brut total", "en": "Total gross weight"},
    "net_col": {"fr": "Net kg", "en": "Net kg"},
    "gross_col": {"fr": "Brut kg", "en": "Gross kg"},
    "packages": {"fr": "Colis", "en": "Packages"},
    "kind": {"fr": "Emballage", "en": "Packing"},
    "marks": {"fr": "Marques", "en": "Marks"},
    "ref": {"fr": "Réf. facture", "en": "Invoice ref."},
    "of": {"fr": "du", "en": "of"},
    "signature": {"fr": "Signature autorisée", "en": "Authorised signature"},
    "truthful": {
        "fr": "Nous certifions la présente facture sincère et véritable.",
        "en": "We certify this invoice to be true and correct.",
    },
    "fax_to": {"fr": "A", "en": "To"},
    "fax_from": {"fr": "De", "en": "From"},
    "fax_no": {"fr": "No. de fax", "en": "Fax No."},
    "fax_pages": {"fr": "Nombre de pages (y compris celle-ci)", "en": "Number of pages (incl. this one)"},
    "fax_re": {"fr": "Objet", "en": "Re"},
    "fax_title": {"fr": "TÉLÉCOPIE", "en": "FAX MESSAGE"},
    "fax_body": {
        "fr": "Veuillez trouver ci-après notre facture et les documents de l'expédition.",
        "en": "Please find hereafter our invoice and the shipping documents.",
    },
    "fax_body2": {
        "fr": "Les originaux suivent par courrier. Salutations distinguées.",
        "en": "Originals follow by mail. Best regards.",
    },
    "fax_call": {
        "fr": "En cas de mauvaise réception, merci de nous rappeler.",
        "en": "If you do not receive all pages, please call us back.",
    },
    "page": {"fr": "Page {p}/{n}", "en": "Page {p} of {n}"},
    "incoterms": {"fr": "Incoterms 2020", "en": "Incoterms 2020"},
    "pay_terms": {"fr": "30 jours date de facture", "en": "30 days from invoice date"},
    "vat_note": {
        "fr": "Livraison exonérée de TVA - exportation",
        "en": "VAT exempt - export delivery",
    },
}
CO = {
    "title": {"fr": "CERTIFICAT D'ORIGINE", "en": "CERTIFICATE OF ORIGIN"},
    "original": {"fr": "ORIGINAL", "en": "ORIGINAL"},
    "b1": {"fr": "1 Expéditeur", "en": "1 Consignor"},
    "b2": {"fr": "2 Destinataire", "en": "2 Consignee"},
    "b3": {"fr": "3 Pays d'origine", "en": "3 Country of origin"},
    "b4": {"fr": "4 Informations relatives au transport (mention facultative)", "en": "4 Transport details (optional)"},
    "b5": {"fr": "5 Remarques", "en": "5 Remarks"},
    "b6": {
        "fr": "6 No d'ordre ; marques, numéros, nombre et nature des colis ; désignation des marchandises",
        "en": "6 Item number; marks, numbers, number and kind of packages; description of goods",
    },
    "b7": {"fr": "7 Quantité", "en": "7 Quantity"},
    "b8": {
        "fr": "8 L'autorité soussignée certifie que les marchandises désignées ci-dessus sont originaires du pays figurant dans la case 3",
        "en": "8 The undersigned authority certifies that the goods described above originate in the country shown in box 3",
    },
    "issued": {"fr": "Lieu et date de délivrance", "en": "Place and date of issue"},
    "invoice_ref": {"fr": "Facture No. {n} du {d}", "en": "Invoice No. {n} of {d}"},
    "by_road": {"fr": "Par camion", "en": "By road"},
    "by_air": {"fr": "Par avion", "en": "By air"},
    "by_sea": {"fr": "Par mer", "en": "By sea"},
    "no": {"fr": "No", "en": "No."},
}  # fmt: skip
PHYTO = {
    "title": {"fr": "CERTIFICAT PHYTOSANITAIRE", "en": "PHYTOSANITARY CERTIFICATE"},
    "no": {"fr": "No.", "en": "No."},
    "to": {
        "fr": "A l'Organisation de la protection des végétaux de",
        "en": "To the Plant Protection Organization of",
    },
    "p1": {"fr": "Nom et adresse de l'exportateur", "en": "Name and address of exporter"},
    "p2": {"fr": "Nom et adresse déclarés du destinataire", "en": "Declared name and address of consignee"},
    "p3": {"fr": "Nombre et nature des colis", "en": "Number and description of packages"},
    "p4": {"fr": "Marques distinctives", "en": "Distinguishing marks"},
    "p5": {"fr": "Lieu d'origine", "en": "Place of origin"},
    "p6": {"fr": "Moyen de transport déclaré", "en": "Declared means of conveyance"},
    "p7": {"fr": "Point d'entrée déclaré", "en": "Declared point of entry"},
    "p8": {"fr": "Nom du produit et quantité déclarée", "en": "Name of produce and quantity declared"},
    "p9": {"fr": "Nom botanique des végétaux", "en": "Botanical name of plants"},
    "cert": {
        "fr": "Il est certifié que les végétaux ou produits végétaux décrits ci-dessus ont été inspectés",
        "en": "This is to certify that the plants or plant products described herein have been inspected",
    },
    "cert2": {
        "fr": "selon des procédures officielles appropriées et sont jugés exempts d'organismes de quarantaine.",
        "en": "according to appropriate official procedures and are considered free from quarantine pests.",
    },
    "add": {"fr": "Déclaration supplémentaire", "en": "Additional declaration"},
    "treat": {"fr": "Traitement de désinfestation : néant", "en": "Disinfestation treatment: none"},
    "place": {"fr": "Lieu de délivrance", "en": "Place of issue"},
    "date": {"fr": "Date", "en": "Date"},
    "officer": {"fr": "Nom du fonctionnaire autorisé", "en": "Name of authorized officer"},
}
OFFICERS = ("J. Vermeulen", "K. Sørensen", "M.-C. Tremblay", "P. de Groot", "L. Lavoie", "H. Nielsen")
SIGNATORIES = (
    "M. Dubois",
    "A. Janssens",
    "K. Weber",
    "S. Lambert",
    "E. Jacobsen",
    "C. Giraud",
    "R. Fontaine",
)
BOTTOM = 1680
PageKind = tuple[str, Callable[[dict[str, Any]], list["FaxPage"]], Callable[[dict[str, Any]], dict[str, Any]]]


# ------------------------------------------------------------------ formats


def _fax_date(iso: str, form: str, lang: str) -> str:
    """``12.03.2026`` (dotted), ``12 mars 2026`` / ``12 March 2026`` (long), ``12-MAR-2026``, ``2026-03-12``."""
    y, m, d = (int(part) for part in iso.split("-"))
    if form == "dotted":
        return f"{d:02d}.{m:02d}.{y}"
    if form == "long":
        return f"{'1er' if lang == 'fr' and d == 1 else d} {MONTHS[lang][m - 1]} {y}"
    if form == "abbrev":
        return f"{d:02d}-{ABBREVIATIONS[m - 1]}-{y}"
    return iso


def _num(value: float, c: dict[str, Any], decimals: int = 2) -> str:
    """``12'450.00`` (apos), ``12 450,00`` (space), ``12.450,00`` (dot), ``12,450.00`` (en)."""
    text = f"{value:,.{decimals}f}"
    form = c["num"]
    if form == "apos":
        return text.replace(",", "'")
    if form == "space":
        return text.replace(",", " ").replace(".", ",")
    if form == "dot":
        return text.replace(",", "_").replace(".", ",").replace("_", ".")
    return text


def _qty(value: float, c: dict[str, Any]) -> str:
    return _num(value, c, decimals=0 if float(value).is_integer() else 2)


def _hs(digits: str, c: dict[str, Any]) -> str:
    """``9102.11.00`` (dotted), ``9102 11 00`` (spaced) or the digits alone; a subheading ``9102.11``."""
    groups = [digits[:4], *(digits[i : i + 2] for i in range(4, len(digits), 2))]
    if c["hs_form"] == "dotted":
        return ".".join(groups)
    if c["hs_form"] == "spaced":
        return " ".join(groups)
    return digits


def _country(iso: str, c: dict[str, Any]) -> str:
    return COUNTRIES[iso][c["lang"]]


def _unit(unit: str, c: dict[str, Any]) -> str:
    return str(c["uom"][unit])


def _date(c: dict[str, Any], key: str) -> str:
    return _fax_date(c[key], c["date_form"], c["lang"])


def _t(key: str, c: dict[str, Any]) -> str:
    return T[key][c["lang"]]


def _leader(label: str, value: str, width: int, colon: bool = True) -> str:
    """A dotted-leader line: ``Invoice No. ............ : FX-2026-0412`` (the label padded to ``width``)."""
    dots = max(width - len(label) - 1, 3)
    return f"{label} {'.' * dots}{' :' if colon else ''} {value}"


# ------------------------------------------------------------------ pages


@dataclass
class FaxPage:
    """A laid-out page: text blocks (each typed or printed), ruled lines, signature strokes and rubber
    stamps, in A4 pixels (a landscape page is 1754 wide and 1240 high)."""

    text: Block = field(default_factory=list)
    rules: Rules = field(default_factory=list)
    mono: list[bool] = field(default_factory=list)
    strokes: list[list[tuple[float, float]]] = field(default_factory=list)
    stamps: list[tuple[float, float, float, list[str], float]] = field(
        default_factory=list
    )  # cx, cy, r, lines, angle
    landscape: bool = False

    def put(
        self, x: float, y: float, text: str, size: int = 20, mono: bool = True, right: bool = False
    ) -> None:
        if text:
            font = _mono(size) if mono else _font(size)
            self.text.append((x - font.getlength(text) if right else x, y, text, size))
            self.mono.append(mono)

    def box(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.rules += [(x0, y0, x1, y0), (x1, y0, x1, y1), (x1, y1, x0, y1), (x0, y1, x0, y0)]

    def hline(self, x0: float, x1: float, y: float) -> None:
        self.rules.append((x0, y, x1, y))


def _header(p: FaxPage, c: dict[str, Any], page: int) -> None:
    """The sending machine's line across the top: its date and time, its number, the sender, the page
    of the transmission (one of three machines' forms)."""
    seller = c["seller"]
    y, m, d = (int(part) for part in c["fax_date"].split("-"))
    time = c["fax_time"]
    n = c["fax_pages"]
    form = c["fax_form"]
    if form == "slash":
        line = f"{d:02d}/{m:02d}/{y} {time}  {seller.fax}  {seller.short}   P.{page:03d}/{n:03d}"
    elif form == "abbrev":
        line = f"{d:02d}-{ABBREVIATIONS[m - 1].title()}-{y % 100:02d} {time}  FROM: {seller.short}  {seller.fax}  P{page}/{n}"
    else:
        line = f"{ABBREVIATIONS[m - 1].title()} {d:02d} {y} {time} FAX {seller.fax}  {seller.short}  #{c['fax_job']}  P. {page:02d}"
    p.put(56, 18, line, 16)
    c_width = LANDSCAPE[0] if p.landscape else A4[0]
    if c["fax_rule"]:
        p.hline(40, c_width - 40, 44)


def _letterhead(p: FaxPage, c: dict[str, Any], y: float = 80, x: float = 90) -> float:
    """The seller's printed letterhead (proportional type): name, address, telephone and fax, VAT."""
    seller = c["seller"]
    p.put(x, y, seller.name, 30, mono=False)
    p.put(x, y + 44, f"{seller.street} - {seller.city} - {_country(seller.iso, c)}", 16, mono=False)
    tel = "Tél." if c["lang"] == "fr" else "Phone"
    p.put(x, y + 68, f"{tel} {seller.phone}   Fax {seller.fax}   {seller.vat}", 14, mono=False)
    p.hline(x, 1150, y + 94)
    return y + 120


def _buyer_lines(c: dict[str, Any]) -> list[str]:
    buyer = c["buyer"]
    return [buyer.name, buyer.street, buyer.city, _country(buyer.iso, c)]


def _scribble(rng: random.Random) -> list[tuple[float, float]]:
    """A signature's ink: loops of uneven height and width drifting right, then a flourish back
    under them."""
    points: list[tuple[float, float]] = []
    x = 0.0
    for _ in range(rng.randint(3, 6)):
        height, width = rng.uniform(15, 40), rng.uniform(24, 50)
        for k in range(12):
            t = 2 * math.pi * k / 12
            points.append((x + width * k / 12 + 0.5 * height * math.cos(t), -height * math.sin(t)))
        x += width
    end = points[-1][0]
    sag = rng.uniform(10, 26)
    points += [(end - k * end / 8, sag + 5 * math.sin(k)) for k in range(1, 8)]
    return [(a + rng.uniform(-1.5, 1.5), b + rng.uniform(-1.5, 1.5)) for a, b in points]


def _sign(p: FaxPage, c: dict[str, Any], x: float, y: float, key: str = "scribble") -> None:
    p.strokes.append([(x + a, y + b) for a, b in c[key]])


def _stamp_lines(c: dict[str, Any]) -> list[str]:
    seller = c["seller"]
    return [seller.short[:22], seller.town.upper()[:18], COUNTRIES[seller.iso]["fr"].upper()]


def _stamp_total(
    p: FaxPage, c: dict[str, Any], x_end: float, y: float, value: str, size: int, other: tuple[float, float]
) -> None:
    """The seller's rubber stamp: its ring across the total (under the amount, its top arc through the
    figures) or over the signature (``other``), as the case drew it."""
    r = 80
    if c["stamp_on"] == "total":
        cx, cy = x_end - _mono(size).getlength(value) / 2, y + size * 0.9 + r - 2
    else:
        cx, cy = other
    p.stamps.append((min(cx, 1150.0), cy, r, _stamp_lines(c), c["copy"]["tilt"] * 10))


def _total(c: dict[str, Any]) -> float:
    return round(sum(it["value"] for it in c["items"]) + c["freight"], 2)


def _masses(c: dict[str, Any]) -> tuple[float, float]:
    return (
        round(sum(it["net_mass_kg"] for it in c["items"]), 2),
        round(sum(it["gross_mass_kg"] for it in c["items"]), 2),
    )


# ------------------------------------------------------------------ the case


def _item(line: int, good: Good, qty: int, price: float, lang: str) -> dict[str, Any]:
    packages = max(1, math.ceil(qty / good.per_package))
    quantity: float = qty * 0.75 if good.unit == "l" else qty  # wine: bottles of 75 cl
    net = round(qty * 0.75 * 0.99 if good.unit == "l" else qty * good.kg_per_unit, 2)
    gross = round(net + packages * good.tare, 2)
    return {
        "line": line,
        "description": good.fr if lang == "fr" else good.en,
        "hs_code": good.hs,
        "quantity": quantity,
        "unit": good.unit,
        "unit_price": price,
        "value": round(quantity * price, 2),
        "net_mass_kg": net,
        "gross_mass_kg": gross,
        "packages": packages,
        "package": good.package,
        "botanical": good.botanical,
    }


def build_fax_case(seed: int, lang: str = "fr") -> dict[str, Any]:
    """The content and every layout choice of a fax-style case, drawn from ``seed``."""
    rng = random.Random(seed)
    seller = rng.choice(SELLERS)
    buyer = rng.choice(
        [
            b
            for b in BUYERS
            if seller.trade in b.trades and b.iso != seller.iso and (lang == "en" or b.iso == "FR")
        ]
    )
    goods = [g for g in GOODS if g.trade == seller.trade]
    picked = sorted(rng.sample(range(len(goods)), rng.randint(1, len(goods))))
    if rng.random() < 0.35 and len(goods) >= 2:  # some invoices repeat a good in a second size of lot
        picked = sorted([*picked, rng.choice(picked)])
    items = []
    for line, i in enumerate(picked, start=1):
        good = goods[i]
        qty = good.step * rng.randint(good.low, good.high)
        items.append(_item(line, good, qty, round(good.price * rng.uniform(0.85, 1.2), 2), lang))
    day = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    co_date = day + timedelta(days=rng.randint(0, 3))
    phyto_date = day + timedelta(days=rng.randint(0, 4))
    fax_date = max(day, co_date, phyto_date) + timedelta(days=rng.randint(1, 6))
    incoterm = rng.choice(INCOTERMS)
    freight = (
        round(rng.uniform(0.015, 0.06) * sum(it["value"] for it in items), 2)
        if incoterm in ("CPT", "CIP", "DAP") and rng.random() < 0.5
        else 0.0
    )
    plants = all(it["botanical"] for it in items) and bool(seller.nppo)
    documents = ["invoice", "packing"]
    documents += ["co"] if rng.random() < 0.75 else []
    documents += ["phyto"] if plants and rng.random() < 0.9 else []
    cover = rng.random() < 0.4
    landscape = rng.random() < 0.4
    pages = {"invoice": 1 + cover, "packing": 1, "co": 1, "phyto": 1}
    first, n = {}, 1
    for kind in documents:
        first[kind] = n
        n += pages[kind]
    single = ("png", "png", "jpg", "scan", "tiff", "pdf", "pdf")
    formats = {kind: rng.choice(single) for kind in KINDS}
    if cover:
        formats["invoice"] = rng.choice(("pdf", "scan", "tiff", "tiff"))
    if landscape:
        formats["packing"] = rng.choice(("png", "jpg", "scan", "tiff"))
    co_no = rng.choice(
        (
            f"{seller.iso} {rng.randint(0, 999999):06d}",
            f"{rng.randint(1, 99999):05d}/2026",
            f"CO-{rng.randint(100000, 999999)}",
        )
    )
    phyto_no = rng.choice(
        (f"{seller.iso}-{rng.randint(100000, 999999)}", f"PC {rng.randint(1, 9999999):07d}")
    )
    c: dict[str, Any] = {
        "lang": lang,
        "seller": seller,
        "buyer": buyer,
        "items": items,
        "invoice_number": seller.invoice_form.format(y=2026, n=rng.randint(12, 9999)),
        "invoice_date": day.isoformat(),
        "order": f"{rng.choice(('PO', 'CDE', 'BC'))} {rng.randint(10000, 99999)}",
        "currency": rng.choice(seller.currencies),
        "incoterm": incoterm,
        "place": seller.town if incoterm in ("EXW", "FCA") else buyer.city.split(" ", 1)[1],
        "freight": freight,
        "co_number": co_no,
        "co_date": co_date.isoformat(),
        "co_measure": rng.choice(("quantity", "gross")),
        "co_hs": rng.random() < 0.5,
        "co_layout": rng.choice(("boxes", "stacked")),
        "phyto_number": phyto_no,
        "phyto_date": phyto_date.isoformat(),
        "phyto_layout": rng.choice(("boxes", "lines")),
        "officer": rng.choice(OFFICERS),
        "signatory": rng.choice(SIGNATORIES),
        "transport": rng.choice(("by_road", "by_road", "by_air"))
        if seller.iso != "CA"
        else rng.choice(("by_sea", "by_air")),
        "truck": f"{rng.choice(('GE', 'FR', 'VD', 'W', 'L', 'AB'))} {rng.randint(100, 99999)}",
        "fax_date": fax_date.isoformat(),
        "fax_time": f"{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}",
        "fax_form": rng.choice(FAX_FORMS),
        "fax_job": f"{rng.randint(1, 9999):04d}",
        "fax_rule": rng.random() < 0.5,
        "fax_pages": n - 1,
        "first_page": first,
        "documents": tuple(documents),
        "cover": cover,
        "invoice_layout": rng.choice(("letter", "margin", "telex")),
        "packing_layout": "landscape" if landscape else rng.choice(("typed", "margin")),
        "rotation": rng.choice((90, 270)),
        "date_form": rng.choice(DATE_FORMS),
        "num": rng.choice(seller.nums),
        "hs_form": rng.choice(("dotted", "dotted", "spaced", "plain")),
        "uom": {unit: rng.choice(forms) for unit, forms in UNITS.items()},
        "caps": rng.random() < 0.5,
        "invoice_masses": rng.random() < 0.7,
        "stamp_on": rng.choice(("total", "date")),
        "money": rng.choice(("label", "prefix", "suffix")),
        "scribble": _scribble(rng),
        "officer_scribble": _scribble(rng),
        "formats": formats,
        "file_form": rng.choice(("kind", "kind", "fax")),
        "copy": {  # the photocopier: resolution, threshold, dark edge, second generation, tilt
            "dpi": rng.choice((100, 120, 150, 150)),
            "threshold": rng.randint(165, 200),
            "edge": rng.choice(("left", "right", "bottom", "top")),
            "edge_width": rng.randint(12, 60),
            "second": rng.random() < 0.5,
            "tilt": rng.uniform(-1.2, 1.2),
        },
    }
    return c


# ------------------------------------------------------------------ cover sheet


def fax_cover(c: dict[str, Any]) -> FaxPage:
    """The fax cover sheet: the letterhead, TELEFAX, to, from, fax numbers, date, pages, subject, a
    typed message and the sender's signature."""
    seller, buyer = c["seller"], c["buyer"]
    p = FaxPage()
    _header(p, c, 1)
    y = _letterhead(p, c)
    p.put(90, y + 30, _t("fax_title", c), 44, mono=False)
    rows = [
        (_t("fax_to", c), buyer.name),
        (_t("fax_no", c), buyer.fax),
        (_t("fax_from", c), f"{c['signatory']}, {seller.name}"),
        (_t("fax_no", c), seller.fax),
        (_t("date", c), _fax_date(c["fax_date"], c["date_form"], c["lang"])),
        (_t("fax_pages", c), str(c["fax_pages"])),
        (_t("fax_re", c), f"{_t('invoice', c).title()} {c['invoice_number']}"),
    ]
    y += 130
    for label, value in rows:
        p.put(90, y, f"{label} :", 18, mono=False)
        p.put(480, y, value, 20)
        y += 40
    p.hline(90, 1150, y + 10)
    y += 50
    for line in (_t("fax_body", c), _t("fax_body2", c)):
        for part in textwrap.wrap(line, 80):
            p.put(90, y, part, 20)
            y += 32
    _sign(p, c, 140, y + 90)
    p.put(90, y + 150, c["signatory"], 18)
    p.box(90, 1500, 1150, 1580)
    p.put(110, 1528, _t("fax_call", c), 16, mono=False)
    return p


# ------------------------------------------------------------------ invoice


def _invoice_fields(c: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        (_t("no", c), c["invoice_number"]),
        (_t("date", c), _date(c, "invoice_date")),
        (_t("order", c), c["order"]),
        (_t("terms", c), f"{c['incoterm']} {c['place']}"),
        (_t("currency", c), c["currency"]),
        (_t("origin", c), _country(c["seller"].iso, c)),
    ]


def _desc_lines(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width) or [""]


def _totals(c: dict[str, Any]) -> list[tuple[str, str]]:
    goods = round(sum(it["value"] for it in c["items"]), 2)
    rows = []
    if c["freight"]:
        rows += [(_t("goods_total", c), _num(goods, c)), (_t("freight", c), _num(c["freight"], c))]
    total, currency = _num(_total(c), c), c["currency"]
    if c["money"] == "prefix":  # CHF 12'450.00
        rows.append((_t("total", c), f"{currency} {total}"))
    elif c["money"] == "suffix":  # 12 450,00 EUR
        rows.append((_t("total", c), f"{total} {currency}"))
    else:
        rows.append((f"{_t('total', c)} {currency}", total))
    return rows


def _mass_lines(c: dict[str, Any], width: int = 24) -> list[str]:
    net, gross = _masses(c)
    return [
        _leader(_t("net", c), f"{_num(net, c)} kg", width),
        _leader(_t("gross", c), f"{_num(gross, c)} kg", width),
    ]


def _invoice_letter(c: dict[str, Any], p: FaxPage) -> None:
    """A typed letter: the printed letterhead, the buyer's address typed on the right, dotted-leader
    fields, a typed table between dashed lines, the totals, the masses, a signature and stamp."""
    y = _letterhead(p, c)
    p.put(700, y + 10, f"{_t('messrs', c)}", 18)
    for i, line in enumerate(_buyer_lines(c)):
        p.put(700, y + 40 + 28 * i, line, 18)
    p.put(90, y + 20, f"{_t('invoice_long', c)}", 28)
    y += 190
    for i, (label, value) in enumerate(_invoice_fields(c)):
        p.put(90, y + 34 * i, _leader(label, value, 26), 20)
    y += 34 * 6 + 30
    cols = [(90, "pos", False), (150, "desc", False), (600, "hs", False), (840, "qty", True), (860, "unit", False),
            (1030, "price", True), (1160, "amount", True)]  # fmt: skip
    dash = "-" * 90
    p.put(90, y, dash, 18)
    for x, key, right in cols:
        p.put(x, y + 26, _t(key, c), 17, right=right)
    p.put(90, y + 52, dash, 18)
    y += 84
    for it in c["items"]:
        lines = _desc_lines(it["description"], 38)
        p.put(90, y, f"{it['line']:>2}", 18)
        for k, line in enumerate(lines):
            p.put(150, y + 26 * k, line, 18)
        p.put(600, y, _hs(it["hs_code"], c), 18)
        p.put(840, y, _qty(it["quantity"], c), 18, right=True)
        p.put(860, y, _unit(it["unit"], c), 18)
        p.put(1030, y, _num(it["unit_price"], c), 18, right=True)
        p.put(1160, y, _num(it["value"], c), 18, right=True)
        y += 26 * len(lines) + 14
    p.put(90, y, dash, 18)
    y += 34
    for label, value in _totals(c):
        p.put(600, y, label, 20)
        p.put(1160, y, value, 20, right=True)
        total_y, total = y, value
        y += 34
    p.put(600, y, "=" * 50, 18)
    y += 50
    if c["invoice_masses"]:
        for line in _mass_lines(c):
            p.put(90, y, line, 18)
            y += 30
    p.put(90, y + 20, _t("truthful", c), 18)
    p.put(90, y + 50, _t("vat_note", c), 18)
    _sign(p, c, 700, y + 150)
    p.put(700, y + 200, f"{c['signatory']} - {_t('signature', c)}", 16)
    _stamp_total(p, c, 1160, total_y, total, 20, (1000, y + 150))


def _invoice_margin(c: dict[str, Any], p: FaxPage) -> None:
    """A form with its labels in the left margin (printed) and the values typed in a right-hand
    column, a ruled table, the totals in a box."""
    seller = c["seller"]
    p.put(90, 80, seller.name.upper(), 26, mono=False)
    p.put(90, 118, f"{seller.street}, {seller.city}", 16, mono=False)
    p.put(90, 140, f"Tel. {seller.phone} / Fax {seller.fax}", 14, mono=False)
    p.put(1150, 90, _t("invoice", c), 36, mono=False, right=True)
    top = 200
    p.rules.append((350, top, 350, top + 560))
    rows: list[tuple[str, list[str]]] = [
        (_t("seller", c), [seller.name, seller.street, seller.city, _country(seller.iso, c), seller.vat]),
        (_t("buyer", c), _buyer_lines(c)),
        *((label, [value]) for label, value in _invoice_fields(c)),
    ]
    y = top + 10
    for label, values in rows:
        p.put(90, y + 2, label.upper() if c["caps"] else label, 15, mono=False)
        for k, value in enumerate(values):
            p.put(370, y + 28 * k, value, 20)
        y += 28 * len(values) + 14
        p.hline(90, 1150, y - 7)
    y = max(y, top + 570) + 20
    xs = [90, 140, 520, 690, 840, 910, 1030, 1150]
    p.box(90, y, 1150, y + 40)
    heads = ["pos", "desc", "hs", "qty", "unit", "price", "amount"]
    for x, key in zip(xs, heads, strict=False):
        p.put(x + 6, y + 10, _t(key, c), 15, mono=False)
    y += 40
    start = y
    for it in c["items"]:
        lines = _desc_lines(it["description"], 33)
        row_h = 28 * len(lines) + 16
        p.put(98, y + 8, str(it["line"]), 18)
        for k, line in enumerate(lines):
            p.put(146, y + 8 + 28 * k, line, 18)
        p.put(526, y + 8, _hs(it["hs_code"], c), 18)
        p.put(834, y + 8, _qty(it["quantity"], c), 18, right=True)
        p.put(846, y + 8, _unit(it["unit"], c), 18)
        p.put(1024, y + 8, _num(it["unit_price"], c), 17, right=True)
        p.put(1144, y + 8, _num(it["value"], c), 17, right=True)
        y += row_h
        p.hline(90, 1150, y)
    for x in xs:
        p.rules.append((x, start - 40, x, y))
    y += 20
    total_y = y
    for label, value in _totals(c):
        p.put(560, y, label, 18, mono=False)
        p.put(1144, y, value, 20, right=True)
        total_y, total = y, value
        y += 34
    p.box(550, y - 34 * len(_totals(c)) - 8, 1150, y)
    y += 30
    if c["invoice_masses"]:
        for label, mass in zip((_t("net", c), _t("gross", c)), _masses(c), strict=True):
            p.put(90, y, label, 15, mono=False)
            p.put(370, y, f"{_num(mass, c)} kg", 20)
            y += 32
    p.put(90, y + 20, _t("truthful", c), 16, mono=False)
    _sign(p, c, 180, y + 130)
    p.put(120, y + 180, c["signatory"], 16)
    _stamp_total(p, c, 1144, total_y, total, 20, (300, y + 130))


def _invoice_telex(c: dict[str, Any], p: FaxPage) -> None:
    """A telex-like listing: everything typed, upper-case labels, each row of the table one typed line
    padded into columns."""
    seller = c["seller"]
    p.put(90, 80, seller.name, 24, mono=False)
    p.put(90, 112, f"{seller.street} * {seller.city} * {_country(seller.iso, c)}", 14, mono=False)
    y = 170
    p.put(90, y, "*" * 48 + f"  {_t('invoice_long', c)}", 18)
    y += 50
    left = [f"{_t('consignee', c).upper()}:", *_buyer_lines(c)]
    for k, line in enumerate(left):
        p.put(90, y + 28 * k, line, 18)
    for k, (label, value) in enumerate(_invoice_fields(c)):
        p.put(640, y + 28 * k, _leader(label.upper(), value, 18, colon=False), 18)
    y += 28 * max(len(left), 6) + 40
    widths = (4, 38, 12, 10, 5, 10, 13)
    heads = [_t(k, c).upper() for k in ("pos", "desc", "hs", "qty", "unit", "price", "amount")]

    def row(cells: list[str]) -> str:
        out = []
        for i, (cell, w) in enumerate(zip(cells, widths, strict=True)):
            out.append(cell.rjust(w) if i in (3, 5, 6) else cell.ljust(w))
        return " ".join(out).rstrip()

    p.put(90, y, "=" * 100, 17)
    p.put(90, y + 24, row([h[:w] for h, w in zip(heads, widths, strict=True)]), 17)
    p.put(90, y + 48, "=" * 100, 17)
    y += 80
    for it in c["items"]:
        lines = _desc_lines(it["description"], 38)
        cells = [f"{it['line']:03d}", lines[0], _hs(it["hs_code"], c), _qty(it["quantity"], c),
                 _unit(it["unit"], c), _num(it["unit_price"], c), _num(it["value"], c)]  # fmt: skip
        p.put(90, y, row(cells), 17)
        for line in lines[1:]:
            y += 24
            p.put(90, y, " " * 5 + line, 17)
        y += 34
    p.put(90, y, "-" * 100, 17)
    y += 30
    total_y = y
    for label, value in _totals(c):
        line = _leader(label.upper(), value.rjust(18), 68, colon=False)
        p.put(90, y, line, 17)
        total_y, total = y, value
        x_end = 90 + _mono(17).getlength(line)
        y += 28
    y += 20
    if c["invoice_masses"]:
        for line in _mass_lines(c):
            p.put(90, y, line.upper().replace("KG", "kg"), 17)
            y += 28
    p.put(90, y + 20, f"{_t('payment', c).upper()}: {_t('pay_terms', c)}", 17)
    p.put(90, y + 48, _t("truthful", c).upper(), 17)
    _sign(p, c, 760, y + 140)
    p.put(760, y + 190, c["signatory"], 17)
    _stamp_total(p, c, x_end, total_y, total, 17, (900, y + 140))


def fax_invoice(c: dict[str, Any]) -> list[FaxPage]:
    p = FaxPage()
    first = c["first_page"]["invoice"] + c["cover"]
    _header(p, c, first)
    {"letter": _invoice_letter, "margin": _invoice_margin, "telex": _invoice_telex}[c["invoice_layout"]](c, p)
    return [fax_cover(c), p] if c["cover"] else [p]


def fax_invoice_truth(c: dict[str, Any]) -> dict[str, Any]:
    seller = c["seller"]
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
            "origin_country": seller.iso,
            **({"net_mass_kg": net, "gross_mass_kg": gross} if c["invoice_masses"] else {}),
            "items": [
                {k: it[k] for k in ("line", "description", "hs_code", "quantity", "unit", "value")}
                for it in c["items"]
            ],
        },
    }


# ------------------------------------------------------------------ packing list


def _packages(it: dict[str, Any], c: dict[str, Any]) -> str:
    return PACKAGES[it["package"]][c["lang"]]


def _packing_portrait(c: dict[str, Any], p: FaxPage) -> None:
    seller = c["seller"]
    y = _letterhead(p, c)
    p.put(90, y + 10, _t("packing", c), 28)
    fields = [
        (_t("ref", c), c["invoice_number"]),
        (_t("date", c), _date(c, "invoice_date")),
        (_t("consignee", c), c["buyer"].name),
    ]
    y += 70
    if c["packing_layout"] == "margin":
        p.rules.append((350, y - 10, 350, y + 190))
        for k, (label, value) in enumerate(fields):
            p.put(90, y + 40 * k, label, 16, mono=False)
            p.put(370, y + 40 * k, value, 20)
        for k, line in enumerate(_buyer_lines(c)[1:]):
            p.put(370, y + 120 + 26 * k, line, 18)
        y += 220
    else:
        for k, (label, value) in enumerate(fields):
            p.put(90, y + 32 * k, _leader(label, value, 22), 20)
        for k, line in enumerate(_buyer_lines(c)[1:]):
            p.put(450, y + 96 + 26 * k, line, 18)
        y += 190
    cols = [(90, "pos", False), (150, "desc", False), (640, "packages", True), (660, "kind", False),
            (900, "qty", True), (915, "unit", False), (1060, "net_col", True), (1180, "gross_col", True)]  # fmt: skip
    p.put(90, y, "-" * 95, 17)
    for x, key, right in cols:
        p.put(x, y + 24, _t(key, c), 16, right=right)
    p.put(90, y + 48, "-" * 95, 17)
    y += 80
    for it in c["items"]:
        lines = _desc_lines(it["description"], 42)
        p.put(90, y, f"{it['line']:>2}", 17)
        for k, line in enumerate(lines):
            p.put(150, y + 24 * k, line, 17)
        p.put(640, y, str(it["packages"]), 17, right=True)
        p.put(660, y, _packages(it, c), 17)
        p.put(900, y, _qty(it["quantity"], c), 17, right=True)
        p.put(915, y, _unit(it["unit"], c), 17)
        p.put(1060, y, _num(it["net_mass_kg"], c), 17, right=True)
        p.put(1180, y, _num(it["gross_mass_kg"], c), 17, right=True)
        y += 24 * len(lines) + 14
    p.put(90, y, "-" * 95, 17)
    packages = sum(it["packages"] for it in c["items"])
    y += 40
    for line in (_leader(_t("packages", c), str(packages), 24), *_mass_lines(c)):
        p.put(90, y, line, 19)
        y += 32
    _sign(p, c, 760, y + 80)
    p.put(760, y + 130, f"{seller.short}", 16)
    p.stamps.append((980, y - 40, 74, _stamp_lines(c), c["copy"]["tilt"] * -9))


def _packing_landscape(c: dict[str, Any], p: FaxPage) -> None:
    """A wide packing list typed on a landscape page: marks, packages, masses and the goods' tariff
    numbers, scanned turned by 90 degrees."""
    seller, buyer = c["seller"], c["buyer"]
    p.put(90, 70, seller.name, 26, mono=False)
    p.put(90, 104, f"{seller.street} - {seller.city} - {_country(seller.iso, c)}", 15, mono=False)
    p.put(1660, 70, _t("packing", c), 30, right=True)
    y = 160
    for k, (label, value) in enumerate(
        ((_t("ref", c), c["invoice_number"]), (_t("date", c), _date(c, "invoice_date")))
    ):
        p.put(90, y + 32 * k, _leader(label, value, 16), 19)
    p.put(900, y, f"{_t('consignee', c)}:", 17)
    for k, line in enumerate(_buyer_lines(c)):
        p.put(1080, y + 26 * k, line, 17)
    y += 140
    marks = re.sub(r"[^A-Z]", "", buyer.name.upper())[:4] + "/" + c["invoice_number"][-4:]
    xs = [80, 140, 360, 860, 1010, 1160, 1360, 1500, 1670]
    heads = ["pos", "marks", "desc", "hs", "packages", "qty", "net_col", "gross_col"]
    p.box(80, y, 1670, y + 40)
    for x, key in zip(xs, heads, strict=False):
        p.put(x + 6, y + 10, _t(key, c), 15, mono=False)
    y += 40
    start = y
    for it in c["items"]:
        lines = _desc_lines(it["description"], 40)
        p.put(86, y + 8, str(it["line"]), 18)
        p.put(146, y + 8, f"{marks}-{it['line']}", 18)
        for k, line in enumerate(lines):
            p.put(366, y + 8 + 26 * k, line, 18)
        p.put(866, y + 8, _hs(it["hs_code"], c), 18)
        p.put(1016, y + 8, f"{it['packages']} {_packages(it, c)}"[:17], 16)
        p.put(1350, y + 8, f"{_qty(it['quantity'], c)} {_unit(it['unit'], c)}", 18, right=True)
        p.put(1490, y + 8, _num(it["net_mass_kg"], c), 18, right=True)
        p.put(1660, y + 8, _num(it["gross_mass_kg"], c), 18, right=True)
        y += 26 * len(lines) + 16
        p.hline(80, 1670, y)
    for x in xs:
        p.rules.append((x, start - 40, x, y))
    net, gross = _masses(c)
    y += 16
    p.put(1010, y, "TOTAL", 18)
    p.put(1490, y, _num(net, c), 18, right=True)
    p.put(1660, y, _num(gross, c), 18, right=True)
    y += 60
    for line in _mass_lines(c):
        p.put(90, y, line, 18)
        y += 30
    _sign(p, c, 1200, y + 20)
    p.stamps.append((1480, y - 70, 70, _stamp_lines(c), 8.0))


def fax_packing(c: dict[str, Any]) -> list[FaxPage]:
    p = FaxPage(landscape=c["packing_layout"] == "landscape")
    _header(p, c, c["first_page"]["packing"])
    (_packing_landscape if p.landscape else _packing_portrait)(c, p)
    return [p]


def fax_packing_truth(c: dict[str, Any]) -> dict[str, Any]:
    net, gross = _masses(c)
    keys = ("line", "description", "quantity", "unit", "net_mass_kg", "gross_mass_kg")
    return {
        "type": "packing_list",
        "fields": {
            "invoice_number": c["invoice_number"],
            "invoice_date": c["invoice_date"],
            **_parties_truth(c),
            "net_mass_kg": net,
            "gross_mass_kg": gross,
            "items": [
                {k: it[k] for k in keys}
                | ({"hs_code": it["hs_code"]} if c["packing_layout"] == "landscape" else {})
                for it in c["items"]
            ],
        },
    }


# ------------------------------------------------------------------ certificate of origin


def _co_label(p: FaxPage, x: float, y: float, key: str, c: dict[str, Any], size: int = 13) -> None:
    """A printed box label: French and English on one line (boxes), or stacked (stacked layout)."""
    fr, en = CO[key]["fr"], CO[key]["en"]
    if c["co_layout"] == "boxes":
        first = fr if c["lang"] == "fr" else en
        p.put(x, y, first, size, mono=False)
    else:
        p.put(x, y, fr, size - 1, mono=False)
        p.put(x + 18, y + 16, en[2:], size - 2, mono=False)


def _co_measure(it: dict[str, Any], c: dict[str, Any]) -> str:
    if c["co_measure"] == "gross":
        return f"{_num(it['gross_mass_kg'], c)} kg"
    return f"{_qty(it['quantity'], c)} {_unit(it['unit'], c)}"


def fax_co(c: dict[str, Any]) -> list[FaxPage]:
    """The EU chamber model: 1 consignor, 2 consignee, 3 country of origin, 4 transport details, 5
    remarks, 6 items with marks, packages and description, 7 quantity, 8 the chamber's certification
    with place and date; typed into the form (the values shifted as a typewriter leaves them)."""
    seller, buyer = c["seller"], c["buyer"]
    p = FaxPage()
    _header(p, c, c["first_page"]["co"])
    dx, dy = (6, 4) if c["co_layout"] == "stacked" else (0, 0)
    L, M, R = 80, 640, 1160
    # box 1 | number and title
    p.box(L, 70, M, 300)
    _co_label(p, L + 8, 76, "b1", c)
    for k, line in enumerate([seller.name, seller.street, seller.city, _country(seller.iso, c)]):
        p.put(L + 20 + dx, 116 + dy + 28 * k, line, 19)
    p.box(M, 70, R, 300)
    p.put(M + 20, 82, f"{CO['no'][c['lang']]} {c['co_number']}", 22)
    union = "UNION EUROPÉENNE" if c["lang"] == "fr" else "EUROPEAN UNION"
    p.put(
        M + 20,
        130,
        _country(seller.iso, c).upper() if seller.iso in ("CH", "CA", "MC") else union,
        16,
        mono=False,
    )
    p.put(M + 20, 170, CO["title"][c["lang"]], 26, mono=False)
    if c["co_layout"] == "stacked":
        p.put(M + 20, 206, CO["title"]["en" if c["lang"] == "fr" else "fr"], 16, mono=False)
    p.put(M + 20, 250, CO["original"][c["lang"]], 18, mono=False)
    # box 2 | box 3
    p.box(L, 300, M, 520)
    _co_label(p, L + 8, 306, "b2", c)
    for k, line in enumerate(_buyer_lines(c)):
        p.put(L + 20 + dx, 346 + dy + 28 * k, line, 19)
    p.box(M, 300, R, 520)
    _co_label(p, M + 8, 306, "b3", c)
    p.put(M + 60 + dx, 400 + dy, _country(seller.iso, c).upper(), 26)
    # box 4 | box 5
    p.box(L, 520, M, 680)
    _co_label(p, L + 8, 526, "b4", c, 12)
    p.put(L + 20 + dx, 580 + dy, CO[c["transport"]][c["lang"]], 19)
    p.put(L + 20 + dx, 610 + dy, f"{seller.town} - {buyer.city.split(' ', 1)[1]}", 19)
    p.box(M, 520, R, 680)
    _co_label(p, M + 8, 526, "b5", c)
    ref = CO["invoice_ref"][c["lang"]].format(n=c["invoice_number"], d=_date(c, "invoice_date"))
    for k, line in enumerate(textwrap.wrap(ref, 38)):
        p.put(M + 20 + dx, 570 + dy + 28 * k, line, 18)
    # box 6 | box 7
    p.box(L, 680, 930, 1300)
    p.box(930, 680, R, 1300)
    for k, line in enumerate(textwrap.wrap(CO["b6"][c["lang"]], 72)):
        p.put(L + 8, 686 + 18 * k, line, 13, mono=False)
    _co_label(p, 938, 686, "b7", c)
    y = 760 + dy
    for it in c["items"]:
        head = f"{it['line']}. {it['packages']} {_packages(it, c)} -"
        p.put(L + 20 + dx, y, head, 18)
        lines = _desc_lines(it["description"], 44)
        for k, line in enumerate(lines):
            p.put(L + 60 + dx, y + 26 * (k + 1), line, 18)
        extra = 0
        if c["co_hs"]:
            p.put(L + 60 + dx, y + 26 * (len(lines) + 1), f"HS {_hs(it['hs_code'][:6], c)}", 18)
            extra = 1
        p.put(R - 16, y, _co_measure(it, c), 18, right=True)
        y += 26 * (len(lines) + 1 + extra) + 18
    p.put(L + 20 + dx, y, "*" * 30, 18)
    # box 8
    p.box(L, 1300, R, 1660)
    for k, line in enumerate(textwrap.wrap(CO["b8"][c["lang"]], 95)):
        p.put(L + 8, 1306 + 18 * k, line, 13, mono=False)
    chamber = seller.chamber
    p.put(L + 20, 1380, chamber, 20, mono=False)
    p.put(L + 20, 1440, f"{CO['issued'][c['lang']]} :", 14, mono=False)
    p.put(L + 20 + dx, 1470 + dy, f"{seller.town}, {_date(c, 'co_date')}", 20)
    _sign(p, c, 700, 1560, "officer_scribble")
    p.stamps.append((440, 1482, 84, [chamber.split(" - ")[0][:24], "*", seller.town.upper()[:16]], 14.0))
    return [p]


def fax_co_truth(c: dict[str, Any]) -> dict[str, Any]:
    seller = c["seller"]
    items = []
    for it in c["items"]:
        item = {"line": it["line"], "description": it["description"]}
        if c["co_hs"]:
            item["hs_code"] = it["hs_code"][:6]
        keys = ("gross_mass_kg",) if c["co_measure"] == "gross" else ("quantity", "unit")
        items.append(item | {k: it[k] for k in keys})
    return {
        "type": "certificate_of_origin",
        "fields": {
            **_parties_truth(c),
            "invoice_number": c["invoice_number"],
            "invoice_date": c["invoice_date"],
            "origin_country": seller.iso,
            "certificate_number": c["co_number"],
            "certificate_type": "certificate_of_origin",
            "issue_date": c["co_date"],
            "issuing_authority": seller.chamber,
            "items": items,
        },
    }


# ------------------------------------------------------------------ phytosanitary certificate


def _ph(key: str, c: dict[str, Any]) -> str:
    return PHYTO[key][c["lang"]]


def fax_phyto(c: dict[str, Any]) -> list[FaxPage]:
    """The IPPC model: numbered boxes, or numbered dotted-leader lines, filled in on a typewriter."""
    seller, buyer = c["seller"], c["buyer"]
    nppo = seller.nppo[c["lang"]]
    p = FaxPage()
    _header(p, c, c["first_page"]["phyto"])
    produce = [
        f"{it['line']}. {it['description']} - {_qty(it['quantity'], c)} {_unit(it['unit'], c)}"
        for it in c["items"]
    ]
    botanical = ", ".join(dict.fromkeys(it["botanical"] for it in c["items"]))
    packages = "; ".join(f"{it['packages']} {_packages(it, c)}" for it in c["items"])
    entry = buyer.city.split(" ", 1)[1]
    if c["phyto_layout"] == "boxes":
        p.put(620, 70, nppo, 17, mono=False, right=False)
        p.put(620, 100, _country(seller.iso, c).upper(), 17, mono=False)
        p.put(80, 160, _ph("title", c), 30, mono=False)
        p.put(80, 210, f"{_ph('no', c)} {c['phyto_number']}", 24)
        p.put(80, 260, f"{_ph('to', c)} : {_country(buyer.iso, c)}", 18, mono=False)
        boxes = [
            ("1. " + _ph("p1", c), [seller.name, seller.street, f"{seller.city}, {_country(seller.iso, c)}"]),
            ("2. " + _ph("p2", c), _buyer_lines(c)[:3]),
            ("3. " + _ph("p3", c), textwrap.wrap(packages, 80)),
            ("4. " + _ph("p4", c), [c["invoice_number"]]),
            ("5. " + _ph("p5", c), [_country(seller.iso, c)]),
            ("6. " + _ph("p6", c) + " / 7. " + _ph("p7", c), [f"{CO[c['transport']][c['lang']]} / {entry}"]),
            ("8. " + _ph("p8", c), [line for text in produce for line in textwrap.wrap(text, 80)]),
            ("9. " + _ph("p9", c), [botanical]),
        ]
        y = 310
        for label, lines in boxes:
            h = 36 + 26 * len(lines) + 10
            p.box(80, y, 1160, y + h)
            p.put(90, y + 6, label, 13, mono=False)
            for k, line in enumerate(lines):
                p.put(110, y + 32 + 26 * k, line, 18)
            y += h
    else:
        p.put(80, 80, nppo, 20, mono=False)
        p.put(80, 150, _ph("title", c), 28, mono=False)
        p.put(800, 150, f"{_ph('no', c)} {c['phyto_number']}", 22)
        p.put(80, 200, f"{_ph('to', c)} {_country(buyer.iso, c)}", 18)
        lines_: list[tuple[str, str]] = [
            ("1. " + _ph("p1", c), f"{seller.name}, {seller.city}"),
            ("2. " + _ph("p2", c), f"{buyer.name}, {buyer.city}"),
            ("3. " + _ph("p3", c), packages),
            ("4. " + _ph("p4", c), c["invoice_number"]),
            ("5. " + _ph("p5", c), _country(seller.iso, c)),
            ("6. " + _ph("p6", c), CO[c["transport"]][c["lang"]]),
            ("7. " + _ph("p7", c), entry),
        ]
        y = 260
        for label, value in lines_:
            text = _leader(label, value, 44)
            for k, part in enumerate(_wrap_value(text, 92)):
                p.put(80 + (40 if k else 0), y, part, 18)
                y += 28
            y += 6
        p.put(80, y, "8. " + _ph("p8", c) + " :", 18)
        y += 30
        for text in produce:
            for part in textwrap.wrap(text, 86):
                p.put(120, y, part, 18)
                y += 28
        p.put(80, y + 6, _leader("9. " + _ph("p9", c), botanical, 44), 18)
        y += 40
    y += 30
    p.put(80, y, _ph("cert", c), 14, mono=False)
    p.put(80, y + 20, _ph("cert2", c), 14, mono=False)
    p.put(80, y + 60, f"{_ph('add', c)} : {_ph('treat', c)}", 16)
    y += 120
    p.put(80, y, _leader(_ph("place", c), seller.town, 24), 18)
    p.put(80, y + 32, _leader(_ph("date", c), _date(c, "phyto_date"), 24), 18)
    p.put(80, y + 64, _leader(_ph("officer", c), c["officer"], 24), 18)
    _sign(p, c, 760, y + 40, "officer_scribble")
    p.stamps.append(
        (1000, y + 40, 80, [nppo.split("(")[-1].rstrip(")")[:18], _country(seller.iso, c).upper()], -10.0)
    )
    return [p]


def _wrap_value(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width) or [text]


def fax_phyto_truth(c: dict[str, Any]) -> dict[str, Any]:
    seller = c["seller"]
    return {
        "type": "phytosanitary_certificate",
        "fields": {
            "certificate_number": c["phyto_number"],
            "certificate_type": "phytosanitary_certificate",
            **_parties_truth(c),
            "origin_country": seller.iso,
            "issue_date": c["phyto_date"],
            "issuing_authority": seller.nppo[c["lang"]],
            "items": [{k: it[k] for k in ("line", "description", "quantity", "unit")} for it in c["items"]],
        },
    }


# ------------------------------------------------------------------ the documents of a case

FAX_KINDS: list[PageKind] = [
    ("invoice", fax_invoice, fax_invoice_truth),
    ("packing", fax_packing, fax_packing_truth),
    ("co", fax_co, fax_co_truth),
    ("phyto", fax_phyto, fax_phyto_truth),
]


def fax_kinds(c: dict[str, Any]) -> list[PageKind]:
    """The documents the case has: invoice and packing list, most often a certificate of origin, a
    phytosanitary certificate for bulbs, trees and timber."""
    return [kind for kind in FAX_KINDS if kind[0] in c["documents"]]


def file_names(c: dict[str, Any]) -> dict[str, str]:
    """Each document's file name without its suffix: the invoice number and the kind, or the fax
    server's name (its date and the document's first page)."""
    if c["file_form"] == "fax":
        stamp = c["fax_date"].replace("-", "")
        return {kind: f"FAX{stamp}_{c['first_page'].get(kind, 0):03d}" for kind in KINDS}
    stem = re.sub(r"[^A-Za-z0-9-]+", "-", c["invoice_number"]).strip("-")
    return {kind: f"{stem}_{name}" for kind, name in FILE_NAMES[c["lang"]].items()}


# ------------------------------------------------------------------ rendering


def _stamp_image(r: float, lines: list[str], angle: float) -> Image.Image:
    """A round rubber stamp on white, turned by ``angle`` degrees."""
    size = int(2 * r + 20)
    img = Image.new("L", (size, size), 255)
    draw = ImageDraw.Draw(img)
    c = size / 2
    ink = 45
    draw.ellipse((c - r, c - r, c + r, c + r), outline=ink, width=4)
    draw.ellipse((c - r + 9, c - r + 9, c + r - 9, c + r - 9), outline=ink, width=2)
    step = 20
    top = c - step * len(lines) / 2
    for i, line in enumerate(lines):
        middle = top + step * i + step / 2 - c
        chord = 2 * math.sqrt(max((r - 14) ** 2 - (abs(middle) + step / 2) ** 2, 1.0))
        size = 15
        while size > 8 and _font(size).getlength(line) > chord:
            size -= 1
        font = _font(size)
        draw.text((c - font.getlength(line) / 2, top + step * i + (15 - size) / 2), line, fill=ink, font=font)
    return img.rotate(angle, fillcolor=255, resample=Image.Resampling.BICUBIC)


def render_fax_page(page: FaxPage, c: dict[str, Any], seed: int, noise: bool) -> Image.Image:
    """A page as the fax or the copier delivers it: drawn, stamped and signed, turned when it is a
    landscape page; with ``noise`` photocopied (tilt, second-generation blur, a dark edge, lower
    resolution, black and white threshold, toner specks)."""
    img = Image.new("L", LANDSCAPE if page.landscape else A4, 255)
    draw = ImageDraw.Draw(img)
    for x0, y0, x1, y1 in page.rules:
        draw.line([(x0, y0), (x1, y1)], fill=0, width=2)
    for (x, y, text, size), mono in zip(page.text, page.mono, strict=True):
        draw.text((x, y), text, fill=0, font=_mono(size) if mono else _font(size))
    for points in page.strokes:
        draw.line(points, fill=20, width=3, joint="curve")
    for cx, cy, r, lines, angle in page.stamps:
        stamp = _stamp_image(r, lines, angle)
        layer = Image.new("L", img.size, 255)
        layer.paste(stamp, (int(cx - stamp.width / 2), int(cy - stamp.height / 2)))
        img = ImageChops.darker(img, layer)
    if page.landscape:
        img = img.rotate(c["rotation"], expand=True)
    if not noise:
        return img
    rng = random.Random(seed)
    copy = c["copy"]
    img = img.rotate(copy["tilt"] + rng.uniform(-0.3, 0.3), fillcolor=255, resample=Image.Resampling.BICUBIC)
    img = img.filter(ImageFilter.GaussianBlur(0.8 if copy["second"] else 0.5))
    w, h = img.size
    edge = ImageDraw.Draw(img)
    width = copy["edge_width"] if copy["edge"] != "top" else 8  # the fax header stays legible
    for i in range(width):  # the copier's lid shadow: dark at the very edge, fading inwards
        shade = int(255 * (i / width) ** 0.6)
        if copy["edge"] == "left":
            edge.line([(i, 0), (i, h)], fill=shade)
        elif copy["edge"] == "right":
            edge.line([(w - 1 - i, 0), (w - 1 - i, h)], fill=shade)
        elif copy["edge"] == "top":
            edge.line([(0, i), (w, i)], fill=shade)
        else:
            edge.line([(0, h - 1 - i), (w, h - 1 - i)], fill=shade)
    scale = copy["dpi"] / 150
    if scale < 1:
        img = img.resize((round(w * scale), round(h * scale)), Image.Resampling.BOX)
    if copy["second"]:  # a copy of a copy: thresholded once, blurred again
        img = img.point(lambda v: 0 if v < copy["threshold"] else 255).filter(ImageFilter.GaussianBlur(0.6))
    px = img.load()
    assert px is not None
    for _ in range(rng.randint(300, 1500)):
        px[rng.randrange(img.width), rng.randrange(img.height)] = rng.randrange(0, 100)
    return img.point(lambda v: 0 if v < copy["threshold"] else 255)


def write_fax_documents(docs: Path, seed: int, noise: bool, c: dict[str, Any]) -> dict[str, Any]:
    """Each document of the case in its format (a text PDF, PNG, JPEG, image-only PDF or TIFF);
    returns the truths by file name."""
    truths: dict[str, Any] = {}
    names = file_names(c)
    for k, (kind, layout, truth) in enumerate(fax_kinds(c)):
        pages = layout(c)
        fmt = c["formats"][kind]
        name = names[kind] + SUFFIXES[fmt]
        if fmt == "pdf":
            (docs / name).write_bytes(
                render_text_pdf_pages(
                    [
                        (
                            page.text,
                            page.rules
                            + [(a[0], a[1], b[0], b[1]) for s in page.strokes for a, b in pairwise(s)],
                        )
                        for page in pages
                    ]
                )
            )
        else:
            images = [render_fax_page(page, c, seed + 10 * k + i, noise) for i, page in enumerate(pages)]
            if fmt in ("scan", "jpg"):
                images = [image.convert("RGB") if fmt == "scan" else image for image in images]
            options = SAVE_OPTIONS.get(fmt, {})
            if fmt == "tiff" and noise:  # a fax server's TIFF: black and white, CCITT group 4
                images, options = [image.convert("1") for image in images], {"compression": "group4"}
            first, *rest = images
            if rest:
                first.save(docs / name, save_all=True, append_images=rest, **options)
            else:
                first.save(docs / name, **options)
        truths[name] = truth(c)
    return truths
