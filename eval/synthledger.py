"""The ``ledger`` layout family of the synthetic trade documents (``eval.synthdocs`` writes the cases).

Documents as other companies' software prints them: an ERP-export invoice (initials logo, a
right-aligned ``Key: value`` block, Sold To / Ship To, currency symbols, Subtotal / Freight /
Insurance / Total), a packing list with carton ranges, dimensions and CBM, an EUR.1 movement
certificate or a chamber-of-commerce certificate of origin, and a phytosanitary certificate as
numbered ``label: value`` lines under the plant protection organisation's letterhead. Its own
exporters (preferential-trade partners of the EU), importers and produce. Every choice is drawn
from the seed by build_ledger_case, so that each document's truth is a function of the case.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, NamedTuple, Protocol

from eval.synthdocs import _fmt_amount
from eval.synthdraw import centred, fitted_size, label_value, text_width, wrap
from eval.synthgrid import (
    MONTHS,
    Column,
    Sheet,
    _fmt_hs,
    _masses,
    _parties_truth,
    grid_phyto_truth,
    invoice_truth,
)


class Party(NamedTuple):
    name: str
    street: str
    city: str  # the printed city line
    town: str  # the place alone (Incoterm place, place of issue)
    iso: str
    country_fr: str
    country_en: str
    port: str = ""  # the seaport it ships from or receives at
    nppo: str = ""  # the plant protection organisation that issues the country's certificates
    nppo_address: str = ""
    customs: str = ""  # the customs office that endorses its EUR.1 certificates
    chamber: str = ""  # the chamber of commerce that issues its certificates of origin
    chamber_town: str = ""
    goods: tuple[str, ...] = ()  # codes of the GOODS it sells


class Good(NamedTuple):
    code: str  # the seller's item code
    fr: str
    en: str
    hs: str
    price: float
    unit: str
    kg_per_unit: float
    per_carton: int  # units per carton
    dims: tuple[int, int, int]  # carton dimensions (cm)
    tare: float  # kg of packaging per carton
    botanical: str


SELLERS = [
    Party(
        "Boland Vineyards Export (Pty) Ltd",
        "14 Berg River Boulevard",
        "Paarl 7646",
        "Paarl",
        "ZA",
        "Afrique du Sud",
        "South Africa",
        port="Cape Town",
        nppo="Department of Agriculture, Land Reform and Rural Development",
        nppo_address="Directorate Plant Health · Private Bag X14, Gezina 0031, Pretoria",
        customs="South African Revenue Service, Cape Town",
        chamber="Cape Chamber of Commerce and Industry",
        chamber_town="Cape Town",
        goods=("MAC-IS-25", "GRP-CR-05", "LEM-EU-15"),
    ),
    Party(
        "Delta Green Agro Export S.A.E.",
        "Plot 12, Industrial Zone 6",
        "Sadat City, Menoufia",
        "Sadat City",
        "EG",
        "Égypte",
        "Egypt",
        port="Alexandria",
        nppo="Central Administration of Plant Quarantine",
        nppo_address="Ministry of Agriculture and Land Reclamation · 7 Nadi El Seid Street, Dokki, Giza",
        customs="Egyptian Customs Authority, Alexandria",
        chamber="Alexandria Chamber of Commerce",
        chamber_town="Alexandria",
        goods=("GRP-CR-05", "LEM-EU-15", "BNS-XF-05"),
    ),
    Party(
        "Frutícola del Caribe S.A.S.",
        "Carrera 3 No. 8-129",
        "Santa Marta, Magdalena",
        "Santa Marta",
        "CO",
        "Colombie",
        "Colombia",
        port="Cartagena",
        nppo="Instituto Colombiano Agropecuario",
        nppo_address="Subgerencia de Protección Vegetal · Carrera 41 No. 17-81, Bogotá D.C.",
        customs="DIAN, Dirección Seccional de Aduanas de Cartagena",
        chamber="Cámara de Comercio de Santa Marta",
        chamber_town="Santa Marta",
        goods=("PSN-PU-02", "PHY-HK-02", "BAN-PL-18", "CAR-ST-500"),
    ),
    Party(
        "Agrumes du Moungo SARL",
        "Route de Njombé, BP 412",
        "Penja, Littoral",
        "Penja",
        "CM",
        "Cameroun",
        "Cameroon",
        port="Douala",
        nppo="Ministère de l'Agriculture et du Développement Rural",
        nppo_address="Direction de la Réglementation et du Contrôle de Qualité · BP 2201 Yaoundé",
        customs="Direction Générale des Douanes, Douala-Port",
        chamber="Chambre de Commerce, d'Industrie, des Mines et de l'Artisanat",
        chamber_town="Douala",
        goods=("PIN-MD-12", "BAN-PL-18", "BNS-XF-05"),
    ),
    Party(
        "Sambava Vanille et Épices SA",
        "Lot II M 45 Antsahabe",
        "Sambava 208",
        "Sambava",
        "MG",
        "Madagascar",
        "Madagascar",
        port="Toamasina",
        nppo="Service de la Protection des Végétaux",
        nppo_address="Ministère de l'Agriculture et de l'Élevage · Nanisana, Antananarivo 101",
        customs="Direction Générale des Douanes, Toamasina",
        chamber="Chambre de Commerce et d'Industrie d'Antananarivo",
        chamber_town="Antananarivo",
        goods=("LYC-FR-05", "GNG-FR-12", "CLV-WH-25"),
    ),
    Party(
        "Tropiflora Costa Rica S.A.",
        "Zona Franca La Lima, Bodega 7",
        "Cartago 30106",
        "Cartago",
        "CR",
        "Costa Rica",
        "Costa Rica",
        port="Moín",
        nppo="Servicio Fitosanitario del Estado",
        nppo_address="Ministerio de Agricultura y Ganadería · Sabana Sur, San José",
        customs="Dirección General de Aduanas, Aduana de Limón",
        chamber="Cámara de Comercio de Costa Rica",
        chamber_town="San José",
        goods=("PIN-MD-12", "CAR-ST-500", "GNG-FR-12"),
    ),
]
BUYERS = [
    Party(
        "Rheinufer Frischimport GmbH",
        "Am Zollhafen 12",
        "50678 Köln",
        "Köln",
        "DE",
        "Allemagne",
        "Germany",
        port="Rotterdam",
    ),
    Party(
        "Primeurs du Val de Bièvre SAS",
        "MIN de Rungis, Bâtiment D3",
        "94150 Rungis",
        "Rungis",
        "FR",
        "France",
        "France",
        port="Le Havre",
    ),
    Party(
        "Lusitânia Frutas Importação Lda",
        "Mercado Abastecedor, Lote 27",
        "2670-334 Loures",
        "Loures",
        "PT",
        "Portugal",
        "Portugal",
        port="Lisboa",
    ),
    Party(
        "Öresund Fresh Import AB",
        "Sydhamnsgatan 9",
        "252 25 Helsingborg",
        "Helsingborg",
        "SE",
        "Suède",
        "Sweden",
        port="Helsingborg",
    ),
    Party(
        "Scheldt Tropical Trading NV",
        "Kaai 730, Haven 1025",
        "2030 Antwerpen",
        "Antwerpen",
        "BE",
        "Belgique",
        "Belgium",
        port="Antwerpen",
    ),
    Party(
        "Ortofrutta Lombarda S.r.l.",
        "Via Cesare Lombroso 54",
        "20137 Milano",
        "Milano",
        "IT",
        "Italie",
        "Italy",
        port="Genova",
    ),
    Party(
        "Épicerie Fine des Chartrons SA",
        "41 quai des Chartrons",
        "33000 Bordeaux",
        "Bordeaux",
        "FR",
        "France",
        "France",
        port="Bordeaux",
    ),
]
WAREHOUSES = [
    Party(
        "Kühlhaus Elbe Logistik GmbH",
        "Dradenauer Hauptdeich 7",
        "21129 Hamburg",
        "Hamburg",
        "DE",
        "Allemagne",
        "Germany",
    ),
    Party(
        "Lyon Fresh Hub SAS",
        "Port Édouard Herriot, 9 rue de Dole",
        "69007 Lyon",
        "Lyon",
        "FR",
        "France",
        "France",
    ),
    Party(
        "Maasvlakte Cold Store B.V.",
        "Europaweg 875",
        "3199 LD Rotterdam",
        "Rotterdam",
        "NL",
        "Pays-Bas",
        "Netherlands",
    ),
]
GOODS = {
    g.code: g
    for g in (
        Good(
            "MAC-IS-25",
            "Noix de macadamia en coque",
            "Macadamia nuts in shell",
            "08026100",
            3.4,
            "kg",
            1.0,
            25,
            (70, 45, 20),
            0.25,
            "Macadamia integrifolia",
        ),
        Good(
            "GRP-CR-05",
            "Raisins de table Crimson",
            "Crimson table grapes",
            "08061010",
            2.1,
            "kg",
            1.0,
            5,
            (60, 40, 15),
            0.6,
            "Vitis vinifera",
        ),
        Good(
            "LEM-EU-15",
            "Citrons frais Eureka",
            "Fresh Eureka lemons",
            "08055010",
            0.95,
            "kg",
            1.0,
            15,
            (50, 30, 28),
            0.9,
            "Citrus limon",
        ),
        Good(
            "BNS-XF-05",
            "Haricots verts extra-fins",
            "Extra fine green beans",
            "07082000",
            2.6,
            "kg",
            1.0,
            5,
            (40, 30, 12),
            0.45,
            "Phaseolus vulgaris",
        ),
        Good(
            "PSN-PU-02",
            "Fruits de la passion frais",
            "Fresh passion fruit",
            "08109075",
            4.8,
            "kg",
            1.0,
            2,
            (30, 20, 10),
            0.2,
            "Passiflora edulis",
        ),
        Good(
            "PHY-HK-02",
            "Physalis avec calice",
            "Physalis with husk",
            "08109075",
            5.2,
            "kg",
            1.0,
            2,
            (30, 20, 10),
            0.2,
            "Physalis peruviana",
        ),
        Good(
            "BAN-PL-18",
            "Bananes plantain fraîches",
            "Fresh plantains",
            "08031010",
            0.62,
            "kg",
            1.0,
            18,
            (50, 40, 24),
            0.9,
            "Musa paradisiaca",
        ),
        Good(
            "CAR-ST-500",
            "Œillets coupés frais",
            "Fresh cut carnations",
            "06031200",
            0.19,
            "pcs",
            0.025,
            500,
            (100, 25, 20),
            1.2,
            "Dianthus caryophyllus",
        ),
        Good(
            "PIN-MD-12",
            "Ananas frais MD2",
            "Fresh MD2 pineapples",
            "08043000",
            0.78,
            "kg",
            1.0,
            12,
            (50, 30, 28),
            0.8,
            "Ananas comosus",
        ),
        Good(
            "LYC-FR-05",
            "Litchis frais",
            "Fresh lychees",
            "08109020",
            2.9,
            "kg",
            1.0,
            5,
            (40, 30, 15),
            0.4,
            "Litchi chinensis",
        ),
        Good(
            "GNG-FR-12",
            "Gingembre frais",
            "Fresh ginger root",
            "09101100",
            1.85,
            "kg",
            1.0,
            12,
            (40, 30, 20),
            0.5,
            "Zingiber officinale",
        ),
        Good(
            "CLV-WH-25",
            "Clous de girofle entiers",
            "Whole cloves",
            "09071000",
            7.4,
            "kg",
            1.0,
            25,
            (70, 45, 20),
            0.3,
            "Syzygium aromaticum",
        ),
    )
}
LEDGER = {
    "fr": {
        "date": "Date de facture",
        "po": "N° de commande client",
        "payment": "Conditions de paiement",
        "currency": "Devise",
        "sold_to": "Facturé à",
        "ship_to": "Livré à",
        "origin": "Pays d'origine",
        "ship_via": "Expédition",
        "by_sea": "maritime",
        "col_no": "Pos.",
        "col_code": "Réf.",
        "col_desc": "Désignation",
        "col_hs": "Nomenclature",
        "col_origin": "Origine",
        "col_qty": "Qté",
        "col_unit": "Unité",
        "col_price": "Prix unit.",
        "col_amount": "Montant",
        "subtotal": "Sous-total",
        "freight": "Fret",
        "insurance": "Assurance",
        "net": "Poids net total",
        "gross": "Poids brut total",
        "packages": "Nombre de colis",
        "cartons": "cartons",
        "bank": "Banque",
        "page": "Page 1/1",
        "packing": "LISTE DE COLISAGE",
        "pl_number": "Liste de colisage n°",
        "col_cartons": "N° colis",
        "col_ctns": "Nb",
        "col_dims": "Dimensions",
        "col_cbm": "CBM",
        "marks": "Marques",
    },
    "en": {
        "date": "Invoice Date",
        "po": "Customer PO",
        "payment": "Payment terms",
        "currency": "Currency",
        "sold_to": "Sold To",
        "ship_to": "Ship To",
        "origin": "Country of Origin",
        "ship_via": "Ship via",
        "by_sea": "Ocean freight",
        "col_no": "#",
        "col_code": "Item code",
        "col_desc": "Description",
        "col_hs": "HS code",
        "col_origin": "Origin",
        "col_qty": "Qty",
        "col_unit": "Unit",
        "col_price": "Unit price",
        "col_amount": "Amount",
        "subtotal": "Subtotal",
        "freight": "Freight",
        "insurance": "Insurance",
        "net": "Total net weight",
        "gross": "Total gross weight",
        "packages": "Total packages",
        "cartons": "cartons",
        "bank": "Bank",
        "page": "Page 1 of 1",
        "packing": "PACKING LIST",
        "pl_number": "Packing List #",
        "col_cartons": "Carton No.",
        "col_ctns": "Ctns",
        "col_dims": "Dimensions",
        "col_cbm": "CBM",
        "marks": "Shipping marks",
    },
}
# Wordings one of which a case prints: the invoice's title, its number's label, its total's label.
WORDINGS = {
    "fr": {
        "invoice": ("FACTURE COMMERCIALE", "FACTURE"),
        "number": ("Facture n°", "N° de facture"),
        "total": ("Total", "Total facture", "Net à payer"),
    },
    "en": {
        "invoice": ("COMMERCIAL INVOICE", "INVOICE"),
        "number": ("Invoice #", "Invoice No."),
        "total": ("Total", "Invoice Total", "Total Due"),
    },
}
MASS_HEADERS = {
    "fr": (("Poids net (kg)", "Poids brut (kg)"), ("N.W. (kg)", "G.W. (kg)")),
    "en": (("N.W. (kg)", "G.W. (kg)"), ("Net Wt (kg)", "Gross Wt (kg)")),
}
EUR1 = {
    "fr": {
        "no": "N°",
        "title": "CERTIFICAT DE CIRCULATION DES MARCHANDISES",
        "note": "Voir les notes au verso avant de remplir le formulaire.",
        "b1": "1. Exportateur (nom, adresse complète, pays)",
        "b2": "2. Certificat utilisé dans les échanges préférentiels entre",
        "and": "et",
        "b3": "3. Destinataire (nom, adresse complète, pays) (mention facultative)",
        "b4": "4. Pays, groupe de pays ou territoire dont les produits sont considérés comme originaires",
        "b5": "5. Pays, groupe de pays ou territoire de destination",
        "b6": "6. Informations relatives au transport (mention facultative)",
        "b7": "7. Observations",
        "b8": "8. Numéro d'ordre ; marques, numéros, nombre et nature des colis ; désignation des "
        "marchandises",
        "b9": "9. Masse brute (kg) ou autre mesure (l, m³, etc.)",
        "b10": "10. Factures (mention facultative)",
        "b11": "11. VISA DE LA DOUANE OU DE L'AUTORITÉ COMPÉTENTE",
        "certified": "Déclaration certifiée conforme",
        "export_doc": "Document d'exportation : modèle EX1 n°",
        "office": "Bureau de douane :",
        "issuing": "Pays ou territoire de délivrance :",
        "place": "Lieu et date :",
        "b12": "12. DÉCLARATION DE L'EXPORTATEUR",
        "declaration": "Je soussigné déclare que les marchandises désignées ci-dessus remplissent les "
        "conditions requises pour l'établissement du présent certificat.",
        "partner": "Union européenne",
        "transport": "Voie maritime",
        "invoice_of": "du",
        "co_title": "CERTIFICAT D'ORIGINE",
        "co_sub": "Service des formalités internationales",
        "original": "ORIGINAL",
        "c1": "1. Exportateur (nom, adresse complète, pays)",
        "c2": "2. Destinataire (nom, adresse complète, pays)",
        "c3": "3. Pays d'origine",
        "c4": "4. Informations relatives au transport",
        "c5": "5. Numéro d'ordre ; marques, numéros, nombre et nature des colis ; désignation des "
        "marchandises",
        "c6": "6. Masse brute (kg) ou autre mesure",
        "c7": "7. Factures",
        "c8": "8. Observations",
        "c9": "9. Certification",
        "certify": "La chambre soussignée certifie que les marchandises désignées ci-dessus sont "
        "originaires du pays indiqué dans la case 3.",
        "signatory": "Signature autorisée et cachet",
    },
    "en": {
        "no": "No",
        "title": "MOVEMENT CERTIFICATE",
        "note": "See notes overleaf before completing this form.",
        "b1": "1. Exporter (name, full address, country)",
        "b2": "2. Certificate used in preferential trade between",
        "and": "and",
        "b3": "3. Consignee (name, full address, country) (optional)",
        "b4": "4. Country, group of countries or territory in which the products are considered as "
        "originating",
        "b5": "5. Country, group of countries or territory of destination",
        "b6": "6. Transport details (optional)",
        "b7": "7. Remarks",
        "b8": "8. Item number; marks and numbers; number and kind of packages; description of goods",
        "b9": "9. Gross mass (kg) or other measure (litres, m³, etc.)",
        "b10": "10. Invoices (optional)",
        "b11": "11. CUSTOMS OR COMPETENT AUTHORITY ENDORSEMENT",
        "certified": "Declaration certified",
        "export_doc": "Export document: Form EX1 No.",
        "office": "Customs office:",
        "issuing": "Issuing country or territory:",
        "place": "Place and date:",
        "b12": "12. DECLARATION BY THE EXPORTER",
        "declaration": "I, the undersigned, declare that the goods described above meet the conditions "
        "required for the issue of this certificate.",
        "partner": "European Union",
        "transport": "By sea",
        "invoice_of": "of",
        "co_title": "CERTIFICATE OF ORIGIN",
        "co_sub": "Export Documentation Department",
        "original": "ORIGINAL",
        "c1": "1. Exporter (name, full address, country)",
        "c2": "2. Consignee (name, full address, country)",
        "c3": "3. Country of origin",
        "c4": "4. Transport details",
        "c5": "5. Item number; marks and numbers; number and kind of packages; description of goods",
        "c6": "6. Gross mass (kg) or other measure",
        "c7": "7. Invoices",
        "c8": "8. Remarks",
        "c9": "9. Certification",
        "certify": "The undersigned chamber certifies that the goods described above originate in the "
        "country shown in box 3.",
        "signatory": "Authorised signature and stamp",
    },
}
PHYTO = {
    "fr": {
        "title": "CERTIFICAT PHYTOSANITAIRE",
        "no": "Certificat phytosanitaire N°",
        "to": "À : Organisation(s) de protection des végétaux de",
        "produce": "Produit",
        "quantity": "Quantité",
        "botanical": "Nom botanique",
        "vessel": "Maritime, navire",
        "additional": "L'envoi a été inspecté et trouvé exempt de Thaumatotibia leucotreta.",
        "treatment": "Néant",
        "certify": "Il est certifié que les végétaux, produits végétaux ou autres articles réglementés "
        "décrits ci-dessus ont été inspectés et/ou testés suivant des procédures officielles "
        "appropriées et sont considérés comme indemnes d'organismes de quarantaine.",
        "place": "Lieu de délivrance",
        "date": "Date",
        "officer": "Nom du fonctionnaire autorisé",
        "stamp": "Cachet de l'organisation",
    },
    "en": {
        "title": "PHYTOSANITARY CERTIFICATE",
        "no": "Phytosanitary Certificate No.",
        "to": "TO: Plant Protection Organization(s) of",
        "produce": "Produce",
        "quantity": "Quantity",
        "botanical": "Botanical name",
        "vessel": "Sea freight, vessel",
        "additional": "The consignment was inspected and found free from Thaumatotibia leucotreta.",
        "treatment": "Nil",
        "certify": "This is to certify that the plants, plant products or other regulated articles "
        "described herein have been inspected and/or tested according to appropriate official "
        "procedures and are considered to be free from the quarantine pests specified by the "
        "importing contracting party.",
        "place": "Place of issue",
        "date": "Date",
        "officer": "Name of authorized officer",
        "stamp": "Stamp of Organization",
    },
}
# The labels of the numbered lines of a phytosanitary certificate (IPPC model).
PHYTO_LINES = {
    "fr": (
        "Nom et adresse de l'exportateur",
        "Nom et adresse déclarés du destinataire",
        "Nombre et description des colis",
        "Marques distinctives",
        "Lieu d'origine",
        "Moyen de transport déclaré",
        "Point d'entrée déclaré",
        "Description de l'envoi",
        "Déclaration supplémentaire",
        "Traitement de désinfestation et/ou de désinfection",
    ),
    "en": (
        "Name and address of exporter",
        "Declared name and address of consignee",
        "Number and description of packages",
        "Distinguishing marks",
        "Place of origin",
        "Declared means of conveyance",
        "Declared point of entry",
        "Description of consignment",
        "Additional declaration",
        "Disinfestation and/or disinfection treatment",
    ),
}
OFFICERS = {
    "ZA": "N. Dlamini",
    "EG": "A. Haddad",
    "CO": "C. Restrepo",
    "CM": "J. Mbarga",
    "MG": "H. Rakoto",
    "CR": "M. Solís",
}
PAYMENTS = {
    "fr": ("30 jours fin de mois", "Virement à 60 jours date de facture", "Crédit documentaire à vue"),
    "en": ("Net 30", "60 days from invoice date", "Letter of credit at sight"),
}
# (number style, currency style) per language: 12,345.67 $ / € before; 12.345,67 with € before;
# 12 345,67 with € after; or plain numbers and the currency's code.
MONEY = {
    "en": (("en", "before"), ("en", "code")),
    "fr": (("dot", "before"), ("fr", "after"), ("fr", "code")),
}
SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}
INCOTERMS = ("FCA", "FOB", "CFR", "CIF", "CIP", "DAP")
DATE_FORMS = {"en": ("long", "abbrev"), "fr": ("long", "slash")}
FILE_NAMES = {
    "fr": {"invoice": "facture_vente", "co": "origine", "packing": "colisage", "phyto": "phyto_cert"},
    "en": {"invoice": "sales_invoice", "co": "origin", "packing": "packing", "phyto": "phyto_cert"},
}
LEFT, RIGHT, MIDDLE = 70, 1170, 640


def _ledger_date(iso: str, lang: str, form: str) -> str:
    """``March 3, 2026`` / ``3 mars 2026`` (``long``), ``03-Mar-2026`` (``abbrev``), ``03/03/2026``."""
    d = date.fromisoformat(iso)
    month = MONTHS[lang][d.month - 1]
    if form == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if form == "abbrev":
        return f"{d.day:02d}-{MONTHS['en'][d.month - 1][:3]}-{d.year}"
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {month} {d.year}"
    return f"{month} {d.day}, {d.year}"


def _num(value: float, style: str, decimals: int = 2) -> str:
    """``12,345.67`` (``en``), ``12 345,67`` (``fr``), ``12.345,67`` (``dot``)."""
    if style == "dot":
        return _fmt_amount(value, "en", decimals).translate(str.maketrans(",.", ".,"))
    return _fmt_amount(value, style, decimals)


def _money(value: float, c: dict[str, Any]) -> str:
    """``$12,345.67``, ``€ 12.345,67``, ``12 345,67 €``, or the number alone (``code``)."""
    amount, symbol = _num(value, c["num"]), SYMBOLS[c["currency"]]
    if c["money"] == "before":
        return f"{symbol}{amount}" if c["num"] == "en" else f"{symbol} {amount}"
    return f"{amount} {symbol}" if c["money"] == "after" else amount


def _country(party: Party, lang: str) -> str:
    return party.country_fr if lang == "fr" else party.country_en


def _address(party: Party, lang: str) -> list[str]:
    return [party.name, party.street, party.city, _country(party, lang)]


def _centre(s: Sheet, y: float, text: str, size: int) -> None:
    centred(s, y, text, size, LEFT, RIGHT, margin=0)


def _box(
    s: Sheet, x0: float, y0: float, x1: float, y1: float, label: str, lines: list[str], size: int = 19
) -> float:
    """A ruled box with its (wrapped) numbered label and the value's lines; returns where they end."""
    s.box(x0, y0, x1, y1)
    head = wrap(label, 13, x1 - x0 - 16)
    for i, text in enumerate(head):
        s.put(x0 + 8, y0 + 6 + 16 * i, text, 13)
    top = y0 + 16 + 16 * len(head)
    for i, line in enumerate(lines):
        s.put(x0 + 12, top + (size + 8) * i, line, fitted_size(line, size, x1 - x0 - 24))
    return top + (size + 8) * len(lines)


