"""The ``broker`` layout family of the synthetic trade documents (``eval.synthdocs`` writes the cases).

A freight forwarder's or customs broker's client pack, kept apart from the other families as a
blind test of the reader: every file is named after the forwarder's job reference. A US/UK-style
commercial invoice (the shipper's letterhead or a ``Shipper`` box, an ``Invoice #`` / ``Inv.
Date`` box, ``Sold To`` / ``Bill To`` / ``Ship To`` and sometimes ``Notify Party`` boxes side by
side, a strip of terms (``Terms of Sale (Incoterms® 2020)``, ``Currency of settlement``,
``Country of Manufacture``...), a fully ruled item table whose columns and their order vary,
Subtotal / Freight / Insurance / ``Total Invoice Value`` and the shipper's declaration); a packing
list with carton numbers, ``Dims (cm)``, ``N.W.`` / ``G.W.`` and the marks; a certificate of
origin written as a letter of the exporter's chamber of commerce (``The undersigned, authorised by
the ... Chamber of Commerce, certifies that the goods described below originate in ...``, ``No.
XCC-2026-004512``, place and date of issue at the foot); and, for some produce, a phytosanitary
certificate that opens with the certifying paragraph and lists the consignment as a two-column
ruled table. Its own exporters (United States, Mexico, Thailand, Canada, Philippines, Uganda,
Pakistan, Nepal, Japan), European importers, bonded warehouses and customs brokers, and goods in
kg, pcs, l and m2. Cases carry 1 to 22 lines; long tables run onto a second page (``Continued on
page 2``, the table's header repeated, ``Page 2 of 2``). Every wording, date, number, HS-code,
unit and money format, column choice and each document's file format (PNG, JPEG, a phone photo,
a PDF with or without a text layer, a TIFF for several pages) is drawn from the seed by
build_broker_case, so that each document's truth is a function of the case.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, NamedTuple

from eval.synthdraw import centred, desc_filling, fitted_size, label_value, paragraph, text_width, wrap
from eval.synthgrid import (
    Column,
    Sheet,
    _grid_date,
    _masses,
    co_truth,
    grid_packing_truth,
    grid_phyto_truth,
    invoice_truth,
)
from eval.synthledger import (
    PHYTO_LINES,
    Party,
    _address,
    _charges,
    _country,
    _incoterm_place,
    _ledger_date,
    _subtotal,
    _total,
)
from eval.synthmodern import Good, _hs_text, _modern_date, _money, _num
from eval.synthmodern import _item as _modern_item


class Details(NamedTuple):
    """What a seller's documents print beyond its address (its Party is the ledger family's)."""

    of_fr: str  # "originaires {of_fr}": du Mexique, des Philippines...
    phone: str
    chamber_address: str
    signatory: str  # who signs its invoices and packing lists


SELLERS = [
    Party(
        "Sierra Valley Almond Growers, Inc.", "4100 Crows Landing Road", "Modesto, CA 95358", "Modesto",
        "US", "États-Unis", "United States", port="Oakland", chamber="Modesto Chamber of Commerce",
        chamber_town="Modesto",
        nppo="USDA Animal and Plant Health Inspection Service", goods=("almonds", "pistachios", "prunes"),
    ),
    Party(
        "Aguacates Selectos de Uruapan S.A. de C.V.", "Carretera Uruapan-Carapan km 3.5",
        "60190 Uruapan, Michoacán", "Uruapan", "MX", "Mexique", "Mexico", port="Manzanillo",
        chamber="Cámara Nacional de Comercio de Uruapan",
        chamber_town="Uruapan",
        nppo="Servicio Nacional de Sanidad, Inocuidad y Calidad Agroalimentaria",
        goods=("avocados", "limes", "mangoes"),
    ),
    Party(
        "Chao Phraya Rice & Foods Co., Ltd.", "88/9 Moo 4, Rojana Road", "Ayutthaya 13210", "Ayutthaya", "TH",
        "Thaïlande", "Thailand", port="Laem Chabang", chamber="Thai Chamber of Commerce", chamber_town="Bangkok", nppo="Department of Agriculture, Plant Standard and Certification Division",
        goods=("rice", "noodles", "tapioca"),
    ),
    Party(
        "Érablière des Appalaches Inc.", "1250, route 204", "Saint-Georges (Québec) G5Y 5C3",
        "Saint-Georges", "CA", "Canada", "Canada", port="Montréal", chamber="Chambre de commerce de Saint-Georges",
        chamber_town="Saint-Georges",
        nppo="Canadian Food Inspection Agency", goods=("maple_syrup", "maple_sugar", "blueberries"),
    ),
    Party(
        "Mindanao Coco Products Corporation", "KM 14 Panacan, National Highway", "Davao City 8000",
        "Davao City", "PH", "Philippines", "Philippines", port="Davao", chamber="Davao City Chamber of Commerce and Industry",
        chamber_town="Davao City", nppo="Bureau of Plant Industry",
        goods=("desiccated_coconut", "coconut_oil", "dried_mango"),
    ),
    Party(
        "Rwenzori Highland Coffee Exporters Ltd", "Plot 27, Jinja Road", "P.O. Box 7741, Kampala", "Kampala",
        "UG", "Ouganda", "Uganda", port="Mombasa", chamber="Uganda National Chamber of Commerce and Industry",
        chamber_town="Kampala",
        nppo="Ministry of Agriculture, Animal Industry and Fisheries",
        goods=("arabica", "robusta", "vanilla"),
    ),
    Party(
        "Sialkot Sportech Industries (Pvt.) Ltd", "Defence Road, Ugoki", "Sialkot 51310", "Sialkot", "PK",
        "Pakistan", "Pakistan", port="Karachi", chamber="Sialkot Chamber of Commerce & Industry",
        chamber_town="Sialkot",
        goods=("football", "goalkeeper_gloves", "scissors"),
    ),
    Party(
        "Himalayan Knot Carpets Pvt. Ltd", "Jawalakhel, Ward 4", "Lalitpur 44700", "Lalitpur", "NP", "Népal",
        "Nepal", port="Kolkata", chamber="Federation of Nepalese Chambers of Commerce and Industry",
        chamber_town="Kathmandu",
        goods=("carpet", "pashmina"),
    ),
    Party(
        "Choshi Shoyu Jozo Co., Ltd.", "3-8-1 Shinseicho", "Choshi, Chiba 288-0041", "Choshi", "JP", "Japon",
        "Japan", port="Tokyo", chamber="Choshi Chamber of Commerce and Industry", chamber_town="Choshi", goods=("soy_sauce", "rice_vinegar", "mirin"),
    ),
]  # fmt: skip
DETAILS = {
    "US": Details(
        "des États-Unis",
        "Tel. +1 209 555 0148",
        "1114 J Street, Modesto, CA 95354",
        "Dana K. Whitfield, Export Manager",
    ),
    "MX": Details(
        "du Mexique",
        "Tel. +52 452 555 0190",
        "Av. Juárez 212, Centro, 60000 Uruapan",
        "Luis Ortega Villaseñor, Director de Exportaciones",
    ),
    "TH": Details(
        "de Thaïlande",
        "Tel. +66 35 555 014",
        "150 Rajbopit Road, Phra Nakhon, Bangkok 10200",
        "Somchai Prasertsuk, Export Director",
    ),
    "CA": Details(
        "du Canada",
        "Tél. +1 418 555 0127",
        "11400, 1re Avenue, Saint-Georges (Québec) G5Y 5S4",
        "Marie-Ève Poulin, directrice des ventes",
    ),
    "PH": Details(
        "des Philippines",
        "Tel. +63 82 555 0173",
        "Ground Floor, Mercury Drug Building, J.P. Laurel Avenue, Davao City",
        "Ramon B. Dizon, VP Export Sales",
    ),
    "UG": Details(
        "de l'Ouganda",
        "Tel. +256 414 555 062",
        "Plot 1A, Kira Road, Kampala",
        "Grace Namutebi, Export Manager",
    ),
    "PK": Details(
        "du Pakistan",
        "Tel. +92 52 555 0139",
        "Shahab Pura Road, Sialkot 51310",
        "Imran Qureshi, Director Exports",
    ),
    "NP": Details(
        "du Népal",
        "Tel. +977 1 555 0126",
        "Pachali, Teku, Kathmandu",
        "Pemba Sherpa, Managing Director",
    ),
    "JP": Details(
        "du Japon",
        "Tel. +81 479 55 0131",
        "1-36 Kitagawa-cho, Choshi, Chiba",
        "Kenji Ishikawa, Overseas Sales Manager",
    ),
}
BUYERS = [
    Party("Thameside Wholesale Imports Ltd", "Unit 12, Thurrock Park Way", "Tilbury RM18 7HD", "Tilbury",
          "GB", "Royaume-Uni", "United Kingdom", port="London Gateway"),
    Party("Maison Delorme Négoce International SAS", "14 rue des Docks", "13002 Marseille", "Marseille", "FR",
          "France", "France", port="Fos-sur-Mer"),
    Party("Van Hoorn Import & Distributie B.V.", "Waalhaven Oostzijde 41", "3087 BM Rotterdam", "Rotterdam",
          "NL", "Pays-Bas", "Netherlands", port="Rotterdam"),
    Party("Weser Handelskontor GmbH", "Hansator 9", "28217 Bremen", "Bremen", "DE", "Allemagne", "Germany",
          port="Bremerhaven"),
    Party("Levante Global Foods S.L.", "Avenida del Puerto 180", "46023 Valencia", "Valencia", "ES", "Espagne",
          "Spain", port="Valencia"),
    Party("Baltic Gate Trading Sp. z o.o.", "ul. Kontenerowa 7", "81-155 Gdynia", "Gdynia", "PL", "Pologne", "Poland",
          port="Gdynia"),
    Party("Claes Import & Logistics NV", "Noorderlaan 147", "2030 Antwerpen", "Antwerpen", "BE", "Belgique",
          "Belgium", port="Antwerpen"),
    Party("Shannon Fine Foods Ltd", "Unit 3, Ballycasey Business Park", "Shannon, Co. Clare V14 X923",
          "Shannon", "IE", "Irlande", "Ireland", port="Dublin"),
]  # fmt: skip
# Bonded warehouses the goods may be delivered to, by the importer's country.
WAREHOUSES = {
    "GB": Party("Gateway Bonded Logistics Ltd", "Bonded Warehouse 7, Rainbow Road", "Stanford-le-Hope SS17 9DY",
                "Stanford-le-Hope", "GB", "Royaume-Uni", "United Kingdom"),
    "FR": Party("Entrepôt sous douane Fos Distriport SAS", "Distriport, route du Caban", "13270 Fos-sur-Mer",
                "Fos-sur-Mer", "FR", "France", "France"),
    "NL": Party("Zeeland Bonded Warehousing B.V.", "Kanaalweg 3", "4538 BZ Terneuzen", "Terneuzen", "NL",
                "Pays-Bas", "Netherlands"),
    "DE": Party("Bremerhaven Zolllager GmbH", "Senator-Borttscheller-Straße 1", "27568 Bremerhaven",
                "Bremerhaven", "DE", "Allemagne", "Germany"),
}  # fmt: skip
# The customs broker a case's invoice may name as its notify party, by the importer's country.
BROKERS = {
    "GB": "Albion Customs Clearance Ltd",
    "FR": "Déclarants Associés du Golfe de Fos SAS",
    "NL": "Maasdouane Expediteurs B.V.",
    "DE": "Zollagentur Nordsee GmbH",
    "ES": "Aduanas Levante Despachos S.L.",
    "PL": "Agencja Celna Baltyk Sp. z o.o.",
    "BE": "Scheldedouane Expeditie BV",
    "IE": "Shannon Customs Brokers Ltd",
}
# The forwarders whose job references name the files.
FORWARDERS = (
    "Meridian Freight Forwarding",
    "Oceanlink Logistics",
    "Transitaires Réunis",
    "Cargo Bridge Int'l",
)
# Each good: part-number prefix, French and English names, HS code, unit, price per unit, kg per
# unit, units per package, the package in French and English, kg of packaging per package, variants.
GOODS = {
    "almonds": Good(
        "ALM", "Amandes décortiquées", "Shelled almonds", "08021290", "kg", 6.9, 1.0, 25,
        "cartons", "cartons", 0.6,
        "Nonpareil 23/25 | Nonpareil 25/27 | Nonpareil 27/30 | Carmel 23/25 | Carmel 27/30 | "
        "Independence 25/27 | Monterey 20/22 | Butte/Padre 27/30".split(" | "),
    ),
    "pistachios": Good(
        "PIS", "Pistaches en coque", "In-shell pistachios", "08025100", "kg", 8.4, 1.0, 25,
        "sacs", "bags", 0.6,
        "Kerman 18/20 | Kerman 21/25 | Golden Hills 21/25 | Lost Hills 18/20 | Kerman naturally opened | "
        "Roasted & salted 21/25".split(" | "),
    ),
    "prunes": Good(
        "PRU", "Pruneaux dénoyautés", "Pitted dried plums", "08132000", "kg", 3.6, 1.0, 10,
        "cartons", "cartons", 0.5,
        "Size 30/40 | Size 40/50 | Size 50/60 | Size 60/70 | Size 70/80 | Extra large".split(" | "),
    ),
    "avocados": Good(
        "AVO", "Avocats Hass frais", "Fresh Hass avocados", "08044000", "kg", 2.45, 1.0, 4,
        "caisses", "boxes", 0.4,
        "Cal. 12 | Cal. 14 | Cal. 16 | Cal. 18 | Cal. 20 | Cal. 22 | Cal. 24 | Cal. 26".split(" | "),
    ),
    "limes": Good(
        "LIM", "Limes Persian fraîches", "Fresh Persian limes", "08055090", "kg", 1.35, 1.0, 4,
        "caisses", "boxes", 0.35,
        "Cal. 42 | Cal. 48 | Cal. 54 | Cal. 63".split(" | "),
    ),
    "mangoes": Good(
        "MAN", "Mangues Kent fraîches", "Fresh Kent mangoes", "08045000", "kg", 1.9, 1.0, 4,
        "caisses", "boxes", 0.4,
        "Cal. 8 | Cal. 9 | Cal. 10 | Cal. 12".split(" | "),
    ),
    "rice": Good(
        "RIC", "Riz jasmin Hom Mali blanchi", "Thai Hom Mali jasmine rice, milled", "10063098", "kg", 1.15, 1.0, 25,
        "sacs", "bags", 0.15,
        "100% grade A | 100% grade B | 5% broken | Premium new crop | Organic grade A".split(" | "),
    ),
    "noodles": Good(
        "NOO", "Nouilles de riz séchées", "Dried rice noodles", "19021990", "kg", 2.2, 1.0, 12,
        "cartons", "cartons", 0.7,
        "1 mm | 3 mm | 5 mm | 10 mm | vermicelli".split(" | "),
    ),
    "tapioca": Good(
        "TAP", "Fécule de tapioca", "Tapioca starch", "11081400", "kg", 0.62, 1.0, 25,
        "sacs", "bags", 0.15,
        "Native food grade | Native industrial grade".split(" | "),
    ),
    "maple_syrup": Good(
        "MAP", "Sirop d'érable pur", "Pure maple syrup", "17022090", "l", 9.8, 1.32, 12,
        "cartons", "cartons", 1.1,
        "Golden, Delicate taste | Amber, Rich taste | Dark, Robust taste | Very dark, Strong taste | "
        "Amber, 4 L jugs | Dark, 4 L jugs".split(" | "),
    ),
    "maple_sugar": Good(
        "MAP", "Sucre d'érable granulé", "Granulated maple sugar", "17022010", "kg", 18.5, 1.0, 10,
        "cartons", "cartons", 0.5,
        "Fine | Coarse | Flakes".split(" | "),
    ),
    "blueberries": Good(
        "BLU", "Bleuets sauvages surgelés", "Frozen wild blueberries", "08119095", "kg", 3.1, 1.0, 10,
        "cartons", "cartons", 0.5,
        "IQF grade A | IQF grade B | IQF organic".split(" | "),
    ),
    "desiccated_coconut": Good(
        "DES", "Noix de coco râpée séchée", "Desiccated coconut", "08011100", "kg", 2.05, 1.0, 25,
        "sacs", "bags", 0.25,
        "Fine grade | Medium grade | Chips | Flakes | Low fat fine".split(" | "),
    ),
    "coconut_oil": Good(
        "COC", "Huile de coco vierge", "Virgin coconut oil", "15131100", "l", 4.3, 0.92, 18,
        "fûts", "pails", 1.6,
        "Cold pressed | Centrifuged | Organic cold pressed".split(" | "),
    ),
    "dried_mango": Good(
        "DRI", "Mangues séchées", "Dried mango slices", "08134095", "kg", 7.2, 1.0, 10,
        "cartons", "cartons", 0.6,
        "Carabao slices | Carabao cheeks | Low sugar slices | Diced 10 mm".split(" | "),
    ),
    "arabica": Good(
        "ARA", "Café vert arabica", "Green Arabica coffee", "09011100", "kg", 5.6, 1.0, 60,
        "sacs", "bags", 0.8,
        "Bugisu AA | Bugisu A | Bugisu PB | Drugar | Rwenzori AB | Elgon natural".split(" | "),
    ),
    "robusta": Good(
        "ROB", "Café vert robusta", "Green Robusta coffee", "09011100", "kg", 3.9, 1.0, 60,
        "sacs", "bags", 0.8,
        "Screen 18 | Screen 15 | Screen 12 | Natural BHP".split(" | "),
    ),
    "vanilla": Good(
        "VAN", "Gousses de vanille", "Vanilla beans", "09051000", "kg", 210.0, 1.0, 5,
        "cartons", "cartons", 0.6,
        "Gourmet 16 cm | Gourmet 18 cm | Extraction grade | Split".split(" | "),
    ),
    "football": Good(
        "FOO", "Ballon de football cousu main", "Hand-stitched football", "95066200", "pcs", 7.5, 0.43, 50,
        "cartons", "cartons", 1.8,
        "Size 5 match | Size 5 training | Size 4 training | Size 3 junior | Futsal size 4 | Beach size 5".split(" | "),
    ),
    "goalkeeper_gloves": Good(
        "GOA", "Gants de gardien en cuir", "Leather goalkeeper gloves", "42032100", "pcs", 9.2, 0.25, 60,
        "cartons", "cartons", 1.2,
        "Size 7 | Size 8 | Size 9 | Size 10 | Size 11".split(" | "),
    ),
    "scissors": Good(
        "SCI", "Ciseaux chirurgicaux en inox", "Stainless steel surgical scissors", "90189084", "pcs", 3.1, 0.06, 200,
        "cartons", "cartons", 0.9,
        "Mayo 14 cm | Mayo 17 cm | Metzenbaum 14 cm | Metzenbaum 18 cm | Iris 11 cm | Lister 14 cm".split(" | "),
    ),
    "carpet": Good(
        "CAR", "Tapis noué main en laine tibétaine", "Hand-knotted Tibetan wool carpet", "57011090", "m2", 165.0, 3.2, 6,
        "balles", "bales", 2.5,
        "100 knots Everest | 100 knots Annapurna | 60 knots Lhasa | 60 knots Mustang | 150 knots Gokyo | "
        "100 knots Manaslu | 80 knots Langtang".split(" | "),
    ),
    "pashmina": Good(
        "PAS", "Étole en pashmina", "Pashmina stole", "62142000", "pcs", 38.0, 0.18, 50,
        "cartons", "cartons", 1.0,
        "Plain ivory | Plain charcoal | Ombre teal | Paisley red | Reversible grey | Plain camel".split(" | "),
    ),
    "soy_sauce": Good(
        "SOY", "Sauce soja brassée naturellement", "Naturally brewed soy sauce", "21031000", "l", 3.4, 1.15, 12,
        "cartons", "cartons", 1.4,
        "Koikuchi 1 L | Usukuchi 1 L | Low salt 1 L | Koikuchi 18 L | Tamari 1 L".split(" | "),
    ),
    "rice_vinegar": Good(
        "RIC", "Vinaigre de riz", "Rice vinegar", "22090091", "l", 2.6, 1.02, 12,
        "cartons", "cartons", 1.4,
        "Junmai 1 L | Seasoned sushi 1 L | Brown rice 500 ml".split(" | "),
    ),
    "mirin": Good(
        "MIR", "Mirin, assaisonnement de riz", "Mirin rice seasoning", "21039090", "l", 4.1, 1.2, 12,
        "cartons", "cartons", 1.4,
        "Hon mirin 1 L | Mirin-fu 1 L | Hon mirin 18 L".split(" | "),
    ),
}  # fmt: skip
# A package's outside dimensions (cm), per good.
DIMS = {
    "almonds": (55, 37, 28),
    "pistachios": (55, 37, 30),
    "prunes": (40, 30, 20),
    "avocados": (40, 30, 10),
    "limes": (40, 30, 10),
    "mangoes": (40, 30, 11),
    "rice": (70, 45, 12),
    "noodles": (50, 35, 25),
    "tapioca": (70, 45, 12),
    "maple_syrup": (35, 26, 28),
    "maple_sugar": (40, 30, 20),
    "blueberries": (40, 30, 18),
    "desiccated_coconut": (70, 45, 15),
    "coconut_oil": (30, 30, 35),
    "dried_mango": (45, 30, 20),
    "arabica": (95, 60, 25),
    "robusta": (95, 60, 25),
    "vanilla": (40, 30, 15),
    "football": (60, 45, 45),
    "goalkeeper_gloves": (50, 40, 30),
    "scissors": (40, 30, 20),
    "carpet": (120, 40, 40),
    "pashmina": (60, 40, 30),
    "soy_sauce": (32, 24, 30),
    "rice_vinegar": (32, 24, 30),
    "mirin": (32, 24, 30),
}
# The botanical names of the goods that travel with a phytosanitary certificate.
BOTANICAL = {
    "almonds": "Prunus dulcis",
    "pistachios": "Pistacia vera",
    "prunes": "Prunus domestica",
    "avocados": "Persea americana",
    "limes": "Citrus latifolia",
    "mangoes": "Mangifera indica",
    "rice": "Oryza sativa",
    "arabica": "Coffea arabica",
    "robusta": "Coffea canephora",
    "vanilla": "Vanilla planifolia",
}

BROKER = {
    "fr": {
        "shipper": "Expéditeur / Exportateur",
        "notify": "Notifier / Commissionnaire en douane",
        "attn": "À l'attention du service import",
        "po": "N° commande client",
        "bl": "N° connaissement",
        "terms": "Conditions de vente (Incoterms® 2020)",
        "payment": "Conditions de paiement",
        "currency": "Devise de règlement",
        "manufacture": "Pays de fabrication",
        "ship_via": "Mode d'expédition",
        "sea": "Maritime",
        "item": "Art.",
        "part": "Réf. article",
        "desc": "Désignation des marchandises",
        "co_col": "Origine",
        "qty": "Qté",
        "uom": "Unité",
        "unit_value": "Valeur unit.",
        "ext_value": "Valeur totale",
        "subtotal": "Sous-total",
        "freight": "Fret",
        "insurance": "Assurance",
        "packages": "Nombre total de colis",
        "net": "Poids net total",
        "gross": "Poids brut total",
        "declaration": "Nous certifions que les informations portées sur la présente facture sont "
        "exactes et que le contenu de l'envoi est conforme à la description ci-dessus.",
        "signature": "Signature autorisée",
        "continued": "Suite page {p}",
        "continuation": "suite",
        "packing": "LISTE DE COLISAGE",
        "pl_number": "N° liste de colisage",
        "ship_date": "Date d'expédition",
        "marks": "Marques et numéros",
        "loading": "Port de chargement",
        "discharge": "Port de déchargement",
        "vessel": "Navire / voyage",
        "cartons": "N° colis",
        "ctns": "Colis",
        "dims": "Dim. (cm)",
        "total": "TOTAL",
        "volume": "Volume total",
        "job": "Dossier",
        "co": "CERTIFICAT D'ORIGINE",
        "co_sub": "Origine non préférentielle",
        "co_invoice": "Facture",
        "co_of": "du",
        "transport": "Moyen de transport",
        "by_sea": "Voie maritime, {a} - {b}",
        "exporter": "Exportateur",
        "consignee": "Destinataire",
        "co_marks": "Marques et numéros",
        "co_packages": "Nombre et nature des colis",
        "co_qty": "Quantité",
        "co_gross": "Poids brut (kg)",
        "certify": "Nous soussignés, {chamber}, certifions que les marchandises désignées ci-dessous "
        "sont originaires {of_fr}.",
        "basis": "Le présent certificat est délivré sur la base des documents produits par l'exportateur, "
        "qui demeure responsable de l'exactitude des renseignements fournis.",
        "issued": "Fait à {town}, le {date}",
        "for": "Pour la chambre :",
        "officer": "Agent de certification",
        "seal": "Cachet",
        "phyto": "CERTIFICAT PHYTOSANITAIRE",
        "to": "À : Organisation(s) de protection des végétaux de {country}",
        "phyto_certify": "Il est certifié que les végétaux, produits végétaux ou autres articles "
        "réglementés décrits ci-après ont été inspectés et/ou testés suivant des procédures officielles "
        "appropriées et sont considérés comme indemnes d'organismes de quarantaine spécifiés par la partie "
        "contractante importatrice et conformes aux exigences phytosanitaires en vigueur de celle-ci.",
        "consignment": "I. Description de l'envoi",
        "additional": "II. Déclaration supplémentaire",
        "additional_text": "L'envoi a été inspecté et trouvé exempt de ravageurs de quarantaine.",
        "treatment": "III. Traitement de désinfestation et/ou de désinfection",
        "treatment_text": "Néant",
        "place": "Lieu de délivrance",
        "date": "Date",
        "authorized": "Nom du fonctionnaire autorisé",
        "stamp": "Cachet de l'organisation",
    },
    "en": {
        "shipper": "Shipper / Exporter",
        "notify": "Notify Party / Customs Broker",
        "attn": "Attn: Import Department",
        "po": "Customer PO",
        "bl": "B/L No.",
        "terms": "Terms of Sale (Incoterms® 2020)",
        "payment": "Payment Terms",
        "currency": "Currency of settlement",
        "manufacture": "Country of Manufacture",
        "ship_via": "Ship Via",
        "sea": "Ocean",
        "item": "Item #",
        "part": "Part No.",
        "desc": "Description of Goods",
        "co_col": "C/O",
        "qty": "Qty",
        "uom": "UoM",
        "unit_value": "Unit Value",
        "ext_value": "Ext. Value",
        "subtotal": "Subtotal",
        "freight": "Freight",
        "insurance": "Insurance",
        "packages": "Total packages",
        "net": "Total net weight",
        "gross": "Total gross weight",
        "declaration": "I declare that all the information contained in this invoice is true and correct "
        "and that the contents of this shipment are as stated above.",
        "signature": "Authorized signature",
        "continued": "Continued on page {p}",
        "continuation": "continued",
        "packing": "PACKING LIST",
        "pl_number": "Packing List No.",
        "ship_date": "Ship Date",
        "marks": "Marks & Numbers",
        "loading": "Port of Loading",
        "discharge": "Port of Discharge",
        "vessel": "Vessel / Voyage",
        "cartons": "Carton No.",
        "ctns": "Pkgs",
        "dims": "Dims (cm)",
        "total": "TOTAL",
        "volume": "Total volume",
        "job": "Job ref.",
        "co": "CERTIFICATE OF ORIGIN",
        "co_sub": "Non-preferential origin",
        "co_invoice": "Invoice",
        "co_of": "dated",
        "transport": "Means of transport",
        "by_sea": "By sea, {a} to {b}",
        "exporter": "Exporter",
        "consignee": "Consignee",
        "co_marks": "Marks & Numbers",
        "co_packages": "Number and kind of packages",
        "co_qty": "Quantity",
        "co_gross": "Gross weight (kg)",
        "certify": "The undersigned, authorised by the {chamber}, certifies that the goods described "
        "below originate in {country}.",
        "basis": "This certificate is issued on the basis of the documents produced by the exporter, who "
        "remains responsible for the accuracy of the particulars given.",
        "issued": "Issued at {town}, on {date}",
        "for": "For the Chamber:",
        "officer": "Certification Officer",
        "seal": "Seal",
        "phyto": "PHYTOSANITARY CERTIFICATE",
        "to": "To: Plant Protection Organization(s) of {country}",
        "phyto_certify": "This is to certify that the plants, plant products or other regulated articles "
        "described herein have been inspected and/or tested according to appropriate official procedures "
        "and are considered to be free from the quarantine pests specified by the importing contracting "
        "party and to conform with the current phytosanitary requirements of the importing contracting "
        "party.",
        "consignment": "I. Description of Consignment",
        "additional": "II. Additional Declaration",
        "additional_text": "The consignment was inspected and found free from quarantine pests.",
        "treatment": "III. Disinfestation and/or Disinfection Treatment",
        "treatment_text": "Nil",
        "place": "Place of issue",
        "date": "Date",
        "authorized": "Name of authorized officer",
        "stamp": "Stamp of Organization",
    },
}
# The labels of the phytosanitary certificate's consignment table (IPPC model): the ledger
# family's numbered lines 1 to 7, then the produce with its quantity and the botanical names.
PHYTO_ROWS = {
    "fr": (*PHYTO_LINES["fr"][:7], "Nom du produit et quantité déclarée", "Nom botanique des végétaux"),
    "en": (*PHYTO_LINES["en"][:7], "Name of produce and quantity declared", "Botanical name of plants"),
}
# Wordings one of which a case prints.
WORDINGS: dict[str, dict[str, tuple[Any, ...]]] = {
    "title": {
        "fr": ("FACTURE COMMERCIALE", "FACTURE", "Facture commerciale"),
        "en": ("COMMERCIAL INVOICE", "INVOICE", "Commercial Invoice"),
    },
    "number": {
        "fr": ("Facture n°", "N° facture", "Réf. facture"),
        "en": ("Invoice #", "Invoice No.", "Inv. No."),
    },
    "date": {
        "fr": ("Date facture", "Date d'émission", "Date"),
        "en": ("Inv. Date", "Invoice Date", "Date"),
    },
    "total": {
        "fr": ("Valeur totale facture", "Total facture", "Montant total"),
        "en": ("Total Invoice Value", "Invoice Total", "Total Amount"),
    },
    "parties": {
        "fr": (("Facturé à", "Livré à"), ("Acheteur", "Lieu de livraison"), ("Facturé à", "Destinataire")),
        "en": (("Sold To", "Ship To"), ("Bill To", "Ship To"), ("Sold To", "Deliver To")),
    },
    "hs": {
        "fr": ("Nomenclature", "Code SH", "Position tarifaire"),
        "en": ("HTS Code", "HS Code", "H.S. Tariff No."),
    },
    "payment": {
        "fr": ("Virement à 30 jours", "Crédit documentaire à vue", "Paiement contre documents"),
        "en": ("Net 30 days", "CAD - cash against documents", "L/C at sight"),
    },
    "co_number": {
        "fr": ("N°", "Certificat n° :", "Référence :"),
        "en": ("No.", "Certificate No.:", "Ref.:"),
    },
    "pages": {
        "fr": ("Page {p} sur {n}", "Page {p}/{n}", "{p}/{n}"),
        "en": ("Page {p} of {n}", "Page {p}/{n}", "{p} of {n}"),
    },
}
DATE_FORMS = {"en": ("long", "abbrev", "iso", "dotted"), "fr": ("long", "dotted", "iso")}
NUMBER_FORMS = {"en": ("en",), "fr": ("fr", "dot")}
HS_FORMS = ("dotted6", "dotted", "spaced", "plain")
UOM_FORMS = {
    "en": (
        {"kg": "kg", "pcs": "pcs", "l": "l", "m2": "m2"},
        {"kg": "KGS", "pcs": "EA", "l": "LTR", "m2": "SQM"},
        {"kg": "KG", "pcs": "PCS", "l": "L", "m2": "M2"},
    ),
    "fr": (
        {"kg": "kg", "pcs": "pcs", "l": "l", "m2": "m2"},
        {"kg": "kg", "pcs": "pce", "l": "L", "m2": "m²"},
        {"kg": "KG", "pcs": "PCS", "l": "L", "m2": "M2"},
    ),
}
# The invoice's columns in the orders a case may draw (``part`` and ``co`` only if it draws them).
INVOICE_ORDERS = (
    ("item", "part", "desc", "hs", "co", "qty", "uom", "unit", "ext"),
    ("item", "qty", "uom", "part", "desc", "hs", "co", "unit", "ext"),
    ("item", "hs", "desc", "part", "co", "qty", "uom", "unit", "ext"),
)
# The yes-or-no layout choices and the share of cases that print each.
FLAGS = {
    "notify": 0.4,  # a Notify Party / Customs Broker box on the invoice
    "part_column": 0.5,  # a Part No. column on the invoice and the packing list
    "co_column": 0.5,  # a C/O column on the invoice
    "row_rules": 0.5,  # rules between the tables' lines
    "zero_charges": 0.5,  # Freight and Insurance lines printed even when nil
    "invoice_masses": 0.5,  # the total masses under the invoice's table
    "packing_hs": 0.4,  # an HS column on the packing list
}
INCOTERMS = ("EXW", "FCA", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DDP")
VESSELS = ("MSC ELOANE", "CMA CGM RIGOLETTO", "ONE HARMONY", "EVER GIVEN", "HMM OSLO", "COSCO AQABA")
OFFICERS = ("J. Alvarez", "P. Chaiyaporn", "M. Tremblay", "R. Santos", "A. Okello", "S. Malik", "T. Sato")
FILE_NAMES = {
    "fr": {"invoice": "FACTURE", "packing": "COLISAGE", "co": "CERT_ORIGINE", "phyto": "PHYTO"},
    "en": {"invoice": "CI", "packing": "PL", "co": "COO", "phyto": "PHYTO"},
}
LEFT, RIGHT = 70, 1170
HEAD, ROW, WRAP = 42, 36, 20  # the heights of a ruled table's header, of a line, of a wrapped line
BOTTOM = 1610  # where a page's content must end; the footer is below


def _broker_date(iso: str, lang: str, form: str) -> str:
    """``March 14, 2026`` / ``14 mars 2026`` (``long``), ``14-Mar-2026`` (``abbrev``),
    ``2026-03-14`` (``iso``) or ``14.03.2026`` (``dotted``)."""
    if form == "long":
        return _modern_date(iso, lang, "long")
    if form == "abbrev":
        return _ledger_date(iso, lang, "abbrev")
    return _grid_date(iso, lang, form)


def _hs_digits(hs: str, form: str) -> str:
    """The digits of the HS code a case prints: the subheading alone (``dotted6``) or all eight."""
    return hs[:6] if form == "dotted6" else hs


def _hs(digits: str, c: dict[str, Any]) -> str:
    """``0804.40``, ``0804.40.00``, ``0804 40 00`` or ``08044000``."""
    return _hs_text(digits, "dotted" if c["hs_form"] == "dotted6" else c["hs_form"])


def _item(line: int, key: str, variant: int, packages: int, first: int, c: dict[str, Any]) -> dict[str, Any]:
    """The modern family's item (description, quantity, value, masses, packages) with this family's
    part number, printed HS digits, carton numbers, carton size and volume, and botanical name."""
    item = _modern_item(line, GOODS[key], variant, packages, c["prices"][key], c["lang"])
    return item | {
        "part": f"{GOODS[key].sku}-{list(GOODS).index(key) + 1:02d}{variant + 1:02d}",
        "hs_code": _hs_digits(GOODS[key].hs, c["hs_form"]),
        "carton_range": f"{first}-{first + packages - 1}",
        "dims": " x ".join(str(d) for d in DIMS[key]),
        "cbm": round(packages * math.prod(DIMS[key]) / 1e6, 3),
        "botanical": BOTANICAL.get(key, ""),
    }


def _formats(rng: random.Random) -> dict[str, str]:
    """A document's file format for one page (a scan as PNG, JPEG or image-only PDF, a phone photo,
    a PDF with a text layer) and for several (text PDF, image-only PDF, TIFF)."""
    return {
        "single": rng.choice(("png", "png", "jpg", "photo", "pdf", "scan")),
        "multi": rng.choice(("pdf", "scan", "tiff")),
    }


def _terms_order(rng: random.Random) -> list[str]:
    """The cells of the invoice's terms strip: the Incoterm and the origin always, two or three of
    the others, in any order."""
    keys = ["terms", "manufacture", *rng.sample(("payment", "currency", "ship_via"), rng.choice((2, 3)))]
    rng.shuffle(keys)
    return keys


def build_broker_case(seed: int, lang: str = "fr") -> dict[str, Any]:
    """The content and every layout choice of a broker-style case, drawn from ``seed``."""
    rng = random.Random(seed)
    seller, buyer = rng.choice(SELLERS), rng.choice(BUYERS)
    ship_to = WAREHOUSES[buyer.iso] if buyer.iso in WAREHOUSES and rng.random() < 0.4 else buyer
    c: dict[str, Any] = {"lang": lang, "seller": seller, "buyer": buyer, "ship_to": ship_to}
    c["hs_form"] = rng.choice(HS_FORMS)
    c["prices"] = {key: round(GOODS[key].price * rng.uniform(0.85, 1.2), 2) for key in seller.goods}
    catalogue = [(key, v) for key in seller.goods for v in range(len(GOODS[key].variants))]
    count = min(len(catalogue), rng.choice((rng.randint(1, 4), rng.randint(3, 9), rng.randint(15, 22))))
    items, first = [], 1
    for line, index in enumerate(sorted(rng.sample(range(len(catalogue)), count)), start=1):
        key, variant = catalogue[index]
        per_carton = GOODS[key].per_package
        packages = (
            rng.randint(20, 400) if per_carton <= 12 else rng.randint(5, 120 if per_carton < 50 else 60)
        )
        items.append(_item(line, key, variant, packages, first, c))
        first += packages
    day = date(2026, rng.randint(1, 10), rng.randint(1, 28))
    n = rng.randint(10, 99999)
    incoterm = rng.choice(INCOTERMS)
    freight, insurance = _charges(rng, incoterm, round(sum(it["value"] for it in items), 2))
    chamber_initials = "".join(w[0] for w in seller.chamber.replace("&", "and").split() if w[0].isupper())
    plants = all(it["botanical"] for it in items) and len(items) <= 8
    c |= {
        "items": items,
        "invoice_number": rng.choice(
            (
                f"{seller.iso}-{n:05d}",
                f"CI-2026-{n:05d}",
                f"{n:06d}",
                f"EXP26/{n % 9999:04d}",
                f"2026.{n:05d}",
            )
        ),
        "invoice_date": day.isoformat(),
        "ship_date": (day + timedelta(days=rng.randint(1, 8))).isoformat(),
        "po": rng.choice((f"PO {rng.randint(100000, 999999)}", f"{buyer.iso}-{rng.randint(1000, 9999)}/26")),
        "bl": f"{rng.choice(('MEDU', 'CMDU', 'ONEY', 'EGLV', 'HDMU', 'COSU'))}{rng.randint(1000000, 9999999)}",
        "pl_number": f"PL-{n:05d}",
        "job": f"{rng.choice(('JOB', 'DOS', 'FWD'))}{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
        "forwarder": rng.choice(FORWARDERS),
        "currency": rng.choice(("USD", "USD", "EUR", "GBP")),
        "incoterm": incoterm,
        "incoterm_place": _incoterm_place(incoterm, seller, buyer, ship_to),
        "freight": freight,
        "insurance": insurance,
        "payment": rng.choice(WORDINGS["payment"][lang]),
        "vessel": f"{rng.choice(VESSELS)} / {rng.randint(100, 999)}{rng.choice('EWNS')}",
        "marks": f"{''.join(w[0] for w in buyer.name.split()[:2]).upper()}/{seller.iso}/{n % 1000:03d}",
        "co_number": rng.choice(
            (
                f"{chamber_initials}-2026-{rng.randint(1, 999999):06d}",
                f"26/{seller.iso}/{rng.randint(1, 99999):05d}",
                f"COO {rng.randint(1000000, 9999999)}",
            )
        ),
        "co_date": (day + timedelta(days=rng.randint(1, 6))).isoformat(),
        "co_officer": rng.choice(OFFICERS),
        "phyto_number": rng.choice((f"{seller.iso} {rng.randint(100000, 999999)}", f"PC/{n:05d}/2026")),
        "phyto_date": (day + timedelta(days=rng.randint(0, 5))).isoformat(),
        "ph_officer": rng.choice(OFFICERS),
        "documents": ("invoice", "packing", "co", "phyto")
        if plants and rng.random() < 0.7
        else ("invoice", "packing", "co"),
        "date_form": rng.choice(DATE_FORMS[lang]),
        "num": rng.choice(NUMBER_FORMS[lang]),
        "money": rng.choice(("code", "symbol")),
        "uom": rng.choice(UOM_FORMS[lang]),
        "title": rng.choice(WORDINGS["title"][lang]),
        "number_label": rng.choice(WORDINGS["number"][lang]),
        "date_label": rng.choice(WORDINGS["date"][lang]),
        "total_label": rng.choice(WORDINGS["total"][lang]),
        "parties": rng.choice(WORDINGS["parties"][lang]),
        "hs_label": rng.choice(WORDINGS["hs"][lang]),
        "co_number_label": rng.choice(WORDINGS["co_number"][lang]),
        "page_form": rng.choice(WORDINGS["pages"][lang]),
        "header": rng.choice(("letterhead", "shipper_box")),
        "terms_order": _terms_order(rng),
        "invoice_order": rng.choice(INVOICE_ORDERS),
        "co_measure": rng.choice(("gross", "quantity")),
        "formats": {kind: _formats(rng) for kind in ("invoice", "packing", "co", "phyto")},
    }
    return c | {flag: rng.random() < share for flag, share in FLAGS.items()}


def _date(c: dict[str, Any], key: str) -> str:
    return _broker_date(c[key], c["lang"], c["date_form"])


def _qty(it: dict[str, Any], c: dict[str, Any], with_unit: bool = False) -> str:
    qty = _num(it["quantity"], c, decimals=0)
    return f"{qty} {c['uom'][it['unit']]}" if with_unit else qty


def _currency_shown(c: dict[str, Any]) -> bool:
    """Whether the terms strip carries the currency's code (otherwise the total's label does)."""
    return "currency" in c["terms_order"]


# ------------------------------------------------------------------ shared drawing


def _cell(text: str, width: float) -> tuple[list[str], int]:
    """A cell's lines and size: one line at 17 (or shrunk to 15), else wrapped onto two at 15."""
    size = fitted_size(text, 17, width - 12)
    if size >= 15 or not text:
        return [text], size
    lines = wrap(text, 15, width - 12)
    return (lines, 15) if len(lines) == 2 else ([text], fitted_size(text, 17, width - 12))


