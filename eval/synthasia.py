"""The ``asia`` layout family of the synthetic trade documents (``eval.synthdocs`` writes the cases).

The document set an Asian exporter (Viet Nam, India, Bangladesh, Cambodia, Sri Lanka, Indonesia,
China) sends with a shipment to a European buyer, kept apart from the other families as a blind
test of the reader. A commercial invoice in the classic exporter's grid: the exporter's name in
large capitals over its address, telephone, e-mail and tax number (``MST``, ``GSTIN``/``IEC No.``,
``BIN``, ``NPWP``...); a grid of boxed cells whose arrangement varies (``Invoice No. & Date`` in one
box as ``VNX-2026-0412 dt. 14/03/2026``, ``Buyer's Order No. & Date``, ``L/C No.``, ``Consignee``,
``Buyer (if other than consignee)``, ``Notify``, ``Pre-carriage by``, the ports, ``Country of Origin
of Goods``, ``Terms of Delivery and Payment``...); a table whose ``Marks & Nos. / Container No.``
column is printed once down its side, with ``No. & Kind of Pkgs.``, ``HS Code``, ``Rate (USD/KG)``
and ``Amount (USD)`` among columns whose choice and order vary, a ``TOTAL`` row, for C terms
sometimes FOB value / freight / insurance; the amount in words (``SAY US DOLLARS ... ONLY``), often
the EU REX origin statement, the bank details and ``for <EXPORTER>`` / ``Authorised Signatory``.
A packing list in the same style (``CTN NO.``, ``QTY/CTN``, ``N.W./CTN``, ``TOTAL G.W.``, ``MEAS.
(CBM)``...). A certificate of origin: a GSP ``Form A`` (numbered boxes 1 to 12, reference number
top right, the certifying authority in box 11, ``produced in <COUNTRY>`` and ``exported to
<COUNTRY>`` in box 12) or a chamber's or ministry's non-preferential certificate in the same boxed
UN layout with an HS column. For some produce, the NPPO's phytosanitary certificate as a grid of
boxed cells with a treatment strip. Its own exporters, importers (France, Belgium, Germany,
Netherlands, Italy, Spain), notify parties and goods in kg, pcs, l and m2. Cases are in English, or
in French for a French or Belgian buyer; they carry 1 to 20 lines, long tables running onto a second
page under a short reminder of the header. Every wording, date (``14/03/2026``, ``14-Mar-2026``,
``Mar. 14, 2026``, ``14th March 2026``...), number (``1,234.56``, the Indian ``1,23,456.00``,
``1 234,56``), HS-code, unit and layout choice and each document's file format is drawn from the
seed by build_asia_case, so that each document's truth is a function of the case.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, NamedTuple

from eval.synthbroker import _formats, _hs, _hs_digits, _split
from eval.synthdraw import cell_lines, centred, desc_filling, fitted_size, paragraph, text_width, wrap
from eval.synthgrid import (
    MONTHS,
    Column,
    Sheet,
    _grid_date,
    _masses,
    co_truth,
    grid_packing_truth,
    grid_phyto_truth,
    invoice_truth,
)
from eval.synthledger import Party as Buyer  # a buyer: name, address, country, port
from eval.synthledger import _charges, _incoterm_place, _ledger_date, _subtotal, _total
from eval.synthmodern import _num as _modern_num


class Seller(NamedTuple):
    name: str  # as its documents print it: in capitals
    street: str
    city: str  # the printed city line
    town: str  # the place alone (Incoterm place, place of issue)
    iso: str
    country_fr: str
    country_en: str
    port: str
    code: str  # the letters of its invoice numbers
    tax: str  # the registration line of its letterhead
    phone: str
    email: str
    bank: tuple[str, ...]
    rex: str = ""  # its REX number where the country is a GSP beneficiary
    gsp_authority: str = ""  # who certifies its Form A ("" for none)
    gsp_number: str = ""  # its Form A reference, a template of {m} (month) and {n}
    co_authority: str = ""  # who issues its non-preferential certificates
    co_number: str = ""  # a template of {n}
    nppo: str = ""  # the plant protection organisation
    phyto_number: str = ""  # a template of {n}
    officer: str = ""  # who signs its phytosanitary certificates
    goods: tuple[str, ...] = ()  # keys of GOODS


class Good(NamedTuple):
    en: str
    fr: str
    hs: str  # the exporting country's tariff code: the HS subheading, then its national digits
    unit: str
    price: float  # per unit
    kg_per_unit: float
    per_package: float  # units per package
    package_en: str
    package_fr: str
    tare: float  # kg of packaging per package
    cbm: float  # a package's volume
    variants: list[str]
    botanical: str = ""  # for the produce that travels with a phytosanitary certificate
    worked: bool = False  # origin criterion "W" (sufficiently worked) instead of "P"


SELLERS = [
    Seller(
        "SONG HAU SEAFOOD PROCESSING JOINT STOCK COMPANY", "Lot 2-4, Tra Noc 1 Industrial Zone, Binh Thuy District",
        "Can Tho City", "Can Tho", "VN", "Viet Nam", "Vietnam", "Ho Chi Minh City", "SHS",
        "MST: 1800158741", "Tel: (+84) 292 3841 276 | Fax: (+84) 292 3841 277", "export@songhauseafood.example",
        ("VIETCOMBANK - CAN THO BRANCH", "A/C No.: 0111 0003 71542 (USD)", "SWIFT: BFTVVNVX"),
        rex="VNREX1800158741", gsp_authority="Ministry of Industry and Trade of Viet Nam",
        gsp_number="VN-EU 26 {m:02d} {n:07d}", co_authority="Vietnam Chamber of Commerce and Industry",
        co_number="VCCI-CT {n:06d}/26", goods=("shrimp", "pangasius", "fish_sauce"),
    ),
    Seller(
        "PHUOC LOC AGRICULTURAL PRODUCTS IMPORT EXPORT CO., LTD", "No. 88, National Road 14, Tan Binh Ward",
        "Dong Xoai, Binh Phuoc Province", "Dong Xoai", "VN", "Viet Nam", "Vietnam", "Ho Chi Minh City", "PLX",
        "MST: 3800412597", "Tel: (+84) 271 3879 512 | Fax: (+84) 271 3879 513", "sales@phuocloc-agri.example",
        ("BIDV - BINH PHUOC BRANCH", "A/C No.: 6501 0000 248 713 (USD)", "SWIFT: BIDVVNVX"),
        rex="VNREX3800412597", gsp_authority="Vietnam Chamber of Commerce and Industry",
        gsp_number="VN-EU 26 {m:02d} {n:07d}", co_authority="Vietnam Chamber of Commerce and Industry",
        co_number="VCCI-HCM {n:06d}/26",
        nppo="Plant Protection Department - Ministry of Agriculture and Rural Development",
        phyto_number="PPD/{n:06d}/2026", officer="Tran Thi Minh Thu", goods=("cashew", "pepper_vn"),
    ),
    Seller(
        "MALABAR COAST SPICES EXPORTS PVT. LTD.", "XV/1142, Bazaar Road, Mattancherry", "Kochi - 682 002, Kerala",
        "Kochi", "IN", "Inde", "India", "Cochin", "MCS",
        "GSTIN: 32AAECM4512M1Z8 | IEC No. 1005012345", "Tel: +91 484 222 6718 | Fax: +91 484 222 6719",
        "exports@malabarcoastspices.example",
        ("STATE BANK OF INDIA, OVERSEAS BRANCH, KOCHI", "A/C No.: 3245 1187 650 (EEFC USD)", "SWIFT: SBININBB254"),
        rex="INREX1005012345DG015", gsp_authority="Spices Board India",
        gsp_number="SB/KOC/GSP/{n:06d}/2026", co_authority="Federation of Indian Export Organisations",
        co_number="FIEO/COC/{n:06d}/26",
        nppo="Plant Quarantine Organisation of India, Directorate of Plant Protection, Quarantine & Storage",
        phyto_number="PQ/KOC/{n:06d}/2026", officer="Dr. K. Radhakrishnan",
        goods=("pepper_in", "turmeric", "cardamom"),
    ),
    Seller(
        "NOYYAL COTTONKNIT APPARELS PVT. LTD.", "SF No. 214/2, Avinashi Road, Pooluvapatti", "Tiruppur - 641 602, Tamil Nadu",
        "Tiruppur", "IN", "Inde", "India", "Chennai", "NCA",
        "GSTIN: 33AADCN7731K1ZQ | IEC No. 0408023456", "Tel: +91 421 235 4410", "export@noyyalknit.example",
        ("HDFC BANK LTD., KUMARAN ROAD BRANCH, TIRUPPUR", "A/C No.: 5020 0014 7788 21 (USD)", "SWIFT: HDFCINBB"),
        rex="INREX0408023456DG019", gsp_authority="Textiles Committee, Ministry of Textiles",
        gsp_number="TC/TPR/{n:06d}/2026", co_authority="Federation of Indian Export Organisations",
        co_number="FIEO/COC/{n:06d}/26", goods=("tshirt", "towel"),
    ),
    Seller(
        "SRI VENKATESWARA GRANITES (EOU) PVT. LTD.", "Plot 7, SIPCOT Industrial Complex, Phase II", "Hosur - 635 109, Tamil Nadu",
        "Hosur", "IN", "Inde", "India", "Chennai", "SVG",
        "GSTIN: 33AAFCS2218H1Z2 | IEC No. 0496007781", "Tel: +91 4344 276 540 | Fax: +91 4344 276 541",
        "granites@svgranites.example",
        ("CANARA BANK, HOSUR MAIN BRANCH", "A/C No.: 1218 2010 0045 67 (USD)", "SWIFT: CNRBINBBHSR"),
        rex="INREX0496007781DG022", gsp_authority="Export Promotion Council for EOUs & SEZs",
        gsp_number="EPCES/CHN/{n:05d}/2026", co_authority="Federation of Indian Export Organisations",
        co_number="FIEO/COC/{n:06d}/26", goods=("granite_slab", "granite_tile"),
    ),
    Seller(
        "MEGHNA KNIT COMPOSITE LTD.", "Plot 31-33, Bhogra Bypass, National University Road", "Gazipur-1704, Dhaka",
        "Gazipur", "BD", "Bangladesh", "Bangladesh", "Chattogram", "MKC",
        "BIN: 000451236-0203 | ERC No. RA-0123456", "Tel: +880 2 9261 4471", "merchandising@meghnaknit.example",
        ("DUTCH-BANGLA BANK LTD., GAZIPUR BRANCH", "A/C No.: 117 110 0045 612", "SWIFT: DBBLBDDH117"),
        rex="BDREX000451236", gsp_authority="Export Promotion Bureau",
        gsp_number="EPB/GZP/GSP/2026/{n:05d}", co_authority="Dhaka Chamber of Commerce & Industry",
        co_number="DCCI/CO/{n:06d}/2026", goods=("sweater", "trousers"),
    ),
    Seller(
        "PADMA JUTE MILLS LTD.", "Khalishpur Industrial Area, 14 Jute Mill Road", "Khulna-9000",
        "Khulna", "BD", "Bangladesh", "Bangladesh", "Mongla", "PJM",
        "BIN: 000782514-0401", "Tel: +880 41 762 215 | Fax: +880 41 762 216", "export@padmajute.example",
        ("SONALI BANK PLC, KHULNA CORPORATE BRANCH", "A/C No.: 3301 6340 0128 4", "SWIFT: BSONBDDH"),
        rex="BDREX000782514", gsp_authority="Export Promotion Bureau",
        gsp_number="EPB/KHL/GSP/2026/{n:05d}", co_authority="Khulna Chamber of Commerce & Industry",
        co_number="KCCI/CO/{n:05d}/26", goods=("jute_bag", "jute_yarn"),
    ),
    Seller(
        "ANGKOR GOLDEN GRAIN RICE MILL CO., LTD.", "National Road No. 5, Phum Kampong Seima, Sangkat Svay Por",
        "Battambang Province", "Battambang", "KH", "Cambodge", "Cambodia", "Sihanoukville", "AGG",
        "VAT TIN: K005-901234567", "Tel: +855 53 952 781", "export@angkorgoldengrain.example",
        ("ACLEDA BANK PLC., BATTAMBANG BRANCH", "A/C No.: 0100-20-181234-1-5 (USD)", "SWIFT: ACLBKHPP"),
        rex="KHREX901234567", gsp_authority="Ministry of Commerce of the Kingdom of Cambodia",
        gsp_number="KH-EU 26 {m:02d} {n:06d}", co_authority="Cambodia Chamber of Commerce",
        co_number="CCC/{n:05d}/26",
        nppo="General Directorate of Agriculture, Ministry of Agriculture, Forestry and Fisheries",
        phyto_number="GDA/PC/{n:05d}/26", officer="Sok Chanthy", goods=("rice_kh", "rice_white"),
    ),
    Seller(
        "UVA HIGHLANDS TEA & SPICE EXPORTERS (PVT) LTD", "No. 214, Sir James Peiris Mawatha, Colombo 02",
        "Colombo", "Colombo", "LK", "Sri Lanka", "Sri Lanka", "Colombo", "UHT",
        "VAT Reg. No. 114512369-7000", "Tel: +94 11 243 7150 | Fax: +94 11 243 7151", "trade@uvahighlands.example",
        ("COMMERCIAL BANK OF CEYLON PLC, FOREIGN BRANCH", "A/C No.: 1000 4512 3301 (USD)", "SWIFT: CCEYLKLX"),
        rex="LKREX114512369", gsp_authority="Department of Commerce, Sri Lanka",
        gsp_number="DOC/GSP/26/{n:06d}", co_authority="The Ceylon Chamber of Commerce",
        co_number="CCC/COO/{n:05d}/2026",
        nppo="National Plant Quarantine Service, Department of Agriculture",
        phyto_number="NPQS/{n:06d}/26", officer="W. M. Dissanayake", goods=("tea", "cinnamon", "coconut_water"),
    ),
    Seller(
        "PT AGRO NUSANTARA REMPAH", "Jl. Rungkut Industri III No. 45", "Surabaya 60293, Jawa Timur",
        "Surabaya", "ID", "Indonésie", "Indonesia", "Surabaya", "ANR",
        "NPWP: 01.234.567.8-609.000", "Tel: +62 31 849 2210 | Fax: +62 31 849 2211", "export@agronusantara.example",
        ("PT BANK MANDIRI (PERSERO) TBK, SURABAYA RUNGKUT", "A/C No.: 141-00-0712345-6 (USD)", "SWIFT: BMRIIDJA"),
        rex="IDREX012345678609", gsp_authority="Ministry of Trade of the Republic of Indonesia",
        gsp_number="0{n:06d}/SBY/2026", co_authority="Indonesian Chamber of Commerce and Industry (KADIN)",
        co_number="KADIN-SBY/{n:05d}/26", nppo="Indonesian Quarantine Agency",
        phyto_number="2026.2.{n:05d}.K06", officer="Ir. Bambang Sutrisno", goods=("coffee_id", "nutmeg", "cloves"),
    ),
    Seller(
        "NINGBO BRIGHTWAY LIGHTING & SANITARY CO., LTD.", "No. 1288 Binhai Road, Hangzhou Bay New Zone",
        "Ningbo 315336, Zhejiang", "Ningbo", "CN", "Chine", "China", "Ningbo", "NBW",
        "USCI: 91330201MA2H4K8X3Q", "Tel: +86 574 6328 1150 | Fax: +86 574 6328 1151", "sales@brightway-nb.example",
        ("BANK OF CHINA, NINGBO BRANCH", "A/C No.: 3578 6912 4410 (USD)", "SWIFT: BKCHCNBJ92A"),
        co_authority="China Council for the Promotion of International Trade",
        co_number="CCPIT 263302{n:06d}", goods=("led_bulb", "led_tube", "sink"),
    ),
    Seller(
        "SHANDONG JINXIANG GREEN GARLIC CO., LTD.", "Yanghe Industrial Park, Jinxiang County",
        "Jining 272200, Shandong", "Jinxiang", "CN", "Chine", "China", "Qingdao", "JXG",
        "USCI: 91370828MA3C7TQ52L", "Tel: +86 537 873 5516", "garlic@jinxianggreen.example",
        ("AGRICULTURAL BANK OF CHINA, JINXIANG SUB-BRANCH", "A/C No.: 1535 0101 0400 8812 (USD)", "SWIFT: ABOCCNBJ240"),
        co_authority="China Council for the Promotion of International Trade",
        co_number="CCPIT 263708{n:06d}",
        nppo="General Administration of Customs of the People's Republic of China",
        phyto_number="370800226{n:06d}", officer="Wang Lixin", goods=("garlic",),
    ),
]  # fmt: skip
# The adjective of the REX statement: "... these products are of {en} preferential origin".
ORIGIN_ADJECTIVES = {
    "VN": ("Vietnamese", "vietnamienne"),
    "IN": ("Indian", "indienne"),
    "BD": ("Bangladeshi", "bangladaise"),
    "KH": ("Cambodian", "cambodgienne"),
    "LK": ("Sri Lankan", "sri-lankaise"),
    "ID": ("Indonesian", "indonésienne"),
}
BUYERS = [
    Buyer("Océane Marée Distribution SAS", "12 quai de la Saône", "76600 Le Havre", "Le Havre", "FR", "France",
          "France", "Le Havre"),
    Buyer("Épices du Ponant SARL", "5 allée des Tamariniers", "35400 Saint-Malo", "Saint-Malo", "FR", "France",
          "France", "Le Havre"),
    Buyer("Maison Vidal Textiles Import SAS", "41 rue du Faubourg de Roubaix", "59000 Lille", "Lille", "FR",
          "France", "France", "Dunkerque"),
    Buyer("Provence Pierres et Carrelages SAS", "ZI Les Paluds, 180 avenue de la Fleuride", "13400 Aubagne",
          "Aubagne", "FR", "France", "France", "Fos-sur-Mer"),
    Buyer("Scheldeland Foods Import NV", "Industrieweg 14", "9160 Lokeren", "Lokeren", "BE", "Belgique",
          "Belgium", "Antwerpen"),
    Buyer("Brabant Lumière & Maison SA", "Rue de l'Industrie 22", "1400 Nivelles", "Nivelles", "BE", "Belgique",
          "Belgium", "Antwerpen"),
    Buyer("Elbküsten Feinkost Import GmbH", "Am Sandtorkai 31", "20457 Hamburg", "Hamburg", "DE", "Allemagne",
          "Germany", "Hamburg"),
    Buyer("Rheinland Textilhandel GmbH", "Kölner Straße 112", "41464 Neuss", "Neuss", "DE", "Allemagne",
          "Germany", "Hamburg"),
    Buyer("Van der Meulen Specerijen B.V.", "Nijverheidsweg 9", "2984 AZ Ridderkerk", "Ridderkerk", "NL",
          "Pays-Bas", "Netherlands", "Rotterdam"),
    Buyer("Ligure Casa & Giardino S.r.l.", "Via Pionieri e Aviatori d'Italia 75", "16154 Genova", "Genova", "IT",
          "Italie", "Italy", "Genova"),
    Buyer("Almacenes Turia Importación S.L.", "Calle de la Travesía 18", "46024 Valencia", "Valencia", "ES",
          "Espagne", "Spain", "Valencia"),
]  # fmt: skip
# What each exporter (by its code) sells and each buyer buys, so that a case's buyer deals in its goods.
TRADES = {"SHS": "food", "PLX": "food", "MCS": "food", "NCA": "textile", "SVG": "home", "MKC": "textile",
          "PJM": "food", "AGG": "food", "UHT": "food", "ANR": "food", "NBW": "home", "JXG": "food"}  # fmt: skip
BUYER_TRADES = {
    "Océane Marée Distribution SAS": "food",
    "Épices du Ponant SARL": "food",
    "Maison Vidal Textiles Import SAS": "textile",
    "Provence Pierres et Carrelages SAS": "home",
    "Scheldeland Foods Import NV": "food",
    "Brabant Lumière & Maison SA": "home",
    "Elbküsten Feinkost Import GmbH": "food",
    "Rheinland Textilhandel GmbH": "textile",
    "Van der Meulen Specerijen B.V.": "food",
    "Ligure Casa & Giardino S.r.l.": "home",
    "Almacenes Turia Importación S.L.": "food",
}
# The customs broker an invoice may name as its notify party, and the bank a consignment may be
# consigned to the order of under a letter of credit, by the buyer's country.
NOTIFY = {
    "FR": ("Normandie Transit Douane SAS", "Terminal de France, 76600 Le Havre"),
    "BE": ("Douane-Expeditie Scheldepoort BV", "Haven 420, 2030 Antwerpen"),
    "DE": ("Hanse Zollservice GmbH", "Bei St. Annen 2, 20457 Hamburg"),
    "NL": ("Maasvlakte Douane Services B.V.", "Europaweg 875, 3199 LD Rotterdam"),
    "IT": ("Spedizioni Doganali Lanterna S.r.l.", "Via Albertazzi 3, 16149 Genova"),
    "ES": ("Aduanas Turia Consignatarios S.L.", "Avenida del Puerto 332, 46024 Valencia"),
}
BANKS = {
    "FR": "BNP PARIBAS, PARIS",
    "BE": "KBC BANK NV, BRUSSELS",
    "DE": "COMMERZBANK AG, HAMBURG",
    "NL": "ING BANK N.V., AMSTERDAM",
    "IT": "INTESA SANPAOLO S.P.A., GENOVA",
    "ES": "BANCO DE SABADELL S.A., VALENCIA",
}
GOODS = {
    "shrimp": Good(
        "Frozen black tiger shrimp HLSO", "Crevettes tigrées congelées étêtées", "03061719", "kg", 11.8, 1.0, 12,
        "CTNS", "CARTONS", 1.4, 0.036, "8/12 | 13/15 | 16/20 | 21/25 | 26/30 | 31/40 | 41/50 | 51/60".split(" | "),
    ),
    "pangasius": Good(
        "Frozen pangasius fillets, well-trimmed", "Filets de pangasius congelés, parés", "03046200", "kg", 2.35,
        1.0, 10, "CTNS", "CARTONS", 1.2, 0.028, "120-170 g | 170-220 g | 220 g up | IQF 5 kg bulk".split(" | "),
    ),
    "fish_sauce": Good(
        "Phu Quoc fish sauce 12 x 1 L", "Sauce de poisson de Phu Quoc 12 x 1 L", "21039012", "l", 2.9, 1.2, 12,
        "CTNS", "CARTONS", 2.2, 0.03, "40°N | 35°N | 30°N".split(" | "), worked=True,
    ),
    "cashew": Good(
        "Cashew kernels", "Amandes de cajou blanches", "08013200", "kg", 7.4, 1.0, 22.68, "CTNS", "CARTONS", 1.6,
        0.045, "WW240 | WW320 | WW450 | WS | LP".split(" | "), botanical="Anacardium occidentale",
    ),
    "pepper_vn": Good(
        "Black pepper", "Poivre noir", "09041120", "kg", 3.9, 1.0, 50, "BAGS", "SACS", 0.25, 0.09,
        "500 g/l FAQ | 550 g/l FAQ | 570 g/l cleaned | ASTA quality".split(" | "), botanical="Piper nigrum",
    ),
    "pepper_in": Good(
        "Malabar garbled black pepper", "Poivre noir de Malabar trié", "09041130", "kg", 6.1, 1.0, 25, "BAGS",
        "SACS", 0.2, 0.06, "MG1 | MG2 | TGSEB 4.75 mm | TGEB 4.25 mm | ASTA cleaned".split(" | "),
        botanical="Piper nigrum",
    ),
    "turmeric": Good(
        "Dried turmeric fingers", "Curcuma séché en doigts", "09103020", "kg", 1.85, 1.0, 25, "BAGS", "SACS", 0.2,
        0.06, "Alleppey | Erode | Salem | Rajapuri polished".split(" | "), botanical="Curcuma longa",
    ),
    "cardamom": Good(
        "Green cardamom", "Cardamome verte", "09083120", "kg", 24.5, 1.0, 10, "CTNS", "CARTONS", 0.8, 0.05,
        "8 mm bold | 7-8 mm | 6-7 mm | AGEB".split(" | "), botanical="Elettaria cardamomum",
    ),
    "tshirt": Good(
        "Men's cotton crew-neck T-shirt 180 GSM", "T-shirt homme col rond coton 180 g/m²", "61091000", "pcs", 3.2,
        0.2, 60, "CTNS", "CARTONS", 0.9, 0.06,
        "white S-XXL | black S-XXL | navy S-XXL | grey melange S-XXL | red S-XXL | olive S-XXL | printed S-XL | "
        "V-neck white S-XL | V-neck black S-XL | kids white 2-12Y".split(" | "),
        worked=True,
    ),
    "towel": Good(
        "Cotton terry bath towel 70 x 140 cm", "Serviette de bain éponge coton 70 x 140 cm", "63026090", "pcs",
        4.1, 0.5, 30, "CTNS", "CARTONS", 1.0, 0.07, "white 500 GSM | ivory 500 GSM | grey 550 GSM | navy 550 GSM | sand 550 GSM | aqua 500 GSM".split(" | "),
        worked=True,
    ),
    "granite_slab": Good(
        "Polished granite slabs 20 mm", "Tranches de granit poli 20 mm", "68022310", "m2", 28.0, 54.0, 21.6,
        "CRATES", "CAISSES", 60.0, 0.7, "Tan Brown | Black Galaxy | Absolute Black | Steel Grey | Kashmir White | Imperial Red".split(" | "),
        worked=True,
    ),
    "granite_tile": Good(
        "Flamed granite tiles 60 x 60 x 2 cm", "Dalles de granit flammé 60 x 60 x 2 cm", "68022390", "m2", 21.5,
        54.0, 14.4, "CRATES", "CAISSES", 45.0, 0.5, "Steel Grey | Tan Brown | Absolute Black | G654 Padang Dark".split(" | "),
        worked=True,
    ),
    "sweater": Good(
        "Men's knitted pullover 100% acrylic", "Pull-over homme tricoté 100 % acrylique", "61103000", "pcs", 5.6,
        0.45, 24, "CTNS", "CARTONS", 1.1, 0.09, "crew neck navy | crew neck grey | crew neck burgundy | V-neck black | V-neck navy | half zip olive | "
        "half zip charcoal | cable knit ecru".split(" | "),
        worked=True,
    ),
    "trousers": Good(
        "Men's cotton twill chino trousers", "Pantalon chino homme en sergé de coton", "62034200", "pcs", 7.9,
        0.55, 30, "CTNS", "CARTONS", 1.1, 0.08, "beige 30-40 | navy 30-40 | olive 30-40 | black 30-40 | stone 30-40 | khaki 30-40 | "
        "slim fit navy 28-36 | slim fit black 28-36".split(" | "),
        worked=True,
    ),
    "jute_bag": Good(
        "Jute hessian sacks 60 x 100 cm", "Sacs en toile de jute 60 x 100 cm", "63051000", "pcs", 0.78, 0.55, 500,
        "BALES", "BALLES", 2.0, 0.5, "10 oz | 11 oz | 12 oz | food grade 12 oz | laminated 11 oz".split(" | "),
        worked=True,
    ),
    "jute_yarn": Good(
        "Jute yarn CB, single", "Fils de jute CB, simples", "53071000", "kg", 1.25, 1.0, 180, "BALES", "BALLES",
        1.5, 0.45, "8 lbs/spy | 10 lbs/spy | 14 lbs/spy | 24 lbs/spy".split(" | "), worked=True,
    ),
    "rice_kh": Good(
        "Cambodian jasmine rice Phka Malis", "Riz jasmin du Cambodge Phka Malis", "10063099", "kg", 0.98, 1.0, 50,
        "BAGS", "SACS", 0.15, 0.07, "premium, 5% broken | new crop, 5% broken | organic | fragrant 10% broken".split(" | "),
        botanical="Oryza sativa",
    ),
    "rice_white": Good(
        "Long grain white rice, wholly milled", "Riz blanc long grain, blanchi", "10063030", "kg", 0.62, 1.0, 50,
        "BAGS", "SACS", 0.15, 0.07, "5% broken | 15% broken | 25% broken".split(" | "), botanical="Oryza sativa",
    ),
    "tea": Good(
        "Ceylon black tea, orthodox", "Thé noir de Ceylan, orthodoxe", "09024010", "kg", 5.2, 1.0, 50, "SACKS",
        "SACS", 0.6, 0.12, "BOP | BOPF | OP1 | OPA | FBOP | FBOPF Ex. Special | Pekoe | Dust 1 | PF1".split(" | "), botanical="Camellia sinensis",
    ),
    "cinnamon": Good(
        "Ceylon cinnamon quills", "Cannelle de Ceylan en bâtons", "09061100", "kg", 14.0, 1.0, 20, "CTNS",
        "CARTONS", 0.9, 0.08, "Alba | C5 special | C5 | M5 | H1".split(" | "), botanical="Cinnamomum verum",
    ),
    "coconut_water": Good(
        "Pure coconut water 12 x 1 L", "Eau de coco pure 12 x 1 L", "20098990", "l", 1.45, 1.05, 12, "CTNS",
        "CARTONS", 0.8, 0.018, "natural | organic | with pulp".split(" | "),
    ),
    "coffee_id": Good(
        "Green arabica coffee beans", "Café vert arabica", "09011190", "kg", 6.3, 1.0, 60, "BAGS", "SACS", 0.7,
        0.1, "Sumatra Mandheling G1 | Gayo G1 | Lintong G1 | Java Ijen G1".split(" | "), botanical="Coffea arabica",
    ),
    "nutmeg": Good(
        "Whole nutmeg", "Noix de muscade entières", "09081100", "kg", 9.0, 1.0, 25, "BAGS", "SACS", 0.3, 0.05,
        "ABCD | SS | BWP".split(" | "), botanical="Myristica fragrans",
    ),
    "cloves": Good(
        "Whole cloves", "Clous de girofle entiers", "09071000", "kg", 8.1, 1.0, 25, "BAGS", "SACS", 0.3, 0.06,
        "hand picked | FAQ | grade A".split(" | "), botanical="Syzygium aromaticum",
    ),
    "led_bulb": Good(
        "LED bulb A60 E27 9 W 806 lm", "Ampoule LED A60 E27 9 W 806 lm", "8539520000", "pcs", 0.62, 0.05, 100,
        "CTNS", "CARTONS", 1.2, 0.05, "2700 K | 3000 K | 4000 K | 6500 K | dimmable 2700 K | filament 2700 K".split(" | "), worked=True,
    ),
    "led_tube": Good(
        "LED tube T8 18 W 1200 mm", "Tube LED T8 18 W 1200 mm", "8539520000", "pcs", 1.45, 0.18, 25, "CTNS",
        "CARTONS", 1.0, 0.03, "3000 K | 4000 K | 6500 K".split(" | "), worked=True,
    ),
    "sink": Good(
        "Stainless steel kitchen sink", "Évier de cuisine en acier inoxydable", "7324100000", "pcs", 18.5, 4.2, 1,
        "CTNS", "CARTONS", 1.5, 0.09, "SUS304 780 x 430 mm | SUS304 600 x 450 mm | SUS201 780 x 430 mm | double bowl 820 x 480 mm".split(" | "),
        worked=True,
    ),
    "garlic": Good(
        "Fresh pure white garlic", "Ail frais blanc", "0703201000", "kg", 1.05, 1.0, 10, "CTNS", "CARTONS", 0.4,
        0.02, "5.0 cm up | 5.5 cm up | 6.0 cm up | normal white 5.0 cm".split(" | "), botanical="Allium sativum",
    ),
}  # fmt: skip

ASIA: dict[str, dict[str, Any]] = {
    "en": {
        "inv": "Invoice No. & Date",
        "po": "Buyer's Order No. & Date",
        "lc": "L/C No. & Date",
        "consignee": "Consignee",
        "buyer": "Buyer (if other than consignee)",
        "notify": "Notify",
        "same": "SAME AS CONSIGNEE",
        "to_order": "TO THE ORDER OF",
        "pre": "Pre-carriage by",
        "receipt": "Place of Receipt by Pre-carrier",
        "vessel": "Vessel / Voyage No.",
        "pol": "Port of Loading",
        "pod": "Port of Discharge",
        "final": "Final Destination",
        "origin": "Country of Origin of Goods",
        "dest": "Country of Final Destination",
        "terms": "Terms of Delivery and Payment",
        "marks": "Marks & Nos. / Container No.",
        "marks_short": "Marks & Nos.",
        "container": "Container / Seal No.",
        "by_road": "BY ROAD",
        "sno": "S. No.",
        "pkgs": "No. & Kind of Pkgs.",
        "desc": "Description of Goods",
        "hs": "HS Code",
        "qty": "Quantity",
        "unit": "Unit",
        "rate": "Rate",
        "amount": "Amount",
        "total": "TOTAL",
        "fob": "TOTAL FOB VALUE",
        "freight": "ADD: FREIGHT",
        "insurance": "ADD: INSURANCE",
        "grand": "{incoterm} VALUE",
        "words": "Amount chargeable (in words):",
        "net": "TOTAL NET WEIGHT",
        "gross": "TOTAL GROSS WEIGHT",
        "packages": "TOTAL PACKAGES",
        "volume": "TOTAL MEASUREMENT",
        "bank": "OUR BANK DETAILS:",
        "for": "for {name}",
        "signatory": "Authorised Signatory",
        "declaration": "Declaration: We declare that this invoice shows the actual price of the goods described "
        "and that all particulars are true and correct.",
        "rex": "The exporter of the products covered by this document (REX No. {rex}) declares that, except "
        "where otherwise clearly indicated, these products are of {adjective} preferential origin according "
        "to rules of origin of the Generalised System of Preferences of the European Union and that the "
        "origin criterion met is {criterion}.",
        "continued": "CONTINUED ON PAGE {p} ...",
        "resumed": "(continued)",
        "packing": "PACKING LIST",
        "ctn": "CTN NO.",
        "per": "QTY/CTN",
        "ctns": "NO. OF CTNS",
        "total_qty": "TOTAL QTY",
        "nw_ctn": "N.W./CTN (KGS)",
        "gw_ctn": "G.W./CTN (KGS)",
        "nw": "TOTAL N.W. (KGS)",
        "gw": "TOTAL G.W. (KGS)",
        "cbm": "MEAS. (CBM)",
        "of": "OF",
        "only": "ONLY",
        "phyto": "PHYTOSANITARY CERTIFICATE",
        "ph_from": "Plant Protection Organization of",
        "ph_to": "TO: Plant Protection Organization(s) of",
        "ph_consignment": "I. DESCRIPTION OF CONSIGNMENT",
        "ph_exporter": "Name and address of exporter",
        "ph_consignee": "Declared name and address of consignee",
        "ph_packages": "Number and description of packages",
        "ph_marks": "Distinguishing marks",
        "ph_origin": "Place of origin",
        "ph_means": "Declared means of conveyance",
        "ph_entry": "Declared point of entry",
        "ph_produce": "Name of produce and quantity declared",
        "ph_botanical": "Botanical name of plants",
        "ph_quantity": "Quantity declared",
        "ph_by_sea": "BY SEA",
        "ph_certify": "This is to certify that the plants, plant products or other regulated articles described "
        "herein have been inspected and/or tested according to appropriate official procedures and are "
        "considered to be free from the quarantine pests specified by the importing contracting party and to "
        "conform with the current phytosanitary requirements of the importing contracting party, including "
        "those for regulated non-quarantine pests.",
        "ph_additional": "II. ADDITIONAL DECLARATION",
        "ph_additional_text": "The consignment was inspected and found free from live insects.",
        "ph_treatment": "III. DISINFESTATION AND/OR DISINFECTION TREATMENT",
        "ph_treatment_cells": ("Date", "Treatment", "Chemical (active ingredient)", "Duration and temperature",
                               "Concentration", "Additional information"),
        "ph_fumigation": ("FUMIGATION", "PHOSPHINE (PH3)", "72 HRS AT 25 °C", "2 G/M3", "UNDER SHEET"),
        "ph_place": "Place of issue",
        "ph_date": "Date",
        "ph_officer": "Name of authorized officer",
        "ph_signature": "Signature",
        "ph_stamp": "(Stamp of Organization)",
        "no": "No.",
    },
    "fr": {
        "inv": "N° et date de facture",
        "po": "N° et date de commande de l'acheteur",
        "lc": "N° et date du crédit documentaire",
        "consignee": "Destinataire",
        "buyer": "Acheteur (si autre que le destinataire)",
        "notify": "Notifier",
        "same": "IDEM DESTINATAIRE",
        "to_order": "À L'ORDRE DE",
        "pre": "Pré-acheminement",
        "receipt": "Lieu de prise en charge",
        "vessel": "Navire / N° de voyage",
        "pol": "Port de chargement",
        "pod": "Port de déchargement",
        "final": "Destination finale",
        "origin": "Pays d'origine des marchandises",
        "dest": "Pays de destination finale",
        "terms": "Conditions de livraison et de paiement",
        "marks": "Marques et numéros / N° de conteneur",
        "marks_short": "Marques et numéros",
        "container": "N° de conteneur / plomb",
        "by_road": "PAR ROUTE",
        "sno": "N°",
        "pkgs": "Nombre et nature des colis",
        "desc": "Désignation des marchandises",
        "hs": "Code SH",
        "qty": "Quantité",
        "unit": "Unité",
        "rate": "Prix unitaire",
        "amount": "Montant",
        "total": "TOTAL",
        "fob": "TOTAL VALEUR FOB",
        "freight": "FRET",
        "insurance": "ASSURANCE",
        "grand": "VALEUR {incoterm}",
        "words": "Arrêtée la présente facture à la somme de :",
        "net": "POIDS NET TOTAL",
        "gross": "POIDS BRUT TOTAL",
        "packages": "NOMBRE TOTAL DE COLIS",
        "volume": "VOLUME TOTAL",
        "bank": "NOS COORDONNÉES BANCAIRES :",
        "for": "pour {name}",
        "signatory": "Signataire autorisé",
        "declaration": "Nous certifions que la présente facture indique le prix réel des marchandises décrites et "
        "que toutes les mentions qui y figurent sont exactes.",
        "rex": "L'exportateur des produits couverts par le présent document (numéro d'exportateur enregistré "
        "{rex}) déclare que, sauf indication claire du contraire, ces produits ont l'origine préférentielle "
        "{adjective} au sens des règles d'origine du schéma de préférences tarifaires généralisées de l'Union "
        "européenne et que le critère d'origine satisfait est {criterion}.",
        "continued": "SUITE PAGE {p} ...",
        "resumed": "(suite)",
        "packing": "LISTE DE COLISAGE",
        "ctn": "N° COLIS",
        "per": "QTÉ/COLIS",
        "ctns": "NB COLIS",
        "total_qty": "QTÉ TOTALE",
        "nw_ctn": "P.N./COLIS (KG)",
        "gw_ctn": "P.B./COLIS (KG)",
        "nw": "P.N. TOTAL (KG)",
        "gw": "P.B. TOTAL (KG)",
        "cbm": "VOLUME (M3)",
        "of": "DE",
        "only": "",
        "phyto": "CERTIFICAT PHYTOSANITAIRE",
        "ph_from": "Organisation de la protection des végétaux de",
        "ph_to": "À : Organisation(s) de la protection des végétaux de",
        "ph_consignment": "I. DESCRIPTION DE L'ENVOI",
        "ph_exporter": "Nom et adresse de l'exportateur",
        "ph_consignee": "Nom et adresse déclarés du destinataire",
        "ph_packages": "Nombre et description des colis",
        "ph_marks": "Marques distinctives",
        "ph_origin": "Lieu d'origine",
        "ph_means": "Moyen de transport déclaré",
        "ph_entry": "Point d'entrée déclaré",
        "ph_produce": "Nom du produit et quantité déclarée",
        "ph_botanical": "Nom botanique des végétaux",
        "ph_quantity": "Quantité déclarée",
        "ph_by_sea": "PAR MER",
        "ph_certify": "Il est certifié que les végétaux, produits végétaux ou autres articles réglementés décrits "
        "ci-dessus ont été inspectés et/ou testés suivant des procédures officielles appropriées et sont "
        "considérés comme indemnes d'organismes de quarantaine spécifiés par la partie contractante "
        "importatrice et conformes aux exigences phytosanitaires en vigueur de celle-ci, y compris celles "
        "concernant les organismes réglementés non de quarantaine.",
        "ph_additional": "II. DÉCLARATION SUPPLÉMENTAIRE",
        "ph_additional_text": "L'envoi a été inspecté et trouvé exempt d'insectes vivants.",
        "ph_treatment": "III. TRAITEMENT DE DÉSINFESTATION ET/OU DE DÉSINFECTION",
        "ph_treatment_cells": ("Date", "Traitement", "Produit chimique (matière active)", "Durée et température",
                               "Concentration", "Renseignements complémentaires"),
        "ph_fumigation": ("FUMIGATION", "PHOSPHINE (PH3)", "72 H À 25 °C", "2 G/M3", "SOUS BÂCHE"),
        "ph_place": "Lieu de délivrance",
        "ph_date": "Date",
        "ph_officer": "Nom du fonctionnaire autorisé",
        "ph_signature": "Signature",
        "ph_stamp": "(Cachet de l'organisation)",
        "no": "N°",
    },
}  # fmt: skip
# The certificate of origin's boxes, as a GSP Form A or as a non-preferential certificate.
FORMS: dict[str, dict[str, dict[str, Any]]] = {
    "en": {
        "form_a": {
            "1": "1. Goods consigned from (Exporter's business name, address, country)",
            "2": "2. Goods consigned to (Consignee's name, address, country)",
            "3": "3. Means of transport and route (as far as known)",
            "4": "4. For official use",
            "5": "5. Item number",
            "6": "6. Marks and numbers of packages",
            "7": "7. Number and kind of packages; description of goods",
            "8": "8. Origin criterion (see Notes overleaf)",
            "9": "9. Gross weight or other quantity",
            "10": "10. Number and date of invoices",
            "cert": "11. Certification",
            "cert_text": "It is hereby certified, on the basis of control carried out, that the declaration by "
            "the exporter is correct.",
            "cert_caption": "Place and date, signature and stamp of certifying authority",
            "decl": "12. Declaration by the exporter",
            "decl_text": (
                "The undersigned hereby declares that the above details and statements are correct; that all "
                "the goods were produced in",
                "(country)",
                "and that they comply with the origin requirements specified for those goods in the Generalised "
                "System of Preferences for goods exported to",
                "(importing country)",
            ),
            "decl_caption": "Place and date, signature of authorised signatory",
            "reference": "Reference No.",
            "head": ("GENERALISED SYSTEM OF PREFERENCES", "CERTIFICATE OF ORIGIN",
                     "(Combined declaration and certificate)", "FORM A"),
            "issued": "Issued in {country}",
            "issued_caption": "(country)",
            "notes": "See Notes overleaf",
        },
        "plain": {
            "1": "1. Exporter (name, address, country)",
            "2": "2. Consignee (name, address, country)",
            "3": "3. Means of transport and route",
            "4": "4. Country / region of destination",
            "5": "5. For certifying authority use only",
            "6": "6. Marks and numbers",
            "7": "7. Number and kind of packages; description of goods",
            "8": "8. H.S. Code",
            "9q": "9. Quantity",
            "9g": "9. Gross weight (kg)",
            "10": "10. Number and date of invoices",
            "decl": "11. Declaration by the exporter",
            "decl_text": (
                "The undersigned hereby declares that the above details and statements are correct, that all "
                "the goods were produced in",
                "",
                "and that they comply with the rules of origin of",
                "",
            ),
            "decl_caption": "Place and date, signature and stamp of authorised signatory",
            "cert": "12. Certification",
            "cert_text": "It is hereby certified that the declaration by the exporter is correct.",
            "cert_caption": "Place and date, signature and stamp of certifying authority",
            "reference": "Certificate No.",
            "head": ("CERTIFICATE OF ORIGIN", "(Non-preferential)"),
            "issued": "Issued by",
        },
    },
    "fr": {
        "form_a": {
            "1": "1. Marchandises expédiées par (nom, adresse et pays de l'exportateur)",
            "2": "2. Marchandises expédiées à (nom, adresse et pays du destinataire)",
            "3": "3. Moyen de transport et itinéraire (si connus)",
            "4": "4. Pour usage officiel",
            "5": "5. N° d'ordre",
            "6": "6. Marques et numéros des colis",
            "7": "7. Nombre et nature des colis ; désignation des marchandises",
            "8": "8. Critère d'origine (voir notes au verso)",
            "9": "9. Poids brut ou autre quantité",
            "10": "10. Numéro et date des factures",
            "cert": "11. Certificat",
            "cert_text": "Il est certifié, sur la base du contrôle effectué, que la déclaration de l'exportateur "
            "est exacte.",
            "cert_caption": "Lieu et date, signature et cachet de l'autorité habilitée",
            "decl": "12. Déclaration de l'exportateur",
            "decl_text": (
                "Le soussigné déclare que les mentions et indications ci-dessus sont exactes, que toutes ces "
                "marchandises ont été produites en",
                "(pays)",
                "et qu'elles remplissent les conditions d'origine requises pour ces marchandises dans le système "
                "généralisé de préférences pour les marchandises exportées vers",
                "(pays importateur)",
            ),
            "decl_caption": "Lieu et date, signature du signataire autorisé",
            "reference": "N° de référence",
            "head": ("SYSTÈME GÉNÉRALISÉ DE PRÉFÉRENCES", "CERTIFICAT D'ORIGINE",
                     "(Déclaration et certificat combinés)", "FORMULE A"),
            "issued": "Délivré en {country}",
            "issued_caption": "(pays)",
            "notes": "Voir notes au verso",
        },
        "plain": {
            "1": "1. Exportateur (nom, adresse, pays)",
            "2": "2. Destinataire (nom, adresse, pays)",
            "3": "3. Moyen de transport et itinéraire",
            "4": "4. Pays de destination",
            "5": "5. Réservé à l'autorité de certification",
            "6": "6. Marques et numéros",
            "7": "7. Nombre et nature des colis ; désignation des marchandises",
            "8": "8. Code SH",
            "9q": "9. Quantité",
            "9g": "9. Poids brut (kg)",
            "10": "10. Numéro et date des factures",
            "decl": "11. Déclaration de l'exportateur",
            "decl_text": (
                "Le soussigné déclare que les mentions ci-dessus sont exactes, que toutes les marchandises ont "
                "été produites en",
                "",
                "et qu'elles satisfont aux règles d'origine de",
                "",
            ),
            "decl_caption": "Lieu et date, signature et cachet du signataire autorisé",
            "cert": "12. Certification",
            "cert_text": "Il est certifié que la déclaration de l'exportateur est exacte.",
            "cert_caption": "Lieu et date, signature et cachet de l'autorité habilitée",
            "reference": "Certificat N°",
            "head": ("CERTIFICAT D'ORIGINE", "(Origine non préférentielle)"),
            "issued": "Délivré par",
        },
    },
}  # fmt: skip
# Wordings one of which a case prints.
WORDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "title": {
        "en": ("COMMERCIAL INVOICE", "INVOICE", "EXPORT INVOICE", "COMMERCIAL INVOICE CUM PACKING DETAILS"),
        "fr": ("FACTURE COMMERCIALE", "FACTURE", "FACTURE D'EXPORTATION"),
    },
    # the invoice number and its date in one box
    "reference": {
        "en": ("{no} dt. {date}", "{no} DATED {date}", "{no} / {date}", "NO. {no}  DATE: {date}"),
        "fr": ("{no} du {date}", "N° {no} - {date}", "{no} / {date}"),
    },
    "payment": {
        "en": ("T/T 30 DAYS", "T/T 30% ADVANCE, 70% AGAINST COPY OF B/L", "L/C AT SIGHT", "CAD AT SIGHT",
               "D/P AT SIGHT", "L/C 60 DAYS FROM B/L DATE"),
        "fr": ("VIREMENT À 30 JOURS", "VIREMENT 30 % À LA COMMANDE, 70 % CONTRE COPIE B/L",
               "CRÉDIT DOCUMENTAIRE À VUE", "PAIEMENT CONTRE DOCUMENTS"),
    },
    "pages": {
        "en": ("Page {p} of {n}", "Page {p}/{n}", "- {p} -"),
        "fr": ("Page {p} sur {n}", "Page {p}/{n}", "- {p} -"),
    },
}  # fmt: skip
DATE_FORMS = {"en": ("slash", "dotted", "abbrev", "us", "ordinal"), "fr": ("slash", "dotted", "long", "dash")}
MONTH_ABBREVIATIONS = (
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
HS_FORMS = ("dotted", "dotted", "plain", "spaced", "dotted6")
UOM_FORMS = {
    "en": (
        {"kg": "KGS", "pcs": "PCS", "l": "LTRS", "m2": "SQM"},
        {"kg": "KG", "pcs": "NOS", "l": "LTR", "m2": "M2"},
        {"kg": "Kgs", "pcs": "Pcs", "l": "Ltrs", "m2": "Sq.m"},
    ),
    "fr": (
        {"kg": "KG", "pcs": "PCS", "l": "L", "m2": "M2"},
        {"kg": "kg", "pcs": "pièces", "l": "litres", "m2": "m²"},
    ),
}
# The invoice grid's cells, row by row, in the arrangements a case may draw.
GRIDS = {
    "india": (("inv", "po", "lc"), ("consignee", "buyer"), ("notify", "terms"), ("pre", "receipt", "origin", "dest"),
              ("vessel", "pol", "pod", "final")),
    "vietnam": (("inv", "po"), ("consignee", "notify"), ("buyer", "lc"), ("pre", "pol", "pod", "final"),
                ("vessel", "origin", "dest"), ("terms",)),
    "compact": (("inv", "po", "lc", "origin"), ("consignee", "buyer", "notify"), ("pre", "vessel", "pol", "pod", "final"),
                ("dest", "terms")),
}  # fmt: skip
WEIGHTS = {"inv": 1.3, "terms": 2.0, "vessel": 1.2}  # a cell's share of its row (1 otherwise)
# The invoice's columns in the orders a case may draw (``hs``, ``pkgs`` and ``unit`` only if it draws them).
INVOICE_ORDERS = (
    ("marks", "pkgs", "desc", "hs", "qty", "unit", "rate", "amount"),
    ("sno", "marks", "desc", "hs", "pkgs", "qty", "unit", "rate", "amount"),
    ("marks", "sno", "pkgs", "desc", "qty", "unit", "hs", "rate", "amount"),
    ("sno", "marks", "pkgs", "hs", "desc", "qty", "unit", "rate", "amount"),
)
PACKING_FORMS = ("per_ctn", "hs", "plain")
INCOTERMS = ("FOB", "FOB", "CIF", "CIF", "CFR", "FCA", "CIP", "DAP")
VESSELS = ("WAN HAI 316", "KOTA LUMBA", "YM UBIQUITY", "MAERSK SALALAH", "SITC HAIPHONG", "X-PRESS ANNAPURNA",
           "OOCL TOKYO", "CMA CGM KRIBI")  # fmt: skip
CONTAINERS = ("TGHU", "MSKU", "CAIU", "TCNU", "SEGU", "WHSU", "OOLU")
# The yes-or-no layout choices and the share of cases that print each.
FLAGS = {
    "fill": 0.5,  # the tables run down to the totals at the foot of the page
    "invoice_masses": 0.7,  # the total masses under the invoice's table
    "hs_column": 0.7,  # an HS column (otherwise the code under each description)
    "pkgs_column": 0.6,  # a No. & Kind of Pkgs. column on the invoice
    "sno_column": 0.6,
    "unit_column": 0.4,  # a Unit column (otherwise the unit after each quantity)
    "notify_broker": 0.6,  # a customs broker to notify (otherwise "same as consignee")
    "caps": 0.6,  # descriptions in capitals
    "buyer_caps": 0.5,  # the buyer's name in capitals
    "packing_cbm": 0.6,
    "title_box": 0.5,
    "qty_decimals": 0.5,  # quantities in kg, l and m2 with two decimals
}
FILE_NAMES = {
    "en": {"invoice": "INVOICE", "packing": "PACKING_LIST", "co": "CERT_ORIGIN", "phyto": "PHYTO"},
    "fr": {"invoice": "FACTURE", "packing": "COLISAGE", "co": "CERT_ORIGINE", "phyto": "PHYTO"},
}
LEFT, RIGHT, MIDDLE = 60, 1180, 620
HEAD, LINE, TOTAL_ROW = 58, 20, 38  # a table's header, a line of a cell, the totals row
BODY = 15  # the size of a table's text
BOTTOM = 1620  # where a page's content must end; the footer is below

# ------------------------------------------------------------------ formats


def _asia_date(iso: str, lang: str, form: str) -> str:
    """``14/03/2026`` (``slash``), ``14.03.2026`` (``dotted``), ``14-Mar-2026`` (``abbrev``),
    ``Mar. 14, 2026`` (``us``), ``14th March 2026`` (``ordinal``), ``14 mars 2026`` (``long``) or
    ``14-03-2026`` (``dash``)."""
    d = date.fromisoformat(iso)
    if form in ("slash", "abbrev"):
        return _ledger_date(iso, lang, form)
    if form in ("dotted", "long"):
        return _grid_date(iso, lang, form)
    if form == "us":
        return f"{MONTH_ABBREVIATIONS[d.month - 1]} {d.day}, {d.year}"
    if form == "ordinal":
        suffix = "th" if d.day in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{d.day}{suffix} {MONTHS['en'][d.month - 1]} {d.year}"
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def _num(value: float, c: dict[str, Any], decimals: int = 2) -> str:
    """``1,234.56`` (``en``), ``1 234,56`` (``fr``), ``1.234,56`` (``dot``) or the Indian grouping
    ``1,23,456.00`` (``in``: thousands, then pairs of digits)."""
    if c["num"] != "in":
        return _modern_num(value, c, decimals)
    whole, _, fraction = f"{abs(value):.{decimals}f}".partition(".")
    head, tail = whole[:-3], whole[-3:]
    pairs = [head[max(0, i - 2) : i] for i in range(len(head), 0, -2)][::-1]
    text = ",".join([*pairs, tail]) + (f".{fraction}" if fraction else "")
    return f"-{text}" if value < 0 else text


def _qty(value: float, unit: str, c: dict[str, Any], with_unit: bool = False) -> str:
    """A quantity: whole pieces, and kg, l or m2 with two decimals where the case prints them or
    where the quantity is not whole."""
    decimals = 2 if unit != "pcs" and (c["qty_decimals"] or not float(value).is_integer()) else 0
    text = _num(value, c, decimals)
    return f"{text} {c['uom'][unit]}" if with_unit else text


ONES = (
    "ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN FOURTEEN FIFTEEN SIXTEEN "
    "SEVENTEEN EIGHTEEN NINETEEN"
).split()
SCALES = ((10**9, "BILLION"), (10**6, "MILLION"), (1000, "THOUSAND"))
TENS = "- TEN TWENTY THIRTY FORTY FIFTY SIXTY SEVENTY EIGHTY NINETY".split()
UNITES = (
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
    "dix-huit dix-neuf"
).split()
DIZAINES = "- dix vingt trente quarante cinquante soixante soixante quatre-vingt quatre-vingt".split()


def _words_en(n: int) -> str:
    """``TWENTY NINE THOUSAND THREE HUNDRED SEVENTY FIVE``, as exporters write amounts."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + (f" {ONES[n % 10]}" if n % 10 else "")
    if n < 1000:
        return f"{ONES[n // 100]} HUNDRED" + (f" {_words_en(n % 100)}" if n % 100 else "")
    size, name = next((size, name) for size, name in SCALES if n >= size)
    return f"{_words_en(n // size)} {name}" + (f" {_words_en(n % size)}" if n % size else "")