def _ledger_item(line: int, g: Good, cartons: int, first: int, lang: str) -> dict[str, Any]:
    qty = cartons * g.per_carton
    net = round(qty * g.kg_per_unit, 2)
    return {
        "line": line,
        "code": g.code,
        "description": g.fr if lang == "fr" else g.en,
        "hs_code": g.hs,
        "quantity": qty,
        "unit": g.unit,
        "unit_price": g.price,
        "value": round(qty * g.price, 2),
        "net_mass_kg": net,
        "gross_mass_kg": round(net + cartons * g.tare, 2),
        "cartons": cartons,
        "carton_range": f"{first}-{first + cartons - 1}",
        "dims": "x".join(str(d) for d in g.dims),
        "cbm": round(cartons * math.prod(g.dims) / 1e6, 3),
        "botanical": g.botanical,
    }


def _items(rng: random.Random, seller: Party, lang: str) -> list[dict[str, Any]]:
    goods = rng.sample([GOODS[code] for code in seller.goods], rng.randint(1, 3))
    items, first = [], 1
    for line, g in enumerate(goods, start=1):
        cartons = max(30, round(rng.randint(1500, 18000) / (g.per_carton * g.kg_per_unit)))
        items.append(_ledger_item(line, g, cartons, first, lang))
        first += cartons
    return items