def _heights(columns: list[Column], rows: list[dict[str, str]]) -> list[float]:
    """Each row's height: one line, or two where a text wraps."""
    return [
        ROW + WRAP * (max(len(_cell(row.get(key, ""), width)[0]) for key, _, width, _ in columns) - 1)
        for row in rows
    ]


def _ruled_table(
    s: Sheet, c: dict[str, Any], y: float, columns: list[Column], rows: list[dict[str, str]]
) -> float:
    """A fully ruled table: a box, column separators, a double rule under the headers, and lines
    between the rows if the case draws them; long texts wrapped in their cells. Returns the bottom."""
    heights = _heights(columns, rows)
    tops = [y + HEAD + sum(heights[:r]) for r in range(len(rows))]
    bottom = y + HEAD + sum(heights) + 6
    s.box(LEFT, y, RIGHT, bottom)
    s.rules += [(LEFT, y + HEAD - 4, RIGHT, y + HEAD - 4), (LEFT, y + HEAD, RIGHT, y + HEAD)]
    x = float(LEFT)
    for index, (key, header, width, right) in enumerate(columns):
        if index:
            s.rules.append((x, y, x, bottom))
        anchor = x + width - 7 if right else x + 7
        head = wrap(header, 12, width - 12) if text_width(header, 14) > width - 12 else [header]
        if len(head) == 2:
            s.put(anchor, y + 4, head[0], 12, right=right)
            s.put(anchor, y + 20, head[1], 12, right=right)
        else:
            s.put(anchor, y + 12, header, fitted_size(header, 14, width - 12), right=right)
        for top, row in zip(tops, rows, strict=True):
            lines, size = _cell(row.get(key, ""), width)
            for i, line in enumerate(lines):
                s.put(anchor, top + 9 + WRAP * i, line, size, right=right)
        x += width
    if c["row_rules"]:
        s.rules += [(LEFT, top, RIGHT, top) for top in tops[1:]]
    return bottom


