"""The ``modern`` layout family of the synthetic trade documents (``eval.synthdocs`` writes the cases).

Documents as today's invoicing software prints them, kept apart from the other families as a
held-out test of the extraction rules: the seller's name large at the top left with its address,
tax number and contact below; the title and a right-aligned meta block (number, date, due date,
order reference); Bill To / Ship To side by side; the terms (``CIF Rotterdam (Incoterms® 2020)``)
as lines or as a strip of label-over-value columns; a line-item table with its headers underlined;
then Subtotal / Freight / Insurance / Total. A packing list in the same style, and for some cases
an electronic certificate of origin from the seller's chamber of commerce. Cases carry 2 to 30
lines, so long documents run onto a second page: the table's header is repeated there (under the
full letterhead or a one-line reminder), every page ends with ``Page 1 of 2`` or the like, and
the totals come after the last line. Its own exporters (India, Türkiye, Chile, Ecuador, Sri Lanka,
Indonesia), EU and UK importers and goods in kg, pcs, l and m2. Every choice, wording, date,
number, HS-code and unit format and each document's file format (PNG, JPEG or PDF for one page;
a PDF with a text layer, an image-only PDF or a TIFF for several) is drawn from the seed by
build_modern_case, so that each document's truth is a function of the case.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, NamedTuple

from eval.synthdocs import _fmt_amount
from eval.synthdraw import centred, fitted_size, label_value, text_width, wrap
from eval.synthgrid import (
    MONTHS,
    Column,
    Sheet,
    _masses,
    co_truth,
    grid_packing_truth,
    invoice_truth,
)
from eval.synthledger import _charges, _incoterm_place, _subtotal, _total


class Party(NamedTuple):
    name: str
    street: str
    city: str  # the printed city line
    town: str  # the place alone (Incoterm place, place of issue)
    iso: str
    country_fr: str
    country_en: str
    port: str = ""  # the seaport it ships from or receives at
    tax_id: str = ""  # printed under the address (GSTIN, VKN, RUT, VAT number...)
    contact: str = ""  # e-mail and website, in the letterhead and the footer
    bank: str = ""  # the bank details printed under the totals
    chamber: str = ""  # the chamber of commerce that certifies the origin of its goods
    goods: tuple[str, ...] = ()  # keys of GOODS


class Good(NamedTuple):
    sku: str  # the seller's item code prefix
    fr: str
    en: str
    hs: str
    unit: str
    price: float  # per unit
    kg_per_unit: float
    per_package: int  # units per package
    package_fr: str
    package_en: str
    tare: float  # kg of packaging per package
    variants: list[str]  # sizes, grades, models: the same in both languages


SELLERS = [
    Party(
        "Saraswati Home Textiles Pvt. Ltd",
        "Plot 42, SIPCOT Industrial Complex",
        "Karur 639006, Tamil Nadu",
        "Karur",
        "IN",
        "Inde",
        "India",
        port="Chennai",
        tax_id="GSTIN 33AAKCS4127M1Z8",
        contact="exports@saraswatihome.in · www.saraswatihome.in",
        bank="Coromandel Commercial Bank · SWIFT CCBKINBB · A/c 0412 5580 9921",
        chamber="Tamil Nadu Chamber of Commerce and Industry",
        goods=("sheet", "pillowcase", "kitchen_towel"),
    ),
    Party(
        "Deccan Precision Castings Pvt. Ltd",
        "Gat No. 118, Chakan MIDC Phase II",
        "Pune 410501, Maharashtra",
        "Pune",
        "IN",
        "Inde",
        "India",
        port="Nhava Sheva",
        tax_id="GSTIN 27AADCD8831L1ZQ",
        contact="sales@deccancastings.in · www.deccancastings.in",
        bank="Western Ghats Bank · SWIFT WGBKINBB · A/c 2207 1190 4436",
        chamber="Mahratta Chamber of Commerce, Industries and Agriculture",
        goods=("brake_disc", "pump_housing", "pipe_fitting"),
    ),
    Party(
        "Ege Havlu Tekstil A.S.",
        "Organize Sanayi Bolgesi, 4. Cadde No. 17",
        "20330 Denizli",
        "Denizli",
        "TR",
        "Turquie",
        "Türkiye",
        port="Izmir",
        tax_id="VKN 3250418763",
        contact="export@egehavlu.com.tr · www.egehavlu.com.tr",
        bank="Anadolu Ticaret Bankasi · SWIFT ATBKTRIS · IBAN TR33 0006 1005 1978 6457 8413 26",
        chamber="Denizli Chamber of Commerce",
        goods=("bath_towel", "bathrobe", "peshtemal"),
    ),
    Party(
        "Marmara Seramik Sanayi A.S.",
        "Bozuyuk Organize Sanayi Bolgesi, 3. Sokak No. 9",
        "11300 Bozuyuk, Bilecik",
        "Bozuyuk",
        "TR",
        "Turquie",
        "Türkiye",
        port="Gemlik",
        tax_id="VKN 6120337915",
        contact="sales@marmaraseramik.com.tr · www.marmaraseramik.com.tr",
        bank="Marmara Yatirim Bankasi · SWIFT MYBKTRIS · IBAN TR12 0004 6007 2188 8000 0473 15",
        chamber="Bilecik Chamber of Commerce and Industry",
        goods=("floor_tile", "wall_tile", "washbasin"),
    ),
    Party(
        "Viña Cordillera del Maipo S.A.",
        "Camino Padre Hurtado 0470",
        "Buin, Región Metropolitana",
        "Buin",
        "CL",
        "Chili",
        "Chile",
        port="San Antonio",
        tax_id="RUT 76.418.225-3",
        contact="export@cordilleramaipo.cl · www.cordilleramaipo.cl",
        bank="Banco del Pacífico Sur · SWIFT BPSUCLRM · Cta. 00-741-22918-06",
        chamber="Cámara de Comercio de Santiago",
        goods=("red_wine", "white_wine", "walnuts"),
    ),
    Party(
        "Flores de Cotopaxi S.A.",
        "Panamericana Norte km 12, Lasso",
        "Latacunga, Cotopaxi",
        "Latacunga",
        "EC",
        "Équateur",
        "Ecuador",
        port="Guayaquil",
        tax_id="RUC 0591712846001",
        contact="ventas@florescotopaxi.ec · www.florescotopaxi.ec",
        bank="Banco Andino del Ecuador · SWIFT BAECECEG · Cta. 2100 4471 93",
        chamber="Cámara de Comercio de Quito",
        goods=("rose", "spray_rose", "gypsophila"),
    ),
    Party(
        "Ceylon Highlands Tea Exports (Pvt) Ltd",
        "No. 48, Sir Marcus Fernando Mawatha",
        "Colombo 07",
        "Colombo",
        "LK",
        "Sri Lanka",
        "Sri Lanka",
        port="Colombo",
        tax_id="TIN 114502337",
        contact="trade@ceylonhighlands.lk · www.ceylonhighlands.lk",
        bank="Lanka Merchant Bank · SWIFT LMBKLKLX · A/c 0077 3150 2284",
        chamber="Ceylon Chamber of Commerce",
        goods=("bulk_tea", "green_tea", "tea_bags"),
    ),
    Party(
        "PT Jepara Teak Furniture Indonesia",
        "Jl. Raya Jepara-Kudus km 7",
        "Jepara 59462, Jawa Tengah",
        "Jepara",
        "ID",
        "Indonésie",
        "Indonesia",
        port="Semarang",
        tax_id="NPWP 02.417.553.8-516.000",
        contact="export@jeparateak.co.id · www.jeparateak.co.id",
        bank="Bank Nusantara Niaga · SWIFT BNNIIDJA · A/c 135 00 2279 4416",
        chamber="Kamar Dagang dan Industri Jawa Tengah",
        goods=("dining_table", "chair", "sideboard"),
    ),
]
BUYERS = [
    Party(
        "Nordlicht Wohnkultur GmbH",
        "Speditionstraße 21",
        "40221 Düsseldorf",
        "Düsseldorf",
        "DE",
        "Allemagne",
        "Germany",
        port="Rotterdam",
        tax_id="USt-IdNr. DE287554210",
    ),
    Party(
        "Huis & Haard Retail B.V.",
        "Papendorpseweg 100",
        "3528 BJ Utrecht",
        "Utrecht",
        "NL",
        "Pays-Bas",
        "Netherlands",
        port="Rotterdam",
        tax_id="VAT NL861245907B01",
    ),
    Party(
        "Atelier Table & Maison SAS",
        "18 rue de Lancry",
        "75010 Paris",
        "Paris",
        "FR",
        "France",
        "France",
        port="Le Havre",
        tax_id="TVA FR42812554301",
    ),
    Party(
        "Brightwater Home & Garden Ltd",
        "3 Trafford Wharf Road",
        "Manchester M17 1AB",
        "Manchester",
        "GB",
        "Royaume-Uni",
        "United Kingdom",
        port="Felixstowe",
        tax_id="VAT GB284552106",
    ),
    Party(
        "Liffey Hospitality Supplies Ltd",
        "Unit 9, East Wall Business Park",
        "Dublin 3, D03 K8N3",
        "Dublin",
        "IE",
        "Irlande",
        "Ireland",
        port="Dublin",
        tax_id="VAT IE3284417QH",
    ),
    Party(
        "Distribuciones Mediterráneo Hogar S.L.",
        "Calle de la Marina 112",
        "46011 Valencia",
        "Valencia",
        "ES",
        "Espagne",
        "Spain",
        port="Valencia",
        tax_id="NIF ESB98765432",
    ),
    Party(
        "Casa Lagunare S.r.l.",
        "Via Venezia 155",
        "35129 Padova",
        "Padova",
        "IT",
        "Italie",
        "Italy",
        port="Venezia",
        tax_id="P.IVA IT04521870281",
    ),
    Party(
        "Fjord & Skov Interiør ApS",
        "Sydhavnsgade 14",
        "8000 Aarhus C",
        "Aarhus",
        "DK",
        "Danemark",
        "Denmark",
        port="Aarhus",
        tax_id="CVR DK38512274",
    ),
]
# Where a buyer has its goods delivered when it is not its own address.
WAREHOUSES = [
    Party(
        "Portside Consolidation Ltd",
        "Dock Road, Berth 8",
        "Felixstowe IP11 3QW",
        "Felixstowe",
        "GB",
        "Royaume-Uni",
        "United Kingdom",
    ),
    Party(
        "Hafenlogistik Neuss GmbH",
        "Hammer Landstraße 3",
        "41460 Neuss",
        "Neuss",
        "DE",
        "Allemagne",
        "Germany",
    ),
    Party(
        "Entrepôt Seine Aval SAS",
        "Port 2000, Terminal Nord",
        "76600 Le Havre",
        "Le Havre",
        "FR",
        "France",
        "France",
    ),
    Party(
        "Botlek Distribution Centre B.V.",
        "Welplaatweg 120",
        "3197 KS Rotterdam",
        "Rotterdam",
        "NL",
        "Pays-Bas",
        "Netherlands",
    ),
]
# Each good: item code prefix, French and English names, HS code, unit, price per unit, kg per unit,
# units per package, the package in French and English, kg of packaging per package, variants.
GOODS = {
    "sheet": Good(
        "SHT", "Drap plat en coton", "Cotton flat sheet", "63023100", "pcs", 6.4, 0.65, 40, "cartons",
        "cartons", 1.2,
        "90x190 percale | 160x200 percale | 240x260 percale | 90x190 satin | 160x200 satin | 240x260 satin"
        .split(" | "),
    ),
    "pillowcase": Good(
        "PLC", "Taie d'oreiller en coton", "Cotton pillowcase", "63023100", "pcs", 1.85, 0.18, 100, "cartons",
        "cartons", 1.0,
        "50x70 percale | 50x75 percale | 65x65 percale | 50x70 satin | 50x75 satin | 65x65 satin"
        .split(" | "),
    ),
    "kitchen_towel": Good(
        "KTW", "Torchon en coton", "Cotton kitchen towel", "6302910010", "pcs", 0.95, 0.08, 200, "cartons",
        "cartons", 1.1,
        "Madras 50x70 | Nilgiri 50x70 | Kaveri 45x65 | Pongal 50x70 | Chettinad 45x65 | Malabar 50x70 | "
        "Kolam 45x65 | Tanjore 50x70 | Koodal 45x65 | Marina 50x70 | Vaigai 45x65 | Palani 50x70 | Cauvery "
        "45x65 | Kodai 50x70 | Ooty 45x65 | Thiru 50x70 | Amaravathi 45x65 | Noyyal 50x70".split(" | "),
    ),
    "brake_disc": Good(
        "BD", "Disque de frein ventilé", "Ventilated brake disc", "8708309190", "pcs", 14.8, 7.4, 8,
        "cartons", "cartons", 1.5,
        "236 x 20 mm | 256 x 22 mm | 266 x 22 mm | 276 x 24 mm | 280 x 24 mm | 288 x 25 mm | 300 x 28 mm | "
        "312 x 25 mm | 320 x 30 mm | 330 x 32 mm | 345 x 30 mm | 350 x 34 mm".split(" | "),
    ),
    "pump_housing": Good(
        "PH", "Corps de pompe en fonte", "Cast iron pump housing", "84139100", "pcs", 22.5, 5.8, 6, "caisses",
        "crates", 4.0,
        "PH-40 | PH-50 | PH-65 | PH-80 | PH-100 | PH-125 | PH-150 | PH-200 | PH-250 | PH-300".split(" | "),
    ),
    "pipe_fitting": Good(
        "PF", "Raccord fonte malléable", "Malleable iron pipe fitting", "73071910", "pcs", 0.85, 0.32, 100,
        "cartons", "cartons", 0.8,
        "DN15 type 90 | DN20 type 90 | DN25 type 90 | DN32 type 90 | DN15 type 130 | DN20 type 130 | DN25 "
        "type 130 | DN32 type 130 | DN15 type 180 | DN20 type 180 | DN25 type 180 | DN32 type 180"
        .split(" | "),
    ),
    "bath_towel": Good(
        "BT", "Serviette éponge", "Terry bath towel", "63026000", "pcs", 3.9, 0.55, 50, "cartons", "cartons",
        1.0,
        "Pamukkale 30x50 | Pamukkale 50x90 | Pamukkale 70x140 | Pamukkale 100x150 | Laodikya 30x50 | "
        "Laodikya 50x90 | Laodikya 70x140 | Laodikya 100x150 | Efes 30x50 | Efes 50x90 | Efes 70x140 | Efes "
        "100x150".split(" | "),
    ),
    "bathrobe": Good(
        "BR", "Peignoir éponge en coton", "Cotton terry bathrobe", "62079100", "pcs", 11.2, 1.1, 20,
        "cartons", "cartons", 1.3,
        "Kimono S | Kimono M | Kimono L | Kimono XL | Kimono XXL | Hera S | Hera M | Hera L | Hera XL | "
        "Hera XXL".split(" | "),
    ),
    "peshtemal": Good(
        "PS", "Fouta en coton", "Cotton peshtemal towel", "6302910090", "pcs", 4.6, 0.35, 60, "cartons",
        "cartons", 1.0,
        "Sultan 90x170 | Sultan 100x180 | Hamam 90x170 | Hamam 100x180 | Bodrum 90x170 | Bodrum 100x180 | "
        "Kas 90x170 | Kas 100x180".split(" | "),
    ),
    "floor_tile": Good(
        "FT", "Grès cérame émaillé", "Porcelain floor tile", "69072100", "m2", 9.8, 21.0, 40, "palettes",
        "pallets", 25.0,
        "60x60 Carrara | 60x60 Travertino | 60x60 Basalto | 60x120 Carrara | 60x120 Travertino | 60x120 "
        "Basalto | 80x80 Calacatta | 80x80 Grafite | 30x60 Legno | 20x120 Rovere | 20x120 Noce | 120x120 "
        "Marquina".split(" | "),
    ),
    "wall_tile": Good(
        "WT", "Faïence murale", "Ceramic wall tile", "69072300", "m2", 7.2, 15.0, 60, "palettes", "pallets",
        22.0,
        "25x40 Bianco | 25x40 Sabbia | 30x90 Bianco | 30x90 Perla | 30x60 Cemento | 30x60 Ardesia | 25x75 "
        "Onice | 25x75 Lino | 20x50 Metro | 10x30 Metro".split(" | "),
    ),
    "washbasin": Good(
        "WB", "Vasque en céramique", "Ceramic washbasin", "69101000", "pcs", 28.5, 14.0, 6, "caisses",
        "crates", 8.0,
        "Lavanda 45 cm | Lavanda 55 cm | Lavanda 65 cm | Nilufer 50 cm | Nilufer 60 cm | Zambak 40 cm | "
        "Zambak 50 cm | Lale 60 cm | Lale 80 cm | Orkide 45 cm".split(" | "),
    ),
    "red_wine": Good(
        "VT", "Vin rouge", "Red wine", "22042179", "l", 3.1, 1.0, 9, "cartons", "cartons", 6.5,
        "Cabernet Sauvignon 2023 | Carmenère 2023 | Merlot 2024 | Syrah 2022 | Pinot Noir 2024 | Cabernet "
        "Sauvignon Reserva | Carmenère Reserva | Malbec 2023 | País 2024 | Cabernet Franc 2022 | Carignan "
        "2021 | Gran Reserva Blend".split(" | "),
    ),
    "white_wine": Good(
        "VB", "Vin blanc", "White wine", "22042178", "l", 2.8, 1.0, 9, "cartons", "cartons", 6.5,
        "Sauvignon Blanc 2024 | Chardonnay 2024 | Chardonnay Reserva | Viognier 2024 | Riesling 2024 | "
        "Gewürztraminer 2024 | Sauvignon Gris 2024 | Sémillon 2023 | Moscatel 2024 | Sauvignon Blanc "
        "Reserva".split(" | "),
    ),
    "walnuts": Good(
        "NU", "Cerneaux de noix", "Walnut kernels", "08023200", "kg", 7.9, 1.0, 10, "cartons", "cartons", 0.6,
        "Extra Light Halves | Light Halves | Light Quarters | Light Pieces | Amber Halves | Amber Pieces | "
        "Chandler Halves | Serr Halves".split(" | "),
    ),
    "rose": Good(
        "RS", "Roses fraîches", "Fresh cut roses", "06031100", "pcs", 0.38, 0.045, 300, "cartons", "boxes",
        2.0,
        "Freedom 50 cm | Freedom 60 cm | Freedom 70 cm | Explorer 60 cm | Mondial 70 cm | Vendela 50 cm | "
        "Pink Floyd 60 cm | Playa Blanca 50 cm | Deep Purple 60 cm | Hearts 50 cm | Nina 60 cm | Tibet 70 "
        "cm | Brighton 50 cm | Candlelight 60 cm".split(" | "),
    ),
    "spray_rose": Good(
        "SR", "Roses branchues", "Fresh spray roses", "06031100", "pcs", 0.52, 0.06, 200, "cartons", "boxes",
        2.0,
        "Majolica 50 cm | Babe 50 cm | Lydia 60 cm | Mikado 50 cm | White Majolica 50 cm | Snowflake 60 cm "
        "| Bubbles 50 cm | Sunshine 60 cm".split(" | "),
    ),
    "gypsophila": Good(
        "GY", "Gypsophile fraîche", "Fresh gypsophila", "06031980", "pcs", 1.2, 0.25, 40, "cartons", "boxes",
        2.0,
        "Xlence 70 cm | Xlence 80 cm | Million Star 70 cm | Million Star 80 cm | Overtime 80 cm | Mirabella "
        "75 cm | Cosmic 75 cm | Party Time 75 cm".split(" | "),
    ),
    "bulk_tea": Good(
        "CT", "Thé noir de Ceylan", "Ceylon black tea", "0902400000", "kg", 4.6, 1.0, 50, "sacs", "sacks",
        0.8,
        "BOP Dimbula | BOP Uva | BOPF Dimbula | BOPF Ruhuna | FBOP Ruhuna | FBOP Kandy | OP Nuwara Eliya | "
        "OP1 Uva | OPA Kandy | Pekoe Ruhuna | Dust 1 Uva | BOP1 Nuwara Eliya".split(" | "),
    ),
    "green_tea": Good(
        "GT", "Thé vert de Ceylan", "Ceylon green tea", "0902200000", "kg", 6.2, 1.0, 25, "sacs", "sacks",
        0.6,
        "Gunpowder Uva | Sencha Nuwara Eliya | Young Hyson Kandy | Chun Mee Dimbula | Pekoe Uva | Sencha "
        "Ruhuna | Gunpowder Kandy | Jasmine Dimbula".split(" | "),
    ),
    "tea_bags": Good(
        "TB", "Thé en sachets x100", "Tea bags x100", "0902300000", "pcs", 2.35, 0.2, 48, "cartons",
        "cartons", 1.2,
        "English Breakfast | Earl Grey | Ceylon Gold | Cinnamon | Cardamom | Ginger | Vanilla | Mint | "
        "Lemon | Chai".split(" | "),
    ),
    "dining_table": Good(
        "DT", "Table à manger en teck", "Teak dining table", "94036010", "pcs", 245.0, 42.0, 1, "caisses",
        "crates", 9.0,
        "Solo 160x90 | Solo 200x100 | Lombok 180x90 | Lombok 220x100 | Bali 140x80 | Bali 160x90 | Java "
        "240x100 | Java 300x110 | Sumba Ø120 | Flores 180x90".split(" | "),
    ),
    "chair": Good(
        "CH", "Chaise en teck", "Teak chair", "94016900", "pcs", 48.0, 7.5, 2, "cartons", "cartons", 3.0,
        "Solo | Lombok | Bali | Java | Sumba | Flores | Komodo | Toraja | Madura | Batavia".split(" | "),
    ),
    "sideboard": Good(
        "SB", "Buffet en teck", "Teak sideboard", "94036090", "pcs", 310.0, 55.0, 1, "caisses", "crates",
        11.0,
        "Solo 160 cm | Solo 200 cm | Lombok 180 cm | Bali 140 cm | Java 220 cm | Sumba 160 cm | Flores 180 "
        "cm | Komodo 200 cm | Toraja 150 cm | Madura 240 cm".split(" | "),
    ),
}  # fmt: skip

MODERN = {
    "fr": {
        "due": "Échéance",
        "po": "Bon de commande",
        "payment": "Paiement",
        "origin": "Pays d'origine",
        "shipment": "Expédition",
        "sea": "Fret maritime",
        "no": "N°",
        "item": "Article",
        "desc": "Désignation",
        "hs": "Code SH",
        "qty": "Qté",
        "unit": "Unité",
        "price": "Prix unitaire",
        "amount": "Montant",
        "packages": "Colis",
        "net_col": "Net (kg)",
        "gross_col": "Brut (kg)",
        "subtotal": "Sous-total",
        "freight": "Fret",
        "insurance": "Assurance",
        "total": "Total",
        "total_packages": "Nombre total de colis",
        "net": "Poids net total",
        "gross": "Poids brut total",
        "bank": "Coordonnées bancaires",
        "thanks": "Merci pour votre confiance.",
        "continued": "suite",
        "packing": "LISTE DE COLISAGE",
        "pl_number": "Liste de colisage n°",
        "ship_date": "Date d'expédition",
        "buyer": "Acheteur",
        "marks": "Marques",
        "loading": "Port de chargement",
        "discharge": "Port de déchargement",
        "co": "CERTIFICAT D'ORIGINE",
        "co_sub": "Origine non préférentielle · certificat électronique",
        "co_number": "Certificat n°",
        "issued": "Date de délivrance",
        "verify": "Code de vérification",
        "exporter": "Exportateur",
        "consignee": "Destinataire",
        "transport": "Transport",
        "invoice": "Facture",
        "co_desc": "Désignation des marchandises",
        "co_qty": "Quantité",
        "co_gross": "Poids brut (kg)",
        "certification": "Certification",
        "certify": "La chambre soussignée certifie que les marchandises désignées ci-dessus sont "
        "originaires du pays indiqué dans ce certificat.",
        "issued_at": "Délivré à {town} le {date}",
        "signatory": "Signataire autorisé",
    },
    "en": {
        "due": "Due date",
        "po": "PO number",
        "payment": "Payment",
        "origin": "Country of origin",
        "shipment": "Shipment",
        "sea": "Sea freight",
        "no": "#",
        "item": "Item",
        "desc": "Description",
        "hs": "HS Code",
        "qty": "Qty",
        "unit": "Unit",
        "price": "Unit Price",
        "amount": "Amount",
        "packages": "Packages",
        "net_col": "Net (kg)",
        "gross_col": "Gross (kg)",
        "subtotal": "Subtotal",
        "freight": "Freight",
        "insurance": "Insurance",
        "total": "Total",
        "total_packages": "Total packages",
        "net": "Total net weight",
        "gross": "Total gross weight",
        "bank": "Bank details",
        "thanks": "Thank you for your business.",
        "continued": "continued",
        "packing": "PACKING LIST",
        "pl_number": "Packing list #",
        "ship_date": "Shipment date",
        "buyer": "Buyer",
        "marks": "Shipping marks",
        "loading": "Port of loading",
        "discharge": "Port of discharge",
        "co": "CERTIFICATE OF ORIGIN",
        "co_sub": "Non-preferential origin · electronic certificate",
        "co_number": "Certificate No.",
        "issued": "Date of issue",
        "verify": "Verification code",
        "exporter": "Exporter",
        "consignee": "Consignee",
        "transport": "Transport",
        "invoice": "Invoice",
        "co_desc": "Description of goods",
        "co_qty": "Quantity",
        "co_gross": "Gross weight (kg)",
        "certification": "Certification",
        "certify": "The undersigned chamber certifies that the goods described above originate in the "
        "country shown in this certificate.",
        "issued_at": "Issued at {town} on {date}",
        "signatory": "Authorised signatory",
    },
}
# Wordings one of which a case prints.
WORDINGS = {
    "fr": {
        "title": ("FACTURE", "Facture commerciale", "FACTURE COMMERCIALE"),
        "number": ("Facture n°", "N° de facture", "Numéro de facture"),
        "date": ("Date de facture", "Date d'émission", "Émise le"),
        "total": ("Total", "Total à payer", "Montant dû"),
        "parties": (("Facturer à", "Livrer à"), ("Facturé à", "Adresse de livraison")),
        # the terms' label and value; {t} is the Incoterm and its place
        "terms": (
            ("Conditions", "{t} (Incoterms® 2020)"),
            ("Incoterms® 2020", "{t}"),
            ("Conditions de livraison", "{t}"),
        ),
        "payment": ("30 jours net", "60 jours fin de mois", "Acompte 30 %, solde sur B/L"),
        "pages": ("Page {p} sur {n}", "Page {p}/{n}", "{p} / {n}"),
    },
    "en": {
        "title": ("INVOICE", "Commercial Invoice", "COMMERCIAL INVOICE"),
        "number": ("Invoice #", "Invoice No.", "Invoice number"),
        "date": ("Invoice date", "Date of issue", "Issue date"),
        "total": ("Total", "Total due", "Amount due"),
        "parties": (("Bill To", "Ship To"), ("Billed to", "Deliver to")),
        "terms": (("Terms", "{t} (Incoterms® 2020)"), ("Incoterms® 2020", "{t}"), ("Delivery terms", "{t}")),
        "payment": ("Net 30", "Net 60", "30% advance, 70% on B/L"),
        "pages": ("Page {p} of {n}", "Page {p}/{n}", "{p} / {n}"),
    },
}
MONTH_ABBREVIATIONS = {
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."),
    "en": tuple(month[:3] for month in MONTHS["en"]),
}
DATE_FORMS = {"en": ("short", "slash", "long", "iso"), "fr": ("short", "slash", "long")}
NUMBER_FORMS = {"en": ("en",), "fr": ("fr", "dot")}
SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}
UNIT_FORMS = {
    "lower": {"kg": "kg", "pcs": "pcs", "l": "l", "m2": "m2"},
    "upper": {"kg": "KG", "pcs": "PCS", "l": "L", "m2": "M2"},
    "symbol": {"kg": "kg", "pcs": "pcs", "l": "L", "m2": "m²"},
}
INCOTERMS = ("EXW", "FCA", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP")
FILE_NAMES = {
    "fr": {"invoice": "facture", "packing": "liste_colisage", "co": "certificat_origine"},
    "en": {"invoice": "invoice", "packing": "packing_list", "co": "certificate_of_origin"},
}
LEFT, RIGHT, MIDDLE, META_X = 80, 1160, 620, 720
TABLE_HEAD, ROW = 44, 38  # the heights of a table's header and of one of its lines
BOTTOM = 1610  # where a page's table and what follows it must end: the footer is below


def _modern_date(iso: str, lang: str, form: str) -> str:
    """``14 Mar 2026`` / ``14 févr. 2026`` (``short``), ``March 14, 2026`` / ``14 mars 2026``
    (``long``), ``14/03/2026`` (``slash``) or ``2026-03-14``."""
    d = date.fromisoformat(iso)
    if form == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if form == "short":
        return f"{d.day} {MONTH_ABBREVIATIONS[lang][d.month - 1]} {d.year}"
    if form == "long":
        month = MONTHS[lang][d.month - 1]
        return f"{d.day} {month} {d.year}" if lang == "fr" else f"{month} {d.day}, {d.year}"
    return iso


def _num(value: float, c: dict[str, Any], decimals: int = 2) -> str:
    """``12,345.67`` (``en``), ``12 345,67`` (``fr``) or ``12.345,67`` (``dot``)."""
    if c["num"] == "dot":
        return _fmt_amount(value, "en", decimals).translate(str.maketrans(",.", ".,"))
    return _fmt_amount(value, c["num"], decimals)


def _money(value: float, c: dict[str, Any]) -> str:
    """The number alone when the headers carry the currency's code (``code``), or with its symbol:
    ``$12,345.67`` in English, ``12 345,67 €`` in French."""
    amount = _num(value, c)
    if c["money"] == "code":
        return amount
    symbol = SYMBOLS[c["currency"]]
    return f"{symbol}{amount}" if c["num"] == "en" else f"{amount} {symbol}"


def _hs_text(hs: str, form: str) -> str:
    """``63023100``, ``6302.31.00`` or ``6302 31 00``: the heading, then pairs of digits."""
    if form == "plain":
        return hs
    return ("." if form == "dotted" else " ").join([hs[:4], *(hs[i : i + 2] for i in range(4, len(hs), 2))])


def _country(party: Party, lang: str) -> str:
    return party.country_fr if lang == "fr" else party.country_en


def _item(line: int, good: Good, variant: int, packages: int, price: float, lang: str) -> dict[str, Any]:
    qty = packages * good.per_package
    net = round(qty * good.kg_per_unit, 2)
    return {
        "line": line,
        "sku": f"{good.sku}-{variant + 1:03d}",
        "description": f"{good.fr if lang == 'fr' else good.en} {good.variants[variant]}",
        "hs_code": good.hs,
        "quantity": qty,
        "unit": good.unit,
        "unit_price": price,
        "value": round(qty * price, 2),
        "net_mass_kg": net,
        "gross_mass_kg": round(net + packages * good.tare, 2),
        "packages": packages,
        "package": good.package_fr if lang == "fr" else good.package_en,
    }


def _items(rng: random.Random, seller: Party, lang: str) -> list[dict[str, Any]]:
    """Between 2 and 30 lines of the seller's catalogue, in catalogue order: a third of the cases
    draw 14 to 30, and from about 20 an invoice needs a second page."""
    catalogue = [(GOODS[key], v) for key in seller.goods for v in range(len(GOODS[key].variants))]
    count = rng.choice((rng.randint(2, 6), rng.randint(5, 14), rng.randint(14, 30)))
    picked = sorted(rng.sample(range(len(catalogue)), count))
    items = []
    for line, index in enumerate(picked, start=1):
        good, variant = catalogue[index]
        price = round(good.price * rng.uniform(0.85, 1.2), 2)
        items.append(_item(line, good, variant, rng.randint(2, 40), price, lang))
    return items


def _formats(rng: random.Random) -> dict[str, str]:
    """The file format of a document, drawn for either length: one page as PNG, JPEG, text PDF or
    image-only PDF; several as text PDF, image-only PDF or TIFF."""
    return {"single": rng.choice(("png", "jpg", "pdf", "scan")), "multi": rng.choice(("pdf", "scan", "tiff"))}


def build_modern_case(seed: int, lang: str = "fr") -> dict[str, Any]:
    """The content and every layout choice of a modern-style case, drawn from ``seed``."""
    rng = random.Random(seed)
    seller, buyer = rng.choice(SELLERS), rng.choice(BUYERS)
    ship_to = rng.choice(WAREHOUSES) if rng.random() < 0.4 else buyer
    items = _items(rng, seller, lang)
    day = date(2026, rng.randint(1, 10), rng.randint(1, 28))
    n = rng.randint(10, 9999)
    incoterm = rng.choice(INCOTERMS)
    freight, insurance = _charges(rng, incoterm, round(sum(it["value"] for it in items), 2))
    wording = WORDINGS[lang]
    initials = "".join(w[0] for w in seller.name.split() if w[0].isupper())[:3]
    return {
        "lang": lang,
        "seller": seller,
        "buyer": buyer,
        "ship_to": ship_to,
        "items": items,
        "invoice_number": rng.choice(
            (
                f"INV-2026-{n:05d}",
                f"EXP/2026/{n:04d}",
                f"F2026{n:05d}",
                f"2026-{n:04d}",
                f"{initials}-{n:06d}",
            )
        ),
        "invoice_date": day.isoformat(),
        "due_date": (day + timedelta(days=rng.choice((30, 45, 60)))).isoformat(),
        "ship_date": (day + timedelta(days=rng.randint(2, 9))).isoformat(),
        "po": rng.choice((f"PO-{rng.randint(10000, 99999)}", f"4500{rng.randint(0, 999999):06d}")),
        "pl_number": f"PL-{n:05d}",
        "currency": rng.choice(("EUR", "EUR", "USD", "GBP")),
        "incoterm": incoterm,
        "incoterm_place": _incoterm_place(incoterm, seller, buyer, ship_to),
        "freight": freight,
        "insurance": insurance,
        "payment": rng.choice(wording["payment"]),
        "marks": f"{''.join(w[0] for w in buyer.name.split()[:2]).upper()}/{seller.iso}/{n % 1000:03d}",
        "co_number": rng.choice(
            (f"{seller.iso}26-{rng.randint(0, 9999999):07d}", f"COO/2026/{rng.randint(0, 999999):06d}")
        ),
        "co_date": (day + timedelta(days=rng.randint(1, 6))).isoformat(),
        "verification": f"{rng.getrandbits(16):04X}-{rng.getrandbits(16):04X}",
        "documents": ("invoice", "packing", "co") if rng.random() < 0.6 else ("invoice", "packing"),
        "date_form": rng.choice(DATE_FORMS[lang]),
        "num": rng.choice(NUMBER_FORMS[lang]),
        "money": rng.choice(("code", "symbol")),
        "hs_form": rng.choice(("plain", "dotted", "spaced")),
        "units": rng.choice(tuple(UNIT_FORMS)),
        "title": rng.choice(wording["title"]),
        "number_label": rng.choice(wording["number"]),
        "date_label": rng.choice(wording["date"]),
        "total_label": rng.choice(wording["total"]),
        "parties": rng.choice(wording["parties"]),
        "terms": rng.choice(wording["terms"]),
        "page_form": rng.choice(wording["pages"]),
        "header_case": rng.choice(("title", "upper")),
        "info_style": rng.choice(("lines", "strip")),
        "row_rules": rng.random() < 0.5,
        "repeat_letterhead": rng.random() < 0.5,
        "sku_column": rng.random() < 0.5,
        "unit_column": rng.random() < 0.5,
        "invoice_masses": rng.random() < 0.5,
        "packing_hs": rng.random() < 0.5,
        "co_measure": rng.choice(("quantity", "gross", "both")),
        "formats": {kind: _formats(rng) for kind in ("invoice", "packing", "co")},
    }


def _date(c: dict[str, Any], key: str) -> str:
    return _modern_date(c[key], c["lang"], c["date_form"])


def _header(c: dict[str, Any], text: str) -> str:
    return text.upper() if c["header_case"] == "upper" else text


def _quantity(it: dict[str, Any], c: dict[str, Any], with_unit: bool) -> str:
    qty = _num(it["quantity"], c, decimals=0)
    return f"{qty} {UNIT_FORMS[c['units']][it['unit']]}" if with_unit else qty


class Paged(NamedTuple):
    """A document whose table runs over as many pages as it needs (see _paginate)."""

    first: Callable[[Sheet], float]  # lays out page 1 above the table; returns where the table starts
    later: Callable[[Sheet], float]  # the same for the next pages
    columns: list[Column]
    rows: list[dict[str, str]]
    tail: Callable[[Sheet, float], None]  # what follows the last line: totals, certification
    tail_height: float
    footer: str  # printed at the foot of every page, left of the page number


def _line(s: Sheet, y: float, columns: list[Column], row: dict[str, str], size: int) -> None:
    """One line of a table, numbers right-aligned, each text shrunk to its column."""
    x = float(LEFT)
    for key, _, width, right in columns:
        text = row.get(key, "")
        s.put(x + width - 8 if right else x + 6, y, text, fitted_size(text, size, width - 14), right=right)
        x += width


def _table(s: Sheet, c: dict[str, Any], y: float, columns: list[Column], rows: list[dict[str, str]]) -> float:
    """The column headers underlined, then one line per row, ruled between rows if the case draws
    it; returns the table's bottom."""
    _line(s, y + 12, columns, {key: _header(c, header) for key, header, _, _ in columns}, 14)
    s.rules.append((LEFT, y + TABLE_HEAD - 4, RIGHT, y + TABLE_HEAD - 4))
    y += TABLE_HEAD
    for row in rows:
        _line(s, y + 9, columns, row, 17)
        y += ROW
        if c["row_rules"]:
            s.rules.append((LEFT, y, RIGHT, y))
    if not c["row_rules"]:
        s.rules.append((LEFT, y, RIGHT, y))
    return y