class Place(Protocol):
    """A party as an Incoterm place: its town and its seaport (any family's party)."""

    @property
    def town(self) -> str: ...

    @property
    def port(self) -> str: ...


def _incoterm_place(incoterm: str, seller: Place, buyer: Place, ship_to: Place) -> str:
    """EXW and FCA at the seller's town, FOB at its port, CFR/CIF at the buyer's port, the other C
    and D terms where it is shipped."""
    if incoterm in ("EXW", "FCA"):
        return seller.town
    if incoterm == "FOB":
        return seller.port
    return buyer.port if incoterm in ("CFR", "CIF") else ship_to.town


def _charges(rng: random.Random, incoterm: str, subtotal: float) -> tuple[float, float]:
    """Freight (C and D terms) and insurance (CIF, CIP) added to the goods' value."""
    freight = round(subtotal * rng.uniform(0.03, 0.09), 2) if incoterm[0] in "CD" else 0.0
    insurance = round((subtotal + freight) * 1.1 * 0.0035, 2) if incoterm in ("CIF", "CIP") else 0.0
    return freight, insurance


def build_ledger_case(seed: int, lang: str = "fr") -> dict[str, Any]:
    """The content and every layout choice of a ledger-style case, drawn from ``seed``."""
    rng = random.Random(seed)
    seller, buyer = rng.choice(SELLERS), rng.choice(BUYERS)
    ship_to = rng.choice(WAREHOUSES) if rng.random() < 0.5 else buyer
    items = _items(rng, seller, lang)
    day = date(2026, rng.randint(1, 10), rng.randint(1, 28))
    n = rng.randint(100, 99999)
    incoterm = rng.choice(INCOTERMS)
    freight, insurance = _charges(rng, incoterm, round(sum(it["value"] for it in items), 2))
    num, money = rng.choice(MONEY[lang])
    return {
        "lang": lang,
        "seller": seller,
        "buyer": buyer,
        "ship_to": ship_to,
        "items": items,
        "invoice_number": rng.choice((f"2026-{n:05d}", f"INV{n:07d}", f"SI26-{n:05d}", f"FAC-2026-{n:05d}")),
        "invoice_date": day.isoformat(),
        "po": rng.choice((f"PO-{n % 9000 + 1000}", f"45{rng.randint(0, 99999999):08d}", f"CMD {n % 997}/26")),
        "payment": rng.choice(PAYMENTS[lang]),
        "currency": rng.choice(("EUR", "EUR", "USD", "GBP")),
        "incoterm": incoterm,
        "incoterm_place": _incoterm_place(incoterm, seller, buyer, ship_to),
        "freight": freight,
        "insurance": insurance,
        "num": num,
        "money": money,
        "co_variant": rng.choice(("eur1", "chamber")),
        "co_number": rng.choice("ABCDEFG") + f" {rng.randint(0, 9999999):07d}",
        "chamber_number": f"{rng.randint(1, 999999):06d}",
        "co_date": (day + timedelta(days=rng.randint(1, 5))).isoformat(),
        "phyto_number": rng.choice(
            (f"{seller.iso}-PC-2026-{n:06d}", f"PSC/{seller.iso}/{n % 99991:05d}/26", f"P{n + 40000:07d}")
        ),
        "phyto_date": (day + timedelta(days=rng.randint(0, 4))).isoformat(),
        "export_doc": f"26{seller.iso}{rng.randint(0, 999999):06d}",
        "marks": f"{''.join(w[0] for w in buyer.name.split()[:2]).upper()}/{seller.iso}/{n % 1000:03d}",
        "vessel": rng.choice(("MSC ROSARIA", "MAERSK NAMIB", "CAP SAN LORENZO", "SEALAND GUAYAQUIL")),
        "date_form": rng.choice(DATE_FORMS[lang]),
        "title": rng.choice(WORDINGS[lang]["invoice"]),
        "number_label": rng.choice(WORDINGS[lang]["number"]),
        "total_label": rng.choice(WORDINGS[lang]["total"]),
        "hs_mode": rng.choice(("line", "column")),
        "invoice_masses": rng.random() < 0.5,
        "mass_headers": rng.choice(MASS_HEADERS[lang]),
        "phyto_items": rng.choice(("labelled", "compact")),
        "formats": {
            kind: rng.choice(("png", "png", "pdf", "scan")) for kind in ("invoice", "co", "packing", "phyto")
        },
    }