def _widths(keys: list[tuple[str, str, float, bool]]) -> list[Column]:
    """Columns whose ``desc`` takes the page's width that the others leave (its given width ignored)."""
    return desc_filling(keys, RIGHT - LEFT)


def _label_box(s: Sheet, x0: float, y0: float, x1: float, y1: float, label: str, lines: list[str]) -> None:
    """A ruled box with a small label and the lines under it, the first (a name) larger."""
    s.box(x0, y0, x1, y1)
    s.put(x0 + 8, y0 + 6, label.upper(), fitted_size(label.upper(), 13, x1 - x0 - 16))
    for i, line in enumerate(lines):
        size = 19 if i == 0 else 16
        s.put(x0 + 12, y0 + 30 + 24 * i + (2 if i else 0), line, fitted_size(line, size, x1 - x0 - 24))


def _meta_box(s: Sheet, x0: float, y0: float, rows: list[tuple[str, str]]) -> float:
    """Label and value pairs in a ruled two-column box from ``x0`` to the right margin."""
    split = x0 + (RIGHT - x0) * 0.45
    for i, (label, value) in enumerate(rows):
        top = y0 + 34 * i
        s.put(x0 + 10, top + 9, label, fitted_size(label, 15, split - x0 - 16))
        s.put(RIGHT - 10, top + 7, value, fitted_size(value, 18, RIGHT - split - 20), right=True)
        if i:
            s.rules.append((x0, top, RIGHT, top))
    bottom = y0 + 34 * len(rows)
    s.box(x0, y0, RIGHT, bottom)
    s.rules.append((split, y0, split, bottom))
    return bottom