def _words_fr(n: int, last: bool = True) -> str:
    """``vingt-neuf mille trois cent soixante-quinze`` (``cents`` and ``quatre-vingts`` take their
    plural only at the end of the number, ``last``)."""
    if n < 20:
        return UNITES[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        if tens in (7, 9):
            tens, unit = tens - 1, unit + 10
        if unit == 0:
            return DIZAINES[tens] + ("s" if tens == 8 and last else "")
        joint = " et " if unit in (1, 11) and tens < 8 else "-"
        return f"{DIZAINES[tens]}{joint}{UNITES[unit]}"
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "cent" if hundreds == 1 else f"{UNITES[hundreds]} cent"
        return f"{head} {_words_fr(rest, last)}" if rest else head + ("s" if hundreds > 1 and last else "")
    if n < 10**6:
        thousands, rest = divmod(n, 1000)
        head = "mille" if thousands == 1 else f"{_words_fr(thousands, last=False)} mille"
        return f"{head} {_words_fr(rest, last)}" if rest else head
    millions, rest = divmod(n, 10**6)
    head = f"{_words_fr(millions)} million{'s' if millions > 1 else ''}"
    return f"{head} {_words_fr(rest, last)}" if rest else head


CURRENCY_WORDS = {
    "en": {"USD": ("US DOLLARS", "CENTS"), "EUR": ("EURO", "CENTS")},
    "fr": {"USD": ("DOLLARS US", "CENTS"), "EUR": ("EUROS", "CENTIMES")},
}


def _amount_words(value: float, currency: str, lang: str, say: bool = True) -> str:
    """``SAY US DOLLARS TWENTY NINE THOUSAND ... AND CENTS FIFTY ONLY``, or in French
    ``VINGT-NEUF MILLE ... DOLLARS US ET CINQUANTE CENTS``."""
    whole, cents = divmod(round(value * 100), 100)
    major, minor = CURRENCY_WORDS[lang][currency]
    if lang == "fr":
        return f"{_words_fr(whole).upper()} {major}" + (
            f" ET {_words_fr(cents).upper()} {minor}" if cents else ""
        )
    text = f"{major} {_words_en(whole)}" + (f" AND {minor} {_words_en(cents)}" if cents else "") + " ONLY"
    return f"SAY {text}" if say else text


def _country(party: Seller | Buyer, lang: str) -> str:
    return (party.country_fr if lang == "fr" else party.country_en).upper()


def _address(party: Seller | Buyer, lang: str) -> list[str]:
    return [party.name, party.street, f"{party.city}, {_country(party, lang)}"]


# ------------------------------------------------------------------ the case


def _item(line: int, key: str, variant: int, packages: int, first: int, c: dict[str, Any]) -> dict[str, Any]:
    good, lang = GOODS[key], c["lang"]
    per_net = round(good.per_package * good.kg_per_unit, 2)
    quantity = round(packages * good.per_package, 2)
    net = round(packages * per_net, 2)
    description = f"{good.fr if lang == 'fr' else good.en}, {good.variants[variant]}"
    return {
        "line": line,
        "description": description.upper() if c["caps"] else description,
        "hs_code": _hs_digits(good.hs, c["hs_form"]),
        "quantity": int(quantity) if float(quantity).is_integer() else quantity,
        "unit": good.unit,
        "unit_price": c["prices"][key],
        "value": round(quantity * c["prices"][key], 2),
        "net_mass_kg": int(net) if float(net).is_integer() else net,
        "gross_mass_kg": round(packages * (per_net + good.tare), 2),
        "packages": packages,
        "package": good.package_fr if lang == "fr" else good.package_en,
        "per_package": good.per_package,
        "per_net": per_net,
        "per_gross": round(per_net + good.tare, 2),
        "carton_range": f"{first}-{first + packages - 1}",
        "cbm": round(packages * good.cbm, 3),
        "botanical": good.botanical,
        "criterion": f'"W" {good.hs[:2]}.{good.hs[2:4]}' if good.worked else "P",
    }


def _package_range(good: Good, count: int) -> tuple[int, int]:
    """How many packages a line may ship: up to two containers' volume (60 m3) and load (25 t)
    shared between the ``count`` lines."""
    gross = good.per_package * good.kg_per_unit + good.tare
    cap = max(6, int(min(120 / good.cbm, 50000 / gross) / count))
    return max(2, cap // 5), cap


def _invoice_number(rng: random.Random, seller: Seller, day: date) -> str:
    n = rng.randint(12, 998)
    year = day.year if day.month > 3 else day.year - 1  # India's financial year starts in April
    return rng.choice(
        (
            f"{seller.code}-{day.year}-{n:04d}",
            f"{seller.code}/EXP/{n:03d}/{day.year % 100}",
            f"EXP/{n:03d}/{year}-{(year + 1) % 100:02d}",
            f"{n:04d}/{seller.code}/{day.year}",
            f"{seller.iso}{day.year % 100}{day.month:02d}{n:03d}",
        )
    )


def build_asia_case(seed: int, lang: str = "en") -> dict[str, Any]:
    """The content and every layout choice of an asia-style case, drawn from ``seed``: a buyer in
    the exporter's trade, French or Belgian for a French case."""
    rng = random.Random(seed)
    seller = rng.choice(SELLERS)
    trade = TRADES[seller.code]
    buyer = rng.choice(
        [b for b in BUYERS if BUYER_TRADES[b.name] == trade and (lang == "en" or b.iso in ("FR", "BE"))]
    )
    c: dict[str, Any] = {"lang": lang, "seller": seller} | {
        flag: rng.random() < p for flag, p in FLAGS.items()
    }
    c["caps"] = c["caps"] or (lang == "en" and rng.random() < 0.5)  # exporters mostly type in capitals
    c["buyer"] = buyer._replace(name=buyer.name.upper()) if c["buyer_caps"] else buyer
    c["hs_form"] = rng.choice(HS_FORMS)
    c["num"] = (
        rng.choice(("fr", "dot"))
        if lang == "fr"
        else "in"
        if seller.iso == "IN" and rng.random() < 0.5
        else "en"
    )
    c["uom"] = rng.choice(UOM_FORMS[lang])
    c["prices"] = {key: round(GOODS[key].price * rng.uniform(0.88, 1.15), 2) for key in seller.goods}
    catalogue = [(key, v) for key in seller.goods for v in range(len(GOODS[key].variants))]
    count = min(len(catalogue), rng.choice((rng.randint(1, 4), rng.randint(3, 9), rng.randint(12, 20))))
    items, first = [], 1
    for line, index in enumerate(sorted(rng.sample(range(len(catalogue)), count)), start=1):
        key, variant = catalogue[index]
        packages = rng.randint(*_package_range(GOODS[key], count))
        items.append(_item(line, key, variant, packages, first, c))
        first += packages
    day = date(2026, rng.randint(1, 10), rng.randint(1, 28))
    incoterm = rng.choice(INCOTERMS)
    goods_value = round(sum(it["value"] for it in items), 2)
    breakdown = incoterm in ("CIF", "CFR", "CIP") and rng.random() < 0.5
    freight, insurance = _charges(rng, incoterm, goods_value) if breakdown else (0.0, 0.0)
    payment = rng.choice(WORDINGS["payment"][lang])
    letter_of_credit = "L/C" in payment or "CRÉDIT" in payment
    plants = all(it["botanical"] for it in items) and len(items) <= 8 and bool(seller.nppo)
    n = rng.randint(1, 999999)
    plain = unicodedata.normalize("NFKD", buyer.name).encode("ascii", "ignore").decode()
    mark = "".join(w[0] for w in re.findall(r"[A-Za-z]+", plain)[:3]).upper()
    c |= {
        "items": items,
        "invoice_number": _invoice_number(rng, seller, day),
        "invoice_date": day.isoformat(),
        "po": rng.choice((f"PO-{rng.randint(1000, 9999)}", f"{mark}/{rng.randint(100, 999)}/26")),
        "po_date": (day - timedelta(days=rng.randint(10, 45))).isoformat(),
        "lc": f"{rng.randint(10, 99)}LC{rng.randint(100000, 999999)}" if letter_of_credit else "",
        "lc_date": (day - timedelta(days=rng.randint(5, 30))).isoformat(),
        "to_order": letter_of_credit and rng.random() < 0.5,  # consigned to the order of the buyer's bank
        "currency": rng.choice(("USD", "USD", "USD", "EUR")),
        "incoterm": incoterm,
        "incoterm_place": _incoterm_place(incoterm, seller, buyer, buyer).upper(),
        "payment": payment,
        "breakdown": breakdown,
        "freight": freight,
        "insurance": insurance,
        "vessel": f"{rng.choice(VESSELS)} V.{rng.randint(100, 999)}{rng.choice('NSEW')}",
        "container": f"{rng.choice(CONTAINERS)}{rng.randint(1000000, 9999999)}",
        "container_size": rng.choice(("1 X 20' GP", "1 X 40' HC", "1 X 40' GP")),
        "seal": f"{rng.choice(('', 'EMC', 'ML-'))}{rng.randint(100000, 9999999)}",
        "mark": mark,
        "no_marks": rng.random() < 0.2,
        "ship_date": (day + timedelta(days=rng.randint(2, 9))).isoformat(),
        "co_form": "form_a" if seller.gsp_authority and rng.random() < 0.65 else "plain",
        "co_measure": rng.choice(("gross", "quantity")),
        "co_hs_line": rng.random() < 0.5,  # a Form A's HS codes under the descriptions
        "co_date": (day + timedelta(days=rng.randint(1, 6))).isoformat(),
        "phyto_date": (day + timedelta(days=rng.randint(0, 5))).isoformat(),
        "rex": bool(seller.rex) and rng.random() < 0.7,
        "declaration": seller.iso == "IN" or rng.random() < 0.3,
        "documents": ("invoice", "packing", "co", "phyto")
        if plants and rng.random() < 0.75
        else ("invoice", "packing", "co"),
        "date_form": rng.choice(DATE_FORMS[lang]),
        "title": rng.choice(WORDINGS["title"][lang]),
        "reference": rng.choice(WORDINGS["reference"][lang]),
        "page_form": rng.choice(WORDINGS["pages"][lang]),
        "head": rng.choice(("centre", "centre", "monogram")),
        "grid": rng.choice(sorted(GRIDS)),
        "invoice_order": rng.choice(INVOICE_ORDERS),
        "packing_form": rng.choice(PACKING_FORMS),
        "say": rng.random() < 0.7,
        "formats": {kind: _formats(rng) for kind in ("invoice", "packing", "co", "phyto")},
    }
    month = date.fromisoformat(c["co_date"]).month
    template = seller.gsp_number if c["co_form"] == "form_a" else seller.co_number
    c["co_number"] = template.format(m=month, n=n)
    c["phyto_number"] = seller.phyto_number.format(n=rng.randint(1, 99999))
    c["packing_hs"] = c["packing_form"] == "hs"  # what grid_packing_truth reads
    c["fumigated"] = any(it["botanical"] in ("Oryza sativa", "Allium sativum") for it in items)
    return c


def _date(c: dict[str, Any], key: str) -> str:
    return _asia_date(c[key], c["lang"], c["date_form"])


def _reference(c: dict[str, Any], number: str, key: str) -> str:
    """A number and its date in one box: ``VNX-2026-0412 dt. 14/03/2026``."""
    return str(c["reference"].format(no=number, date=_date(c, key)))


def _single_unit(c: dict[str, Any]) -> str:
    """The unit of every line, or "" when the lines mix units."""
    units = {it["unit"] for it in c["items"]}
    return units.pop() if len(units) == 1 else ""


def _packages(c: dict[str, Any]) -> str:
    """The packages of the whole shipment: ``540 CTNS`` or ``120 CTNS + 40 BAGS``."""
    kinds: dict[str, int] = {}
    for it in c["items"]:
        kinds[it["package"]] = kinds.get(it["package"], 0) + it["packages"]
    return " + ".join(f"{n} {kind}" for kind, n in kinds.items())


def _marks(c: dict[str, Any]) -> list[str]:
    if c["no_marks"]:
        return ["N/M"]
    total = sum(it["packages"] for it in c["items"])
    origin = f"PRODUCT OF {c['seller'].country_en.upper()}"
    return [c["mark"], c["buyer"].port.upper(), c["po"], f"C/NO. 1-{total}", origin]


def _container(c: dict[str, Any]) -> list[str]:
    return [c["container"], c["container_size"], f"SEAL: {c['seal']}"]


# ------------------------------------------------------------------ drawing


def _centred(s: Sheet, y: float, text: str, size: int, x0: float = LEFT, x1: float = RIGHT) -> None:
    centred(s, y, text, size, x0, x1, margin=4)


def _letterhead(s: Sheet, c: dict[str, Any]) -> float:
    """The exporter's name in large capitals over its address, telephone and e-mail, and its tax
    number; centred, or beside a monogram. A double rule under it; returns where it ends."""
    seller, lang = c["seller"], c["lang"]
    lines = [
        f"{seller.street}, {seller.city}, {_country(seller, lang)}",
        f"{seller.phone} | E-mail: {seller.email}",
    ]
    lines.append(seller.tax)
    if c["head"] == "centre":
        _centred(s, 40, seller.name, 34)
        for i, line in enumerate(lines):
            _centred(s, 90 + 24 * i, line, 16)
    else:
        s.box(LEFT, 40, LEFT + 110, 150)
        _centred(s, 74, seller.code, 34, LEFT, LEFT + 110)
        s.put(LEFT + 130, 40, seller.name, fitted_size(seller.name, 32, RIGHT - LEFT - 130))
        for i, line in enumerate(lines):
            s.put(LEFT + 130, 90 + 24 * i, line, fitted_size(line, 16, RIGHT - LEFT - 130))
    s.rules += [(LEFT, 168, RIGHT, 168), (LEFT, 172, RIGHT, 172)]
    return 184


def _title(s: Sheet, c: dict[str, Any], y: float, title: str) -> float:
    size = fitted_size(title, 26, RIGHT - LEFT - 40)
    width = text_width(title, size)
    _centred(s, y + 8, title, size)
    if c["title_box"]:
        s.box((LEFT + RIGHT - width) / 2 - 16, y, (LEFT + RIGHT + width) / 2 + 16, y + 48)
    return y + 60


Cell = tuple[str, list[str], float]  # a label, the lines under it, its share of the row's width


def _cell_row(s: Sheet, y: float, cells: list[Cell], lead: bool = True) -> float:
    """A row of boxed cells across the page, each a small label over its lines (a party's name a
    little larger if ``lead``); the row as tall as its fullest cell. Returns its bottom."""
    widths = [(RIGHT - LEFT) * share / sum(share for _, _, share in cells) for _, _, share in cells]
    labels = [wrap(label, 12, width - 14) for (label, _, _), width in zip(cells, widths, strict=True)]
    height = max(
        12 + 15 * len(head) + 22 * len(lines) for head, (_, lines, _) in zip(labels, cells, strict=True)
    )
    height = max(height + 4, 54)
    x = float(LEFT)
    for (_, lines, _), head, width in zip(cells, labels, widths, strict=True):
        s.box(x, y, x + width, y + height)
        for i, text in enumerate(head):
            s.put(x + 7, y + 5 + 15 * i, text, 12)
        top = y + 9 + 15 * len(head)
        for i, line in enumerate(lines):
            size = 17 if i == 0 and lead and len(lines) > 2 else 16
            s.put(x + 10, top + 22 * i, line, fitted_size(line, size, width - 20))
        x += width
    return y + height


def _cell_rows(s: Sheet, y: float, rows: list[list[Cell]]) -> float:
    for row in rows:
        y = _cell_row(s, y, row)
    return y


def _lines(text: str, width: float) -> list[str]:
    """A cell's text wrapped to its column (``\\n`` starts a new line)."""
    return cell_lines(text, BODY, width - 14)


def _row_height(row: dict[str, str], columns: list[Column]) -> float:
    return 12 + LINE * max(len(_lines(row.get(key, ""), width)) for key, _, width, _ in columns)


def _widths(columns: list[Column]) -> list[Column]:
    """Columns whose ``desc`` takes the width that the others leave."""
    return desc_filling(columns, RIGHT - LEFT)


class Paper(NamedTuple):
    """A document whose table runs over as many pages as it needs (see _pages)."""

    opening: Callable[[Sheet], float]  # lays out page 1 down to the table; returns where it starts
    resumption: Callable[[Sheet], float]  # the same for the pages after it
    columns: list[Column]
    rows: list[dict[str, str]]
    spans: dict[str, list[str]]  # texts printed once down a column, from the top of page 1's table
    total: dict[str, str] | None  # the totals row under the last line
    closing: Callable[[Sheet, float], float]  # what follows the table; returns where it ends
    foot: str


def _table(
    s: Sheet,
    y: float,
    paper: Paper,
    rows: list[dict[str, str]],
    spans: dict[str, list[str]],
    total: dict[str, str] | None,
    floor: float,
) -> float:
    """A table ruled by columns, with no rules between its lines: headers of up to three lines,
    the texts of ``spans`` printed once down their columns, the body down to ``floor`` at least,
    and the totals row. Returns its bottom."""
    body = y + HEAD
    top = body + 4
    for row in rows:
        x = float(LEFT)
        for key, _, width, right in paper.columns:
            for i, line in enumerate(_lines(row.get(key, ""), width)):
                size = fitted_size(line, BODY, width - 12)
                s.put(x + width - 7 if right else x + 7, top + 6 + LINE * i, line, size, right=right)
            x += width
        top += _row_height(row, paper.columns)
    end = max(top + 8, floor, body + max((12 + 18 * len(lines) for lines in spans.values()), default=0))
    bottom = end + (TOTAL_ROW if total is not None else 0)
    s.box(LEFT, y, RIGHT, bottom)
    s.rules.append((LEFT, body, RIGHT, body))
    if total is not None:
        s.rules.append((LEFT, end, RIGHT, end))
    x = float(LEFT)
    for key, header, width, right in paper.columns:
        if x > LEFT:
            s.rules.append((x, y, x, bottom))
        head = wrap(header, 12, width - 10)[:3]
        for i, text in enumerate(head):
            s.put(
                x + (width - text_width(text, 12)) / 2,
                y + (HEAD - 15 * len(head)) / 2 + 15 * i,
                text,
                12,
            )
        for i, text in enumerate(spans.get(key, [])):
            s.put(x + 7, body + 8 + 18 * i, text, fitted_size(text, 13, width - 12))
        if total is not None and total.get(key):
            text = total[key]
            s.put(
                x + width - 7 if right else x + 7,
                end + 10,
                text,
                fitted_size(text, 16, width - 12),
                right=right,
            )
        x += width
    return bottom


def _pages(c: dict[str, Any], paper: Paper) -> list[Sheet]:
    """The document's pages: its lines shared out by the broker family's _split, ``CONTINUED ON
    PAGE 2`` under each part but the last, the totals and the closing after the last line, a footer
    and, on a document of several pages, the page number."""
    lg = ASIA[c["lang"]]
    tail = paper.closing(Sheet(), 0.0) + (TOTAL_ROW if paper.total is not None else 0)
    first, later = (BOTTOM - start(Sheet()) - HEAD - 12 for start in (paper.opening, paper.resumption))
    counts = _split([_row_height(row, paper.columns) for row in paper.rows], (first, later), tail)
    sheets: list[Sheet] = []
    for number, count in enumerate(counts, start=1):
        s, last = Sheet(), number == len(counts)
        top = (paper.opening if number == 1 else paper.resumption)(s)
        start = sum(counts[: number - 1])
        floor = (BOTTOM - tail if last else BOTTOM - 30) if c["fill"] else 0.0
        spans = paper.spans if number == 1 else {}
        bottom = _table(
            s, top, paper, paper.rows[start : start + count], spans, paper.total if last else None, floor
        )
        if last:
            paper.closing(s, bottom)
        else:
            s.put(RIGHT, bottom + 8, lg["continued"].format(p=number + 1), 14, right=True)
        s.rules.append((LEFT, 1646, RIGHT, 1646))
        s.put(LEFT, 1656, paper.foot, fitted_size(paper.foot, 13, 800))
        if len(counts) > 1:
            s.put(RIGHT, 1656, c["page_form"].format(p=number, n=len(counts)), 13, right=True)
        sheets.append(s)
    return sheets


def _resumption(s: Sheet, c: dict[str, Any], title: str) -> float:
    """A later page's top: the exporter, the document and its invoice's number and date."""
    lg = ASIA[c["lang"]]
    s.put(LEFT, 44, c["seller"].name, fitted_size(c["seller"].name, 22, 640))
    heading = f"{title} {lg['resumed']}"
    s.put(RIGHT, 46, heading, fitted_size(heading, 18, RIGHT - 740), right=True)
    reference = f"{lg['inv']}: {_reference(c, c['invoice_number'], 'invoice_date')}"
    s.put(LEFT, 84, reference, fitted_size(reference, 15, RIGHT - LEFT))
    s.rules += [(LEFT, 114, RIGHT, 114), (LEFT, 118, RIGHT, 118)]
    return 134


def _signature(s: Sheet, c: dict[str, Any], y: float) -> float:
    """``for <EXPORTER>``, room for the signature and the stamp, ``Authorised Signatory``."""
    lg, x = ASIA[c["lang"]], 700
    text = lg["for"].format(name=c["seller"].name)
    s.put(RIGHT, y, text, fitted_size(text, 16, RIGHT - x), right=True)
    s.rules.append((x + 120, y + 96, RIGHT, y + 96))
    s.put(RIGHT, y + 102, lg["signatory"], 15, right=True)
    return y + 126


def _paragraph(s: Sheet, y: float, text: str, size: int, x0: float = LEFT, x1: float = RIGHT) -> float:
    return paragraph(s, y, text, size, x0, x1, leading=6)


# ------------------------------------------------------------------ commercial invoice


def _party_cells(c: dict[str, Any]) -> dict[str, list[str]]:
    """Consignee, buyer and notify party: under a letter of credit the goods may be consigned to
    the order of the buyer's bank, the buyer then named in its own box."""
    lg, lang, buyer = ASIA[c["lang"]], c["lang"], c["buyer"]
    prefix = "M/S. " if c["seller"].iso in ("IN", "BD", "LK") and c["buyer_caps"] else ""
    buyer_lines = [prefix + buyer.name, *_address(buyer, lang)[1:]]
    consignee = [lg["to_order"], BANKS[buyer.iso]] if c["to_order"] else buyer_lines
    notify = NOTIFY[buyer.iso]
    return {
        "consignee": consignee,
        "buyer": buyer_lines if c["to_order"] else [lg["same"]],
        "notify": [notify[0], notify[1], _country(buyer, lang)] if c["notify_broker"] else [lg["same"]],
    }


def _terms_text(c: dict[str, Any]) -> list[str]:
    place = f"{c['incoterm']} {c['incoterm_place']}"
    return [f"{place}, {c['payment']}"] if len(c["payment"]) < 20 else [place, c["payment"]]


def _invoice_cells(c: dict[str, Any]) -> dict[str, list[str]]:
    lg, lang, seller, buyer = ASIA[c["lang"]], c["lang"], c["seller"], c["buyer"]
    return _party_cells(c) | {
        "inv": [_reference(c, c["invoice_number"], "invoice_date")],
        "po": [_reference(c, c["po"], "po_date")],
        "lc": [_reference(c, c["lc"], "lc_date") if c["lc"] else "N/A"],
        "pre": [lg["by_road"]],
        "receipt": [seller.town.upper()],
        "vessel": [c["vessel"]],
        "pol": [seller.port.upper()],
        "pod": [buyer.port.upper()],
        "final": [buyer.town.upper()],
        "origin": [_country(seller, lang)],
        "dest": [_country(buyer, lang)],
        "terms": _terms_text(c),
    }


def _grid_rows(c: dict[str, Any], arrangement: tuple[tuple[str, ...], ...]) -> list[list[Cell]]:
    lg, cells = ASIA[c["lang"]], _invoice_cells(c)
    return [[(lg[key], cells[key], WEIGHTS.get(key, 1.0)) for key in row] for row in arrangement]


def _invoice_head(s: Sheet, c: dict[str, Any]) -> float:
    y = _title(s, c, _letterhead(s, c), c["title"])
    return _cell_rows(s, y, _grid_rows(c, GRIDS[c["grid"]])) + 14


def _currency_unit(c: dict[str, Any]) -> str:
    unit = _single_unit(c)
    return f"{c['currency']}/{c['uom'][unit]}" if unit else c["currency"]


def _invoice_columns(c: dict[str, Any]) -> list[Column]:
    lg = ASIA[c["lang"]]
    available: dict[str, Column] = {
        "sno": ("sno", lg["sno"], 50, False),
        "marks": ("marks", lg["marks"], 170, False),
        "pkgs": ("pkgs", lg["pkgs"], 124, False),
        "desc": ("desc", lg["desc"], 0, False),
        "hs": ("hs", lg["hs"], 116, False),
        "qty": ("qty", lg["qty"], 120 if c["unit_column"] else 150, True),
        "unit": ("unit", lg["unit"], 62, False),
        "rate": ("rate", f"{lg['rate']} ({_currency_unit(c)})", 104, True),
        "amount": ("amount", f"{lg['amount']} ({c['currency']})", 132, True),
    }
    shown = {"sno": c["sno_column"], "pkgs": c["pkgs_column"], "hs": c["hs_column"], "unit": c["unit_column"]}
    return _widths([available[key] for key in c["invoice_order"] if shown.get(key, True)])


def _invoice_rows(c: dict[str, Any]) -> list[dict[str, str]]:
    lg = ASIA[c["lang"]]
    rows = []
    for it in c["items"]:
        hs = _hs(it["hs_code"], c)
        rows.append(
            {
                "sno": str(it["line"]),
                "pkgs": f"{it['packages']} {it['package']}",
                "desc": it["description"] + ("" if c["hs_column"] else f"\n{lg['hs'].upper()}: {hs}"),
                "hs": hs,
                "qty": _qty(it["quantity"], it["unit"], c, with_unit=not c["unit_column"]),
                "unit": c["uom"][it["unit"]],
                "rate": _num(it["unit_price"], c),
                "amount": _num(it["value"], c),
            }
        )
    return rows


def _invoice_total(c: dict[str, Any]) -> dict[str, str]:
    lg, unit = ASIA[c["lang"]], _single_unit(c)
    quantity = round(sum(it["quantity"] for it in c["items"]), 2)
    packages = _packages(c)
    label = lg["fob"] if c["breakdown"] else lg["total"]
    total = {"desc": label, "pkgs": packages, "amount": _num(_subtotal(c), c)}
    if unit:
        total["qty"] = _qty(quantity, unit, c, with_unit=not c["unit_column"])
        total["unit"] = c["uom"][unit]
    if not c["pkgs_column"]:
        total["desc"] = f"{label}: {packages}"
    return total


def _invoice_tail(s: Sheet, c: dict[str, Any], y: float) -> float:
    """FOB value, freight and insurance for C terms if the case breaks the total down; the amount
    in words; the masses; the REX statement; the bank and the signature. Returns where it ends."""
    lg, seller, lang = ASIA[c["lang"]], c["seller"], c["lang"]
    y += 12
    if c["breakdown"]:
        lines = [(lg["freight"], c["freight"]), (lg["insurance"], c["insurance"])]
        grand = f"{lg['grand'].format(incoterm=c['incoterm'])} ({c['currency']})"
        for label, value in [*((k, v) for k, v in lines if v), (grand, _total(c))]:
            s.put(RIGHT - 190, y, label, 15, right=True)
            s.put(RIGHT - 8, y, _num(value, c), 16, right=True)
            y += 26
        s.box(RIGHT - 500, y - 30, RIGHT, y)
        y += 10
    s.put(LEFT, y, lg["words"], 13)
    y = _paragraph(s, y + 20, _amount_words(_total(c), c["currency"], lang, c["say"]), 16) + 10
    if c["invoice_masses"]:
        net, gross = _masses(c)
        kg = c["uom"]["kg"]
        masses = [f"{lg['net']}: {_num(net, c)} {kg}", f"{lg['gross']}: {_num(gross, c)} {kg}"]
        s.put(LEFT, y, masses[0], 15)
        s.put(MIDDLE, y, masses[1], 15)
        y += 30
    if c["rex"]:
        criteria = sorted({it["criterion"].split()[0].strip('"') for it in c["items"]})
        adjective = ORIGIN_ADJECTIVES[seller.iso][lang == "fr"]
        text = lg["rex"].format(
            rex=seller.rex, adjective=adjective, criterion=" / ".join(f'"{k}"' for k in criteria)
        )
        y = _paragraph(s, y + 4, text, 13) + 10
    if c["declaration"]:
        y = _paragraph(s, y, lg["declaration"], 13) + 10
    s.put(LEFT, y + 4, lg["bank"], 13)
    for i, line in enumerate(seller.bank):
        s.put(LEFT, y + 24 + 21 * i, line, fitted_size(line, 14, MIDDLE - LEFT + 40))
    return _signature(s, c, y + 4)


def asia_invoice(c: dict[str, Any]) -> list[Sheet]:
    spans = {"marks": [*_marks(c), "", *_container(c)]}
    return _pages(
        c,
        Paper(
            opening=lambda s: _invoice_head(s, c),
            resumption=lambda s: _resumption(s, c, c["title"]),
            columns=_invoice_columns(c),
            rows=_invoice_rows(c),
            spans=spans,
            total=_invoice_total(c),
            closing=lambda s, y: _invoice_tail(s, c, y),
            foot=f"{c['seller'].email} · {c['invoice_number']}",
        ),
    )


def asia_invoice_truth(c: dict[str, Any]) -> dict[str, Any]:
    return invoice_truth(c, _total(c), lambda it: str(it["hs_code"]))


# ------------------------------------------------------------------ packing list

PACKING_GRID = (("inv", "po"), ("consignee", "buyer"), ("pol", "pod", "vessel", "final"))


def _packing_head(s: Sheet, c: dict[str, Any]) -> float:
    lg = ASIA[c["lang"]]
    y = _title(s, c, _letterhead(s, c), lg["packing"])
    y = _cell_rows(s, y, _grid_rows(c, PACKING_GRID))
    marks = [
        (lg["marks_short"], [" / ".join(_marks(c))], 1.6),
        (lg["container"], [" - ".join(_container(c))], 1.0),
    ]
    return _cell_row(s, y, marks) + 14


def _packing_columns(c: dict[str, Any]) -> list[Column]:
    lg, form = ASIA[c["lang"]], c["packing_form"]
    columns: list[Column] = [("ctn", lg["ctn"], 96, False), ("desc", lg["desc"], 0, False)]
    if form == "hs":
        columns.append(("hs", lg["hs"], 116, False))
    columns += [
        ("per", lg["per"], 96, True),
        ("ctns", lg["ctns"], 76, True),
        ("qty", lg["total_qty"], 136, True),
    ]
    if form == "per_ctn":
        columns += [("nw_ctn", lg["nw_ctn"], 84, True), ("gw_ctn", lg["gw_ctn"], 84, True)]
    columns += [("nw", lg["nw"], 112, True), ("gw", lg["gw"], 112, True)]
    if c["packing_cbm"]:
        columns.append(("cbm", lg["cbm"], 84, True))
    return _widths(columns)


def _packing_rows(c: dict[str, Any]) -> list[dict[str, str]]:
    return [
        {
            "ctn": it["carton_range"],
            "desc": it["description"],
            "hs": _hs(it["hs_code"], c),
            "per": _qty(it["per_package"], it["unit"], c, with_unit=True),
            "ctns": str(it["packages"]),
            "qty": _qty(it["quantity"], it["unit"], c, with_unit=True),
            "nw_ctn": _num(it["per_net"], c),
            "gw_ctn": _num(it["per_gross"], c),
            "nw": _num(it["net_mass_kg"], c),
            "gw": _num(it["gross_mass_kg"], c),
            "cbm": _num(it["cbm"], c, decimals=3),
        }
        for it in c["items"]
    ]


def _volume(c: dict[str, Any]) -> float:
    return round(sum(it["cbm"] for it in c["items"]), 3)


def _packing_total(c: dict[str, Any]) -> dict[str, str]:
    lg, unit = ASIA[c["lang"]], _single_unit(c)
    net, gross = _masses(c)
    total = {
        "desc": lg["total"],
        "ctns": str(sum(it["packages"] for it in c["items"])),
        "nw": _num(net, c),
        "gw": _num(gross, c),
        "cbm": _num(_volume(c), c, decimals=3),
    }
    if unit:
        total["qty"] = _qty(round(sum(it["quantity"] for it in c["items"]), 2), unit, c, with_unit=True)
    return total


def _packing_tail(s: Sheet, c: dict[str, Any], y: float) -> float:
    lg, lang = ASIA[c["lang"]], c["lang"]
    net, gross = _masses(c)
    count = sum(it["packages"] for it in c["items"])
    words = _words_fr(count).upper() if lang == "fr" else _words_en(count)
    kg = c["uom"]["kg"]
    lines = [
        f"{lg['packages']}: {_packages(c)} ({words} {lg['only']})".replace(" )", ")"),
        f"{lg['net']}: {_num(net, c)} {kg}",
        f"{lg['gross']}: {_num(gross, c)} {kg}",
    ]
    if c["packing_cbm"]:
        lines.append(f"{lg['volume']}: {_num(_volume(c), c, decimals=3)} CBM")
    y += 16
    for i, line in enumerate(lines):
        s.put(LEFT, y + 28 * i, line, fitted_size(line, 16, MIDDLE - LEFT + 60))
    return max(_signature(s, c, y), y + 28 * len(lines))


def asia_packing(c: dict[str, Any]) -> list[Sheet]:
    lg = ASIA[c["lang"]]
    return _pages(
        c,
        Paper(
            opening=lambda s: _packing_head(s, c),
            resumption=lambda s: _resumption(s, c, lg["packing"]),
            columns=_packing_columns(c),
            rows=_packing_rows(c),
            spans={},
            total=_packing_total(c),
            closing=lambda s, y: _packing_tail(s, c, y),
            foot=f"{c['seller'].email} · {c['invoice_number']}",
        ),
    )


# ------------------------------------------------------------------ certificate of origin


def _authority(c: dict[str, Any]) -> str:
    seller = c["seller"]
    return str(seller.gsp_authority if c["co_form"] == "form_a" else seller.co_authority)


def _co_head(s: Sheet, c: dict[str, Any]) -> float:
    """Boxes 1 to 3 down the left; on the right the reference number and the title (Form A) or the
    number, title and issuer, then box 4 (and box 5 of a non-preferential certificate)."""
    lang, seller, buyer = c["lang"], c["seller"], c["buyer"]
    box, form_a = FORMS[lang][c["co_form"]], c["co_form"] == "form_a"
    route = [
        f"{'BY SEA FROM' if lang == 'en' else 'PAR MER DE'} {seller.port.upper()}, {_country(seller, lang)}",
        f"{'TO' if lang == 'en' else 'À'} {buyer.port.upper()}, {_country(buyer, lang)}",
        f"{c['vessel']} - {'ON/ABOUT' if lang == 'en' else 'LE'} {_date(c, 'ship_date')}",
    ]
    consignee = _party_cells(c)["buyer" if c["to_order"] else "consignee"]
    y = 40.0
    for key, lines in (("1", _address(seller, lang)), ("2", consignee), ("3", route)):
        y = _framed(s, LEFT, y, MIDDLE, box[key], lines, 150 if key != "3" else 120)
    s.box(MIDDLE, 40, RIGHT, 340)
    reference = f"{box['reference']} {c['co_number']}"
    s.put(MIDDLE + 14, 52, reference, fitted_size(reference, 19, RIGHT - MIDDLE - 28))
    sizes = ((92, 17), (124, 23), (160, 14), (190, 34)) if form_a else ((100, 28), (142, 15))
    for text, (top, size) in zip(box["head"], sizes, strict=True):
        _centred(s, top, text, size, MIDDLE, RIGHT)
    if form_a:
        _centred(s, 262, box["issued"].format(country=_country(seller, lang)), 18, MIDDLE, RIGHT)
        _centred(s, 288, box["issued_caption"], 12, MIDDLE, RIGHT)
        s.put(RIGHT - 14, 314, box["notes"], 12, right=True)
        _framed(s, MIDDLE, 340, RIGHT, box["4"], [], 120)
    else:
        _centred(s, 190, box["issued"], 13, MIDDLE, RIGHT)
        for i, line in enumerate(wrap(_authority(c), 18, RIGHT - MIDDLE - 40)[:3]):
            _centred(s, 214 + 26 * i, line, 18, MIDDLE, RIGHT)
        _framed(s, MIDDLE, 340, RIGHT, box["4"], [_country(buyer, lang)], 60)
        _framed(s, MIDDLE, 400, RIGHT, box["5"], [], 60)
    return y + 12


def _framed(s: Sheet, x0: float, y: float, x1: float, label: str, lines: list[str], height: float) -> float:
    """A numbered box of the certificate: its label, then its lines; returns its bottom."""
    s.box(x0, y, x1, y + height)
    head = wrap(label, 12, x1 - x0 - 14)
    for i, text in enumerate(head):
        s.put(x0 + 7, y + 5 + 15 * i, text, 12)
    for i, line in enumerate(lines):
        s.put(x0 + 12, y + 12 + 15 * len(head) + 22 * i, line, fitted_size(line, 16, x1 - x0 - 24))
    return y + height


def _co_columns(c: dict[str, Any]) -> list[Column]:
    box = FORMS[c["lang"]][c["co_form"]]
    if c["co_form"] == "form_a":
        columns: list[Column] = [
            ("item", box["5"], 70, False),
            ("marks", box["6"], 160, False),
            ("desc", box["7"], 0, False),
            ("criterion", box["8"], 110, False),
            ("measure", box["9"], 160, True),
            ("invoice", box["10"], 190, False),
        ]
    else:
        measure = box["9g"] if c["co_measure"] == "gross" else box["9q"]
        columns = [
            ("marks", box["6"], 160, False),
            ("desc", box["7"], 0, False),
            ("hs", box["8"], 120, False),
            ("measure", measure, 160, True),
            ("invoice", box["10"], 190, False),
        ]
    return _widths(columns)


def _co_hs(c: dict[str, Any]) -> bool:
    """Whether the certificate prints the goods' HS codes: in a column, or under the descriptions."""
    return c["co_form"] == "plain" or bool(c["co_hs_line"])


def _co_rows(c: dict[str, Any]) -> list[dict[str, str]]:
    lg, kg = ASIA[c["lang"]], c["uom"]["kg"]
    rows = []
    for it in c["items"]:
        hs = _hs(it["hs_code"][:6], c)
        described = f"{it['packages']} {it['package']} {lg['of']} {it['description']}"
        if c["co_form"] == "form_a" and c["co_hs_line"]:
            described += f"\nHS CODE: {hs}"
        gross = f"{_num(it['gross_mass_kg'], c)} {kg}" + (" G.W." if c["lang"] == "en" else " P.B.")
        rows.append(
            {
                "item": str(it["line"]),
                "desc": described,
                "criterion": it["criterion"],
                "hs": hs,
                "measure": gross if c["co_measure"] == "gross" else _qty(it["quantity"], it["unit"], c, True),
            }
        )
    return rows


def _co_tail(s: Sheet, c: dict[str, Any], y: float) -> float:
    """Boxes 11 and 12 side by side: the authority's certification with its name, place and date;
    the exporter's declaration with the country of production and of destination."""
    lang, seller, buyer = c["lang"], c["seller"], c["buyer"]
    box, form_a = FORMS[lang][c["co_form"]], c["co_form"] == "form_a"
    y += 14
    height = 400
    halves = ((LEFT, MIDDLE), (MIDDLE, RIGHT)) if form_a else ((MIDDLE, RIGHT), (LEFT, MIDDLE))
    place = f"{seller.town.upper()}, {_date(c, 'co_date')}"
    (x0, x1), (d0, d1) = halves
    s.box(x0, y, x1, y + height)
    s.put(x0 + 7, y + 6, box["cert"], 13)
    end = _paragraph(s, y + 32, box["cert_text"], 14, x0 + 12, x1 - 12)
    for i, line in enumerate(wrap(_authority(c), 17, x1 - x0 - 24)):
        s.put(x0 + 12, end + 16 + 24 * i, line, 17)
    s.put(x0 + 12, y + height - 84, place, 17)
    s.rules.append((x0 + 12, y + height - 48, x1 - 12, y + height - 48))
    s.put(x0 + 12, y + height - 40, box["cert_caption"], fitted_size(box["cert_caption"], 12, x1 - x0 - 24))
    s.box(d0, y, d1, y + height)
    s.put(d0 + 7, y + 6, box["decl"], 13)
    produced, caption, exported, importing = box["decl_text"]
    end = _paragraph(s, y + 32, produced, 13, d0 + 12, d1 - 12)
    _centred(s, end + 2, _country(seller, lang), 17, d0, d1)
    end += 26
    if caption:
        _centred(s, end, caption, 11, d0, d1)
        end += 16
    end = _paragraph(s, end + 4, exported, 13, d0 + 12, d1 - 12)
    _centred(s, end + 2, _country(buyer if form_a else seller, lang), 17, d0, d1)
    if importing:
        _centred(s, end + 26, importing, 11, d0, d1)
    s.put(d0 + 12, y + height - 84, place, 17)
    s.rules.append((d0 + 12, y + height - 48, d1 - 12, y + height - 48))
    s.put(d0 + 12, y + height - 40, box["decl_caption"], fitted_size(box["decl_caption"], 12, d1 - d0 - 24))
    return y + height


def _co_resumption(s: Sheet, c: dict[str, Any]) -> float:
    box = FORMS[c["lang"]][c["co_form"]]
    title = f"{box['head'][-1] if c['co_form'] == 'form_a' else box['head'][0]} {ASIA[c['lang']]['resumed']}"
    s.put(LEFT, 44, title, 22)
    reference = f"{box['reference']} {c['co_number']}"
    s.put(RIGHT, 46, reference, fitted_size(reference, 18, RIGHT - 700), right=True)
    s.rules += [(LEFT, 90, RIGHT, 90)]
    return 110


def asia_co(c: dict[str, Any]) -> list[Sheet]:
    kg = c["uom"]["kg"]
    invoice = [c["invoice_number"], _date(c, "invoice_date")]
    total = None
    if c["co_measure"] == "gross":
        total = {
            "measure": f"{_num(_masses(c)[1], c)} {kg}",
            "desc": f"{ASIA[c['lang']]['total']}: {_packages(c)}",
        }
    return _pages(
        c,
        Paper(
            opening=lambda s: _co_head(s, c),
            resumption=lambda s: _co_resumption(s, c),
            columns=_co_columns(c),
            rows=_co_rows(c),
            spans={"marks": _marks(c), "invoice": invoice},
            total=total,
            closing=lambda s, y: _co_tail(s, c, y),
            foot=_authority(c),
        ),
    )


def asia_co_truth(c: dict[str, Any]) -> dict[str, Any]:
    truth = co_truth(
        c, _authority(c), ("gross_mass_kg",) if c["co_measure"] == "gross" else ("quantity", "unit")
    )
    if not _co_hs(c):
        for item in truth["fields"]["items"]:
            del item["hs_code"]
    return truth


# ------------------------------------------------------------------ phytosanitary certificate


def asia_phyto(c: dict[str, Any]) -> list[Sheet]:
    """The NPPO's certificate as boxed cells: the two organisations, the consignment's particulars
    two or three to a row, the produce as a ruled table, the certifying text, the additional
    declaration, the treatment strip and the place, date and officer."""
    lg, lang, seller, buyer = ASIA[c["lang"]], c["lang"], c["seller"], c["buyer"]
    s = Sheet()
    _centred(s, 40, seller.nppo, 20)
    _centred(s, 72, _country(seller, lang), 17)
    s.box(LEFT, 110, RIGHT, 170)
    s.put(LEFT + 16, 124, lg["phyto"], fitted_size(lg["phyto"], 28, 640))
    number = f"{lg['no']} {c['phyto_number']}"
    s.put(RIGHT - 16, 128, number, fitted_size(number, 21, RIGHT - 780), right=True)
    y = _cell_row(
        s, 170, [(lg["ph_from"], [_country(seller, lang)], 1), (lg["ph_to"], [_country(buyer, lang)], 1)]
    )
    s.put(LEFT, y + 12, lg["ph_consignment"], 15)
    consignee = _party_cells(c)["buyer" if c["to_order"] else "consignee"]
    rows: list[list[Cell]] = [
        [(lg["ph_exporter"], _address(seller, lang), 1), (lg["ph_consignee"], consignee, 1)],
        [(lg["ph_packages"], [_packages(c)], 1), (lg["ph_marks"], [" / ".join(_marks(c))], 1)],
        [
            (lg["ph_origin"], [_country(seller, lang)], 1),
            (lg["ph_means"], [f"{lg['ph_by_sea']} - {c['vessel']}"], 1.3),
            (lg["ph_entry"], [buyer.port.upper()], 1),
        ],
    ]
    y = _cell_rows(s, y + 38, rows) + 14
    columns = _widths(
        [
            ("line", lg["no"], 50, False),
            ("desc", lg["ph_produce"], 0, False),
            ("botanical", lg["ph_botanical"], 260, False),
            ("qty", lg["ph_quantity"], 200, True),
        ]
    )
    produce = [
        {
            "line": str(it["line"]),
            "desc": it["description"],
            "botanical": it["botanical"],
            "qty": _qty(it["quantity"], it["unit"], c, with_unit=True),
        }
        for it in c["items"]
    ]
    paper = Paper(lambda s: 0.0, lambda s: 0.0, columns, produce, {}, None, lambda s, y: y, "")
    y = _table(s, y, paper, produce, {}, None, 0.0)
    y = _paragraph(s, y + 14, lg["ph_certify"], 14) + 12
    y = _cell_row(s, y, [(lg["ph_additional"], [lg["ph_additional_text"]], 1)])
    treated = lg["ph_fumigation"] if c["fumigated"] else ("NIL",) + ("-",) * 4
    when = _asia_date(
        (date.fromisoformat(c["phyto_date"]) - timedelta(days=3)).isoformat(), lang, c["date_form"]
    )
    s.put(LEFT, y + 12, lg["ph_treatment"], 15)
    values = [when if c["fumigated"] else "-", *treated]
    strip = [(label, [value], 1.0) for label, value in zip(lg["ph_treatment_cells"], values, strict=True)]
    y = _cell_row(s, y + 38, strip, lead=False) + 20
    foot = [
        (lg["ph_place"], [seller.town.upper()], 1),
        (lg["ph_date"], [_date(c, "phyto_date")], 1),
        (lg["ph_officer"], [seller.officer], 1.3),
        (lg["ph_signature"], [""], 1),
    ]
    y = _cell_row(s, max(y, 1380), foot)
    s.put(RIGHT - 20, y + 10, lg["ph_stamp"], 13, right=True)
    return [s]


# ------------------------------------------------------------------ the documents of a case

ASIA_KINDS: list[
    tuple[str, Callable[[dict[str, Any]], list[Sheet]], Callable[[dict[str, Any]], dict[str, Any]]]
] = [
    ("invoice", asia_invoice, asia_invoice_truth),
    ("packing", asia_packing, grid_packing_truth),  # its fields drawn the way the grid family's are
    ("co", asia_co, asia_co_truth),
    ("phyto", asia_phyto, grid_phyto_truth),
]


def asia_kinds(
    c: dict[str, Any],
) -> list[tuple[str, Callable[[dict[str, Any]], list[Sheet]], Callable[[dict[str, Any]], dict[str, Any]]]]:
    """The documents the case has: invoice, packing list and certificate of origin, and for some
    produce a phytosanitary certificate."""
    return [kind for kind in ASIA_KINDS if kind[0] in c["documents"]]


def file_names(c: dict[str, Any]) -> dict[str, str]:
    """Each document's file name without its suffix: the invoice number, then the kind."""
    stem = re.sub(r"[^A-Za-z0-9-]+", "-", c["invoice_number"]).strip("-")
    names = FILE_NAMES[c["lang"]] | ({"co": "FORM_A"} if c["co_form"] == "form_a" else {})
    return {kind: f"{stem}_{name}" for kind, name in names.items()}