def _date(c: dict[str, Any], key: str) -> str:
    return _ledger_date(c[key], c["lang"], c["date_form"])


def _subtotal(c: dict[str, Any]) -> float:
    return round(sum(it["value"] for it in c["items"]), 2)


def _total(c: dict[str, Any]) -> float:
    return round(_subtotal(c) + c["freight"] + c["insurance"], 2)


def _hs(it: dict[str, Any], c: dict[str, Any]) -> str:
    """The HS code as the invoice prints it: six digits in the description's second line, or eight."""
    return it["hs_code"][:6] if c["hs_mode"] == "line" else it["hs_code"]


def _letterhead(s: Sheet, c: dict[str, Any], title: str, keys: list[tuple[str, str]]) -> None:
    """The seller's initials in a box as a logo with its name and address; the title and the
    ``Key: value`` lines right-aligned."""
    seller, lang = c["seller"], c["lang"]
    initials = "".join(w[0] for w in seller.name.split() if w[0].isupper())[:3]
    s.box(LEFT, 58, LEFT + 100, 130)
    s.put(LEFT + 50 - text_width(initials, 34) / 2, 72, initials, 34)
    s.put(LEFT + 120, 58, seller.name, 27)
    s.put(LEFT + 120, 100, seller.street, 16)
    s.put(LEFT + 120, 122, f"{seller.city} · {_country(seller, lang)}", 16)
    s.put(RIGHT, 60, title, 30, right=True)
    for i, (label, value) in enumerate(keys):
        s.put(RIGHT, 130 + 30 * i, label_value(label, value, lang), 18, right=True)