def _seller_head(s: Sheet, c: dict[str, Any], title: str, meta: list[tuple[str, str]]) -> float:
    """The invoice's or packing list's top: the shipper's letterhead with the title and the meta
    box on the right, or the title centred over a Shipper box and the meta box. Returns its end."""
    lg, seller = BROKER[c["lang"]], c["seller"]
    if c["header"] == "letterhead":
        s.put(LEFT, 58, seller.name, fitted_size(seller.name, 28, 640))
        lines = [seller.street, f"{seller.city} · {_country(seller, c['lang'])}", DETAILS[seller.iso].phone]
        for i, line in enumerate(lines):
            s.put(LEFT, 102 + 23 * i, line, 16)
        s.put(RIGHT, 58, title, fitted_size(title, 30, RIGHT - 760), right=True)
        return max(_meta_box(s, 760, 110, meta), 180)
    centred(s, 50, title, 30, LEFT, RIGHT, margin=0)
    bottom = max(_meta_box(s, 660, 104, meta), 104 + 160)
    _label_box(s, LEFT, 104, 640, bottom, lg["shipper"], _address(seller, c["lang"]))
    return bottom


def _party_boxes(s: Sheet, c: dict[str, Any], y: float, left_label: str, notify: bool) -> float:
    """Sold To (the buyer) and Ship To side by side, and the customs broker to notify if any."""
    lg, lang = BROKER[c["lang"]], c["lang"]
    boxes = [(left_label, _address(c["buyer"], lang)), (c["parties"][1], _address(c["ship_to"], lang))]
    if notify:
        boxes.append((lg["notify"], [BROKERS[c["buyer"].iso], lg["attn"], c["buyer"].town]))
    width = (RIGHT - LEFT - 20 * (len(boxes) - 1)) / len(boxes)
    for i, (label, lines) in enumerate(boxes):
        x = LEFT + (width + 20) * i
        _label_box(s, x, y, x + width, y + 136, label, lines)
    return y + 136