def _footer(s: Sheet, c: dict[str, Any], text: str, page: int, pages: int) -> None:
    s.rules.append((LEFT, 1645, RIGHT, 1645))
    s.put(LEFT, 1658, text, fitted_size(text, 13, 820))
    s.put(RIGHT, 1658, c["page_form"].format(p=page, n=pages), 13, right=True)


def _paginate(c: dict[str, Any], doc: Paged) -> list[Sheet]:
    """Fills pages with the table's rows, its header repeated on each, until the rest fits above
    the tail; every page gets its footer and number."""
    pages: list[Sheet] = []
    rows = doc.rows
    while True:
        s = Sheet()
        top = (doc.later if pages else doc.first)(s)
        room = BOTTOM - top - TABLE_HEAD
        if len(rows) * ROW + doc.tail_height <= room:
            doc.tail(s, _table(s, c, top, doc.columns, rows))
            pages.append(s)
            break
        # the last page keeps at least one line above the totals, as invoicing software does
        take = min(int(room // ROW), len(rows) - 1)
        _table(s, c, top, doc.columns, rows[:take])
        pages.append(s)
        rows = rows[take:]
    for number, s in enumerate(pages, start=1):
        _footer(s, c, doc.footer, number, len(pages))
    return pages


def _letterhead(s: Sheet, c: dict[str, Any], title: str, meta: list[tuple[str, str]]) -> None:
    """The seller's name large at the top left, its address, tax number and contact below; the
    title and the meta block (labels, values right-aligned) on the right; a rule under both."""
    seller = c["seller"]
    s.put(LEFT, 64, seller.name, fitted_size(seller.name, 34, 600))
    lines = [seller.street, seller.city, _country(seller, c["lang"]), seller.tax_id, seller.contact]
    for i, line in enumerate(lines):
        s.put(LEFT, 118 + 24 * i, line, fitted_size(line, 16 if i < 3 else 14, META_X - LEFT - 30))
    s.put(RIGHT, 64, title, fitted_size(title, 34, RIGHT - 700), right=True)
    for i, (label, value) in enumerate(meta):
        s.put(META_X, 132 + 30 * i, label, 16)
        s.put(RIGHT, 132 + 30 * i, value, 17, right=True)
    s.rules.append((LEFT, 270, RIGHT, 270))


def _reminder(s: Sheet, c: dict[str, Any], heading: str) -> float:
    """A later page's one-line letterhead: the seller, and the document's title and number."""
    lg = MODERN[c["lang"]]
    s.put(LEFT, 64, c["seller"].name, fitted_size(c["seller"].name, 22, 560))
    text = f"{heading} ({lg['continued']})"
    s.put(RIGHT, 68, text, fitted_size(text, 18, RIGHT - 680), right=True)
    s.rules.append((LEFT, 110, RIGHT, 110))
    return 140


def _parties(
    s: Sheet,
    c: dict[str, Any],
    y: float,
    left: tuple[str, Party],
    right: tuple[str, Party],
    ruled: bool = False,
) -> float:
    """Two addresses side by side under their labels (underlined if ``ruled``); returns the end."""
    for x, (label, party) in ((LEFT, left), (MIDDLE, right)):
        s.put(x, y, _header(c, label), 14)
        if ruled:
            s.rules.append((x, y + 24, x + 500, y + 24))
        s.put(x, y + 30, party.name, fitted_size(party.name, 21, 520))
        for i, line in enumerate([party.street, party.city, _country(party, c["lang"]), party.tax_id]):
            s.put(x, y + 62 + 24 * i, line, 17 if i < 3 else 14)
    return y + 160


def _info(s: Sheet, c: dict[str, Any], y: float, pairs: list[tuple[str, str]]) -> float:
    """Facts about the shipment as ``Label: value`` lines, or as a strip of label-over-value
    columns; returns the end."""
    if c["info_style"] == "lines":
        for i, (label, value) in enumerate(pairs):
            s.put(LEFT, y + 28 * i, label_value(label, value, c["lang"]), 17)
        return y + 28 * len(pairs)
    labels = [_header(c, label) for label, _ in pairs]
    # each column as wide as its text, the rest of the line shared out (or taken back) evenly
    widths = [
        max(text_width(label, 13), text_width(value, 17)) + 24
        for label, (_, value) in zip(labels, pairs, strict=True)
    ]
    spare = (RIGHT - LEFT - sum(widths)) / len(pairs)
    x = float(LEFT)
    for label, (_, value), width in zip(labels, pairs, widths, strict=True):
        s.put(x, y, label, fitted_size(label, 13, width + spare - 16))
        s.put(x, y + 22, value, fitted_size(value, 17, width + spare - 16))
        x += width + spare
    return y + 48


def _invoice_meta(c: dict[str, Any]) -> list[tuple[str, str]]:
    lg = MODERN[c["lang"]]
    return [
        (c["number_label"], c["invoice_number"]),
        (c["date_label"], _date(c, "invoice_date")),
        (lg["due"], _date(c, "due_date")),
        (lg["po"], c["po"]),
    ]


def _invoice_head(s: Sheet, c: dict[str, Any]) -> float:
    lg, seller, buyer = MODERN[c["lang"]], c["seller"], c["buyer"]
    _letterhead(s, c, c["title"], _invoice_meta(c))
    bill, ship = c["parties"]
    y = _parties(s, c, 300, (bill, buyer), (ship, c["ship_to"]))
    label, value = c["terms"]
    pairs = [
        (label, value.format(t=f"{c['incoterm']} {c['incoterm_place']}")),
        (lg["payment"], c["payment"]),
        (lg["origin"], _country(seller, c["lang"])),
        (lg["shipment"], f"{lg['sea']}, {seller.port} - {buyer.port}"),
    ]
    return _info(s, c, y + 20, pairs) + 30


def _invoice_columns(c: dict[str, Any]) -> list[Column]:
    lg = MODERN[c["lang"]]
    code = f" ({c['currency']})" if c["money"] == "code" else ""
    sku: list[Column] = [("sku", lg["item"], 110, False)] if c["sku_column"] else []
    unit: list[Column] = [("unit", lg["unit"], 60, False)] if c["unit_column"] else []
    return [
        ("no", lg["no"], 40, False),
        *sku,
        ("desc", lg["desc"], 440 - 110 * len(sku), False),
        ("hs", lg["hs"], 140, False),
        ("qty", lg["qty"], 160 - 60 * len(unit), True),
        *unit,
        ("price", lg["price"] + code, 130, True),
        ("amount", lg["amount"] + code, 170, True),
    ]


def _rows(c: dict[str, Any]) -> list[dict[str, str]]:
    """Each item's cells as the invoice and the packing list print them (their columns pick)."""
    return [
        {
            "no": str(it["line"]),
            "sku": it["sku"],
            "desc": it["description"],
            "hs": _hs_text(it["hs_code"], c["hs_form"]),
            "packages": f"{it['packages']} {it['package']}",
            "qty": _quantity(it, c, with_unit=not c["unit_column"]),
            "unit": UNIT_FORMS[c["units"]][it["unit"]],
            "price": _money(it["unit_price"], c),
            "amount": _money(it["value"], c),
            "net": _num(it["net_mass_kg"], c),
            "gross": _num(it["gross_mass_kg"], c),
        }
        for it in c["items"]
    ]


def _invoice_totals(s: Sheet, c: dict[str, Any], y: float) -> None:
    """Subtotal, freight and insurance if any, a rule and the total on the right; packages, masses,
    bank details and thanks on the left."""
    lg, lang = MODERN[c["lang"]], c["lang"]
    charges = [(lg["freight"], c["freight"]), (lg["insurance"], c["insurance"])]
    rows = [(lg["subtotal"], _subtotal(c)), *((label, v) for label, v in charges if v)]
    y += 26
    for i, (label, value) in enumerate(rows):
        s.put(800, y + 32 * i, label, 17)
        s.put(RIGHT, y + 32 * i, _money(value, c), 17, right=True)
    rule = y + 32 * len(rows) + 4
    s.rules.append((800, rule, RIGHT, rule))
    label = f"{c['total_label']} ({c['currency']})" if c["money"] == "code" else c["total_label"]
    total = _money(_total(c), c)
    s.put(800, rule + 14, label, fitted_size(label, 21, RIGHT - 800 - text_width(total, 21) - 20))
    s.put(RIGHT, rule + 14, total, 21, right=True)
    packages = sum(it["packages"] for it in c["items"])
    notes = [label_value(lg["total_packages"], str(packages), lang)]
    if c["invoice_masses"]:
        net, gross = _masses(c)
        notes += [
            label_value(lg["net"], f"{_num(net, c)} kg", lang),
            label_value(lg["gross"], f"{_num(gross, c)} kg", lang),
        ]
    notes += [lg["bank"], c["seller"].bank, "", lg["thanks"]]
    for i, note in enumerate(notes):
        s.put(LEFT, y + 28 * i, note, fitted_size(note, 16, 680))


def _sellers_document(
    c: dict[str, Any], head: Callable[[Sheet], float], heading: str, **table: Any
) -> list[Sheet]:
    """An invoice or packing list: its letterhead again on later pages or a one-line reminder
    (``heading``), as the case drew; the seller's contact in every footer. ``table`` gives
    Paged's columns, rows, tail and tail_height."""
    later = head if c["repeat_letterhead"] else lambda s: _reminder(s, c, heading)
    return _paginate(
        c, Paged(first=head, later=later, footer=f"{c['seller'].name} · {c['seller'].contact}", **table)
    )


def modern_invoice(c: dict[str, Any]) -> list[Sheet]:
    return _sellers_document(
        c,
        lambda s: _invoice_head(s, c),
        f"{c['title']} {c['invoice_number']}",
        columns=_invoice_columns(c),
        rows=_rows(c),
        tail=lambda s, y: _invoice_totals(s, c, y),
        tail_height=26 + 28 * 7,
    )


def modern_invoice_truth(c: dict[str, Any]) -> dict[str, Any]:
    return invoice_truth(c, _total(c), lambda it: str(it["hs_code"]))


def _packing_head(s: Sheet, c: dict[str, Any]) -> float:
    lg, seller, buyer = MODERN[c["lang"]], c["seller"], c["buyer"]
    meta = [
        (lg["pl_number"], c["pl_number"]),
        (c["number_label"], c["invoice_number"]),
        (c["date_label"], _date(c, "invoice_date")),
        (lg["ship_date"], _date(c, "ship_date")),
    ]
    _letterhead(s, c, lg["packing"], meta)
    y = _parties(s, c, 300, (lg["buyer"], buyer), (c["parties"][1], c["ship_to"]))
    pairs = [
        (lg["marks"], c["marks"]),
        (lg["loading"], seller.port),
        (lg["discharge"], buyer.port),
        (lg["total_packages"], str(sum(it["packages"] for it in c["items"]))),
    ]
    return _info(s, c, y + 20, pairs) + 30


def _packing_columns(c: dict[str, Any]) -> list[Column]:
    lg = MODERN[c["lang"]]
    sku: list[Column] = [("sku", lg["item"], 110, False)] if c["sku_column"] else []
    hs: list[Column] = [("hs", lg["hs"], 130, False)] if c["packing_hs"] else []
    unit: list[Column] = [("unit", lg["unit"], 60, False)] if c["unit_column"] else []
    return [
        ("no", lg["no"], 40, False),
        *sku,
        ("desc", lg["desc"], 540 - 110 * len(sku) - 130 * len(hs), False),
        *hs,
        ("packages", lg["packages"], 110, True),
        ("qty", lg["qty"], 160 - 60 * len(unit), True),
        *unit,
        ("net", lg["net_col"], 110, True),
        ("gross", lg["gross_col"], 120, True),
    ]


def _packing_totals(s: Sheet, c: dict[str, Any], y: float) -> None:
    """A total line under the table's columns, double-ruled, then the totals spelt out."""
    lg, lang = MODERN[c["lang"]], c["lang"]
    net, gross = _masses(c)
    packages = str(sum(it["packages"] for it in c["items"]))
    total = {
        "desc": _header(c, lg["total"]),
        "packages": packages,
        "net": _num(net, c),
        "gross": _num(gross, c),
    }
    _line(s, y + 10, _packing_columns(c), total, 17)
    s.rules += [(LEFT, y + 42, RIGHT, y + 42), (LEFT, y + 46, RIGHT, y + 46)]
    lines = [
        label_value(lg["total_packages"], packages, lang),
        label_value(lg["net"], f"{_num(net, c)} kg", lang),
        label_value(lg["gross"], f"{_num(gross, c)} kg", lang),
    ]
    for i, line in enumerate(lines):
        s.put(LEFT, y + 76 + 28 * i, line, 17)


def modern_packing(c: dict[str, Any]) -> list[Sheet]:
    return _sellers_document(
        c,
        lambda s: _packing_head(s, c),
        f"{MODERN[c['lang']]['packing']} {c['pl_number']}",
        columns=_packing_columns(c),
        rows=_rows(c),
        tail=lambda s, y: _packing_totals(s, c, y),
        tail_height=76 + 28 * 3,
    )


def _centred(s: Sheet, y: float, text: str, size: int) -> None:
    centred(s, y, text, size, LEFT, RIGHT, margin=0)


def _seal(s: Sheet, x: float, y: float) -> None:
    """The verification code's square: a QR code's three finder patterns, drawn as nested boxes."""
    s.box(x, y, x + 120, y + 120)
    for fx, fy in ((x + 8, y + 8), (x + 78, y + 8), (x + 8, y + 78)):
        s.box(fx, fy, fx + 34, fy + 34)
        s.box(fx + 10, fy + 10, fx + 24, fy + 24)


def _co_head(s: Sheet, c: dict[str, Any]) -> float:
    """The chamber's name centred, the title; the seal and the certificate's meta block; the
    exporter and the consignee under ruled labels; origin, transport and invoice."""
    lg, lang, seller, buyer = MODERN[c["lang"]], c["lang"], c["seller"], c["buyer"]
    _centred(s, 56, seller.chamber, 26)
    _centred(s, 98, f"{seller.town}, {_country(seller, lang)}", 15)
    s.rules.append((LEFT, 132, RIGHT, 132))
    _centred(s, 156, lg["co"], 32)
    _centred(s, 204, lg["co_sub"], 15)
    _seal(s, LEFT, 250)
    meta = [
        (lg["co_number"], c["co_number"]),
        (lg["issued"], _date(c, "co_date")),
        (lg["verify"], c["verification"]),
    ]
    for i, (label, value) in enumerate(meta):
        s.put(META_X - 120, 262 + 34 * i, label, 16)
        s.put(RIGHT, 262 + 34 * i, value, 19, right=True)
    y = _parties(s, c, 410, (lg["exporter"], seller), (lg["consignee"], buyer), ruled=True)
    pairs = [
        (lg["origin"], _country(seller, lang)),
        (lg["transport"], f"{lg['sea']}, {seller.port} - {buyer.port}"),
        (lg["invoice"], f"{c['invoice_number']}, {_date(c, 'invoice_date')}"),
    ]
    return _info(s, c, y + 20, pairs) + 30


def _co_columns(c: dict[str, Any]) -> list[Column]:
    lg = MODERN[c["lang"]]
    qty: list[Column] = [("qty", lg["co_qty"], 170, True)] if c["co_measure"] != "gross" else []
    gross: list[Column] = [("gross", lg["co_gross"], 190, True)] if c["co_measure"] != "quantity" else []
    return [
        ("no", lg["no"], 50, False),
        ("desc", lg["co_desc"], 880 - 170 * len(qty) - 190 * len(gross), False),
        ("hs", lg["hs"], 150, False),
        *qty,
        *gross,
    ]


def _co_rows(c: dict[str, Any]) -> list[dict[str, str]]:
    return [
        {
            "no": str(it["line"]),
            "desc": it["description"],
            "hs": _hs_text(it["hs_code"][:6], c["hs_form"]),
            "qty": _quantity(it, c, with_unit=True),
            "gross": _num(it["gross_mass_kg"], c),
        }
        for it in c["items"]
    ]


def _certification(s: Sheet, c: dict[str, Any], y: float) -> None:
    lg, seller = MODERN[c["lang"]], c["seller"]
    s.put(LEFT, y + 30, _header(c, lg["certification"]), 14)
    s.rules.append((LEFT, y + 54, RIGHT, y + 54))
    lines = wrap(lg["certify"], 17, RIGHT - LEFT)
    for i, line in enumerate(lines):
        s.put(LEFT, y + 66 + 26 * i, line, 17)
    y += 66 + 26 * len(lines) + 20
    s.put(LEFT, y, lg["issued_at"].format(town=seller.town, date=_date(c, "co_date")), 18)
    s.rules.append((760, y + 90, RIGHT, y + 90))
    s.put(760, y + 100, lg["signatory"], 15)
    s.put(760, y + 124, seller.chamber, fitted_size(seller.chamber, 15, RIGHT - 760))


def modern_co(c: dict[str, Any]) -> list[Sheet]:
    heading = f"{MODERN[c['lang']]['co']} {c['co_number']}"
    return _paginate(
        c,
        Paged(
            first=lambda s: _co_head(s, c),
            later=lambda s: _reminder(s, c, heading),
            columns=_co_columns(c),
            rows=_co_rows(c),
            tail=lambda s, y: _certification(s, c, y),
            tail_height=66 + 26 * 3 + 20 + 150,
            footer=f"{c['seller'].chamber} · {MODERN[c['lang']]['verify']} {c['verification']}",
        ),
    )


def modern_co_truth(c: dict[str, Any]) -> dict[str, Any]:
    measures = {"quantity": ("quantity", "unit"), "gross": ("gross_mass_kg",)}
    return co_truth(
        c, c["seller"].chamber, measures.get(c["co_measure"], ("quantity", "unit", "gross_mass_kg"))
    )


MODERN_KINDS: list[
    tuple[str, Callable[[dict[str, Any]], list[Sheet]], Callable[[dict[str, Any]], dict[str, Any]]]
] = [
    ("invoice", modern_invoice, modern_invoice_truth),
    ("packing", modern_packing, grid_packing_truth),
    ("co", modern_co, modern_co_truth),
]


def modern_kinds(
    c: dict[str, Any],
) -> list[tuple[str, Callable[[dict[str, Any]], list[Sheet]], Callable[[dict[str, Any]], dict[str, Any]]]]:
    """The documents the case has: always an invoice and a packing list, for some a certificate."""
    return [kind for kind in MODERN_KINDS if kind[0] in c["documents"]]