def _parties(s: Sheet, c: dict[str, Any], y: float) -> float:
    """Sold To (the importer) and Ship To side by side, each under a ruled heading."""
    lg, lang = LEDGER[c["lang"]], c["lang"]
    for x, label, party in ((LEFT, lg["sold_to"], c["buyer"]), (MIDDLE, lg["ship_to"], c["ship_to"])):
        s.put(x, y, label, 17)
        s.rules.append((x, y + 26, x + 500, y + 26))
        for i, line in enumerate(_address(party, lang)):
            s.put(x, y + 36 + 27 * i, line, 21 if i == 0 else 18)
    return y + 36 + 27 * 4


def _row(s: Sheet, y: float, columns: list[Column], row: dict[str, str], size: int) -> float:
    """One table line from the left margin, numbers right-aligned; ``<key>_sub`` is drawn smaller
    under ``<key>``. Returns the line's height."""
    x, height = float(LEFT), 36
    for key, _, width, right in columns:
        text = row.get(key, "")
        s.put(x + width - 6 if right else x + 4, y, text, fitted_size(text, size, width - 10), right=right)
        if f"{key}_sub" in row:
            s.put(x + 4, y + 25, row[f"{key}_sub"], 15)
            height = 56
        x += width
    return height


def _table(s: Sheet, y: float, columns: list[Column], rows: list[dict[str, str]], size: int = 18) -> float:
    """An ERP-style table: ruled above and below the headings and at the end; returns its bottom."""
    s.rules += [(LEFT, y, RIGHT, y), (LEFT, y + 38, RIGHT, y + 38)]
    _row(s, y + 11, columns, {key: header for key, header, _, _ in columns}, 14)
    y += 52
    for row in rows:
        y += _row(s, y, columns, row, size)
    s.rules.append((LEFT, y, RIGHT, y))
    return y