def _strip(s: Sheet, y: float, cells: list[tuple[str, str]]) -> float:
    """One ruled row of labels over their values across the page, each cell as wide as its
    texts want and the rest shared out; returns its bottom."""
    wants = [max(text_width(label, 13), text_width(value, 18)) + 18 for label, value in cells]
    scale = (RIGHT - LEFT) / sum(wants)
    s.box(LEFT, y, RIGHT, y + 66)
    s.rules.append((LEFT, y + 28, RIGHT, y + 28))
    x = float(LEFT)
    for i, ((label, value), want) in enumerate(zip(cells, wants, strict=True)):
        width = want * scale
        if i:
            s.rules.append((x, y, x, y + 66))
        s.put(x + 7, y + 7, label, fitted_size(label, 13, width - 12))
        s.put(x + 8, y + 37, value, fitted_size(value, 18, width - 14))
        x += width
    return y + 66


def _later_head(s: Sheet, c: dict[str, Any], left: str, right: str) -> float:
    """A later page's top: who issues the document on the left, what it is on the right."""
    lg = BROKER[c["lang"]]
    s.put(LEFT, 56, left, fitted_size(left, 20, 560))
    text = f"{right} ({lg['continuation']})"
    s.put(RIGHT, 58, text, fitted_size(text, 17, RIGHT - 680), right=True)
    s.rules += [(LEFT, 96, RIGHT, 96), (LEFT, 100, RIGHT, 100)]
    return 124


class Document(NamedTuple):
    """A document whose ruled table runs over as many pages as it needs (see _pages)."""

    opening: Callable[[Sheet], float]  # lays out page 1 down to the table; returns where it starts
    resumption: Callable[[Sheet], float]  # the same for the pages after it
    columns: list[Column]
    rows: list[dict[str, str]]
    closing: Callable[[Sheet, float], None]  # what follows the table's last line
    closing_height: float
    foot: str  # left of the page number at the foot of every page


def _split(heights: list[float], rooms: tuple[float, float], tail: float) -> list[int]:
    """How many table lines (of ``heights``) go on each page, page 1 having ``rooms[0]`` of height
    for them and the others ``rooms[1]``: the last page keeps at least one line and the tail."""
    counts: list[int] = []
    while True:
        rest = heights[sum(counts) :]
        room = rooms[1] if counts else rooms[0]
        if sum(rest) + tail <= room:
            return [*counts, len(rest)]
        take = 0
        while take < len(rest) - 1 and sum(rest[: take + 1]) <= room:
            take += 1
        counts.append(take)


def _pages(c: dict[str, Any], doc: Document) -> list[Sheet]:
    """The document's pages: its table shared out by _split, ``Continued on page 2`` under each
    part but the last, the tail after the last line, the footer and page number on every page."""
    lg = BROKER[c["lang"]]
    first, later = (BOTTOM - top(Sheet()) - HEAD - 6 for top in (doc.opening, doc.resumption))
    counts = _split(_heights(doc.columns, doc.rows), (first, later), doc.closing_height)
    sheets: list[Sheet] = []
    for number, count in enumerate(counts, start=1):
        s = Sheet()
        top = (doc.opening if number == 1 else doc.resumption)(s)
        start = sum(counts[: number - 1])
        bottom = _ruled_table(s, c, top, doc.columns, doc.rows[start : start + count])
        if number < len(counts):
            s.put(RIGHT, bottom + 12, lg["continued"].format(p=number + 1), 15, right=True)
        else:
            doc.closing(s, bottom)
        s.rules.append((LEFT, 1640, RIGHT, 1640))
        s.put(LEFT, 1652, doc.foot, fitted_size(doc.foot, 13, 860))
        s.put(RIGHT, 1652, c["page_form"].format(p=number, n=len(counts)), 13, right=True)
        sheets.append(s)
    return sheets


def _footer(c: dict[str, Any]) -> str:
    return f"{c['forwarder']} · {BROKER[c['lang']]['job']} {c['job']}"


# ------------------------------------------------------------------ commercial invoice


def _invoice_meta(c: dict[str, Any]) -> list[tuple[str, str]]:
    lg = BROKER[c["lang"]]
    return [
        (c["number_label"], c["invoice_number"]),
        (c["date_label"], _date(c, "invoice_date")),
        (lg["po"], c["po"]),
        (lg["bl"], c["bl"]),
    ]


def _terms(c: dict[str, Any]) -> list[tuple[str, str]]:
    lg, seller = BROKER[c["lang"]], c["seller"]
    values = {
        "terms": f"{c['incoterm']} {c['incoterm_place']}",
        "payment": c["payment"],
        "currency": c["currency"],
        "manufacture": _country(seller, c["lang"]),
        "ship_via": f"{lg['sea']} - {seller.port}",
    }
    return [(lg[key], values[key]) for key in c["terms_order"]]


def _invoice_head(s: Sheet, c: dict[str, Any]) -> float:
    y = _seller_head(s, c, c["title"], _invoice_meta(c))
    y = _party_boxes(s, c, y + 24, c["parties"][0], c["notify"])
    return _strip(s, y + 20, _terms(c)) + 24