def _invoice_keys(c: dict[str, Any]) -> list[tuple[str, str]]:
    lg = LEDGER[c["lang"]]
    keys = [
        (c["number_label"], c["invoice_number"]),
        (lg["date"], _date(c, "invoice_date")),
        (lg["po"], c["po"]),
        (lg["payment"], c["payment"]),
    ]
    return [*keys, (lg["currency"], c["currency"])] if c["money"] == "code" else keys


def _invoice_columns(c: dict[str, Any]) -> list[Column]:
    lg = LEDGER[c["lang"]]
    hs: list[Column] = [("hs", lg["col_hs"], 130, False)] if c["hs_mode"] == "column" else []
    return [
        ("no", lg["col_no"], 50, False),
        ("code", lg["col_code"], 120, False),
        ("desc", lg["col_desc"], 380 - 130 * len(hs), False),
        *hs,
        ("origin", lg["col_origin"], 80, False),
        ("qty", lg["col_qty"], 110, True),
        ("unit", lg["col_unit"], 70, False),
        ("price", lg["col_price"], 130, True),
        ("amount", lg["col_amount"], 160, True),
    ]


def _invoice_row(it: dict[str, Any], c: dict[str, Any]) -> dict[str, str]:
    row = {
        "no": str(it["line"]),
        "code": it["code"],
        "desc": it["description"],
        "origin": c["seller"].iso,
        "qty": _num(it["quantity"], c["num"], decimals=0),
        "unit": it["unit"].upper(),
        "price": _num(it["unit_price"], c["num"], decimals=3),
        "amount": _num(it["value"], c["num"]),
    }
    hs = _fmt_hs(_hs(it, c), dotted=True)
    return row | ({"desc_sub": f"HS {hs}"} if c["hs_mode"] == "line" else {"hs": hs})


def _totals(s: Sheet, c: dict[str, Any], y: float) -> None:
    """Subtotal, freight and insurance, a rule, and the total, right-aligned."""
    lg = LEDGER[c["lang"]]
    rows = [(lg["subtotal"], _subtotal(c)), (lg["freight"], c["freight"]), (lg["insurance"], c["insurance"])]
    for i, (label, value) in enumerate(rows):
        s.put(800, y + 32 * i, label, 18)
        s.put(RIGHT, y + 32 * i, _money(value, c), 18, right=True)
    s.rules.append((800, y + 100, RIGHT, y + 100))
    label = f"{c['total_label']} {c['currency']}" if c["money"] == "code" else c["total_label"]
    s.put(800, y + 112, label, 22)
    s.put(RIGHT, y + 112, _money(_total(c), c), 22, right=True)


def ledger_invoice(c: dict[str, Any]) -> Sheet:
    lg, lang = LEDGER[c["lang"]], c["lang"]
    s = Sheet()
    _letterhead(s, c, c["title"], _invoice_keys(c))
    y = _parties(s, c, 330)
    s.put(LEFT, y + 30, label_value(lg["origin"], _country(c["seller"], lang), lang), 18)
    s.put(LEFT, y + 60, label_value("Incoterms® 2020", f"{c['incoterm']} {c['incoterm_place']}", lang), 18)
    route = f"{lg['by_sea']}, {c['seller'].port} - {c['buyer'].port}"
    s.put(MIDDLE, y + 30, label_value(lg["ship_via"], route, lang), 18)
    y = _table(s, y + 110, _invoice_columns(c), [_invoice_row(it, c) for it in c["items"]])
    _totals(s, c, y + 30)
    cartons = sum(it["cartons"] for it in c["items"])
    s.put(LEFT, y + 30, label_value(lg["packages"], f"{cartons} {lg['cartons']}", lang), 18)
    if c["invoice_masses"]:
        net, gross = _masses(c)
        s.put(LEFT, y + 62, label_value(lg["net"], f"{_num(net, c['num'])} kg", lang), 18)
        s.put(LEFT, y + 94, label_value(lg["gross"], f"{_num(gross, c['num'])} kg", lang), 18)
    s.rules.append((LEFT, 1630, RIGHT, 1630))
    bank = f"Standard Trade Bank · SWIFT STBKXX2X · Ref. {c['invoice_number']}"
    s.put(LEFT, 1645, label_value(lg["bank"], bank, lang), 14)
    s.put(RIGHT, 1645, lg["page"], 14, right=True)
    return s


def ledger_invoice_truth(c: dict[str, Any]) -> dict[str, Any]:
    return invoice_truth(c, _total(c), lambda it: _hs(it, c))