def _invoice_columns(c: dict[str, Any]) -> list[Column]:
    lg = BROKER[c["lang"]]
    code = f" ({c['currency']})" if c["money"] == "code" else ""
    available: dict[str, Column] = {
        "item": ("item", lg["item"], 56, False),
        "part": ("part", lg["part"], 104, False),
        "desc": ("desc", lg["desc"], 0, False),
        "hs": ("hs", c["hs_label"], 110 if c["hs_form"] == "dotted6" else 122, False),
        "co": ("co", lg["co_col"], 52, False),
        "qty": ("qty", lg["qty"], 90, True),
        "uom": ("uom", lg["uom"], 60, False),
        "unit": ("unit", lg["unit_value"] + code, 120, True),
        "ext": ("ext", lg["ext_value"] + code, 144, True),
    }
    skipped = {"part"} if not c["part_column"] else set()
    skipped |= {"co"} if not c["co_column"] else set()
    return _widths([available[key] for key in c["invoice_order"] if key not in skipped])


def _invoice_rows(c: dict[str, Any]) -> list[dict[str, str]]:
    return [
        {
            "item": str(it["line"]),
            "part": it["part"],
            "desc": it["description"],
            "hs": _hs(it["hs_code"], c),
            "co": c["seller"].iso,
            "qty": _qty(it, c),
            "uom": c["uom"][it["unit"]],
            "unit": _money(it["unit_price"], c),
            "ext": _money(it["value"], c),
        }
        for it in c["items"]
    ]


def _invoice_tail(s: Sheet, c: dict[str, Any], y: float) -> None:
    """The totals on the right (Subtotal, the charges, the boxed total); packages, masses, the
    shipper's declaration and signature on the left."""
    lg, lang = BROKER[c["lang"]], c["lang"]
    charges = [(lg["freight"], c["freight"]), (lg["insurance"], c["insurance"])]
    lines = [(lg["subtotal"], _subtotal(c)), *((k, v) for k, v in charges if v or c["zero_charges"])]
    top = y + 16
    for i, (label, value) in enumerate(lines):
        s.put(780, top + 30 * i, label, 17)
        s.put(RIGHT - 10, top + 30 * i, _money(value, c), 17, right=True)
    box = top + 30 * len(lines) + 4
    label = c["total_label"] if _currency_shown(c) else f"{c['total_label']} ({c['currency']})"
    total = _money(_total(c), c)
    s.box(770, box, RIGHT, box + 44)
    s.put(780, box + 12, label, fitted_size(label, 18, RIGHT - 800 - text_width(total, 20)))
    s.put(RIGHT - 10, box + 11, total, 20, right=True)
    notes = [label_value(lg["packages"], f"{sum(it['packages'] for it in c['items'])}", lang)]
    if c["invoice_masses"]:
        net, gross = _masses(c)
        notes += [
            label_value(lg["net"], f"{_num(net, c)} kg", lang),
            label_value(lg["gross"], f"{_num(gross, c)} kg", lang),
        ]
    for i, note in enumerate(notes):
        s.put(LEFT, top + 28 * i, note, 17)
    y = top + 28 * len(notes) + 16
    for i, line in enumerate(wrap(lg["declaration"], 14, 660)):
        s.put(LEFT, y + 20 * i, line, 14)
    s.rules.append((LEFT, y + 118, LEFT + 380, y + 118))
    s.put(LEFT, y + 126, f"{lg['signature']} - {DETAILS[c['seller'].iso].signatory}", 14)


INVOICE_TAIL = 16 + 28 * 3 + 16 + 20 * 4 + 150


def broker_invoice(c: dict[str, Any]) -> list[Sheet]:
    heading = f"{c['title']} {c['invoice_number']}"
    return _pages(
        c,
        Document(
            opening=lambda s: _invoice_head(s, c),
            resumption=lambda s: _later_head(s, c, c["seller"].name, heading),
            columns=_invoice_columns(c),
            rows=_invoice_rows(c),
            closing=lambda s, y: _invoice_tail(s, c, y),
            closing_height=INVOICE_TAIL,
            foot=_footer(c),
        ),
    )


def broker_invoice_truth(c: dict[str, Any]) -> dict[str, Any]:
    return invoice_truth(c, _total(c), lambda it: str(it["hs_code"]))


# ------------------------------------------------------------------ packing list


def _packing_head(s: Sheet, c: dict[str, Any]) -> float:
    lg = BROKER[c["lang"]]
    meta = [
        (lg["pl_number"], c["pl_number"]),
        (c["number_label"], c["invoice_number"]),
        (c["date_label"], _date(c, "invoice_date")),
        (lg["ship_date"], _date(c, "ship_date")),
    ]
    y = _seller_head(s, c, lg["packing"], meta)
    y = _party_boxes(s, c, y + 24, c["parties"][0], notify=False)
    cells = [
        (lg["marks"], c["marks"]),
        (lg["loading"], c["seller"].port),
        (lg["discharge"], c["buyer"].port),
        (lg["vessel"], c["vessel"]),
    ]
    return _strip(s, y + 20, cells) + 24


def _packing_columns(c: dict[str, Any]) -> list[Column]:
    lg = BROKER[c["lang"]]
    net, gross = ("N.W. (kg)", "G.W. (kg)") if c["lang"] == "en" else ("P.N. (kg)", "P.B. (kg)")
    part: list[Column] = [("part", lg["part"], 100, False)] if c["part_column"] else []
    hs: list[Column] = [("hs", c["hs_label"], 116, False)] if c["packing_hs"] else []
    head: list[Column] = [("cartons", lg["cartons"], 96, False), ("ctns", lg["ctns"], 58, True), *part]
    middle: list[Column] = [("desc", lg["desc"], 0, False), *hs, ("qty", lg["qty"], 122, True)]
    masses: list[Column] = [("net", net, 108, True), ("gross", gross, 108, True)]
    return _widths([*head, *middle, ("dims", lg["dims"], 116, False), *masses])


def _packing_rows(c: dict[str, Any]) -> list[dict[str, str]]:
    return [
        {
            "cartons": it["carton_range"],
            "part": it["part"],
            "desc": it["description"],
            "hs": _hs(it["hs_code"], c),
            "ctns": str(it["packages"]),
            "qty": _qty(it, c, with_unit=True),
            "net": _num(it["net_mass_kg"], c),
            "gross": _num(it["gross_mass_kg"], c),
            "dims": it["dims"],
        }
        for it in c["items"]
    ]


def _packing_tail(s: Sheet, c: dict[str, Any], y: float) -> None:
    """A boxed total line under the table's columns, then the totals in words and the volume."""
    lg, lang = BROKER[c["lang"]], c["lang"]
    net, gross = _masses(c)
    packages = sum(it["packages"] for it in c["items"])
    total = {"desc": lg["total"], "ctns": str(packages), "net": _num(net, c), "gross": _num(gross, c)}
    x = float(LEFT)
    for key, _, width, right in _packing_columns(c):
        text = total.get(key, "")
        s.put(x + width - 7 if right else x + 7, y + 10, text, fitted_size(text, 17, width - 12), right=right)
        x += width
    s.box(LEFT, y, RIGHT, y + 38)
    volume = _num(sum(it["cbm"] for it in c["items"]), c, decimals=3)
    lines = [
        label_value(lg["packages"], f"{packages}", lang),
        label_value(lg["net"], f"{_num(net, c)} kg", lang),
        label_value(lg["gross"], f"{_num(gross, c)} kg", lang),
        label_value(lg["volume"], f"{volume} m³", lang),
    ]
    for i, line in enumerate(lines):
        s.put(LEFT, y + 64 + 28 * i, line, 17)
    s.rules.append((780, y + 150, RIGHT, y + 150))
    signatory = DETAILS[c["seller"].iso].signatory
    s.put(780, y + 158, signatory, fitted_size(signatory, 14, RIGHT - 780))


def broker_packing(c: dict[str, Any]) -> list[Sheet]:
    lg = BROKER[c["lang"]]
    return _pages(
        c,
        Document(
            opening=lambda s: _packing_head(s, c),
            resumption=lambda s: _later_head(s, c, c["seller"].name, f"{lg['packing']} {c['pl_number']}"),
            columns=_packing_columns(c),
            rows=_packing_rows(c),
            closing=lambda s, y: _packing_tail(s, c, y),
            closing_height=190,
            foot=_footer(c),
        ),
    )


# ------------------------------------------------------------------ certificate of origin


def _paragraph(s: Sheet, y: float, text: str, size: int = 17) -> float:
    """Wrapped text across the page; returns where it ends."""
    return paragraph(s, y, text, size, LEFT, RIGHT, leading=9)


def _chamber_head(s: Sheet, c: dict[str, Any]) -> None:
    seller = c["seller"]
    centred(s, 50, seller.chamber, 26, LEFT, RIGHT, margin=0)
    address = f"{DETAILS[seller.iso].chamber_address} · {_country(seller, c['lang'])}"
    s.put((LEFT + RIGHT - text_width(address, 15)) / 2, 92, address, 15)
    s.rules += [(LEFT, 124, RIGHT, 124), (LEFT, 128, RIGHT, 128)]


def _co_number(c: dict[str, Any]) -> str:
    return f"{c['co_number_label']} {c['co_number']}"


def _co_head(s: Sheet, c: dict[str, Any]) -> float:
    """The chamber's letterhead, the number, the title, the certifying paragraph and the
    particulars of the shipment as ``Label: value`` lines; returns where the goods table starts."""
    lg, lang, seller, buyer = BROKER[c["lang"]], c["lang"], c["seller"], c["buyer"]
    _chamber_head(s, c)
    s.put(RIGHT, 148, _co_number(c), 20, right=True)
    s.put(LEFT, 150, "ORIGINAL", 15)
    title = lg["co"]
    s.put((LEFT + RIGHT - text_width(title, 30)) / 2, 192, title, 30)
    s.put((LEFT + RIGHT - text_width(lg["co_sub"], 15)) / 2, 234, lg["co_sub"], 15)
    text = lg["certify"].format(
        chamber=seller.chamber, country=_country(seller, lang), of_fr=DETAILS[seller.iso].of_fr
    )
    y = _paragraph(s, 290, text)
    particulars = [
        (lg["exporter"], [seller.name, f"{seller.street}, {seller.city}, {_country(seller, lang)}"]),
        (lg["consignee"], [buyer.name, f"{buyer.street}, {buyer.city}, {_country(buyer, lang)}"]),
        (lg["co_invoice"], [f"{c['invoice_number']} {lg['co_of']} {_date(c, 'invoice_date')}"]),
        (lg["transport"], [lg["by_sea"].format(a=seller.port, b=buyer.port)]),
    ]
    y += 24
    for label, lines in particulars:
        s.put(LEFT, y, f"{label}{' :' if lang == 'fr' else ':'}", 16)
        for i, line in enumerate(lines):
            s.put(330, y + 26 * i - 1, line, fitted_size(line, 18 if i == 0 else 16, RIGHT - 330))
        y += 26 * len(lines) + 12
    return y + 14


def _co_columns(c: dict[str, Any]) -> list[Column]:
    lg = BROKER[c["lang"]]
    measure: Column = ("measure", lg["co_gross" if c["co_measure"] == "gross" else "co_qty"], 170, True)
    return _widths(
        [
            ("marks", lg["co_marks"], 160, False),
            ("packages", lg["co_packages"], 170, True),
            ("desc", lg["desc"], 0, False),
            ("hs", c["hs_label"], 120, False),
            measure,
        ]
    )


def _co_rows(c: dict[str, Any]) -> list[dict[str, str]]:
    return [
        {
            "marks": f"{c['marks']}",
            "packages": f"{it['packages']} {it['package']}",
            "desc": it["description"],
            "hs": _hs(it["hs_code"][:6], c),
            "measure": _num(it["gross_mass_kg"], c) if c["co_measure"] == "gross" else _qty(it, c, True),
        }
        for it in c["items"]
    ]


def _co_tail(s: Sheet, c: dict[str, Any], y: float) -> None:
    """The closing paragraph; the place and date of issue; the seal and the officer's signature."""
    lg, seller = BROKER[c["lang"]], c["seller"]
    y = _paragraph(s, y + 24, lg["basis"], 15) + 30
    s.put(LEFT, y, lg["issued"].format(town=seller.chamber_town, date=_date(c, "co_date")), 19)
    s.put(LEFT + 40, y + 52, lg["seal"], 14)
    s.box(LEFT, y + 44, LEFT + 150, y + 164)
    s.put(700, y + 46, lg["for"], 15)
    s.rules.append((700, y + 130, RIGHT, y + 130))
    s.put(700, y + 138, f"{c['co_officer']}, {lg['officer']}", 15)
    s.put(700, y + 162, seller.chamber, fitted_size(seller.chamber, 15, RIGHT - 700))


CO_TAIL = 24 + 3 * 24 + 30 + 200


def broker_co(c: dict[str, Any]) -> list[Sheet]:
    lg = BROKER[c["lang"]]

    def later(s: Sheet) -> float:
        _chamber_head(s, c)
        text = f"{lg['co']} - {_co_number(c)} ({lg['continuation']})"
        s.put(LEFT, 150, text, fitted_size(text, 18, RIGHT - LEFT))
        return 200

    foot = f"{c['seller'].chamber} · {_co_number(c)}"
    table = (_co_columns(c), _co_rows(c))
    return _pages(
        c, Document(lambda s: _co_head(s, c), later, *table, lambda s, y: _co_tail(s, c, y), CO_TAIL, foot)
    )


CO_MEASURES = {"gross": ("gross_mass_kg",), "quantity": ("quantity", "unit")}


def broker_co_truth(c: dict[str, Any]) -> dict[str, Any]:
    return co_truth(c, c["seller"].chamber, CO_MEASURES[c["co_measure"]])


# ------------------------------------------------------------------ phytosanitary certificate


def _consignment(c: dict[str, Any]) -> list[tuple[str, list[str]]]:
    lang, seller, buyer = c["lang"], c["seller"], c["buyer"]
    packages: dict[str, int] = {}
    for it in c["items"]:
        packages[it["package"]] = packages.get(it["package"], 0) + it["packages"]
    values = [
        [seller.name, f"{seller.street}, {seller.city}, {_country(seller, lang)}"],
        [buyer.name, f"{buyer.street}, {buyer.city}, {_country(buyer, lang)}"],
        [", ".join(f"{n} {kind}" for kind, n in packages.items())],
        [c["marks"]],
        [_country(seller, lang)],
        [f"{c['vessel']} ({seller.port})"],
        [buyer.port],
        [f"{it['description']}: {_qty(it, c, with_unit=True)}" for it in c["items"]],
        [", ".join(dict.fromkeys(it["botanical"] for it in c["items"]))],
    ]
    return list(zip(PHYTO_ROWS[lang], values, strict=True))


def broker_phyto(c: dict[str, Any]) -> list[Sheet]:
    """The certifying paragraph first, then the consignment as a two-column ruled table."""
    lg, lang, seller = BROKER[c["lang"]], c["lang"], c["seller"]
    s = Sheet()
    centred(s, 50, seller.nppo, 24, LEFT, RIGHT, margin=0)
    country = _country(seller, lang).upper()
    s.put((LEFT + RIGHT - text_width(country, 17)) / 2, 88, country, 17)
    s.rules.append((LEFT, 122, RIGHT, 122))
    s.put(LEFT, 142, lg["phyto"], 28)
    s.put(RIGHT, 146, f"{'N°' if lang == 'fr' else 'No.'} {c['phyto_number']}", 21, right=True)
    s.put(LEFT, 190, lg["to"].format(country=_country(c["buyer"], lang)), 17)
    y = _paragraph(s, 236, lg["phyto_certify"], 16) + 26
    s.put(LEFT, y, lg["consignment"].upper(), 15)
    y += 28
    split = 430
    for label, lines in _consignment(c):
        height = 14 + 26 * max(len(lines), len(wrap(label, 15, split - LEFT - 20)))
        s.box(LEFT, y, RIGHT, y + height)
        s.rules.append((split, y, split, y + height))
        for i, text in enumerate(wrap(label, 15, split - LEFT - 20)):
            s.put(LEFT + 10, y + 9 + 26 * i, text, 15)
        for i, line in enumerate(lines):
            s.put(split + 12, y + 7 + 26 * i, line, fitted_size(line, 18, RIGHT - split - 24))
        y += height
    for heading, text in ((lg["additional"], lg["additional_text"]), (lg["treatment"], lg["treatment_text"])):
        s.put(LEFT, y + 22, heading.upper(), 15)
        s.put(LEFT + 20, y + 48, text, 17)
        y += 64
    foot = max(y + 40, 1400)
    for i, (label, value) in enumerate(
        (
            (lg["place"], seller.port),
            (lg["date"], _date(c, "phyto_date")),
            (lg["authorized"], c["ph_officer"]),
        )
    ):
        s.put(LEFT, foot + 34 * i, label_value(label, value, lang), 18)
    s.put(880, foot - 34, lg["stamp"], 14)
    s.box(880, foot - 10, RIGHT, foot + 110)
    return [s]


BROKER_KINDS: list[
    tuple[str, Callable[[dict[str, Any]], list[Sheet]], Callable[[dict[str, Any]], dict[str, Any]]]
] = [
    ("invoice", broker_invoice, broker_invoice_truth),
    ("packing", broker_packing, grid_packing_truth),
    ("co", broker_co, broker_co_truth),
    ("phyto", broker_phyto, grid_phyto_truth),  # the same fields, drawn the same way
]


def broker_kinds(
    c: dict[str, Any],
) -> list[tuple[str, Callable[[dict[str, Any]], list[Sheet]], Callable[[dict[str, Any]], dict[str, Any]]]]:
    """The documents the case has: invoice, packing list and certificate of origin, and for some
    produce a phytosanitary certificate."""
    return [kind for kind in BROKER_KINDS if kind[0] in c["documents"]]


def file_names(c: dict[str, Any]) -> dict[str, str]:
    """Each document's file name without its suffix: the forwarder's job reference, then the kind."""
    return {kind: f"{c['job']}_{name}" for kind, name in FILE_NAMES[c["lang"]].items()}