def ledger_packing(c: dict[str, Any]) -> Sheet:
    """Carton ranges, net and gross weights, dimensions and CBM per line, and a TOTAL row."""
    lg, lang, num = LEDGER[c["lang"]], c["lang"], c["num"]
    s = Sheet()
    keys = [
        (lg["pl_number"], f"PL-{c['invoice_number']}"),
        (c["number_label"], c["invoice_number"]),
        (lg["date"], _date(c, "invoice_date")),
        (lg["po"], c["po"]),
    ]
    _letterhead(s, c, lg["packing"], keys)
    y = _parties(s, c, 330)
    net_header, gross_header = c["mass_headers"]
    columns: list[Column] = [
        ("cartons", lg["col_cartons"], 120, False),
        ("code", lg["col_code"], 120, False),
        ("desc", lg["col_desc"], 230, False),
        ("ctns", lg["col_ctns"], 70, True),
        ("qty", lg["col_qty"], 115, True),
        ("net", net_header, 115, True),
        ("gross", gross_header, 120, True),
        ("dims", lg["col_dims"], 125, True),
        ("cbm", lg["col_cbm"], 85, True),
    ]
    rows = [
        {
            "cartons": it["carton_range"],
            "ctns": str(it["cartons"]),
            "code": it["code"],
            "desc": it["description"],
            "qty": f"{_num(it['quantity'], num, decimals=0)} {it['unit']}",
            "net": _num(it["net_mass_kg"], num),
            "gross": _num(it["gross_mass_kg"], num),
            "dims": it["dims"],
            "cbm": _num(it["cbm"], num, decimals=3),
        }
        for it in c["items"]
    ]
    y = _table(s, y + 50, columns, rows)
    net, gross = _masses(c)
    cartons = sum(it["cartons"] for it in c["items"])
    total = {
        "cartons": "TOTAL",
        "ctns": str(cartons),
        "net": _num(net, num),
        "gross": _num(gross, num),
        "cbm": _num(sum(it["cbm"] for it in c["items"]), num, decimals=3),
    }
    y += 10 + _row(s, y + 10, columns, total, 19)
    s.rules += [(LEFT, y + 4, RIGHT, y + 4), (LEFT, y + 8, RIGHT, y + 8)]
    s.put(LEFT, y + 50, label_value(lg["packages"], f"{cartons} {lg['cartons']}", lang), 18)
    s.put(LEFT, y + 80, label_value(lg["marks"], c["marks"], lang), 18)
    s.rules.append((LEFT, 1630, RIGHT, 1630))
    s.put(RIGHT, 1645, lg["page"], 14, right=True)
    return s


def ledger_packing_truth(c: dict[str, Any]) -> dict[str, Any]:
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
            "items": [{k: it[k] for k in keys} for it in c["items"]],
        },
    }


def _goods_lines(s: Sheet, c: dict[str, Any], y: float, mass_x: float) -> float:
    """Box 8 (or 5): item number, marks and packages, the description below (and the HS code on a
    chamber certificate); the gross mass right-aligned at ``mass_x``. Returns the end."""
    for it in c["items"]:
        s.put(
            LEFT + 14, y, f"{it['line']}.  {c['marks']}  {it['cartons']} {LEDGER[c['lang']]['cartons']}", 17
        )
        s.put(LEFT + 44, y + 26, it["description"], 19)
        if c["co_variant"] == "chamber":
            s.put(LEFT + 44, y + 52, f"HS {_fmt_hs(it['hs_code'][:6], dotted=True)}", 16)
        s.put(mass_x, y + 26, f"{_num(it['gross_mass_kg'], c['num'])} kg", 19, right=True)
        y += 90
    return y


def _invoice_lines(c: dict[str, Any]) -> list[str]:
    lg = EUR1[c["lang"]]
    return [c["invoice_number"], f"{lg['invoice_of']} {_date(c, 'invoice_date')}"]


def _eur1(c: dict[str, Any]) -> Sheet:
    """An EUR.1 movement certificate: boxes 1 to 12, the number by the form's name."""
    lg, lang = EUR1[c["lang"]], c["lang"]
    seller, buyer = c["seller"], c["buyer"]
    s = Sheet()
    _box(s, LEFT, 60, MIDDLE, 250, lg["b1"], _address(seller, lang))
    s.box(MIDDLE, 60, RIGHT, 190)
    s.put(MIDDLE + 20, 76, "EUR.1", 30)
    s.put(MIDDLE + 170, 80, f"{lg['no']} {c['co_number']}", 26)
    s.put(MIDDLE + 20, 124, lg["title"], fitted_size(lg["title"], 18, RIGHT - MIDDLE - 40))
    s.put(MIDDLE + 20, 156, lg["note"], 13)
    _box(s, MIDDLE, 190, RIGHT, 330, lg["b2"], [_country(seller, lang), lg["and"], lg["partner"]])
    _box(s, LEFT, 250, MIDDLE, 440, lg["b3"], _address(buyer, lang))
    _box(s, MIDDLE, 330, 905, 440, lg["b4"], [_country(seller, lang)])
    _box(s, 905, 330, RIGHT, 440, lg["b5"], [_country(buyer, lang)])
    transport = f"{lg['transport']}, {c['vessel']}, {seller.port} - {buyer.port}"
    _box(s, LEFT, 440, MIDDLE, 540, lg["b6"], [transport])
    _box(s, MIDDLE, 440, RIGHT, 540, lg["b7"], [])
    _box(s, LEFT, 540, 820, 1010, lg["b8"], [])
    _box(s, 820, 540, 990, 1010, lg["b9"], [])
    _box(s, 990, 540, RIGHT, 1010, lg["b10"], _invoice_lines(c))
    y = _goods_lines(s, c, 630, 980)
    s.rules.append((LEFT + 44, y, 800, 990))  # the Z-line that strikes out the unused space
    endorsement = [
        lg["certified"],
        f"{lg['export_doc']} {c['export_doc']}",
        lg["office"],
        seller.customs,
        f"{lg['issuing']} {_country(seller, lang)}",
        f"{lg['place']} {seller.port}, {_date(c, 'co_date')}",
    ]
    _box(s, LEFT, 1010, 620, 1450, lg["b11"], endorsement, size=17)
    declaration = wrap(lg["declaration"], 17, RIGHT - 620 - 30)
    place = f"{lg['place']} {seller.town}, {_date(c, 'invoice_date')}"
    _box(s, 620, 1010, RIGHT, 1450, lg["b12"], [*declaration, "", place], size=17)
    return s


def _chamber(c: dict[str, Any]) -> Sheet:
    """A chamber of commerce's certificate of origin: its letterhead, ``N° 000123``, boxes 1 to 9."""
    lg, lang = EUR1[c["lang"]], c["lang"]
    seller, buyer = c["seller"], c["buyer"]
    s = Sheet()
    _centre(s, 56, seller.chamber, 26)
    _centre(s, 98, f"{lg['co_sub']} · {seller.chamber_town}", 16)
    s.rules.append((LEFT, 132, RIGHT, 132))
    s.put(LEFT, 158, lg["co_title"], 30)
    s.put(RIGHT, 160, f"N° {c['chamber_number']}", 26, right=True)
    s.put(LEFT, 200, lg["original"], 15)
    _box(s, LEFT, 240, MIDDLE, 430, lg["c1"], _address(seller, lang))
    _box(s, MIDDLE, 240, RIGHT, 430, lg["c2"], _address(buyer, lang))
    _box(s, LEFT, 430, MIDDLE, 530, lg["c3"], [_country(seller, lang)], size=24)
    transport = f"{lg['transport']}, {c['vessel']}, {seller.port} - {buyer.port}"
    _box(s, MIDDLE, 430, RIGHT, 530, lg["c4"], [transport])
    _box(s, LEFT, 530, 900, 1000, lg["c5"], [])
    _box(s, 900, 530, RIGHT, 1000, lg["c6"], [])
    _goods_lines(s, c, 600, RIGHT - 20)
    _box(s, LEFT, 1000, MIDDLE, 1110, lg["c7"], _invoice_lines(c))
    _box(s, MIDDLE, 1000, RIGHT, 1110, lg["c8"], [])
    place = f"{lg['place']} {seller.chamber_town}, {_date(c, 'co_date')}"
    lines = [*wrap(lg["certify"], 18, RIGHT - LEFT - 40), "", place, seller.chamber, "", lg["signatory"]]
    _box(s, LEFT, 1110, RIGHT, 1500, lg["c9"], lines, size=18)
    return s


def ledger_co(c: dict[str, Any]) -> Sheet:
    return _eur1(c) if c["co_variant"] == "eur1" else _chamber(c)


def ledger_co_truth(c: dict[str, Any]) -> dict[str, Any]:
    chamber = c["co_variant"] == "chamber"
    hs = ("hs_code",) if chamber else ()
    return {
        "type": "certificate_of_origin",
        "fields": {
            **_parties_truth(c),
            "invoice_number": c["invoice_number"],
            "invoice_date": c["invoice_date"],
            "origin_country": c["seller"].iso,
            "certificate_number": c["chamber_number"] if chamber else c["co_number"],
            "certificate_type": "certificate_of_origin",
            "issue_date": c["co_date"],
            "issuing_authority": c["seller"].chamber if chamber else c["seller"].customs,
            "items": [
                {k: it[k] for k in ("line", "description", "gross_mass_kg")}
                | {k: it["hs_code"][:6] for k in hs}
                for it in c["items"]
            ],
        },
    }


def _consignment(c: dict[str, Any]) -> list[str]:
    """Line 8's entries: ``Produce: ...; Quantity: ...; Botanical name: ...`` or ``name - qty (botanical)``."""
    lg, lang = PHYTO[c["lang"]], c["lang"]
    lines = []
    for it in c["items"]:
        qty = f"{_num(it['quantity'], c['num'], decimals=0)} {it['unit']}"
        if c["phyto_items"] == "compact":
            lines.append(f"{it['line']}) {it['description']} - {qty} ({it['botanical']})")
        else:
            parts = (
                (lg["produce"], it["description"]),
                (lg["quantity"], qty),
                (lg["botanical"], it["botanical"]),
            )
            lines.append("; ".join(label_value(label, value, lang) for label, value in parts))
    return lines


def _phyto_lines(c: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """The numbered lines' values (first line after the label, the rest indented below)."""
    lg, lang = PHYTO[c["lang"]], c["lang"]
    seller, buyer = c["seller"], c["buyer"]
    cartons = sum(it["cartons"] for it in c["items"])
    values = [
        [seller.name, f"{seller.street}, {seller.city}, {_country(seller, lang)}"],
        [buyer.name, f"{buyer.street}, {buyer.city}, {_country(buyer, lang)}"],
        [f"{cartons} {LEDGER[lang]['cartons']}"],
        [c["marks"]],
        [_country(seller, lang)],
        [f"{lg['vessel']} {c['vessel']}"],
        [buyer.port],
        ["", *_consignment(c)],
        [lg["additional"]],
        [lg["treatment"]],
    ]
    return list(zip(PHYTO_LINES[lang], values, strict=True))


def ledger_phyto(c: dict[str, Any]) -> Sheet:
    """Numbered ``label: value`` lines under the plant protection organisation's letterhead."""
    lg, lang = PHYTO[c["lang"]], c["lang"]
    seller = c["seller"]
    s = Sheet()
    _centre(s, 52, seller.nppo, 28)
    _centre(s, 96, seller.nppo_address, 16)
    s.rules += [(LEFT, 130, RIGHT, 130), (LEFT, 134, RIGHT, 134)]
    _centre(s, 160, lg["title"], 30)
    s.put(LEFT, 228, label_value(lg["no"], c["phyto_number"], lang), 21)
    s.put(LEFT, 264, label_value(lg["to"], _country(c["buyer"], lang), lang), 18)
    y = 320.0
    for n, (label, (first, *rest)) in enumerate(_phyto_lines(c), start=1):
        text = f"{n}. {label_value(label, first, lang)}".rstrip()
        s.put(LEFT, y, text, fitted_size(text, 19, RIGHT - LEFT))
        for line in rest:
            y += 30
            s.put(LEFT + 40, y, line, fitted_size(line, 18, RIGHT - LEFT - 40))
        y += 42
    for line in wrap(lg["certify"], 16, RIGHT - LEFT):
        y += 24
        s.put(LEFT, y, line, 16)
    s.put(LEFT, 1390, label_value(lg["place"], seller.port, lang), 19)
    s.put(LEFT, 1425, label_value(lg["date"], _date(c, "phyto_date"), lang), 19)
    s.put(LEFT, 1460, label_value(lg["officer"], OFFICERS[seller.iso], lang), 19)
    s.put(820, 1345, lg["stamp"], 14)
    s.box(820, 1370, 1080, 1500)
    return s


LEDGER_KINDS: list[
    tuple[str, Callable[[dict[str, Any]], Sheet], Callable[[dict[str, Any]], dict[str, Any]]]
] = [
    ("invoice", ledger_invoice, ledger_invoice_truth),
    ("co", ledger_co, ledger_co_truth),
    ("packing", ledger_packing, ledger_packing_truth),
    ("phyto", ledger_phyto, grid_phyto_truth),  # the same fields, drawn the same way
]
