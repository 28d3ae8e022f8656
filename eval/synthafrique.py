"""The ``afrique`` layout family of the synthetic trade documents (a blind test of the reader).

The document set a francophone African or Maghreb exporter (Côte d'Ivoire cocoa, cashew and
rubber; Sénégal fish and groundnuts; Maroc citrus, tomatoes and canned sardines; Cameroun veneer,
bananas and coffee; Madagascar vanilla, cloves and shrimps; Tunisie dates and olive oil; Burkina
Faso sesame and shea) sends with a shipment to a buyer in France, Belgium, Spain, Italy or
Germany, mostly in French, some in English. A ``FACTURE COMMERCIALE`` / ``FACTURE`` / ``COMMERCIAL
INVOICE`` under the exporter's letterhead (a logo box, centred, or a banner; ``B.P.`` address,
``RCCM`` / ``NINEA`` / ``ICE`` / ``NIF`` / ``IFU`` numbers), the buyer under ``Doit :``, ``Client :``
or ``Destinataire :``, the Incoterm with its place (``FOB San Pedro``, ``CIF Marseille``, ``DAP
Perpignan``), prices in EUR, USD or francs CFA (``12 500 000 FCFA``, no decimals), a ruled table
whose columns (``Désignation``, ``Code SH`` / ``Nomenclature`` / ``Position tarifaire``, packages,
quantity, unit, masses per line or only in the totals, price, amount) and their order vary, FOB
value, freight and insurance for some C terms, ``Arrêtée la présente facture à la somme de ...``
in words, the bank (``Domiciliation bancaire``), a handwritten signature and a company stamp over
the signatory's line, a legal footer. A ``LISTE DE COLISAGE`` / ``NOTE DE COLISAGE`` / ``PACKING
LIST`` per line with packages and masses, or for one bulk product in bags a ``NOTE DE POIDS`` /
``WEIGHT NOTE`` per container (bags, gross, tare, net). A chamber of commerce's ``CERTIFICAT
D'ORIGINE`` in the numbered boxes of the EU-style form (1 Expéditeur, 2 N°, 3 Destinataire, 4 Pays
d'origine, 5 transport, 6 goods, 7 quantity or gross mass, 8 the chamber's visa with place and
date), or an ``EUR.1`` movement certificate (boxes 1 to 12, ``N° A 1234567`` top right, box 11 the
customs' endorsement) where the country has an agreement with the EU. A ``CERTIFICAT
PHYTOSANITAIRE`` (the republic, its motto and ministry, the plant protection direction) for plant
products, or a ``CERTIFICAT SANITAIRE`` / health certificate from the fisheries' competent
authority for fish and seafood, each in a boxed or a line-by-line layout; a long consignment
summed up per product. Cases carry 1 to 20 lines; long invoices, packing lists and certificates
of origin run onto a second page (``Page 1/2``, ``A reporter``, a continuation sheet). Every
wording, date, number, HS-code, unit and currency format, layout choice and each document's file
format is drawn from the seed by build_afrique_case, so that each document's truth (what it
prints, normalised) is a function of the case.

    python -m eval.synthdocs OUT --cases 8 --seed 4000 --style afrique
"""

from __future__ import annotations

import itertools
import math
import random
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, NamedTuple

from eval.synthasia import _asia_date, _single_unit, _words_en, _words_fr
from eval.synthbroker import _formats, _split
from eval.synthdraw import (
    cell_lines,
    centred,
    desc_filling,
    fitted_size,
    label_value,
    paragraph,
    text_width,
    wrap,
)
from eval.synthgrid import Column, Sheet, _masses, _parties_truth
from eval.synthmodern import _hs_text
from eval.synthmodern import _num as _modern_num

# ------------------------------------------------------------------ companies, authorities, goods


class Country(NamedTuple):
    fr: str
    en: str
    republic: str  # the state as an administration's header prints it
    motto: str
    chamber: str  # who certifies non-preferential origin
    chamber_number: str  # a template of {n}
    eur1: str  # the partner named in box 2 of an EUR.1 ("" where the EU has no such agreement)
    agri_ministry: str
    nppo: str  # the plant protection direction that signs phytosanitary certificates
    phyto_number: str  # a template of {n}
    fish_ministry: str
    fish_authority: str  # the competent authority for fishery products
    health_number: str  # a template of {n}
    officers: tuple[str, ...]
    cfa: str  # the franc CFA of the country (XOF, XAF) or ""


COUNTRIES = {
    "CI": Country(
        "Côte d'Ivoire", "Côte d'Ivoire", "RÉPUBLIQUE DE CÔTE D'IVOIRE", "Union - Discipline - Travail",
        "Chambre de Commerce et d'Industrie de Côte d'Ivoire", "CCI-CI/{n:06d}/2026", "CÔTE D'IVOIRE",
        "Ministère d'État, Ministère de l'Agriculture, du Développement Rural et des Productions Vivrières",
        "Direction de la Protection des Végétaux, du Contrôle et de la Qualité", "{n:07d}/DPVCQ/2026",
        "Ministère des Ressources Animales et Halieutiques", "Direction des Services Vétérinaires",
        "DSV/CS/{n:05d}/26", ("Kouadio Konan Serge", "Mme Traoré Aminata", "N'Guessan Yao Didier"), "XOF",
    ),
    "SN": Country(
        "Sénégal", "Senegal", "RÉPUBLIQUE DU SÉNÉGAL", "Un Peuple - Un But - Une Foi",
        "Chambre de Commerce, d'Industrie et d'Agriculture de Dakar", "CCIAD 2026-{n:05d}", "",
        "Ministère de l'Agriculture, de la Souveraineté Alimentaire et de l'Élevage",
        "Direction de la Protection des Végétaux", "PV/SN/2026/{n:05d}",
        "Ministère des Pêches et des Infrastructures Maritimes et Portuaires",
        "Direction des Industries de Transformation de la Pêche", "DITP/CS/2026/{n:05d}",
        ("Mamadou Lamine Diop", "Mme Aminata Sow", "Ibrahima Ndiaye"), "XOF",
    ),
    "MA": Country(
        "Maroc", "Morocco", "ROYAUME DU MAROC", "",
        "Chambre de Commerce, d'Industrie et de Services de la Région Souss-Massa", "CCIS-SM {n:05d}/26",
        "MAROC", "Ministère de l'Agriculture, de la Pêche Maritime, du Développement Rural et des Eaux et Forêts",
        "Office National de Sécurité Sanitaire des Produits Alimentaires", "ONSSA/PV/{n:06d}/2026",
        "Ministère de l'Agriculture, de la Pêche Maritime, du Développement Rural et des Eaux et Forêts",
        "Office National de Sécurité Sanitaire des Produits Alimentaires", "ONSSA-CS-2026-{n:06d}",
        ("Rachid El Amrani", "Mme Fatima Zahra Bennani", "Youssef Ait Lahcen"), "",
    ),
    "CM": Country(
        "Cameroun", "Cameroon", "RÉPUBLIQUE DU CAMEROUN", "Paix - Travail - Patrie",
        "Chambre de Commerce, d'Industrie, des Mines et de l'Artisanat du Cameroun", "CCIMA/DLA/{n:05d}/26",
        "CAMEROUN", "Ministère de l'Agriculture et du Développement Rural",
        "Direction de la Réglementation et du Contrôle de Qualité des Intrants et Produits Agricoles",
        "{n:06d}/MINADER/DRCQ", "Ministère de l'Élevage, des Pêches et des Industries Animales",
        "Direction des Services Vétérinaires", "MINEPIA/DSV/{n:05d}/26",
        ("Jean-Paul Mbarga", "Mme Ngo Biyong Esther", "Emmanuel Fouda"), "XAF",
    ),
    "MG": Country(
        "Madagascar", "Madagascar", "REPOBLIKAN'I MADAGASIKARA", "Fitiavana - Tanindrazana - Fandrosoana",
        "Chambre de Commerce et d'Industrie d'Antananarivo", "CCIA/{n:05d}/2026", "MADAGASCAR",
        "Ministère de l'Agriculture et de l'Élevage", "Direction de la Protection des Végétaux",
        "DPV/CP/{n:05d}/26", "Ministère de la Pêche et de l'Économie Bleue", "Autorité Sanitaire Halieutique",
        "ASH/CS/2026/{n:05d}", ("Hery Rakotomalala", "Mme Voahangy Randria", "Fidy Andrianarivelo"), "",
    ),
    "TN": Country(
        "Tunisie", "Tunisia", "RÉPUBLIQUE TUNISIENNE", "",
        "Chambre de Commerce et d'Industrie de Sfax", "CCIS {n:06d}/2026", "TUNISIE",
        "Ministère de l'Agriculture, des Ressources Hydrauliques et de la Pêche",
        "Direction Générale de la Santé Végétale et du Contrôle des Intrants Agricoles", "TN-PC-2026-{n:06d}",
        "Ministère de l'Agriculture, des Ressources Hydrauliques et de la Pêche",
        "Direction Générale des Services Vétérinaires", "DGSV/{n:05d}/26",
        ("Sami Ben Salah", "Mme Leila Trabelsi", "Mohamed Ali Gharbi"), "",
    ),
    "BF": Country(
        "Burkina Faso", "Burkina Faso", "BURKINA FASO", "La Patrie ou la Mort, nous Vaincrons",
        "Chambre de Commerce et d'Industrie du Burkina Faso", "CCI-BF/CO/{n:05d}/26", "",
        "Ministère de l'Agriculture, des Ressources Animales et Halieutiques",
        "Direction de la Protection des Végétaux et du Conditionnement", "{n:05d}/DPVC/2026",
        "Ministère de l'Agriculture, des Ressources Animales et Halieutiques",
        "Direction Générale des Services Vétérinaires", "DGSV/BF/{n:05d}",
        ("Adama Ouédraogo", "Mme Salimata Kaboré", "Issouf Sawadogo"), "XOF",
    ),
}  # fmt: skip
BUYER_COUNTRIES = {
    "FR": ("France", "France"),
    "BE": ("Belgique", "Belgium"),
    "ES": ("Espagne", "Spain"),
    "IT": ("Italie", "Italy"),
    "DE": ("Allemagne", "Germany"),
}


class Seller(NamedTuple):
    name: str  # as its documents print it
    short: str  # the letters of its logo and of its invoice numbers
    activity: tuple[str, str]  # the line under its name (fr, en)
    street: str  # its postal address: a B.P. or a street
    city: str  # the town line of its address
    town: str  # the place alone (place of issue, FCA place)
    iso: str
    port: str  # where its goods are loaded
    legal: tuple[str, ...]  # its registration numbers
    phone: str
    email: str
    capital: str  # its legal form and capital, printed in the footers
    bank: tuple[str, ...]
    customs: str  # the customs office that endorses its EUR.1
    signatory: tuple[str, str]  # who signs its invoices: name, title
    goods: tuple[str, ...]  # keys of GOODS
    approval: str = ""  # the sanitary approval number of its establishment
    transport: str = "sea"  # "sea", "road" (some of it by lorry) or "air" (some of it by air)
    airport: str = ""


SELLERS = [
    Seller(
        "CACAO LAGUNES EXPORT S.A.", "CLE", ("Exportation de fèves de cacao et dérivés", "Exporters of cocoa beans and cocoa products"),
        "Zone portuaire, B.P. 1245", "San Pedro", "San Pedro", "CI", "San Pedro",
        ("RCCM : CI-SPD-2009-B-0412", "CC : 0912458 K"), "Tél. : (+225) 27 34 71 22 18", "export@cacaolagunes.ci",
        "Société Anonyme au capital de 1 500 000 000 FCFA",
        ("Société Générale Côte d'Ivoire - Agence San Pedro", "RIB : CI008 01234 012345678901 23", "SWIFT : SGCICIAB"),
        "Bureau des Douanes de San Pedro-Port", ("Konan Ahoussi Jean-Marc", "Directeur Général"), ("cocoa", "cocoa_butter"),
    ),
    Seller(
        "ANACARDE ET HÉVÉA DU BANDAMA SARL", "AHB", ("Négoce de noix de cajou et de caoutchouc naturel", "Raw cashew nuts and natural rubber"),
        "01 B.P. 1187 Bouaké 01", "Bouaké", "Bouaké", "CI", "Abidjan",
        ("RCCM : CI-BKE-2014-B-1187", "CC : 1418802 T"), "Tél. : (+225) 27 31 63 40 12 / 07 07 45 18 90",
        "contact@ahb-bouake.ci", "SARL au capital de 250 000 000 FCFA",
        ("Ecobank Côte d'Ivoire - Agence Bouaké", "RIB : CI059 01002 121512345678 41", "SWIFT : ECOCCIAB"),
        "Bureau des Douanes d'Abidjan-Port (Vridi)", ("Ouattara Lassina", "Gérant"), ("cashew", "rubber"),
    ),
    Seller(
        "SÉNÉGAL PÊCHE OCÉANE S.A.", "SPO", ("Armement - Traitement et exportation de produits de la mer", "Fishing, processing and export of seafood"),
        "Môle 10, Port Autonome de Dakar, B.P. 3214", "Dakar", "Dakar", "SN", "Dakar",
        ("NINEA : 004512369 2G3", "RC : SN-DKR-2008-B-4512"), "Tél. : (+221) 33 849 12 30", "direction@senegalpecheoceane.sn",
        "Société Anonyme au capital de 600 000 000 FCFA",
        ("CBAO Groupe Attijariwafa bank - Agence Port", "RIB : SN012 01201 036012345601 88", "SWIFT : CBAOSNDA"),
        "", ("Babacar Faye", "Directeur Commercial"), ("octopus", "cuttlefish", "sole"), approval="SN 012 NA",
    ),
    Seller(
        "ARACHIDES ET CAJOU DU SALOUM SARL", "ACS", ("Collecte, décorticage et exportation d'arachides", "Groundnut shelling and export"),
        "Route de Fatick, B.P. 412", "Kaolack", "Kaolack", "SN", "Dakar",
        ("NINEA : 005874123 2V2", "RC : SN-KLK-2015-B-0412"), "Tél. : (+221) 33 941 27 55", "saloum.arachides@orange.sn",
        "SARL au capital de 100 000 000 FCFA",
        ("Banque Agricole (LBA) - Agence Kaolack", "RIB : SN177 01101 001234567890 12", "SWIFT : CNCASNDA"),
        "", ("Moustapha Sarr", "Gérant"), ("groundnuts", "cashew_sn"),
    ),
    Seller(
        "SOUSS PRIMEURS EXPORT S.A.R.L.", "SPE", ("Station de conditionnement - Agrumes et primeurs", "Citrus and early vegetables packing station"),
        "Zone Industrielle Tassila, Lot 112, B.P. 8451", "Dcheira El Jihadia - Agadir", "Agadir", "MA", "Agadir",
        ("ICE : 001528741000062", "RC : 18457 Agadir", "IF : 40231587", "Patente : 48312587"), "Tél. : +212 5 28 33 41 90",
        "export@soussprimeurs.ma", "SARL au capital de 12 000 000 DH",
        ("Attijariwafa bank - Agence Agadir Tassila", "RIB : 007 010 0004512300030012 47", "SWIFT : BCMAMAMC"),
        "Bureau des Douanes du Port d'Agadir", ("Hassan Oubrahim", "Directeur Export"),
        ("clementine", "orange", "tomato"), transport="road",
    ),
    Seller(
        "CONSERVERIE ATLANTIQUE DE SAFI S.A.", "CAS", ("Conserves de sardines et de maquereaux", "Canned sardines and mackerel"),
        "Zone Industrielle Sidi Bouzid, B.P. 45", "Safi", "Safi", "MA", "Safi",
        ("ICE : 000218745000031", "RC : 2587 Safi", "IF : 04512879", "CNSS : 1245780"), "Tél. : +212 5 24 46 21 07",
        "commercial@conserverie-safi.ma", "Société Anonyme au capital de 30 000 000 DH",
        ("BMCE Bank of Africa - Agence Safi Principale", "RIB : 011 770 0000123456789012 55", "SWIFT : BMCEMAMC"),
        "Bureau des Douanes de Safi", ("Abdelkader Zemmouri", "Directeur Général"), ("sardines", "mackerel"),
        approval="MA 11.45.12",
    ),
    Seller(
        "BOIS ET PLACAGES DU LITTORAL S.A.", "BPL", ("Tranchage et déroulage de bois tropicaux", "Sliced and rotary cut tropical veneers"),
        "Zone Industrielle de Bonabéri, B.P. 4512", "Douala", "Douala", "CM", "Douala",
        ("NIU : M041200012345A", "RCCM : RC/DLA/2003/B/1234"), "Tél. : (+237) 233 39 12 45", "ventes@placages-littoral.cm",
        "Société Anonyme au capital de 850 000 000 FCFA",
        ("Afriland First Bank - Agence Bonabéri", "RIB : 10005 00012 01234567801 36", "SWIFT : CCEICMCX"),
        "Bureau des Douanes de Douala-Port", ("Samuel Ekwalla", "Directeur Général"), ("veneer_sapelli", "veneer_ayous"),
    ),
    Seller(
        "PLANTATIONS DU MOUNGO S.A.", "PDM", ("Bananes - Café - Agro-industrie", "Bananas - Coffee - Agribusiness"),
        "B.P. 27 Njombé, Département du Moungo", "Njombé", "Njombé", "CM", "Douala",
        ("NIU : M019800004512P", "RCCM : RC/NKS/1998/B/0027"), "Tél. : (+237) 233 49 60 11", "export@plantations-moungo.cm",
        "Société Anonyme au capital de 2 000 000 000 FCFA",
        ("Société Générale Cameroun - Agence Douala Joss", "RIB : 10003 00100 05123456789 12", "SWIFT : SGCMCMCX"),
        "Bureau des Douanes de Douala-Port", ("Paul-Henri Nkotto", "Directeur Commercial"), ("banana", "coffee"),
    ),
    Seller(
        "VANILLE ET ÉPICES DE LA SAVA SARL", "VES", ("Préparation et exportation de vanille et d'épices", "Vanilla and spices preparation and export"),
        "Lot II B 45 Ambodivoara, B.P. 112", "Sambava 208", "Sambava", "MG", "Toamasina",
        ("NIF : 4001234567", "STAT : 46201 71 2004 0 00412", "RCS : 2004 B 00112"), "Tél. : +261 20 88 921 45",
        "vanille.sava@moov.mg", "SARL au capital de 50 000 000 Ariary",
        ("BNI Madagascar - Agence Sambava", "RIB : 00005 00012 0123456789 01", "SWIFT : CLMDMGMG"),
        "Bureau des Douanes de Toamasina", ("Jean-Claude Rabemananjara", "Gérant"),
        ("vanilla", "cloves", "wild_pepper"), transport="air", airport="Antananarivo-Ivato",
    ),
    Seller(
        "CREVETTES DU MENABE S.A.", "CDM", ("Aquaculture et pêche crevettière - Produits congelés à bord", "Shrimp farming and fishing - frozen products"),
        "Zone portuaire, B.P. 211", "Mahajanga 401", "Mahajanga", "MG", "Mahajanga",
        ("NIF : 2000874512", "STAT : 03211 41 1998 0 00211", "RCS : 1998 B 00211"), "Tél. : +261 20 62 225 18",
        "sales@crevettes-menabe.mg", "Société Anonyme au capital de 4 000 000 000 Ariary",
        ("BFV Société Générale - Agence Mahajanga", "RIB : 00008 00005 0501234567 89", "SWIFT : BFAVMGMG"),
        "Bureau des Douanes de Mahajanga", ("Tiana Razafindrakoto", "Directrice Commerciale"), ("shrimp", "tiger_prawn"),
        approval="MG 033 C",
    ),
    Seller(
        "OASIS DJERID DATTES S.A.R.L.", "ODD", ("Conditionnement et exportation de dattes", "Date packing and export"),
        "Route de Nefta Km 3, B.P. 56", "2200 Tozeur", "Tozeur", "TN", "Radès",
        ("Matricule fiscal : 1245789/K/A/M/000", "RC : B24125782012"), "Tél. : (+216) 76 452 118",
        "export@oasisdjerid.tn", "SARL au capital de 1 200 000 DT",
        ("Banque Internationale Arabe de Tunisie (BIAT) - Agence Tozeur", "RIB : 08 701 0001234567890 12", "SWIFT : BIATTNTT"),
        "Bureau des Douanes du Port de Radès", ("Nabil Hamrouni", "Gérant"), ("dates",),
    ),
    Seller(
        "HUILERIE DU SAHEL TUNISIEN S.A.", "HST", ("Trituration et conditionnement d'huile d'olive", "Olive oil milling and bottling"),
        "Route de Gabès Km 6,5, B.P. 78", "3083 Sfax", "Sfax", "TN", "Sfax",
        ("Matricule fiscal : 0087451/B/A/M/000", "RC : B1187451996"), "Tél. : (+216) 74 467 230",
        "export@huilerie-sahel.tn", "Société Anonyme au capital de 5 000 000 DT",
        ("Société Tunisienne de Banque (STB) - Agence Sfax Médina", "RIB : 10 401 0451234567890 18", "SWIFT : STBKTNTT"),
        "Bureau des Douanes du Port de Sfax", ("Karim Ellouze", "Directeur Général"), ("olive_oil", "olive_oil_bulk"),
    ),
    Seller(
        "FASO SÉSAME ET KARITÉ S.A.", "FSK", ("Collecte, nettoyage et exportation d'oléagineux", "Oilseeds collection, cleaning and export"),
        "Zone Industrielle de Kossodo, 01 B.P. 4521", "Ouagadougou 01", "Ouagadougou", "BF", "Abidjan",
        ("IFU : 00045123 X", "RCCM : BF OUA 2011 B 4521"), "Tél. : (+226) 25 35 61 48", "fsk@fasosesame.bf",
        "Société Anonyme au capital de 300 000 000 FCFA",
        ("Coris Bank International - Agence Kossodo", "RIB : BF148 01001 012345678901 77", "SWIFT : CORIBFBF"),
        "", ("Adama Sankara", "Directeur Général"), ("sesame", "shea_kernels", "shea_butter"),
    ),
]  # fmt: skip


class Buyer(NamedTuple):
    name: str
    street: str
    city: str
    town: str
    iso: str
    port: str  # the seaport it imports through
    airport: str
    trades: tuple[str, ...]  # the categories of GOODS it buys


BUYERS = [
    Buyer("Cacaos de l'Estuaire SAS", "Parc logistique du Pont de Normandie, 12 rue des Docks", "76700 Harfleur",
          "Harfleur", "FR", "Le Havre", "Paris-Charles de Gaulle", ("cocoa", "coffee", "nuts", "spice")),
    Buyer("Agrumes et Primeurs Saint-Charles SAS", "Marché International Saint-Charles, 4 avenue de Milan",
          "66000 Perpignan", "Perpignan", "FR", "Port-Vendres", "Perpignan", ("fruit",)),
    Buyer("Marée du Ponant SAS", "Zone portuaire de Keroman, 6 rue Jean Le Coutaller", "56100 Lorient",
          "Lorient", "FR", "Le Havre", "Paris-Charles de Gaulle", ("fish",)),
    Buyer("Huiles et Saveurs de Provence SARL", "ZA des Paluds, 215 avenue de la Fleuride", "13400 Aubagne",
          "Aubagne", "FR", "Marseille-Fos", "Marseille-Provence", ("oil", "fruit", "spice", "nuts")),
    Buyer("Comptoir Bordelais des Épices SARL", "18 quai de Bacalan", "33300 Bordeaux", "Bordeaux", "FR",
          "Bordeaux", "Paris-Charles de Gaulle", ("spice", "coffee", "nuts")),
    Buyer("Anversoise de Négoce Tropical NV", "Noorderlaan 147", "2030 Antwerpen", "Antwerpen", "BE",
          "Antwerpen", "Liège Airport", ("cocoa", "rubber", "nuts", "wood", "coffee", "fruit")),
    Buyer("Liège Fruits et Marée SA", "Rue de l'Arbre Courte Joie 48", "4000 Liège", "Liège", "BE", "Antwerpen",
          "Liège Airport", ("fruit", "fish", "spice")),
    Buyer("Hanseatische Kakao- und Rohstoffhandel GmbH", "Am Sandtorkai 50", "20457 Hamburg", "Hamburg", "DE",
          "Hamburg", "Frankfurt am Main", ("cocoa", "coffee", "rubber", "nuts", "spice", "fruit")),
    Buyer("Bremer Furnier- und Holzimport GmbH", "Hafenstraße 56", "28217 Bremen", "Bremen", "DE", "Bremerhaven",
          "Frankfurt am Main", ("wood", "rubber")),
    Buyer("Frigoríficos del Estrecho S.L.", "Muelle Isla Verde, Nave 7", "11207 Algeciras", "Algeciras", "ES",
          "Algeciras", "Madrid-Barajas", ("fish", "fruit")),
    Buyer("Mercabarna Fruites Importació S.A.", "Carrer Longitudinal 7, Mercabarna", "08040 Barcelona",
          "Barcelona", "ES", "Barcelona", "Barcelona-El Prat", ("fruit", "oil")),
    Buyer("Ittica Tirrena Importazioni S.r.l.", "Via Scarsellini 119", "16149 Genova", "Genova", "IT", "Genova",
          "Milano Malpensa", ("fish", "oil")),
    Buyer("Oleificio Adriatico Commerciale S.p.A.", "Via dell'Industria 22", "70056 Molfetta", "Molfetta", "IT",
          "Bari", "Bari", ("oil", "nuts", "fruit", "spice", "cocoa")),
]  # fmt: skip


class Good(NamedTuple):
    fr: str
    en: str
    hs: str  # the exporting country's tariff number (ten digits)
    unit: str
    price: float  # EUR per unit
    kg_per_unit: float
    per_package: float  # units per package
    package: tuple[str, str]  # the packages (fr, en), plural
    tare: float  # kg of packaging per package
    variants: tuple[str, ...]  # "fr|en", or one text for both
    category: str
    botanical: str = ""  # plant products (a phytosanitary certificate)
    species: str = ""  # fishery products (a health certificate)
    bulk: bool = False  # shipped in bags by the container (a weight note)


def _grid(*parts: tuple[str, ...]) -> tuple[str, ...]:
    """Variants as the product of their parts: ``Nules, calibre 1X|Nules, size 1X``."""
    out = [("", "")]
    for part in parts:
        pairs = [(p.partition("|")[0], p.partition("|")[2] or p.partition("|")[0]) for p in part]
        out = [(f"{a}, {b}" if a else b, f"{x}, {y}" if x else y) for a, x in out for b, y in pairs]
    return tuple(f"{fr}|{en}" for fr, en in out)


CALIBRES = (
    "calibre 1XX|size 1XX",
    "calibre 1X|size 1X",
    "calibre 1|size 1",
    "calibre 2|size 2",
    "calibre 3|size 3",
)
GOODS = {
    "cocoa": Good("Fèves de cacao", "Cocoa beans", "1801000000", "kg", 6.1, 1.0, 64, ("sacs de jute", "jute bags"), 1.0,
                  ("grade I, récolte principale 2025/2026|grade I, main crop 2025/2026", "grade II|grade II",
                   "grade I, certifiées Rainforest Alliance|grade I, Rainforest Alliance certified",
                   "grade I, certifiées Fairtrade|grade I, Fairtrade certified", "grade I, biologiques|grade I, organic",
                   "standard, récolte intermédiaire|standard, mid crop"), "cocoa", "Theobroma cacao", bulk=True),
    "cocoa_butter": Good("Beurre de cacao pur pressé", "Pure prime pressed cocoa butter", "1804000000", "kg", 7.8, 1.0,
                         25, ("cartons", "cartons"), 0.6, ("désodorisé|deodorised", "naturel|natural"), "cocoa"),
    "cashew": Good("Noix de cajou brutes en coque", "Raw cashew nuts in shell", "0801310000", "kg", 1.05, 1.0, 80,
                   ("sacs de jute", "jute bags"), 0.9,
                   ("KOR 48 lbs, origine Korhogo|KOR 48 lbs, Korhogo origin", "KOR 47 lbs", "KOR 50 lbs, nouvelle récolte|KOR 50 lbs, new crop",
                    "KOR 46 lbs"), "nuts", "Anacardium occidentale", bulk=True),
    "rubber": Good("Caoutchouc naturel techniquement spécifié", "Technically specified natural rubber", "4001220000",
                   "kg", 1.62, 1.0, 1260, ("palettes", "pallets"), 28.0,
                   ("TSR 10", "TSR 20", "TSR 20, balles de 35 kg sous film|TSR 20, 35 kg film-wrapped bales", "TSR 5L"), "rubber"),
    "octopus": Good("Poulpes entiers congelés", "Frozen whole octopus", "0307520000", "kg", 7.2, 1.0, 20,
                    ("cartons", "cartons"), 1.2,
                    _grid(("T1 (+ 3 kg)|T1 (3 kg +)", "T2 (2-3 kg)", "T3 (1,5-2 kg)|T3 (1.5-2 kg)", "T4 (1-1,5 kg)|T4 (1-1.5 kg)",
                           "T5 (0,8-1 kg)|T5 (0.8-1 kg)", "T6 (0,5-0,8 kg)|T6 (0.5-0.8 kg)", "T7 (0,3-0,5 kg)|T7 (0.3-0.5 kg)"),
                          ("bloc 20 kg|20 kg block", "IQF")),
                    "fish", species="Octopus vulgaris"),
    "cuttlefish": Good("Seiches entières congelées", "Frozen whole cuttlefish", "0307430000", "kg", 4.8, 1.0, 20,
                       ("cartons", "cartons"), 1.2,
                       _grid(("calibre 1 (+ 1 kg)|size 1 (1 kg +)", "calibre 2 (600-1000 g)|size 2 (600-1000 g)",
                              "calibre 3 (400-600 g)|size 3 (400-600 g)", "calibre 4 (200-400 g)|size 4 (200-400 g)"),
                             ("en bloc|block frozen", "IQF")),
                       "fish", species="Sepia officinalis"),
    "sole": Good("Soles entières congelées", "Frozen whole sole", "0303330000", "kg", 8.5, 1.0, 10, ("cartons", "cartons"),
                 0.8, ("200-300 g", "300-400 g", "400-600 g", "600 g et plus|600 g and over"), "fish",
                 species="Solea senegalensis"),
    "groundnuts": Good("Arachides décortiquées", "Shelled groundnuts", "1202420000", "kg", 1.35, 1.0, 50,
                       ("sacs polypropylène", "PP bags"), 0.15,
                       ("HPS 38/42", "HPS 40/50", "HPS 50/60", "HPS 60/70", "HPS 70/80", "blanchies, 50/60|blanched, 50/60"),
                       "nuts", "Arachis hypogaea", bulk=True),
    "cashew_sn": Good("Noix de cajou brutes de Casamance", "Casamance raw cashew nuts", "0801310000", "kg", 1.1, 1.0, 80,
                      ("sacs de jute", "jute bags"), 0.9, ("KOR 49 lbs", "KOR 50 lbs", "KOR 51 lbs"), "nuts",
                      "Anacardium occidentale", bulk=True),
    "clementine": Good("Clémentines fraîches", "Fresh clementines", "0805220010", "kg", 0.95, 1.0, 10,
                       ("colis", "cartons"), 0.9, _grid(("Nules", "Sidi Aïssa", "Nour", "Afourer"), CALIBRES), "fruit",
                       "Citrus clementina"),
    "orange": Good("Oranges fraîches", "Fresh oranges", "0805100022", "kg", 0.62, 1.0, 15, ("colis", "cartons"), 1.0,
                   _grid(("Maroc Late", "Navel", "Salustiana"), ("calibre 3|size 3", "calibre 4|size 4", "calibre 5|size 5",
                                                                 "calibre 6|size 6")), "fruit", "Citrus sinensis"),
    "tomato": Good("Tomates fraîches", "Fresh tomatoes", "0702000010", "kg", 1.15, 1.0, 6, ("plateaux", "trays"), 0.5,
                   ("cerises en grappe|cherry on the vine", "cerises rondes|round cherry", "allongées, calibre M|plum, size M",
                    "rondes, calibre G|round, size G", "cocktail|cocktail", "cerises allongées|cherry plum"), "fruit",
                   "Solanum lycopersicum"),
    "sardines": Good("Conserves de sardines", "Canned sardines", "1604131100", "pcs", 0.42, 0.125, 100,
                     ("cartons", "cartons"), 0.9,
                     _grid(("à l'huile végétale|in vegetable oil", "sans peau sans arêtes|skinless boneless",
                            "à la tomate|in tomato sauce", "à l'huile d'olive|in olive oil", "pimentées|with chili",
                            "au citron|with lemon", "à l'huile de tournesol|in sunflower oil"),
                           ("boîte 1/4 club 125 g|1/4 club tin 125 g", "boîte 1/4 club 100 g|1/4 club tin 100 g")),
                     "fish", species="Sardina pilchardus"),
    "mackerel": Good("Conserves de maquereaux", "Canned mackerel", "1604150000", "pcs", 0.55, 0.125, 50,
                     ("cartons", "cartons"), 0.7,
                     ("filets à l'huile, 125 g|fillets in oil, 125 g", "à la tomate, 125 g|in tomato sauce, 125 g",
                      "au naturel, 125 g|in brine, 125 g"), "fish", species="Scomber colias"),
    "veneer_sapelli": Good("Placages tranchés de sapelli", "Sliced sapele veneer", "4408390010", "m2", 1.35, 0.38, 2500,
                           ("paquets", "bundles"), 35.0,
                           ("0,6 mm, qualité A|0.6 mm, A grade", "0,6 mm, qualité AB|0.6 mm, AB grade",
                            "0,55 mm, qualité B|0.55 mm, B grade", "0,9 mm, qualité A|0.9 mm, A grade",
                            "0,6 mm, ronce|0.6 mm, figured"), "wood"),
    "veneer_ayous": Good("Placages déroulés d'ayous", "Rotary cut ayous veneer", "4408390090", "m2", 0.55, 0.85, 1500,
                         ("paquets", "bundles"), 30.0,
                         ("2,0 mm, qualité B/C|2.0 mm, B/C grade", "1,6 mm, qualité C|1.6 mm, C grade",
                          "2,5 mm, qualité BB|2.5 mm, BB grade"), "wood"),
    "banana": Good("Bananes fraîches", "Fresh bananas", "0803901000", "kg", 0.68, 1.0, 18, ("cartons", "cartons"), 1.1,
                   ("Cavendish Grande Naine, catégorie extra|Cavendish Grande Naine, extra class",
                    "Cavendish, catégorie I|Cavendish, class I", "Cavendish biologiques, catégorie I|organic Cavendish, class I"),
                   "fruit", "Musa acuminata"),
    "coffee": Good("Café robusta vert", "Green robusta coffee", "0901110000", "kg", 4.2, 1.0, 60, ("sacs de jute", "jute bags"),
                   0.7, ("grade 1, écran 18|grade 1, screen 18", "grade 2, écran 16|grade 2, screen 16", "grade 3"), "coffee",
                   "Coffea canephora", bulk=True),
    "vanilla": Good("Vanille noire en gousses", "Black vanilla beans", "0905100000", "kg", 240.0, 1.0, 10,
                    ("cartons", "cartons"), 1.2,
                    _grid(("gourmet, 16-18 cm", "gourmet, 18-20 cm", "TK, 14-16 cm", "rouge, 12-14 cm|red, 12-14 cm",
                           "extra, 20 cm et plus|extra, 20 cm and over", "cuts, 10-12 cm"),
                          ("en bottes|in bundles", "en vrac|loose")), "spice", "Vanilla planifolia"),
    "cloves": Good("Clous de girofle", "Cloves", "0907100000", "kg", 7.5, 1.0, 50, ("sacs de jute", "jute bags"), 0.8,
                   ("CG1", "CG2", "qualité supérieure|superior grade"), "spice", "Syzygium aromaticum", bulk=True),
    "wild_pepper": Good("Poivre sauvage voatsiperifery", "Wild voatsiperifery pepper", "0904110000", "kg", 38.0, 1.0, 10,
                        ("cartons", "cartons"), 1.0, ("grains entiers|whole berries", "avec queues|with stems"), "spice",
                        "Piper borbonense"),
    "shrimp": Good("Crevettes blanches entières congelées", "Frozen whole white shrimp", "0306171000", "kg", 11.5, 1.0, 12,
                   ("cartons", "cartons"), 1.3,
                   tuple(f"calibre {s}|size {s}" for s in ("10/20", "20/30", "30/40", "40/50", "50/60", "60/80", "80/100")),
                   "fish", species="Penaeus indicus"),
    "tiger_prawn": Good("Crevettes tigrées géantes congelées", "Frozen giant tiger prawns", "0306171000", "kg", 16.0, 1.0,
                        12, ("cartons", "cartons"), 1.3,
                        tuple(f"calibre {s}|size {s}" for s in ("U/5", "U/8", "8/12", "13/15", "16/20")), "fish",
                        species="Penaeus monodon"),
    "dates": Good("Dattes Deglet Nour", "Deglet Nour dates", "0804100010", "kg", 3.4, 1.0, 5, ("colis", "cartons"), 0.5,
                  _grid(("branchées, barquettes 1 kg|on the branch, 1 kg punnets", "branchées, caisses 5 kg|on the branch, 5 kg boxes",
                         "en vrac, cartons 5 kg|loose, 5 kg cartons", "dénoyautées, cartons 5 kg|pitted, 5 kg cartons",
                         "raviers 500 g|500 g tubs", "biologiques, branchées|organic, on the branch"),
                        ("catégorie I|class I", "catégorie extra|extra class")), "fruit", "Phoenix dactylifera"),
    "olive_oil": Good("Huile d'olive vierge extra", "Extra virgin olive oil", "1509200011", "l", 7.9, 0.916, 12,
                      ("cartons", "cartons"), 2.4,
                      ("bouteilles verre 1 L, cartons de 12|1 L glass bottles, cartons of 12",
                       "bouteilles Marasca 1 L, Chemlali|1 L Marasca bottles, Chemlali",
                       "bouteilles 1 L, biologique|1 L bottles, organic"), "oil"),
    "olive_oil_bulk": Good("Huile d'olive vierge extra en vrac", "Extra virgin olive oil in bulk", "1509200019", "l", 6.4,
                           0.916, 208, ("fûts", "drums"), 18.0,
                           ("acidité < 0,5 %, Chemlali|acidity < 0.5%, Chemlali", "Chétoui, récolte 2025/2026|Chetoui, crop 2025/2026",
                            "biologique, acidité < 0,8 %|organic, acidity < 0.8%"), "oil"),
    "sesame": Good("Graines de sésame blanc", "White sesame seeds", "1207409000", "kg", 1.45, 1.0, 50,
                   ("sacs polypropylène", "PP bags"), 0.15,
                   ("pureté 99 %|99% purity", "pureté 98 %, nettoyées|98% purity, cleaned",
                    "biologiques, pureté 99,95 %|organic, 99.95% purity", "conventionnelles 98/2|conventional 98/2"),
                   "nuts", "Sesamum indicum", bulk=True),
    "shea_kernels": Good("Amandes de karité", "Shea kernels", "1207990010", "kg", 0.42, 1.0, 85, ("sacs de jute", "jute bags"),
                         0.9, ("AGL < 6 %|FFA < 6%", "humidité < 7 %|moisture < 7%"), "nuts", "Vitellaria paradoxa", bulk=True),
    "shea_butter": Good("Beurre de karité non raffiné", "Unrefined shea butter", "1515909000", "kg", 2.6, 1.0, 25,
                        ("cartons", "cartons"), 0.5, ("grade A", "biologique, grade A|organic, grade A", "conventionnel|conventional"),
                        "oil"),
}  # fmt: skip

# ------------------------------------------------------------------ wordings

AFR: dict[str, dict[str, str]] = {
    "fr": {
        "no": "N°", "date": "Date", "origin": "Origine des marchandises", "origin_short": "Origine",
        "incoterm": "Incoterm", "payment": "Conditions de paiement", "currency": "Devise", "vessel": "Navire",
        "flight": "Vol / LTA", "truck": "Camion / remorque", "pol": "Port d'embarquement", "pod": "Port de débarquement",
        "airport_from": "Aéroport de départ", "airport_to": "Aéroport de destination", "from": "Lieu de chargement",
        "to": "Lieu de livraison", "contract": "Contrat N°", "bl": "Connaissement N°", "awb": "LTA N°", "cmr": "CMR N°",
        "containers": "Conteneurs", "marks": "Marques", "line": "N°", "desc": "Désignation des marchandises",
        "packages": "Colis", "qty": "Quantité", "unit": "Unité", "price": "Prix unitaire", "amount": "Montant",
        "net": "Poids net (kg)", "gross": "Poids brut (kg)", "total": "TOTAL", "subtotal": "Valeur FOB",
        "freight": "Fret", "insurance": "Assurance", "grand": "TOTAL {incoterm}", "net_total": "Poids net total",
        "gross_total": "Poids brut total", "packages_total": "Nombre total de colis", "bank": "Domiciliation bancaire :",
        "words": "Arrêtée la présente facture à la somme de :", "for": "Pour {name}", "signature": "Signature et cachet",
        "continued": "À reporter - suite page {p}", "resumed": "(suite)", "invoice_ref": "Facture N°",
        "of": "du", "packing_ref": "Réf.", "weighing": "Lieu de pesage", "weigh_date": "Date de pesage",
        "product": "Produit", "buyer": "Acheteur", "container": "Conteneur N°", "seal": "Plomb N°", "bags": "Nombre de sacs",
        "tare": "Tare (kg)", "average": "Poids net moyen par sac", "weigh_text": "Nous certifions que les poids ci-dessus "
        "ont été relevés contradictoirement au pont-bascule et que les sacs sont conformes aux normes d'exportation.",
        "sea": "Par mer", "road": "Par route", "air": "Par avion", "sea_cap": "MARITIME",
        "declaration": "Nous certifions l'exactitude des prix indiqués, conformes au contrat, et l'origine des "
        "marchandises ({origin}).",
    },
    "en": {
        "no": "No.", "date": "Date", "origin": "Country of origin", "origin_short": "Origin",
        "incoterm": "Terms of delivery", "payment": "Terms of payment", "currency": "Currency", "vessel": "Vessel",
        "flight": "Flight / AWB", "truck": "Truck / trailer", "pol": "Port of loading", "pod": "Port of discharge",
        "airport_from": "Airport of departure", "airport_to": "Airport of destination", "from": "Place of loading",
        "to": "Place of delivery", "contract": "Contract No.", "bl": "B/L No.", "awb": "AWB No.", "cmr": "CMR No.",
        "containers": "Containers", "marks": "Marks", "line": "No.", "desc": "Description of goods",
        "packages": "Packages", "qty": "Quantity", "unit": "Unit", "price": "Unit price", "amount": "Amount",
        "net": "Net weight (kg)", "gross": "Gross weight (kg)", "total": "TOTAL", "subtotal": "FOB value",
        "freight": "Freight", "insurance": "Insurance", "grand": "TOTAL {incoterm}", "net_total": "Total net weight",
        "gross_total": "Total gross weight", "packages_total": "Total packages", "bank": "Bank details:",
        "words": "Amount in words:", "for": "For and on behalf of {name}", "signature": "Authorised signature and stamp",
        "continued": "Carried forward - continued on page {p}", "resumed": "(continued)", "invoice_ref": "Invoice No.",
        "of": "of", "packing_ref": "Ref.", "weighing": "Place of weighing", "weigh_date": "Date of weighing",
        "product": "Product", "buyer": "Buyer", "container": "Container No.", "seal": "Seal No.", "bags": "Number of bags",
        "tare": "Tare (kg)", "average": "Average net weight per bag", "weigh_text": "We certify that the above weights "
        "were taken jointly on the weighbridge and that the bags comply with export standards.",
        "sea": "By sea", "road": "By road", "air": "By air", "sea_cap": "SEA",
        "declaration": "We certify that the goods described above are of {origin} origin and that the prices shown "
        "are true and in accordance with the contract.",
    },
}  # fmt: skip
# Wordings one of which a case prints.
WORDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "title": {"fr": ("FACTURE COMMERCIALE", "FACTURE", "FACTURE D'EXPORTATION"),
              "en": ("COMMERCIAL INVOICE", "INVOICE", "EXPORT INVOICE")},
    "number": {"fr": ("Facture N°", "N° facture :", "FACTURE N°"), "en": ("Invoice No.", "Invoice No.:", "INVOICE No.")},
    "client": {"fr": ("Doit :", "Client :", "Destinataire :", "Facturé à :"), "en": ("Bill to:", "Buyer:", "Consignee:", "Messrs.")},
    "hs": {"fr": ("Code SH", "Nomenclature", "Position tarifaire", "N° tarifaire"), "en": ("HS Code", "H.S. No.", "Tariff No.")},
    "packing": {"fr": ("LISTE DE COLISAGE", "NOTE DE COLISAGE", "LISTE DE COLISAGE / PACKING LIST"),
                "en": ("PACKING LIST", "PACKING LIST / LISTE DE COLISAGE")},
    "weight": {"fr": ("NOTE DE POIDS", "CERTIFICAT DE POIDS"), "en": ("WEIGHT NOTE", "WEIGHT CERTIFICATE")},
    "payment": {"fr": ("Remise documentaire à vue", "Crédit documentaire irrévocable à vue", "Virement à 30 jours date B/L",
                       "30 % à la commande, solde contre documents", "CAD - paiement contre documents"),
                "en": ("Cash against documents", "Irrevocable L/C at sight", "T/T 30 days from B/L date",
                       "30% advance, balance against documents")},
    "pages": {"fr": ("Page {p}/{n}", "Page {p} sur {n}", "- {p}/{n} -"), "en": ("Page {p}/{n}", "Page {p} of {n}")},
}  # fmt: skip
CURRENCY_FORMS = {
    "EUR": ("EUR", "€", "Euros"),
    "USD": ("USD", "US$"),
    "XOF": ("FCFA", "F CFA", "XOF"),
    "XAF": ("FCFA", "XAF"),
}
CURRENCY_WORDS = {
    "fr": {
        "EUR": ("euros", "centimes"),
        "USD": ("dollars US", "cents"),
        "XOF": ("francs CFA", ""),
        "XAF": ("francs CFA", ""),
    },
    "en": {
        "EUR": ("euros", "cents"),
        "USD": ("US dollars", "cents"),
        "XOF": ("CFA francs", ""),
        "XAF": ("CFA francs", ""),
    },
}
DATE_FORMS = {"fr": ("slash", "long", "dotted", "dash"), "en": ("slash", "long", "abbrev", "us")}
NUMBER_FORMS = {"fr": ("fr", "fr", "dot"), "en": ("en",)}
HS_FORMS = ("dotted", "dotted8", "plain", "plain8", "spaced", "dotted6")
UOM_FORMS = {
    "fr": ({"kg": "kg", "pcs": "boîtes", "l": "litres", "m2": "m²"}, {"kg": "KG", "pcs": "PCS", "l": "L", "m2": "M2"},
           {"kg": "Kg", "pcs": "unités", "l": "L", "m2": "m2"}),
    "en": ({"kg": "kg", "pcs": "tins", "l": "litres", "m2": "m²"}, {"kg": "KGS", "pcs": "PCS", "l": "LTRS", "m2": "SQM"}),
}  # fmt: skip
# The invoice's columns in the orders a case may draw (masses only where it prints them per line).
INVOICE_ORDERS = (
    ("line", "desc", "hs", "packages", "qty", "unit", "price", "amount"),
    ("line", "hs", "desc", "qty", "unit", "price", "amount"),
    ("desc", "hs", "packages", "net", "gross", "qty", "price", "amount"),
    ("line", "packages", "desc", "hs", "net", "gross", "qty", "unit", "price", "amount"),
    ("hs", "desc", "packages", "qty", "price", "amount"),
)
VESSELS = ("MSC AGADIR", "CMA CGM KRIBI", "GRANDE NIGERIA", "MAERSK CABINDA", "SAFMARINE NOKWANDA", "GSL ELEFTHERIA",
           "MSC LAGOS X", "CMA CGM SAN PEDRO", "NORTHERN JUVENILE", "COSCO AFRICA")  # fmt: skip
CONTAINER_PREFIXES = ("MSCU", "CMAU", "MRKU", "TGHU", "SEGU", "GESU", "CAIU")
FLAGS = {
    "caps": 0.35,  # descriptions in capitals
    "row_rules": 0.5,  # rules between a table's lines
    "country_caps": 0.4,  # country names in capitals
    "mass_decimals": 0.4,  # masses with two decimals even when whole
    "page_single": 0.3,  # "Page 1/1" on a one-page document
    "client_box": 0.6,  # the buyer's block in a box
    "show_currency": 0.6,  # a Devise line among the invoice's particulars
    "breakdown": 0.5,  # FOB value, freight and insurance under a C-term invoice
    "packing_hs": 0.4,  # an HS column on the packing list
    "packing_invoice_date": 0.6,  # the invoice's date beside its number on the packing list
    "co_invoice": 0.6,  # the invoice's number and date on the certificate of origin
    "co_hs": 0.5,  # HS codes under the certificate's descriptions
    "bilingual": 0.5,  # the chamber's form labelled in French and English
    "invoice_masses": 0.75,  # the total masses under the invoice (always with per-line masses)
    "photo_stamp": 0.5,  # the stamp over the signatory's name (otherwise beside it)
}
FILE_NAMES = {
    "fr": {"invoice": "FACTURE", "packing": "COLISAGE", "weight": "NOTE_DE_POIDS", "co": "CERTIFICAT_ORIGINE",
           "eur1": "EUR1", "phyto": "PHYTO", "sanitary": "CERTIFICAT_SANITAIRE"},
    "en": {"invoice": "INVOICE", "packing": "PACKING_LIST", "weight": "WEIGHT_NOTE", "co": "CERT_ORIGIN",
           "eur1": "EUR1", "phyto": "PHYTO", "sanitary": "HEALTH_CERT"},
}  # fmt: skip
LEFT, RIGHT, MIDDLE = 70, 1170, 620
BOTTOM = 1600  # where a page's content must end; the footer is below
FOOT = 1640
CELL = 15  # the size of a table's text


# ------------------------------------------------------------------ formats


def _date_text(iso: str, c: dict[str, Any]) -> str:
    """``14/03/2026``, ``14 mars 2026``, ``14.03.2026``, ``14-03-2026``; in English ``14/03/2026``,
    ``14 March 2026``, ``14-Mar-2026`` or ``Mar. 14, 2026``."""
    return _asia_date(iso, c["lang"], c["date_form"])


def _date(c: dict[str, Any], key: str) -> str:
    return _date_text(c[key], c)


def _num(value: float, c: dict[str, Any], decimals: int = 2) -> str:
    """``1 234,56`` (``fr``), ``1.234,56`` (``dot``) or ``1,234.56`` (``en``)."""
    return _modern_num(value, c, decimals)


def _cfa(c: dict[str, Any]) -> bool:
    return c["currency"] in ("XOF", "XAF")


def _money(value: float, c: dict[str, Any]) -> str:
    """An amount: whole francs CFA, cents otherwise."""
    return _num(value, c, 0 if _cfa(c) else 2)


def _kg(value: float, c: dict[str, Any]) -> str:
    """A mass in kg: whole, or with two decimals where the case prints them or it is not whole."""
    return _num(value, c, 2 if c["mass_decimals"] or not float(value).is_integer() else 0)


def _qty(value: float, c: dict[str, Any]) -> str:
    return _num(value, c, 0 if float(value).is_integer() else 2)


def _hs_digits(hs: str, form: str) -> str:
    """The digits of its tariff number a case prints: six, eight or all ten."""
    return hs[:6] if form == "dotted6" else hs[:8] if form.endswith("8") else hs


def _hs(digits: str, c: dict[str, Any]) -> str:
    """``1801.00.00.00``, ``1801000000``, ``1801 00 00 00``, ``1801.00``..."""
    form = c["hs_form"].rstrip("68")
    return _hs_text(digits, "dotted" if form == "dotted" else form)


def _country_name(iso: str, c: dict[str, Any]) -> str:
    names = COUNTRIES[iso][:2] if iso in COUNTRIES else BUYER_COUNTRIES[iso]
    name = names[c["lang"] == "en"]
    return name.upper() if c["country_caps"] else name


def _words(value: float, c: dict[str, Any]) -> str:
    """The amount in words: ``vingt-neuf mille trois cent soixante-quinze euros et cinquante
    centimes``, ``douze millions cinq cent mille francs CFA``, or in English ``Twenty nine
    thousand ... euros and fifty cents``; in capitals where the case writes them so."""
    whole, cents = divmod(round(value * 100), 100)
    major, minor = CURRENCY_WORDS[c["lang"]][c["currency"]]
    if c["lang"] == "fr":
        text = f"{_words_fr(whole)} {major}" + (f" et {_words_fr(cents)} {minor}" if cents else "")
    else:
        text = f"{_words_en(whole).lower()} {major}" + (
            f" and {_words_en(cents).lower()} {minor}" if cents else ""
        )
        text = text[0].upper() + text[1:] + " only"
    return text.upper() if c["words_caps"] else text[0].upper() + text[1:]


def _variant(text: str, lang: str) -> str:
    fr, _, en = text.partition("|")
    return en if lang == "en" and en else fr


# ------------------------------------------------------------------ the case


def _item(line: int, key: str, variant: int, packages: int, c: dict[str, Any]) -> dict[str, Any]:
    good, lang = GOODS[key], c["lang"]
    quantity = round(packages * good.per_package, 2)
    net = round(quantity * good.kg_per_unit, 2)
    description = f"{good.fr if lang == 'fr' else good.en}, {_variant(good.variants[variant], lang)}"
    price = c["prices"][key]
    value = round(quantity * price) if _cfa(c) else round(quantity * price, 2)
    return {
        "line": line,
        "description": description.upper() if c["caps"] else description,
        "hs_code": _hs_digits(good.hs, c["hs_form"]),
        "quantity": int(quantity) if float(quantity).is_integer() else quantity,
        "unit": good.unit,
        "unit_price": price,
        "value": value,
        "net_mass_kg": int(net) if float(net).is_integer() else net,
        "gross_mass_kg": round(net + packages * good.tare, 2),
        "packages": packages,
        "package": good.package[lang == "en"],
        "key": key,
    }


def _weighed(rng: random.Random, it: dict[str, Any], c: dict[str, Any]) -> list[dict[str, Any]]:
    """A bulk line's containers as the weighbridge found them: bags, gross, tare and net (whole kg,
    the bags' weights scattered around their nominal one). Updates the line to their sums."""
    good = GOODS[it["key"]]
    per_container = int(25000 // (good.per_package + good.tare))
    count = math.ceil(it["packages"] / per_container)
    bags = [it["packages"] // count + (1 if i < it["packages"] % count else 0) for i in range(count)]
    containers = []
    for n in bags:
        net = round(n * good.per_package * rng.uniform(0.992, 1.004))
        tare = round(n * good.tare)
        containers.append(
            {
                "container": f"{rng.choice(CONTAINER_PREFIXES)}{rng.randint(1000000, 9999999)}",
                "seal": f"{rng.choice(('', 'ML-', 'CI', 'A'))}{rng.randint(100000, 999999)}",
                "bags": n,
                "net": net,
                "tare": tare,
                "gross": net + tare,
            }
        )
    net = sum(k["net"] for k in containers)
    price = it["unit_price"]
    it |= {
        "quantity": net,
        "net_mass_kg": net,
        "gross_mass_kg": sum(k["gross"] for k in containers),
        "value": round(net * price) if _cfa(c) else round(net * price, 2),
    }
    return containers


def _invoice_number(rng: random.Random, seller: Seller, day: date) -> str:
    n = rng.randint(12, 980)
    return rng.choice(
        (
            f"{n:04d}/{seller.short}/{day.year}",
            f"FE-{day.year}-{n:04d}",
            f"{seller.short}/EXP/{day.year % 100}/{n:03d}",
            f"{day.year % 100}{day.month:02d}{n:03d}",
            f"EXP {n:03d}/{day.year % 100}",
        )
    )


def _currency(rng: random.Random, seller: Seller, lang: str) -> str:
    cfa = COUNTRIES[seller.iso].cfa
    choices = ["EUR", "EUR", "EUR", "USD"] + ([cfa, cfa] if cfa and lang == "fr" else [cfa] if cfa else [])
    return rng.choice(choices)


def _transport(rng: random.Random, seller: Seller) -> str:
    if seller.transport == "road":
        return rng.choice(("road", "sea"))
    if seller.transport == "air":
        return rng.choice(("air", "air", "sea"))
    return "sea"


INCOTERMS = {"sea": ("FOB", "FOB", "CFR", "CIF", "CIF", "FCA"), "road": ("FCA", "DAP", "DAP", "CPT"),
             "air": ("FCA", "CPT", "CIP")}  # fmt: skip


def _incoterm_place(incoterm: str, seller: Seller, buyer: Buyer, transport: str) -> str:
    if incoterm == "FCA":
        return seller.airport if transport == "air" else seller.town
    if incoterm == "FOB":
        return seller.port
    if incoterm in ("CFR", "CIF"):
        return buyer.port
    return buyer.airport if transport == "air" else buyer.town


def build_afrique_case(seed: int, lang: str = "fr") -> dict[str, Any]:
    """The content and every layout choice of an afrique-style case, drawn from ``seed``: a buyer
    who deals in the goods, in France or Belgium (sometimes Spain or Italy) for a French case."""
    rng = random.Random(seed)
    seller = rng.choice(SELLERS)
    c: dict[str, Any] = {"lang": lang, "seller": seller, "seed": seed} | {
        flag: rng.random() < share for flag, share in FLAGS.items()
    }
    c["currency"] = _currency(rng, seller, lang)
    c["hs_form"] = rng.choice(HS_FORMS)
    c["num"] = rng.choice(NUMBER_FORMS[lang])
    c["uom"] = rng.choice(UOM_FORMS[lang])
    c["words_caps"] = rng.random() < 0.5
    rate = {"EUR": 1.0, "USD": 1.08, "XOF": 655.957, "XAF": 655.957}[c["currency"]]
    c["prices"] = {
        key: round(GOODS[key].price * rate * rng.uniform(0.9, 1.12), 0 if _cfa(c) else 2)
        for key in seller.goods
    }
    if _cfa(c):
        c["prices"] = {key: int(price) for key, price in c["prices"].items()}
    catalogue = [(key, v) for key in seller.goods for v in range(len(GOODS[key].variants))]
    bulk_single = rng.random() < 0.35 and any(GOODS[key].bulk for key in seller.goods)
    count = (
        1
        if bulk_single
        else min(len(catalogue), rng.choice((rng.randint(1, 3), rng.randint(3, 8), rng.randint(10, 20))))
    )
    if bulk_single:
        chosen = [rng.choice([k for k in catalogue if GOODS[k[0]].bulk])]
    else:
        chosen = [catalogue[i] for i in sorted(rng.sample(range(len(catalogue)), count))]
    items = []
    for line, (key, variant) in enumerate(chosen, start=1):
        good = GOODS[key]
        load = 24000 if count <= 2 else 60000 / count  # a container or two, shared between the lines
        cap = max(4, int(load / (good.per_package * good.kg_per_unit + good.tare)))
        packages = rng.randint(max(2, cap // 4), cap) * (rng.randint(1, 3) if count == 1 else 1)
        items.append(_item(line, key, variant, packages, c))
    containers = _weighed(rng, items[0], c) if count == 1 and GOODS[items[0]["key"]].bulk else []
    categories = {GOODS[it["key"]].category for it in items}
    pool = [b for b in BUYERS if categories <= set(b.trades)]
    wanted = ("FR", "BE") if lang == "fr" and rng.random() < 0.85 else ("BE", "DE", "ES", "IT")
    buyer = rng.choice([b for b in pool if b.iso in wanted] or pool)
    transport = _transport(rng, seller)
    incoterm = rng.choice(INCOTERMS[transport])
    day = date(2026, rng.randint(1, 10), rng.randint(1, 28))
    goods_value = sum(it["value"] for it in items)
    breakdown = incoterm in ("CFR", "CIF", "CIP") and c["breakdown"]
    freight = goods_value * rng.uniform(0.03, 0.08) if breakdown else 0.0
    insurance = (goods_value + freight) * 1.1 * 0.004 if breakdown and incoterm in ("CIF", "CIP") else 0.0
    if _cfa(c):
        freight, insurance = float(round(freight)), float(round(insurance))
    else:
        freight, insurance = round(freight, 2), round(insurance, 2)
    fish = all(GOODS[it["key"]].species for it in items)
    plants = all(GOODS[it["key"]].botanical for it in items)
    country = COUNTRIES[seller.iso]
    eur1 = bool(country.eur1 and seller.customs) and len(items) <= 8 and rng.random() < 0.5
    documents = [
        "invoice",
        "weight" if containers and rng.random() < 0.75 else "packing",
        "eur1" if eur1 else "co",
    ]
    if plants and rng.random() < 0.85:
        documents.append("phyto")
    if fish and rng.random() < 0.9:
        documents.append("sanitary")
    n = rng.randint(1, 999999)
    c |= {
        "buyer": buyer,
        "items": items,
        "containers": containers,
        "transport": transport,
        "incoterm": incoterm,
        "incoterm_place": _incoterm_place(incoterm, seller, buyer, transport),
        "breakdown": breakdown,
        "freight": freight,
        "insurance": insurance,
        "invoice_number": _invoice_number(rng, seller, day),
        "invoice_date": day.isoformat(),
        "contract": f"{rng.choice(('CT', 'CTR', 'PO', 'Contrat' if lang == 'fr' else 'SC'))} {rng.randint(100, 9999)}/{day.year % 100}",
        "ship_date": (day + timedelta(days=rng.randint(1, 8))).isoformat(),
        "vessel": f"{rng.choice(VESSELS)} V.{rng.randint(100, 999)}{rng.choice('NSEW')}",
        "flight": f"AF {rng.randint(900, 999)}",
        "awb": f"057-{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
        "truck": f"{rng.randint(10000, 99999)}-A-{rng.randint(1, 89)} / {rng.randint(10000, 99999)}-{rng.choice('BHW')}-6",
        "bl": f"{rng.choice(('MEDU', 'CMDU', 'MAEU', 'SAFM'))}{rng.randint(1000000, 9999999)}",
        "container_list": [
            f"{rng.choice(CONTAINER_PREFIXES)}{rng.randint(1000000, 9999999)}"
            for _ in range(rng.randint(1, 3))
        ],
        "marks": f"{buyer.name.split()[0].upper()[:6]}/{seller.short}/{rng.randint(10, 99)}",
        "payment": rng.choice(WORDINGS["payment"][lang]),
        "co_number": country.chamber_number.format(n=n),
        "eur1_number": f"A {rng.randint(1000000, 9999999)}",
        "export_doc": f"{rng.choice(('EX1', 'D6', 'DE'))} N° {rng.randint(10000, 99999)}",
        "co_date": (day + timedelta(days=rng.randint(1, 6))).isoformat(),
        "phyto_number": country.phyto_number.format(n=rng.randint(1, 99999)),
        "phyto_date": (day + timedelta(days=rng.randint(0, 5))).isoformat(),
        "health_number": country.health_number.format(n=rng.randint(1, 99999)),
        "health_date": (day + timedelta(days=rng.randint(0, 4))).isoformat(),
        "officer": rng.choice(country.officers),
        "weigh_number": f"NP-{day.year % 100}-{rng.randint(1000, 9999)}",
        "documents": tuple(documents),
        "date_form": rng.choice(DATE_FORMS[lang]),
        "currency_label": rng.choice(CURRENCY_FORMS[c["currency"]]),
        "title": rng.choice(WORDINGS["title"][lang]),
        "number_label": rng.choice(WORDINGS["number"][lang]),
        "client_label": rng.choice(WORDINGS["client"][lang]),
        "hs_label": rng.choice(WORDINGS["hs"][lang]),
        "packing_title": rng.choice(WORDINGS["packing"][lang]),
        "weight_title": rng.choice(WORDINGS["weight"][lang]),
        "page_form": rng.choice(WORDINGS["pages"][lang]),
        "head": rng.choice(("logo", "centred", "banner")),
        "arrangement": rng.choice(("letter", "window", "grid")),
        "particulars": rng.choice(("lines", "strip")),
        "invoice_order": rng.choice(INVOICE_ORDERS),
        "co_layout": rng.choice(("eu", "stacked")),
        "co_measure": rng.choice(("gross", "quantity")),
        "phyto_layout": rng.choice(("boxes", "lines")),
        "health_layout": rng.choice(("boxes", "letter")),
        "ink": rng.randint(0, 10**6),  # the strokes of the signatures and stamps
        "formats": {
            kind: _formats(rng)
            for kind in ("invoice", "packing", "weight", "co", "eur1", "phyto", "sanitary")
        },
    }
    c["date_line"] = lang == "fr" and rng.random() < 0.6  # "San Pedro, le 14 mars 2026"
    c["packing_qty"] = any(it["unit"] != "kg" for it in items) or rng.random() < 0.5
    c["declaration"] = rng.random() < 0.4
    masses = [it[k] for it in items for k in ("net_mass_kg", "gross_mass_kg")]
    c["mass_decimals"] = c["mass_decimals"] or any(not float(m).is_integer() for m in masses)
    return c


# ------------------------------------------------------------------ drawing

CHAMBER_TOWNS = {"CI": "Abidjan", "SN": "Dakar", "MA": "Agadir", "CM": "Douala", "MG": "Antananarivo",
                 "TN": "Sfax", "BF": "Ouagadougou"}  # fmt: skip
TOTAL_ROW = 36


def _centred(s: Sheet, y: float, text: str, size: int, x0: float = LEFT, x1: float = RIGHT) -> None:
    centred(s, y, text, size, x0, x1, margin=4)


def _paragraph(s: Sheet, y: float, text: str, size: int, x0: float = LEFT, x1: float = RIGHT) -> float:
    """Wrapped text from ``x0`` to ``x1``; returns where it ends."""
    return paragraph(s, y, text, size, x0, x1, leading=6)


def _circle(s: Sheet, cx: float, cy: float, r: float, rng: random.Random, gaps: bool = True) -> None:
    """A circle of short strokes, some left out where the stamp took too little ink."""
    n = 56
    for i in range(n):
        if gaps and rng.random() < 0.12:
            continue
        a0, a1 = 2 * math.pi * i / n, 2 * math.pi * (i + 1) / n
        s.rules.append(
            (cx + r * math.cos(a0), cy + r * math.sin(a0), cx + r * math.cos(a1), cy + r * math.sin(a1))
        )


def _stamp(
    s: Sheet, c: dict[str, Any], cx: float, cy: float, lines: list[str], k: int, r: float = 78
) -> None:
    """A round stamp: two rings and a few short lines of capitals across its middle."""
    rng = random.Random(c["ink"] + 7919 * k)
    _circle(s, cx, cy, r, rng)
    _circle(s, cx, cy, r - 12, rng)
    top = cy - 9 * len(lines) - 2
    for i, line in enumerate(lines):
        size = fitted_size(line, 13, 2 * (r - 20))
        s.put(cx - text_width(line, size) / 2, top + 18 * i, line, size)


def _signature(s: Sheet, c: dict[str, Any], x: float, y: float, width: float, k: int) -> None:
    """A handwritten signature: a run of loops that slants and fades out, and a flourish under it."""
    if random.Random(c["ink"]).random() < 0.4:  # the signatory's hand: loops, or a jagged scrawl
        rng = random.Random(c["ink"] + 104729 * k)
        zigzag = [
            (x + width * 0.8 * i / 9, y + 20 + (-16 if i % 2 else 10) * rng.uniform(0.5, 1.2))
            for i in range(10)
        ]
        zigzag += [(x + width * 0.1, y + 40), (x + width, y + 26)]
        s.rules += [(a[0], a[1], b[0], b[1]) for a, b in itertools.pairwise(zigzag)]
        return
    rng = random.Random(c["ink"] + 104729 * k)
    loops = rng.randint(3, 6)
    height = rng.uniform(14, 24)
    points = []
    steps = 90
    for i in range(steps + 1):
        t = i / steps
        angle = 2 * math.pi * loops * t
        envelope = 1.0 - 0.6 * t
        points.append(
            (
                x + width * 0.75 * t + 18 * math.cos(angle + 0.5),
                y + 20 - height * envelope * math.sin(angle) - 12 * t + rng.uniform(-1.5, 1.5),
            )
        )
    points += [(x + width * 0.78, y + 10), (x + width * 0.3, y + 38), (x + width, y + 30)]
    s.rules += [(a[0], a[1], b[0], b[1]) for a, b in itertools.pairwise(points)]


def _logo(s: Sheet, x: float, y: float, size: float, letters: str) -> None:
    """A logo: a double frame, a lozenge and the company's letters."""
    s.box(x, y, x + size, y + size)
    s.box(x + 6, y + 6, x + size - 6, y + size - 6)
    mid_x, mid_y = x + size / 2, y + size / 2
    half = size / 2 - 14
    s.rules += [
        (mid_x, mid_y - half, mid_x + half, mid_y),
        (mid_x + half, mid_y, mid_x, mid_y + half),
        (mid_x, mid_y + half, mid_x - half, mid_y),
        (mid_x - half, mid_y, mid_x, mid_y - half),
    ]
    letter_size = fitted_size(letters, 30, half * 1.3)
    s.put(mid_x - text_width(letters, letter_size) / 2, mid_y - letter_size * 0.6, letters, letter_size)


def _labelled(
    s: Sheet, x0: float, y0: float, x1: float, y1: float, label: str, lines: list[str], size: int = 17
) -> float:
    """A ruled box with its small label and the lines under it (the first a little larger);
    returns where its text ends."""
    s.box(x0, y0, x1, y1)
    head = wrap(label, 12, x1 - x0 - 14)
    for i, text in enumerate(head):
        s.put(x0 + 7, y0 + 5 + 15 * i, text, 12)
    top = y0 + 12 + 15 * len(head)
    for i, line in enumerate(lines):
        s.put(
            x0 + 12, top + (size + 6) * i, line, fitted_size(line, size + (1 if i == 0 else 0), x1 - x0 - 24)
        )
    return top + (size + 6) * len(lines)


def _head_lines(header: str, width: float) -> list[str]:
    return wrap(header, 12, width - 10)[:3] or [""]


def _head_height(columns: list[Column]) -> float:
    return max(36, 12 + 15 * max(len(_head_lines(header, width)) for _, header, width, _ in columns))


def _cell_lines(text: str, width: float) -> list[str]:
    return cell_lines(text, CELL, width - 12)


def _row_height(row: dict[str, str], columns: list[Column]) -> float:
    return 12 + (CELL + 6) * max(len(_cell_lines(row.get(key, ""), width)) for key, _, width, _ in columns)


def _widths(columns: list[Column]) -> list[Column]:
    """Columns whose ``desc`` takes the width the others leave."""
    return desc_filling(columns, RIGHT - LEFT)


def _table(
    s: Sheet,
    c: dict[str, Any],
    y: float,
    columns: list[Column],
    rows: list[dict[str, str]],
    total: dict[str, str] | None,
) -> float:
    """A ruled table: its headers centred in their cells, a double rule under them, rules between
    the lines if the case draws them, the totals row under a double rule. Returns its bottom."""
    head = _head_height(columns)
    heights = [_row_height(row, columns) for row in rows]
    tops = [y + head + sum(heights[:i]) for i in range(len(rows))]
    end = y + head + sum(heights) + 4
    bottom = end + (TOTAL_ROW if total is not None else 0)
    s.box(LEFT, y, RIGHT, bottom)
    s.rules += [(LEFT, y + head - 4, RIGHT, y + head - 4), (LEFT, y + head, RIGHT, y + head)]
    if c["row_rules"]:
        s.rules += [(LEFT, top, RIGHT, top) for top in tops[1:]]
    if total is not None:
        s.rules += [(LEFT, end, RIGHT, end), (LEFT, end + 4, RIGHT, end + 4)]
    x = float(LEFT)
    for index, (key, header, width, right) in enumerate(columns):
        if index:
            s.rules.append((x, y, x, bottom))
        lines = _head_lines(header, width)
        for i, text in enumerate(lines):
            s.put(
                x + (width - text_width(text, 12)) / 2,
                y + (head - 4 - 15 * len(lines)) / 2 + 15 * i,
                text,
                12,
            )
        anchor = x + width - 6 if right else x + 6
        for top, row in zip(tops, rows, strict=True):
            for i, line in enumerate(_cell_lines(row.get(key, ""), width)):
                s.put(
                    anchor, top + 7 + (CELL + 6) * i, line, fitted_size(line, CELL, width - 10), right=right
                )
        if total is not None and total.get(key):
            text = total[key]
            s.put(anchor, end + 12, text, fitted_size(text, CELL + 1, width - 10), right=right)
        x += width
    return bottom


class Doc(NamedTuple):
    """A document whose ruled table runs over as many pages as it needs (see _pages)."""

    opening: Callable[[Sheet], float]  # lays out page 1 down to the table; returns where it starts
    resumption: Callable[[Sheet], float]  # the same for the pages after it
    columns: list[Column]
    rows: list[dict[str, str]]
    total: dict[str, str] | None  # the totals row under the last line
    closing: Callable[[Sheet, float], float]  # what follows the table; returns where it ends
    foot: str


def _footer(s: Sheet, c: dict[str, Any], foot: str, number: int, count: int) -> None:
    s.rules.append((LEFT, FOOT, RIGHT, FOOT))
    for i, line in enumerate(wrap(foot, 12, RIGHT - LEFT - 170)[:2]):
        _centred(s, FOOT + 6 + 17 * i, line, 12, LEFT, RIGHT - 150)
    if count > 1 or c["page_single"]:
        s.put(RIGHT, FOOT + 8, c["page_form"].format(p=number, n=count), 13, right=True)


def _pages(c: dict[str, Any], doc: Doc) -> list[Sheet]:
    """The document's pages: its lines shared out by the broker family's _split, ``À reporter``
    under each part but the last, the totals row and the closing after the last line, the footer
    and the page numbers."""
    head = _head_height(doc.columns)
    heights = [_row_height(row, doc.columns) for row in doc.rows]
    tail = doc.closing(Sheet(), 0.0) + (TOTAL_ROW if doc.total is not None else 0) + 6
    first, later = (BOTTOM - start(Sheet()) - head - 36 for start in (doc.opening, doc.resumption))
    counts = _split(heights, (first, later), tail)
    sheets: list[Sheet] = []
    for number, count in enumerate(counts, start=1):
        s, last = Sheet(), number == len(counts)
        top = (doc.opening if number == 1 else doc.resumption)(s)
        start = sum(counts[: number - 1])
        rows = doc.rows[start : start + count]
        bottom = _table(s, c, top, doc.columns, rows, doc.total if last else None)
        if last:
            doc.closing(s, bottom)
        else:
            s.put(RIGHT, bottom + 10, AFR[c["lang"]]["continued"].format(p=number + 1), 14, right=True)
        _footer(s, c, doc.foot, number, len(counts))
        sheets.append(s)
    return sheets


def _resumption(s: Sheet, c: dict[str, Any], title: str, number: str) -> float:
    """A later page's top: the issuer, the document and its number."""
    seller = c["seller"]
    s.put(LEFT, 44, seller.name, fitted_size(seller.name, 20, 600))
    heading = f"{title} {AFR[c['lang']]['resumed']}"
    s.put(RIGHT, 44, heading, fitted_size(heading, 18, RIGHT - 700), right=True)
    s.put(RIGHT, 74, number, fitted_size(number, 16, RIGHT - 700), right=True)
    s.rules += [(LEFT, 104, RIGHT, 104), (LEFT, 108, RIGHT, 108)]
    return 126


# ------------------------------------------------------------------ the exporter's documents


def _phone(c: dict[str, Any]) -> str:
    phone = str(c["seller"].phone)
    return phone if c["lang"] == "fr" else phone.replace("Tél. :", "Tel.:")


def _letterhead(s: Sheet, c: dict[str, Any]) -> float:
    """The exporter's letterhead: a logo box beside its name, its name centred, or a banner; its
    activity, address, telephone and registration numbers. Returns where it ends."""
    seller, lang = c["seller"], c["lang"]
    activity = seller.activity[lang == "en"]
    country = _country_name(seller.iso, c)
    address = f"{seller.street} - {seller.city} - {country}"
    contact = (
        f"{_phone(c)} - E-mail : {seller.email}" if lang == "fr" else f"{_phone(c)} - E-mail: {seller.email}"
    )
    legal = " - ".join(seller.legal)
    if c["head"] == "logo":
        _logo(s, LEFT, 36, 126, seller.short)
        x = LEFT + 150
        s.put(x, 40, seller.name, fitted_size(seller.name, 30, RIGHT - x))
        s.put(x, 84, activity, fitted_size(activity, 16, RIGHT - x))
        for i, line in enumerate((address, contact, legal)):
            s.put(x, 110 + 22 * i, line, fitted_size(line, 14, RIGHT - x))
        s.rules += [(LEFT, 186, RIGHT, 186), (LEFT, 190, RIGHT, 190)]
        return 204
    if c["head"] == "centred":
        _centred(s, 36, seller.name, 32)
        _centred(s, 80, activity, 16)
        for i, line in enumerate((address, contact, legal)):
            _centred(s, 106 + 22 * i, line, 14)
        s.rules.append((LEFT + 120, 180, RIGHT - 120, 180))
        return 196
    s.box(LEFT, 34, RIGHT, 104)
    s.box(LEFT + 4, 38, RIGHT - 4, 100)
    _centred(s, 50, seller.name, 32)
    _centred(s, 112, activity, 15)
    left = [seller.street, f"{seller.city} - {country}", _phone(c), seller.email]
    for i, line in enumerate(left):
        s.put(LEFT, 140 + 20 * i, line, fitted_size(line, 14, 560))
    for i, line in enumerate(seller.legal):
        s.put(RIGHT, 140 + 20 * i, line, fitted_size(line, 14, 500), right=True)
    return 140 + 20 * max(4, len(seller.legal)) + 14


def _buyer_lines(c: dict[str, Any]) -> list[str]:
    buyer = c["buyer"]
    return [buyer.name, buyer.street, buyer.city, _country_name(buyer.iso, c)]


def _seller_lines(c: dict[str, Any]) -> list[str]:
    seller = c["seller"]
    return [seller.name, seller.street, seller.city, _country_name(seller.iso, c)]


def _client_block(s: Sheet, c: dict[str, Any], x0: float, y0: float, x1: float, label: str) -> float:
    """The buyer under its label, boxed or not; returns its bottom."""
    lines = _buyer_lines(c)
    if c["client_box"]:
        s.box(x0, y0, x1, y0 + 40 + 24 * len(lines))
    s.put(x0 + 10, y0 + 8, label, 14)
    for i, line in enumerate(lines):
        s.put(x0 + 24, y0 + 32 + 24 * i, line, fitted_size(line, 18 if i == 0 else 16, x1 - x0 - 34))
    return y0 + 40 + 24 * len(lines)


def _dated(c: dict[str, Any], key: str) -> str:
    """The invoice's date line: ``San Pedro, le 14 mars 2026`` or ``Date : 14/03/2026``."""
    if c["date_line"]:
        return f"{c['seller'].town}, le {_date(c, key)}"
    return label_value(AFR[c["lang"]]["date"], _date(c, key), c["lang"])


def _transport_pairs(c: dict[str, Any]) -> list[tuple[str, str]]:
    lg, seller, buyer = AFR[c["lang"]], c["seller"], c["buyer"]
    if c["transport"] == "air":
        return [(lg["flight"], f"{c['flight']}"), (lg["airport_from"], seller.airport), (lg["airport_to"], buyer.airport),
                (lg["awb"], c["awb"])]  # fmt: skip
    if c["transport"] == "road":
        return [(lg["truck"], c["truck"]), (lg["from"], seller.town), (lg["to"], buyer.town)]
    return [
        (lg["vessel"], c["vessel"]),
        (lg["pol"], seller.port),
        (lg["pod"], buyer.port),
        (lg["bl"], c["bl"]),
    ]


def _particulars(c: dict[str, Any]) -> list[tuple[str, str]]:
    lg, lang = AFR[c["lang"]], c["lang"]
    pairs = [
        (lg["incoterm"], f"{c['incoterm']} {c['incoterm_place']}"),
        (lg["origin"], _country_name(c["seller"].iso, c)),
        (lg["payment"], c["payment"]),
        (lg["contract"] if lang == "en" else "Réf. contrat", c["contract"]),
        *_transport_pairs(c),
    ]
    if c["show_currency"]:
        pairs.insert(2, (lg["currency"], c["currency_label"]))
    return pairs


def _pairs_block(s: Sheet, c: dict[str, Any], y: float, pairs: list[tuple[str, str]]) -> float:
    """``Label : value`` pairs two to a line, or a ruled strip of labelled cells; returns the end."""
    lang = c["lang"]
    if c["particulars"] == "lines":
        half = (RIGHT - LEFT) / 2
        for i, (label, value) in enumerate(pairs):
            x = LEFT + half * (i % 2)
            top = y + 26 * (i // 2)
            text = label_value(label, value, lang)
            s.put(x, top, text, fitted_size(text, 16, half - 16))
        return y + 26 * math.ceil(len(pairs) / 2) + 10
    per_row = 4
    for r in range(math.ceil(len(pairs) / per_row)):
        row = pairs[r * per_row : (r + 1) * per_row]
        width = (RIGHT - LEFT) / len(row)
        top = y + 58 * r
        for i, (label, value) in enumerate(row):
            x = LEFT + width * i
            s.box(x, top, x + width, top + 58)
            s.put(x + 6, top + 5, label, fitted_size(label, 12, width - 12))
            s.put(x + 10, top + 27, value, fitted_size(value, 16, width - 20))
    return y + 58 * math.ceil(len(pairs) / per_row) + 12


def _invoice_head(s: Sheet, c: dict[str, Any]) -> float:
    """The letterhead, then the title, number, date and buyer in the case's arrangement, and the
    particulars of the sale and of the shipment. Returns where the table starts."""
    lg = AFR[c["lang"]]
    top = _letterhead(s, c) + 16
    number = f"{c['number_label']} {c['invoice_number']}"
    if c["arrangement"] == "letter":
        s.put(LEFT, top, c["title"], fitted_size(c["title"], 28, 520))
        s.put(LEFT, top + 48, number, fitted_size(number, 19, 520))
        s.put(LEFT, top + 78, _dated(c, "invoice_date"), 17)
        y = max(top + 110, _client_block(s, c, 650, top, RIGHT, c["client_label"]))
    elif c["arrangement"] == "window":
        s.put(RIGHT, top, _dated(c, "invoice_date"), 17, right=True)
        y = _client_block(s, c, 650, top + 30, RIGHT, c["client_label"])
        _centred(s, y + 16, c["title"], 28)
        _centred(s, y + 58, number, 19)
        y += 92
    else:
        size = fitted_size(c["title"], 28, RIGHT - LEFT - 80)
        width = text_width(c["title"], size)
        _centred(s, top + 6, c["title"], size)
        s.box((LEFT + RIGHT - width) / 2 - 18, top, (LEFT + RIGHT + width) / 2 + 18, top + 46)
        cells = [
            (c["number_label"].rstrip(" :."), c["invoice_number"]),
            (lg["date"], _date(c, "invoice_date")),
        ]
        y = top + 62
        for i, (label, value) in enumerate(cells):
            x = LEFT + 250 * i
            s.box(x, y, x + 250, y + 58)
            s.put(x + 6, y + 5, label, 12)
            s.put(x + 10, y + 27, value, fitted_size(value, 17, 230))
        y = max(y + 58, _client_block(s, c, 650, y, RIGHT, c["client_label"])) + 4
    return _pairs_block(s, c, y + 14, _particulars(c)) + 6


def _cur(c: dict[str, Any]) -> str:
    return str(c["currency_label"])


def _packages(c: dict[str, Any]) -> str:
    kinds: dict[str, int] = {}
    for it in c["items"]:
        kinds[it["package"]] = kinds.get(it["package"], 0) + it["packages"]
    return " + ".join(f"{_num(n, c, 0)} {kind}" for kind, n in kinds.items())


def _subtotal(c: dict[str, Any]) -> float:
    value = sum(it["value"] for it in c["items"])
    return value if _cfa(c) else round(value, 2)


def _total(c: dict[str, Any]) -> float:
    total = _subtotal(c) + c["freight"] + c["insurance"]
    return round(total) if _cfa(c) else round(total, 2)


def _quantity(it: dict[str, Any], c: dict[str, Any], with_unit: bool) -> str:
    text = _qty(it["quantity"], c)
    return f"{text} {c['uom'][it['unit']]}" if with_unit else text


def _invoice_columns(c: dict[str, Any]) -> list[Column]:
    lg, unit = AFR[c["lang"]], _single_unit(c)
    per = f"{_cur(c)}/{c['uom'][unit]}" if unit else _cur(c)
    available: dict[str, Column] = {
        "line": ("line", lg["line"], 44, False),
        "desc": ("desc", lg["desc"], 0, False),
        "hs": ("hs", c["hs_label"], 126 if len(_hs(c["items"][0]["hs_code"], c)) > 10 else 104, False),
        "packages": ("packages", lg["packages"], 116, False),
        "qty": ("qty", lg["qty"], 112 if "unit" in c["invoice_order"] else 136, True),
        "unit": ("unit", lg["unit"], 62, False),
        "price": ("price", f"{lg['price']} ({per})", 112, True),
        "amount": ("amount", f"{lg['amount']} ({_cur(c)})", 136, True),
        "net": ("net", lg["net"], 104, True),
        "gross": ("gross", lg["gross"], 104, True),
    }
    return _widths([available[key] for key in c["invoice_order"]])


def _invoice_rows(c: dict[str, Any]) -> list[dict[str, str]]:
    with_unit = "unit" not in c["invoice_order"]
    return [
        {
            "line": str(it["line"]),
            "desc": it["description"],
            "hs": _hs(it["hs_code"], c),
            "packages": f"{_num(it['packages'], c, 0)} {it['package']}",
            "qty": _quantity(it, c, with_unit),
            "unit": c["uom"][it["unit"]],
            "price": _num(it["unit_price"], c, 0 if _cfa(c) else 2),
            "amount": _money(it["value"], c),
            "net": _kg(it["net_mass_kg"], c),
            "gross": _kg(it["gross_mass_kg"], c),
        }
        for it in c["items"]
    ]


def _line_masses(c: dict[str, Any]) -> bool:
    return "net" in c["invoice_order"]


def _invoice_total(c: dict[str, Any]) -> dict[str, str]:
    lg, unit = AFR[c["lang"]], _single_unit(c)
    net, gross = _masses(c)
    total = {"desc": lg["total"], "packages": _packages(c), "amount": _money(_subtotal(c), c)}
    if unit:
        quantity = round(sum(it["quantity"] for it in c["items"]), 2)
        total["qty"] = _qty(quantity, c) + ("" if "unit" in c["invoice_order"] else f" {c['uom'][unit]}")
    if _line_masses(c):
        total |= {"net": _kg(net, c), "gross": _kg(gross, c)}
    if "packages" not in c["invoice_order"]:
        total["desc"] = f"{lg['total']} - {_packages(c)}"
    return total


def _sign_block(s: Sheet, c: dict[str, Any], y: float, k: int, x: float = 720) -> float:
    """``Pour <EXPORTER>``, the signature, the signatory and the company's stamp over them."""
    lg, seller = AFR[c["lang"]], c["seller"]
    text = lg["for"].format(name=seller.name)
    s.put(x, y, text, fitted_size(text, 15, RIGHT - x))
    _signature(s, c, x + 30, y + 30, 220, k)
    name, title = seller.signatory
    s.put(x, y + 100, name, fitted_size(name, 15, RIGHT - x))
    s.put(x, y + 122, title if c["lang"] == "fr" else lg["signature"], 13)
    cx = x + 150 if c["photo_stamp"] else RIGHT - 90
    _stamp(s, c, cx, y + 62, [seller.short, seller.town.upper(), "EXPORT"], k)
    return y + 146


def _invoice_tail(s: Sheet, c: dict[str, Any], y: float) -> float:
    """The totals on the right (FOB value, freight, insurance for some C terms; the boxed total),
    the masses and packages on the left, the amount in words, the bank and the signature."""
    lg, lang = AFR[c["lang"]], c["lang"]
    y += 14
    right = y
    grand = f"{lg['grand'].format(incoterm=c['incoterm'] + ' ' + c['incoterm_place'])}"
    if c["breakdown"]:
        lines = [(lg["subtotal"], _subtotal(c)), (lg["freight"], c["freight"])]
        lines += [(lg["insurance"], c["insurance"])] if c["insurance"] else []
        for label, value in lines:
            s.put(700, right, label, 15)
            s.put(RIGHT - 8, right, _money(value, c), 16, right=True)
            right += 28
    amount = f"{_money(_total(c), c)} {_cur(c)}"
    s.box(690, right, RIGHT, right + 42)
    s.put(700, right + 12, grand, fitted_size(grand, 16, RIGHT - 720 - text_width(amount, 18)))
    s.put(RIGHT - 8, right + 11, amount, 18, right=True)
    right += 56
    left = y
    notes = [label_value(lg["packages_total"], _packages(c), lang)]
    if c["invoice_masses"] or _line_masses(c):
        net, gross = _masses(c)
        notes += [
            label_value(lg["net_total"], f"{_kg(net, c)} kg", lang),
            label_value(lg["gross_total"], f"{_kg(gross, c)} kg", lang),
        ]
    for note in notes:
        s.put(LEFT, left, note, fitted_size(note, 15, 600))
        left += 26
    y = max(left, right) + 6
    s.put(LEFT, y, lg["words"], 14)
    y = _paragraph(s, y + 22, _words(_total(c), c), 16) + 10
    if c["declaration"]:
        y = _paragraph(s, y, lg["declaration"].format(origin=_country_name(c["seller"].iso, c)), 13) + 10
    s.put(LEFT, y + 4, lg["bank"], 14)
    for i, line in enumerate(c["seller"].bank):
        s.put(LEFT, y + 26 + 21 * i, line, fitted_size(line, 14, 600))
    return _sign_block(s, c, y, 1)


def _legal_foot(c: dict[str, Any]) -> str:
    seller = c["seller"]
    return f"{seller.capital} - {' - '.join(seller.legal)} - {seller.street}, {seller.city}"


def afrique_invoice(c: dict[str, Any]) -> list[Sheet]:
    number = f"{c['number_label']} {c['invoice_number']}"
    return _pages(
        c,
        Doc(
            opening=lambda s: _invoice_head(s, c),
            resumption=lambda s: _resumption(s, c, c["title"], number),
            columns=_invoice_columns(c),
            rows=_invoice_rows(c),
            total=_invoice_total(c),
            closing=lambda s, y: _invoice_tail(s, c, y),
            foot=_legal_foot(c),
        ),
    )


def afrique_invoice_truth(c: dict[str, Any]) -> dict[str, Any]:
    net, gross = _masses(c)
    per_line = ("net_mass_kg", "gross_mass_kg") if _line_masses(c) else ()
    masses = c["invoice_masses"] or _line_masses(c)
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
            **({"net_mass_kg": net, "gross_mass_kg": gross} if masses else {}),
            "items": [
                {k: it[k] for k in ("line", "description", "hs_code", "quantity", "unit", "value", *per_line)}
                for it in c["items"]
            ],
        },
    }


# ------------------------------------------------------------------ packing list and weight note


def _invoice_reference(c: dict[str, Any]) -> str:
    lg = AFR[c["lang"]]
    text = f"{lg['invoice_ref']} {c['invoice_number']}"
    return f"{text} {lg['of']} {_date(c, 'invoice_date')}" if c["packing_invoice_date"] else text


def _shipment_lines(c: dict[str, Any]) -> list[str]:
    lg, lang = AFR[c["lang"]], c["lang"]
    lines = [label_value(label, value, lang) for label, value in _transport_pairs(c)[:3]]
    if c["transport"] == "sea":
        lines.append(label_value(lg["containers"], " / ".join(c["container_list"]), lang))
    return [*lines, label_value(lg["marks"], c["marks"], lang)]


def _packing_head(s: Sheet, c: dict[str, Any]) -> float:
    lg = AFR[c["lang"]]
    top = _letterhead(s, c) + 16
    _centred(s, top, c["packing_title"], 26)
    s.put(LEFT, top + 50, _invoice_reference(c), fitted_size(_invoice_reference(c), 17, 560))
    s.put(LEFT, top + 78, label_value(lg["contract"], c["contract"], c["lang"]), 15)
    y = top + 112
    for i, line in enumerate(_shipment_lines(c)):
        s.put(LEFT, y + 24 * i, line, fitted_size(line, 15, 560))
    bottom = _client_block(s, c, 650, top + 46, RIGHT, c["client_label"])
    return max(bottom, y + 24 * len(_shipment_lines(c))) + 18


def _packing_columns(c: dict[str, Any]) -> list[Column]:
    lg = AFR[c["lang"]]
    columns: list[Column] = [("line", lg["line"], 44, False), ("packages", lg["packages"], 150, False)]
    columns.append(("desc", lg["desc"], 0, False))
    if c["packing_hs"]:
        columns.append(
            ("hs", c["hs_label"], 126 if len(_hs(c["items"][0]["hs_code"], c)) > 10 else 104, False)
        )
    if c["packing_qty"]:
        columns.append(("qty", lg["qty"], 130, True))
    columns += [("net", lg["net"], 118, True), ("gross", lg["gross"], 118, True)]
    return _widths(columns)


def _packing_rows(c: dict[str, Any]) -> list[dict[str, str]]:
    return [
        {
            "line": str(it["line"]),
            "packages": f"{_num(it['packages'], c, 0)} {it['package']}",
            "desc": it["description"],
            "hs": _hs(it["hs_code"], c),
            "qty": _quantity(it, c, True),
            "net": _kg(it["net_mass_kg"], c),
            "gross": _kg(it["gross_mass_kg"], c),
        }
        for it in c["items"]
    ]


def _packing_tail(s: Sheet, c: dict[str, Any], y: float) -> float:
    lg, lang = AFR[c["lang"]], c["lang"]
    net, gross = _masses(c)
    lines = [
        label_value(lg["packages_total"], _packages(c), lang),
        label_value(lg["net_total"], f"{_kg(net, c)} kg", lang),
        label_value(lg["gross_total"], f"{_kg(gross, c)} kg", lang),
    ]
    y += 20
    for i, line in enumerate(lines):
        s.put(LEFT, y + 28 * i, line, fitted_size(line, 16, 600))
    return max(y + 28 * len(lines), _sign_block(s, c, y, 2))


def afrique_packing(c: dict[str, Any]) -> list[Sheet]:
    net, gross = _masses(c)
    total = {
        "packages": _packages(c),
        "desc": AFR[c["lang"]]["total"],
        "net": _kg(net, c),
        "gross": _kg(gross, c),
    }
    return _pages(
        c,
        Doc(
            opening=lambda s: _packing_head(s, c),
            resumption=lambda s: _resumption(s, c, c["packing_title"], _invoice_reference(c)),
            columns=_packing_columns(c),
            rows=_packing_rows(c),
            total=total,
            closing=lambda s, y: _packing_tail(s, c, y),
            foot=_legal_foot(c),
        ),
    )


def afrique_packing_truth(c: dict[str, Any]) -> dict[str, Any]:
    net, gross = _masses(c)
    keys = ("line", "description", "hs_code", "quantity", "unit", "net_mass_kg", "gross_mass_kg")
    skipped = {"hs_code"} if not c["packing_hs"] else set()
    skipped |= {"quantity", "unit"} if not c["packing_qty"] else set()
    return {
        "type": "packing_list",
        "fields": {
            "invoice_number": c["invoice_number"],
            **({"invoice_date": c["invoice_date"]} if c["packing_invoice_date"] else {}),
            **_parties_truth(c),
            "net_mass_kg": net,
            "gross_mass_kg": gross,
            "items": [{k: it[k] for k in keys if k not in skipped} for it in c["items"]],
        },
    }


def _weight_head(s: Sheet, c: dict[str, Any]) -> float:
    lg, lang, seller, it = AFR[c["lang"]], c["lang"], c["seller"], c["items"][0]
    top = _letterhead(s, c) + 20
    s.put(LEFT, top, c["weight_title"], 28)
    number = f"{lg['no']} {c['weigh_number']}"
    s.put(RIGHT, top + 6, number, 20, right=True)
    buyer = c["buyer"]
    weighed = date.fromisoformat(c["ship_date"]) - timedelta(days=1)
    pairs = [
        (lg["buyer"], f"{buyer.name}, {buyer.city}, {_country_name(buyer.iso, c)}"),
        (lg["invoice_ref"], _invoice_reference(c)[len(lg["invoice_ref"]) + 1 :]),
        (lg["contract"], c["contract"]),
        (lg["product"], it["description"]),
        (lg["vessel"], c["vessel"]),
        (lg["pol"], seller.port),
        (lg["weighing"], f"{'Pont-bascule' if lang == 'fr' else 'Weighbridge'} - {seller.port}"),
        (lg["weigh_date"], _date_text(weighed.isoformat(), c)),
    ]
    y = top + 56
    for i, (label, value) in enumerate(pairs):
        s.put(LEFT, y + 27 * i, f"{label}{' :' if lang == 'fr' else ':'}", 15)
        s.put(LEFT + 250, y + 27 * i - 1, value, fitted_size(value, 17, RIGHT - LEFT - 250))
    return y + 27 * len(pairs) + 18


def _weight_columns(c: dict[str, Any]) -> list[Column]:
    lg = AFR[c["lang"]]
    return _widths(
        [
            ("line", lg["line"], 50, False),
            ("desc", lg["container"], 0, False),
            ("seal", lg["seal"], 150, False),
            ("bags", lg["bags"], 140, True),
            ("gross", lg["gross"], 170, True),
            ("tare", lg["tare"], 130, True),
            ("net", lg["net"], 170, True),
        ]
    )


def _weight_tail(s: Sheet, c: dict[str, Any], y: float) -> float:
    lg, lang, it = AFR[c["lang"]], c["lang"], c["items"][0]
    average = _num(it["net_mass_kg"] / it["packages"], c)
    y = _paragraph(s, y + 18, f"{label_value(lg['average'], average, lang)} kg", 15)
    y = _paragraph(s, y + 10, lg["weigh_text"], 14, LEFT, 660)
    return max(y, _sign_block(s, c, y + 20, 3))


def afrique_weight(c: dict[str, Any]) -> list[Sheet]:
    it = c["items"][0]
    rows = [
        {
            "line": str(i),
            "desc": k["container"],
            "seal": k["seal"],
            "bags": _num(k["bags"], c, 0),
            "gross": _kg(k["gross"], c),
            "tare": _kg(k["tare"], c),
            "net": _kg(k["net"], c),
        }
        for i, k in enumerate(c["containers"], start=1)
    ]
    tare = sum(k["tare"] for k in c["containers"])
    total = {
        "desc": AFR[c["lang"]]["total"],
        "bags": _num(it["packages"], c, 0),
        "gross": _kg(it["gross_mass_kg"], c),
        "tare": _kg(tare, c),
        "net": _kg(it["net_mass_kg"], c),
    }
    return _pages(
        c,
        Doc(
            opening=lambda s: _weight_head(s, c),
            resumption=lambda s: _resumption(s, c, c["weight_title"], c["weigh_number"]),
            columns=_weight_columns(c),
            rows=rows,
            total=total,
            closing=lambda s, y: _weight_tail(s, c, y),
            foot=_legal_foot(c),
        ),
    )


def afrique_weight_truth(c: dict[str, Any]) -> dict[str, Any]:
    it = c["items"][0]
    return {
        "type": "packing_list",
        "fields": {
            "invoice_number": c["invoice_number"],
            **({"invoice_date": c["invoice_date"]} if c["packing_invoice_date"] else {}),
            **_parties_truth(c),
            "net_mass_kg": it["net_mass_kg"],
            "gross_mass_kg": it["gross_mass_kg"],
            "items": [{k: it[k] for k in ("line", "description", "net_mass_kg", "gross_mass_kg")}],
        },
    }


# ------------------------------------------------------------------ certificate of origin

CO_LABELS = {
    "1": ("1. Expéditeur", "1. Consignor"),
    "2": ("2. N°", "2. No."),
    "3": ("3. Destinataire", "3. Consignee"),
    "4": ("4. Pays d'origine", "4. Country of origin"),
    "5": ("5. Informations relatives au transport (mention facultative)", "5. Transport details (optional)"),
    "remarks": ("Remarques", "Remarks"),
    "line": ("N° d'ordre", "Item No."),
    "marks": ("Marques et numéros", "Marks and numbers"),
    "6": ("6. Nombre et nature des colis ; désignation des marchandises", "6. Number and kind of packages; description of goods"),
    "7q": ("7. Quantité", "7. Quantity"),
    "7g": ("7. Poids brut (kg)", "7. Gross weight (kg)"),
    "8": ("8. Visa de l'autorité compétente", "8. Certification by the competent authority"),
    "title": ("CERTIFICAT D'ORIGINE", "CERTIFICATE OF ORIGIN"),
    "original": ("ORIGINAL", "ORIGINAL"),
    "certify": ("L'autorité soussignée certifie que les marchandises désignées ci-dessus sont originaires du pays "
                "figurant dans la case 4.", "The undersigned authority certifies that the goods described above "
                "originate in the country shown in box 4."),
    "place": ("Lieu et date de délivrance", "Place and date of issue"),
    "signature": ("Signature et cachet", "Signature and stamp"),
    "invoice": ("Facture N° {no} du {date}", "Invoice No. {no} of {date}"),
    "annex": ("Feuille annexe au certificat N° {no}", "Continuation sheet of certificate No. {no}"),
    "total": ("TOTAL", "TOTAL"),
}  # fmt: skip


def _co(c: dict[str, Any], key: str) -> str:
    """A label of the chamber's form: French, English, or both (``1. Expéditeur / Consignor``)."""
    fr, en = CO_LABELS[key]
    if c["bilingual"]:
        return f"{fr} / {en.split('. ', 1)[-1]}" if fr != en else fr
    return en if c["lang"] == "en" else fr


def _chamber(c: dict[str, Any]) -> str:
    return COUNTRIES[c["seller"].iso].chamber


def _co_head(s: Sheet, c: dict[str, Any]) -> float:
    """Boxes 1 to 5 in the EU-style form (the number, title and chamber top right), or under the
    chamber's letterhead one above the other. Returns where the goods table starts."""
    seller, lang = c["seller"], c["lang"]
    country = _country_name(seller.iso, c)
    transport = [
        f"{label} : {value}" if lang == "fr" else f"{label}: {value}"
        for label, value in _transport_pairs(c)[:3]
    ]
    remarks = [
        CO_LABELS["invoice"][lang == "en"].format(no=c["invoice_number"], date=_date(c, "invoice_date"))
    ]
    remarks = remarks if c["co_invoice"] else []
    number = c["co_number"]
    if c["co_layout"] == "eu":
        _labelled(s, LEFT, 40, MIDDLE, 220, _co(c, "1"), _seller_lines(c))
        s.box(MIDDLE, 40, RIGHT, 220)
        s.put(MIDDLE + 10, 46, _co(c, "2"), 12)
        s.put(MIDDLE + 70, 56, number, fitted_size(number, 22, RIGHT - MIDDLE - 90))
        _centred(s, 104, _co(c, "title"), 26, MIDDLE, RIGHT)
        _centred(s, 148, _chamber(c), 15, MIDDLE, RIGHT)
        _centred(s, 184, _co(c, "original"), 13, MIDDLE, RIGHT)
        _labelled(s, LEFT, 220, MIDDLE, 400, _co(c, "3"), _buyer_lines(c))
        _labelled(s, MIDDLE, 220, RIGHT, 310, _co(c, "4"), [country], 22)
        _labelled(s, MIDDLE, 310, RIGHT, 400, _co(c, "remarks"), remarks)
        _labelled(s, LEFT, 400, RIGHT, 500, _co(c, "5"), [" - ".join(transport)], 15)
        return 516
    emblem = random.Random(c["ink"])
    _circle(s, LEFT + 50, 80, 44, emblem, gaps=False)
    s.put(LEFT + 50 - text_width("CCI", 20) / 2, 68, "CCI", 20)
    s.put(LEFT + 120, 44, _chamber(c), fitted_size(_chamber(c), 22, RIGHT - LEFT - 120))
    town = CHAMBER_TOWNS[seller.iso]
    s.put(
        LEFT + 120,
        80,
        f"{'Service des certificats d' + chr(39) + 'origine' if lang == 'fr' else 'Certificates of origin'} - {town}",
        15,
    )
    s.rules += [(LEFT, 136, RIGHT, 136)]
    s.put(LEFT, 152, _co(c, "title"), 28)
    s.put(RIGHT, 156, f"{_co(c, '2')[3:]} {number}", 22, right=True)
    s.put(LEFT, 194, _co(c, "original"), 13)
    _labelled(s, LEFT, 220, MIDDLE, 380, _co(c, "1"), _seller_lines(c))
    _labelled(s, MIDDLE, 220, RIGHT, 380, _co(c, "3"), _buyer_lines(c))
    _labelled(s, LEFT, 380, 480, 460, _co(c, "4"), [country], 22)
    _labelled(
        s, 480, 380, RIGHT, 460, _co(c, "5"), transport[:2] if not remarks else [transport[0], remarks[0]], 15
    )
    return 476


def _co_columns(c: dict[str, Any]) -> list[Column]:
    measure = _co(c, "7g" if c["co_measure"] == "gross" else "7q")
    return _widths(
        [
            ("line", _co(c, "line"), 64, False),
            ("marks", _co(c, "marks"), 150, False),
            ("desc", _co(c, "6"), 0, False),
            ("measure", measure, 170, True),
        ]
    )


def _co_rows(c: dict[str, Any]) -> list[dict[str, str]]:
    rows = []
    for i, it in enumerate(c["items"]):
        described = f"{_num(it['packages'], c, 0)} {it['package']} - {it['description']}"
        if c["co_hs"]:
            described += f"\n{'SH' if c['lang'] == 'fr' else 'HS'} {_hs(it['hs_code'][:6], c)}"
        rows.append(
            {
                "line": str(it["line"]),
                "marks": c["marks"] if i == 0 else "",
                "desc": described,
                "measure": f"{_kg(it['gross_mass_kg'], c)} kg"
                if c["co_measure"] == "gross"
                else _quantity(it, c, True),
            }
        )
    return rows


def _co_tail(s: Sheet, c: dict[str, Any], y: float) -> float:
    """Box 8: the chamber's certifying sentence, the place and date of issue, its name, the
    signature and its stamp over them."""
    lang = c["lang"]
    y += 12
    s.box(LEFT, y, RIGHT, y + 280)
    s.put(LEFT + 8, y + 6, _co(c, "8"), 13)
    end = _paragraph(s, y + 32, CO_LABELS["certify"][lang == "en"], 15, LEFT + 14, RIGHT - 14)
    place = label_value(_co(c, "place"), f"{CHAMBER_TOWNS[c['seller'].iso]}, {_date(c, 'co_date')}", lang)
    s.put(LEFT + 14, end + 14, place, 17)
    s.put(LEFT + 14, end + 44, _chamber(c), fitted_size(_chamber(c), 16, 640))
    s.put(RIGHT - 320, y + 240, _co(c, "signature"), 13)
    _signature(s, c, RIGHT - 330, y + 160, 250, 4)
    _stamp(
        s,
        c,
        RIGHT - 170,
        y + 150,
        ["CCI", CHAMBER_TOWNS[c["seller"].iso].upper(), _co(c, "title").split()[0]],
        4,
        84,
    )
    return y + 280


def afrique_co(c: dict[str, Any]) -> list[Sheet]:
    def later(s: Sheet) -> float:
        text = CO_LABELS["annex"][c["lang"] == "en"].format(no=c["co_number"])
        s.put(LEFT, 44, _chamber(c), fitted_size(_chamber(c), 18, RIGHT - LEFT))
        s.put(LEFT, 78, text, fitted_size(text, 18, RIGHT - LEFT))
        s.rules += [(LEFT, 112, RIGHT, 112)]
        return 130

    total = None
    if c["co_measure"] == "gross":
        total = {"desc": f"{_co(c, 'total')} : {_packages(c)}", "measure": f"{_kg(_masses(c)[1], c)} kg"}
    return _pages(
        c,
        Doc(
            opening=lambda s: _co_head(s, c),
            resumption=later,
            columns=_co_columns(c),
            rows=_co_rows(c),
            total=total,
            closing=lambda s, y: _co_tail(s, c, y),
            foot=f"{_chamber(c)} - {c['co_number']}",
        ),
    )


def afrique_co_truth(c: dict[str, Any]) -> dict[str, Any]:
    measures = ("gross_mass_kg",) if c["co_measure"] == "gross" else ("quantity", "unit")
    return {
        "type": "certificate_of_origin",
        "fields": {
            **_parties_truth(c),
            **(
                {"invoice_number": c["invoice_number"], "invoice_date": c["invoice_date"]}
                if c["co_invoice"]
                else {}
            ),
            "origin_country": c["seller"].iso,
            "certificate_number": c["co_number"],
            "certificate_type": "certificate_of_origin",
            "issue_date": c["co_date"],
            "issuing_authority": _chamber(c),
            "items": [
                {"line": it["line"], "description": it["description"]}
                | ({"hs_code": it["hs_code"][:6]} if c["co_hs"] else {})
                | {k: it[k] for k in measures}
                for it in c["items"]
            ],
        },
    }


EUR1 = {
    "fr": {
        "1": "1. Exportateur (nom, adresse complète, pays)",
        "2": "2. Certificat utilisé dans les échanges préférentiels entre",
        "and": "et",
        "eu": "l'UNION EUROPÉENNE",
        "note": "(indiquer les pays, groupes de pays ou territoires concernés)",
        "3": "3. Destinataire (nom, adresse complète, pays) (mention facultative)",
        "4": "4. Pays, groupe de pays ou territoire dont les produits sont considérés comme originaires",
        "5": "5. Pays, groupe de pays ou territoire de destination",
        "6": "6. Informations relatives au transport (mention facultative)",
        "7": "7. Observations",
        "8": "8. N° d'ordre ; marques, numéros, nombre et nature des colis ; désignation des marchandises",
        "9": "9. Masse brute (kg) ou autre mesure (l, m³, etc.)",
        "10": "10. Factures (mention facultative)",
        "11": "11. VISA DE LA DOUANE",
        "certified": "Déclaration certifiée conforme",
        "export_doc": "Document d'exportation :",
        "office": "Bureau de douane :",
        "issuing": "Pays ou territoire de délivrance :",
        "date": "Date :",
        "sign": "(Signature)",
        "12": "12. DÉCLARATION DE L'EXPORTATEUR",
        "declaration": "Je soussigné déclare que les marchandises désignées ci-dessus remplissent les conditions "
        "requises pour l'obtention du présent certificat.",
        "at": "À {town}, le {date}",
        "title": "CERTIFICAT DE CIRCULATION DES MARCHANDISES",
        "see": "Voir les notes au verso avant de remplir le formulaire",
        "no": "N°",
    },
    "en": {
        "1": "1. Exporter (name, full address, country)",
        "2": "2. Certificate used in preferential trade between",
        "and": "and",
        "eu": "the EUROPEAN UNION",
        "note": "(insert appropriate countries, groups of countries or territories)",
        "3": "3. Consignee (name, full address, country) (optional)",
        "4": "4. Country, group of countries or territory in which the products are considered as originating",
        "5": "5. Country, group of countries or territory of destination",
        "6": "6. Transport details (optional)",
        "7": "7. Remarks",
        "8": "8. Item number; marks and numbers; number and kind of packages; description of goods",
        "9": "9. Gross mass (kg) or other measure (litres, m³, etc.)",
        "10": "10. Invoices (optional)",
        "11": "11. CUSTOMS ENDORSEMENT",
        "certified": "Declaration certified",
        "export_doc": "Export document:",
        "office": "Customs office:",
        "issuing": "Issuing country or territory:",
        "date": "Date:",
        "sign": "(Signature)",
        "12": "12. DECLARATION BY THE EXPORTER",
        "declaration": "I, the undersigned, declare that the goods described above meet the conditions required for "
        "the issue of this certificate.",
        "at": "{town}, {date}",
        "title": "MOVEMENT CERTIFICATE",
        "see": "See notes overleaf before completing this form",
        "no": "No.",
    },
}


def afrique_eur1(c: dict[str, Any]) -> list[Sheet]:
    """An EUR.1 movement certificate: boxes 1 to 12, its number by the form's name, the goods in
    box 8 struck out under the last line, the customs' endorsement in box 11."""
    lg, lang, seller, buyer = EUR1[c["lang"]], c["lang"], c["seller"], c["buyer"]
    origin = (COUNTRIES[seller.iso].en if lang == "en" else COUNTRIES[seller.iso].fr).upper()
    s = Sheet()
    _labelled(s, LEFT, 40, MIDDLE, 230, lg["1"], _seller_lines(c))
    s.box(MIDDLE, 40, RIGHT, 170)
    s.put(MIDDLE + 18, 54, "EUR.1", 34)
    s.put(MIDDLE + 190, 60, f"{lg['no']} {c['eur1_number']}", 26)
    s.put(MIDDLE + 18, 108, lg["title"], fitted_size(lg["title"], 17, RIGHT - MIDDLE - 36))
    s.put(MIDDLE + 18, 140, lg["see"], 12)
    _labelled(s, MIDDLE, 170, RIGHT, 330, lg["2"], [origin, lg["and"], lg["eu"]], 17)
    s.put(MIDDLE + 12, 306, lg["note"], 11)
    _labelled(s, LEFT, 230, MIDDLE, 420, lg["3"], _buyer_lines(c))
    _labelled(s, MIDDLE, 330, 895, 440, lg["4"], [origin], 20)
    _labelled(s, 895, 330, RIGHT, 440, lg["5"], [_country_name(buyer.iso, c).upper()], 18)
    transport = " - ".join(value for _, value in _transport_pairs(c)[:3])
    _labelled(s, LEFT, 420, MIDDLE, 530, lg["6"], wrap(transport, 15, MIDDLE - LEFT - 30), 15)
    _labelled(s, MIDDLE, 440, RIGHT, 530, lg["7"], [])
    _labelled(s, LEFT, 530, 860, 1010, lg["8"], [])
    _labelled(s, 860, 530, 1010, 1010, lg["9"], [])
    _labelled(s, 1010, 530, RIGHT, 1010, lg["10"], [c["invoice_number"], _date(c, "invoice_date")], 15)
    y = 598.0
    for i, it in enumerate(c["items"]):
        marks = f"{c['marks']} - " if i == 0 else ""
        text = f"{it['line']}. {marks}{_num(it['packages'], c, 0)} {it['package']} - {it['description']}"
        lines = wrap(text, 15, 860 - LEFT - 28)
        for j, line in enumerate(lines):
            s.put(LEFT + 12, y + 21 * j, line, 15)
        mass = f"{_kg(it['gross_mass_kg'], c)} kg"
        s.put(1000, y, mass, fitted_size(mass, 15, 130), right=True)
        y += 21 * len(lines) + 8
    s.rules.append((LEFT + 40, y + 4, 840, 996))  # the Z-line that strikes out the unused space
    s.rules += [(LEFT + 40, y + 4, 840, y + 4), (LEFT + 40, 996, 840, 996)]
    s.box(LEFT, 1010, MIDDLE, 1460)
    s.put(LEFT + 8, 1016, lg["11"], 14)
    endorsement = [
        lg["certified"],
        f"{lg['export_doc']} {c['export_doc']}",
        lg["office"],
        seller.customs,
        f"{lg['issuing']} {origin}",
        f"{lg['date']} {_date(c, 'co_date')}",
    ]
    for i, line in enumerate(endorsement):
        s.put(LEFT + 14, 1046 + 28 * i, line, fitted_size(line, 16, MIDDLE - LEFT - 28))
    _signature(s, c, LEFT + 40, 1270, 210, 5)
    s.put(LEFT + 14, 1420, lg["sign"], 13)
    _stamp(s, c, MIDDLE - 140, 1330, ["DOUANE" if lang == "fr" else "CUSTOMS", seller.port.upper()], 5, 80)
    s.box(MIDDLE, 1010, RIGHT, 1460)
    s.put(MIDDLE + 8, 1016, lg["12"], 14)
    end = _paragraph(s, 1046, lg["declaration"], 15, MIDDLE + 14, RIGHT - 14)
    s.put(MIDDLE + 14, end + 30, lg["at"].format(town=seller.town, date=_date(c, "invoice_date")), 16)
    _signature(s, c, MIDDLE + 60, end + 80, 220, 6)
    s.put(MIDDLE + 14, 1420, lg["sign"], 13)
    return [s]


def afrique_eur1_truth(c: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "certificate_of_origin",
        "fields": {
            **_parties_truth(c),
            "invoice_number": c["invoice_number"],
            "invoice_date": c["invoice_date"],
            "origin_country": c["seller"].iso,
            "certificate_number": c["eur1_number"],
            "certificate_type": "certificate_of_origin",
            "issue_date": c["co_date"],
            "issuing_authority": c["seller"].customs,
            "items": [{k: it[k] for k in ("line", "description", "gross_mass_kg")} for it in c["items"]],
        },
    }


# ------------------------------------------------------------------ phytosanitary and health certificates

CERTS = {
    "fr": {
        "phyto": "CERTIFICAT PHYTOSANITAIRE", "phyto_other": "PHYTOSANITARY CERTIFICATE",
        "health": "CERTIFICAT SANITAIRE", "health_other": "HEALTH CERTIFICATE",
        "health_sub": "pour les produits de la pêche destinés à l'exportation vers l'Union européenne",
        "no": "N°", "from": "Organisation de la Protection des Végétaux de :",
        "to": "À : Organisation(s) de la Protection des Végétaux de :", "consignment": "I. DESCRIPTION DE L'ENVOI",
        "exporter": "1. Nom et adresse de l'exportateur", "consignee": "2. Nom et adresse déclarés du destinataire",
        "packages": "3. Nombre et description des colis", "marks": "4. Marques distinctives",
        "origin": "5. Lieu d'origine", "means": "6. Moyen de transport déclaré", "entry": "7. Point d'entrée déclaré",
        "produce": "8. Nom du produit et quantité déclarée", "botanical": "9. Nom botanique des végétaux",
        "qty": "Quantité déclarée",
        "certify": "Il est certifié que les végétaux, produits végétaux ou autres articles réglementés décrits "
        "ci-dessus ont été inspectés et/ou testés suivant des procédures officielles appropriées et sont considérés "
        "comme indemnes d'organismes de quarantaine spécifiés par la partie contractante importatrice et conformes "
        "aux exigences phytosanitaires en vigueur de la partie contractante importatrice, y compris à celles "
        "concernant les organismes réglementés non de quarantaine.",
        "additional": "II. DÉCLARATION SUPPLÉMENTAIRE", "fumigated": "L'envoi a été fumigé et trouvé exempt d'insectes vivants.",
        "clean": "Produits inspectés et trouvés exempts de terre et de débris végétaux.",
        "treatment": "III. TRAITEMENT DE DÉSINFESTATION ET/OU DE DÉSINFECTION",
        "treatment_cells": "Date|Traitement|Produit chimique (matière active)|Durée et température|Concentration",
        "fumigation": "FUMIGATION|PHOSPHINE (PH3)|72 H À 25 °C|2 G/M3", "none": "NÉANT",
        "place": "Lieu de délivrance", "date": "Date", "officer": "Nom du fonctionnaire autorisé",
        "signature": "Signature", "stamp": "Cachet de l'organisation",
        "sea": "Par mer - navire {v}", "road": "Par route - camion {v}", "air": "Par avion - vol {v}",
        "h_consignor": "I.1 Expéditeur", "h_ref": "I.2 N° de référence du certificat",
        "h_central": "I.3 Autorité centrale compétente", "h_consignee": "I.5 Destinataire",
        "h_origin": "I.7 Pays d'origine", "h_iso": "Code ISO", "h_dest": "I.9 Pays de destination",
        "h_loading": "I.11 Lieu de chargement", "h_means": "I.13 Moyen de transport",
        "h_entry": "I.16 Poste de contrôle frontalier d'entrée", "h_packages": "I.19 Nombre total de colis",
        "h_net": "I.20 Poids net total (kg)", "h_goods": "I.28 Identification des marchandises",
        "h_code": "Code NC", "h_species": "Espèce (nom scientifique)", "h_nature": "Nature de la marchandise",
        "h_treat": "Type de traitement", "h_plant": "Établissement agréé", "h_cartons": "Nombre de colis",
        "h_netcol": "Poids net (kg)", "frozen": "Congelé", "canned": "Appertisé",
        "part2": "II. Attestation sanitaire",
        "attest": "Je soussigné, inspecteur officiel, certifie que les produits de la pêche décrits ci-dessus ont été "
        "obtenus, manipulés, transformés, entreposés et transportés conformément aux exigences sanitaires de la "
        "réglementation de l'Union européenne et qu'ils sont propres à la consommation humaine.",
        "done": "Fait à {town}, le {date}", "inspector": "Inspecteur officiel",
        "letter": "Le soussigné, inspecteur de la {authority}, certifie que les produits désignés ci-dessous :",
        "l_exporter": "Exportateur", "l_consignee": "Destinataire", "l_origin": "Pays d'origine",
        "l_plant": "Établissement agréé N°", "l_means": "Moyen de transport", "l_entry": "Point d'entrée",
        "line": "N°", "desc": "Désignation des produits", "hs": "Code SH", "total": "TOTAL",
    },
    "en": {
        "phyto": "PHYTOSANITARY CERTIFICATE", "phyto_other": "CERTIFICAT PHYTOSANITAIRE",
        "health": "HEALTH CERTIFICATE", "health_other": "CERTIFICAT SANITAIRE",
        "health_sub": "for fishery products intended for export to the European Union",
        "no": "No.", "from": "Plant Protection Organization of:", "to": "TO: Plant Protection Organization(s) of:",
        "consignment": "I. DESCRIPTION OF CONSIGNMENT",
        "exporter": "1. Name and address of exporter", "consignee": "2. Declared name and address of consignee",
        "packages": "3. Number and description of packages", "marks": "4. Distinguishing marks",
        "origin": "5. Place of origin", "means": "6. Declared means of conveyance", "entry": "7. Declared point of entry",
        "produce": "8. Name of produce and quantity declared", "botanical": "9. Botanical name of plants",
        "qty": "Quantity declared",
        "certify": "This is to certify that the plants, plant products or other regulated articles described herein "
        "have been inspected and/or tested according to appropriate official procedures and are considered to be "
        "free from the quarantine pests specified by the importing contracting party and to conform with the "
        "current phytosanitary requirements of the importing contracting party, including those for regulated "
        "non-quarantine pests.",
        "additional": "II. ADDITIONAL DECLARATION", "fumigated": "The consignment was fumigated and found free from live insects.",
        "clean": "Produce inspected and found free from soil and plant debris.",
        "treatment": "III. DISINFESTATION AND/OR DISINFECTION TREATMENT",
        "treatment_cells": "Date|Treatment|Chemical (active ingredient)|Duration and temperature|Concentration",
        "fumigation": "FUMIGATION|PHOSPHINE (PH3)|72 HRS AT 25 °C|2 G/M3", "none": "NIL",
        "place": "Place of issue", "date": "Date", "officer": "Name of authorized officer",
        "signature": "Signature", "stamp": "Stamp of organization",
        "sea": "By sea - vessel {v}", "road": "By road - truck {v}", "air": "By air - flight {v}",
        "h_consignor": "I.1 Consignor", "h_ref": "I.2 Certificate reference No.",
        "h_central": "I.3 Central competent authority", "h_consignee": "I.5 Consignee",
        "h_origin": "I.7 Country of origin", "h_iso": "ISO code", "h_dest": "I.9 Country of destination",
        "h_loading": "I.11 Place of loading", "h_means": "I.13 Means of transport",
        "h_entry": "I.16 Entry border control post", "h_packages": "I.19 Total number of packages",
        "h_net": "I.20 Total net weight (kg)", "h_goods": "I.28 Identification of the commodities",
        "h_code": "CN code", "h_species": "Species (scientific name)", "h_nature": "Nature of commodity",
        "h_treat": "Treatment type", "h_plant": "Approved establishment", "h_cartons": "Number of packages",
        "h_netcol": "Net weight (kg)", "frozen": "Frozen", "canned": "Canned",
        "part2": "II. Health attestation",
        "attest": "I, the undersigned official inspector, hereby certify that the fishery products described above "
        "were obtained, handled, processed, stored and transported in accordance with the health requirements of "
        "the European Union legislation and are fit for human consumption.",
        "done": "Done at {town}, on {date}", "inspector": "Official inspector",
        "letter": "The undersigned, inspector of the {authority}, certifies that the products described below:",
        "l_exporter": "Exporter", "l_consignee": "Consignee", "l_origin": "Country of origin",
        "l_plant": "Approved establishment No.", "l_means": "Means of transport", "l_entry": "Point of entry",
        "line": "No.", "desc": "Description of products", "hs": "HS code", "total": "TOTAL",
    },
}  # fmt: skip
SUMMED = 8  # a certificate with more lines than this sums its consignment up per product


def _admin_head(
    s: Sheet, c: dict[str, Any], ministry: str, direction: str, title: str, other: str, number: str
) -> float:
    """An administration's header: the state, its motto, the ministry and the direction down the
    left; the certificate's title (and its other language) and number on the right."""
    country = COUNTRIES[c["seller"].iso]
    y = 40.0
    _centred(s, y, country.republic, 17, LEFT, 560)
    if country.motto:
        _centred(s, y + 26, country.motto, 12, LEFT, 560)
        y += 20
    _centred(s, y + 30, "-" * 18, 12, LEFT, 560)
    y += 52
    for text, size in ((ministry, 13), (direction, 14)):
        for line in wrap(text.upper() if size == 14 else text, size, 470):
            _centred(s, y, line, size, LEFT, 560)
            y += size + 6
        y += 6
    _centred(s, 50, title, 25, 600, RIGHT)
    _centred(s, 88, other, 14, 600, RIGHT)
    text = f"{CERTS[c['lang']]['no']} {number}"
    s.box(680, 122, RIGHT - 20, 170)
    _centred(s, 134, text, 20, 680, RIGHT - 20)
    bottom = max(y, 184) + 6
    s.rules += [(LEFT, bottom, RIGHT, bottom)]
    return bottom + 14


def _means(c: dict[str, Any]) -> str:
    value = {"sea": c["vessel"], "road": c["truck"], "air": c["flight"]}[c["transport"]]
    return CERTS[c["lang"]][c["transport"]].format(v=value)


def _entry(c: dict[str, Any]) -> str:
    buyer = c["buyer"]
    return {"sea": buyer.port, "road": "Algeciras", "air": buyer.airport}[c["transport"]]


def _summed(c: dict[str, Any]) -> list[dict[str, Any]]:
    """The consignment as a certificate lists it: line by line, or summed up per product."""
    if len(c["items"]) <= SUMMED:
        return list(c["items"])
    products: dict[str, dict[str, Any]] = {}
    for it in c["items"]:
        good = GOODS[it["key"]]
        name = good.fr if c["lang"] == "fr" else good.en
        p = products.setdefault(
            it["key"],
            {"line": len(products) + 1, "description": name.upper() if c["caps"] else name, "key": it["key"],
             "unit": it["unit"], "quantity": 0, "net_mass_kg": 0, "packages": 0, "package": it["package"],
             "hs_code": it["hs_code"]},
        )  # fmt: skip
        for k in ("quantity", "net_mass_kg", "packages"):
            p[k] = round(p[k] + it[k], 2)
    return list(products.values())


def _place(c: dict[str, Any]) -> str:
    seller = c["seller"]
    return str(seller.port if c["transport"] == "sea" and seller.port != "Abidjan" else seller.town)


def _certificate_foot(s: Sheet, c: dict[str, Any], y: float, place: str, issued: str, k: int) -> float:
    """Place, date, officer and signature as a row of cells, the stamp over the signature."""
    lg = CERTS[c["lang"]]
    cells = [(lg["place"], place), (lg["date"], issued), (lg["officer"], c["officer"]), (lg["signature"], "")]
    widths = (230, 230, 340, RIGHT - LEFT - 800)
    x = float(LEFT)
    for (label, value), width in zip(cells, widths, strict=True):
        s.box(x, y, x + width, y + 120)
        s.put(x + 7, y + 6, label, 12)
        s.put(x + 12, y + 34, value, fitted_size(value, 17, width - 20))
        x += width
    _signature(s, c, x - widths[-1] + 40, y + 50, 200, k)
    words = ["PROTECTION", "VÉGÉTAUX"] if c["lang"] == "fr" else ["PLANT", "PROTECTION"]
    _stamp(s, c, x - widths[-1] / 2, y + 64, [*words, c["seller"].iso], k, 66)
    return y + 120


def afrique_phyto(c: dict[str, Any]) -> list[Sheet]:
    """The plant protection direction's certificate: the administration's header, the two
    organisations, the consignment in numbered boxes or ruled lines, the produce with its
    botanical names, the certifying text, the additional declaration, the treatment and the foot."""
    lg, seller, country = CERTS[c["lang"]], c["seller"], COUNTRIES[c["seller"].iso]
    s = Sheet()
    y = _admin_head(
        s, c, country.agri_ministry, country.nppo, lg["phyto"], lg["phyto_other"], c["phyto_number"]
    )
    s.put(LEFT, y, f"{lg['from']} {_country_name(seller.iso, c)}", 16)
    s.put(LEFT, y + 26, f"{lg['to']} {_country_name(c['buyer'].iso, c)}", 16)
    s.put(LEFT, y + 62, lg["consignment"], 15)
    y += 88
    produce = _summed(c)
    packages = _packages(c)
    particulars = [
        (lg["exporter"], [seller.name, f"{seller.street}, {seller.city}, {_country_name(seller.iso, c)}"]),
        (
            lg["consignee"],
            [c["buyer"].name, f"{c['buyer'].street}, {c['buyer'].city}, {_country_name(c['buyer'].iso, c)}"],
        ),
        (lg["packages"], [packages]),
        (lg["marks"], [c["marks"]]),
        (lg["origin"], [_country_name(seller.iso, c)]),
        (lg["means"], [_means(c)]),
        (lg["entry"], [_entry(c)]),
    ]
    if c["phyto_layout"] == "boxes":
        for i in range(0, len(particulars), 2):
            pair = particulars[i : i + 2]
            height = 30 + 24 * max(len(lines) for _, lines in pair)
            width = (RIGHT - LEFT) / len(pair)
            for j, (label, lines) in enumerate(pair):
                _labelled(s, LEFT + width * j, y, LEFT + width * (j + 1), y + height, label, lines, 15)
            y += height
    else:
        split = 420
        for label, lines in particulars:
            height = 12 + 24 * len(lines)
            s.box(LEFT, y, RIGHT, y + height)
            s.rules.append((split, y, split, y + height))
            s.put(LEFT + 8, y + 8, label, fitted_size(label, 14, split - LEFT - 16))
            for i, line in enumerate(lines):
                s.put(split + 10, y + 7 + 24 * i, line, fitted_size(line, 16, RIGHT - split - 20))
            y += height
    columns = _widths(
        [("line", lg["no"], 50, False), ("desc", lg["produce"], 0, False), ("botanical", lg["botanical"], 250, False),
         ("qty", lg["qty"], 190, True)]
    )  # fmt: skip
    rows = [
        {
            "line": str(p["line"]),
            "desc": p["description"],
            "botanical": GOODS[p["key"]].botanical,
            "qty": f"{_qty(p['quantity'], c)} {c['uom'][p['unit']]}",
        }
        for p in produce
    ]
    y = _table(s, c, y + 12, columns, rows, None)
    y = _paragraph(s, y + 12, lg["certify"], 13) + 8
    bulk = all(GOODS[it["key"]].bulk for it in c["items"])
    s.put(LEFT, y, lg["additional"], 14)
    s.put(LEFT + 20, y + 22, lg["fumigated"] if bulk else lg["clean"], 15)
    s.put(LEFT, y + 52, lg["treatment"], 14)
    when = _date_text((date.fromisoformat(c["phyto_date"]) - timedelta(days=3)).isoformat(), c)
    values = [when, *lg["fumigation"].split("|")] if bulk else [lg["none"], "-", "-", "-", "-"]
    width = (RIGHT - LEFT) / 5
    for i, (label, value) in enumerate(zip(lg["treatment_cells"].split("|"), values, strict=True)):
        x = LEFT + width * i
        s.box(x, y + 76, x + width, y + 136)
        s.put(x + 6, y + 80, label, fitted_size(label, 11, width - 10))
        s.put(x + 8, y + 104, value, fitted_size(value, 14, width - 14))
    _certificate_foot(s, c, max(y + 150, 1440), _place(c), _date(c, "phyto_date"), 7)
    _footer(s, c, f"{country.nppo} - {c['phyto_number']}", 1, 1)
    return [s]


def _certificate_parties(c: dict[str, Any]) -> dict[str, Any]:
    return {**_parties_truth(c), "origin_country": c["seller"].iso}


def afrique_phyto_truth(c: dict[str, Any]) -> dict[str, Any]:
    items = c["items"] if len(c["items"]) <= SUMMED else []
    return {
        "type": "phytosanitary_certificate",
        "fields": {
            "certificate_number": c["phyto_number"],
            "certificate_type": "phytosanitary_certificate",
            **_certificate_parties(c),
            "issue_date": c["phyto_date"],
            "issuing_authority": COUNTRIES[c["seller"].iso].nppo,
            **(
                {"items": [{k: it[k] for k in ("line", "description", "quantity", "unit")} for it in items]}
                if items
                else {}
            ),
        },
    }


def _health_rows(c: dict[str, Any]) -> list[dict[str, str]]:
    lg = CERTS[c["lang"]]
    return [
        {
            "line": str(p["line"]),
            "code": _hs(p["hs_code"][:6], c),
            "species": GOODS[p["key"]].species,
            "desc": p["description"],
            "treat": lg["canned"] if p["hs_code"].startswith("16") else lg["frozen"],
            "plant": c["seller"].approval,
            "cartons": _num(p["packages"], c, 0),
            "net": _kg(p["net_mass_kg"], c),
        }
        for p in _summed(c)
    ]


def afrique_sanitary(c: dict[str, Any]) -> list[Sheet]:
    """The fisheries' competent authority's health certificate: Part I's boxes (I.1 to I.28) and
    the attestation, or a letter with ``Label : value`` lines and a goods table."""
    lg, seller, buyer, country = CERTS[c["lang"]], c["seller"], c["buyer"], COUNTRIES[c["seller"].iso]
    s = Sheet()
    y = _admin_head(
        s,
        c,
        country.fish_ministry,
        country.fish_authority,
        lg["health"],
        lg["health_other"],
        c["health_number"],
    )
    _centred(s, y, lg["health_sub"], 15)
    y += 34
    net = _kg(_masses(c)[0], c)
    packages = _num(sum(it["packages"] for it in c["items"]), c, 0)
    if c["health_layout"] == "boxes":
        _labelled(s, LEFT, y, MIDDLE, y + 140, lg["h_consignor"], _seller_lines(c), 15)
        _labelled(s, MIDDLE, y, RIGHT, y + 70, lg["h_ref"], [c["health_number"]], 17)
        _labelled(s, MIDDLE, y + 70, RIGHT, y + 140, lg["h_central"], [country.fish_authority], 14)
        y += 140
        _labelled(s, LEFT, y, MIDDLE, y + 140, lg["h_consignee"], _buyer_lines(c), 15)
        _labelled(s, MIDDLE, y, 960, y + 70, lg["h_origin"], [_country_name(seller.iso, c)], 17)
        _labelled(s, 960, y, RIGHT, y + 70, lg["h_iso"], [seller.iso], 17)
        _labelled(s, MIDDLE, y + 70, 960, y + 140, lg["h_dest"], [_country_name(buyer.iso, c)], 17)
        _labelled(s, 960, y + 70, RIGHT, y + 140, lg["h_iso"], [buyer.iso], 17)
        y += 140
        row = [(lg["h_loading"], seller.port), (lg["h_means"], _means(c)), (lg["h_entry"], _entry(c))]
        for i, (label, value) in enumerate(row):
            x = LEFT + (RIGHT - LEFT) / 3 * i
            _labelled(s, x, y, x + (RIGHT - LEFT) / 3, y + 70, label, [value], 15)
        y += 70
        _labelled(s, LEFT, y, MIDDLE, y + 64, lg["h_packages"], [packages], 16)
        _labelled(s, MIDDLE, y, RIGHT, y + 64, lg["h_net"], [net], 16)
        y += 76
        s.put(LEFT, y, lg["h_goods"], 13)
        columns = _widths(
            [("code", lg["h_code"], 96, False), ("species", lg["h_species"], 180, False), ("desc", lg["h_nature"], 0, False),
             ("treat", lg["h_treat"], 104, False), ("plant", lg["h_plant"], 120, False),
             ("cartons", lg["h_cartons"], 90, True), ("net", lg["h_netcol"], 118, True)]
        )  # fmt: skip
        y = _table(s, c, y + 22, columns, _health_rows(c), None) + 16
    else:
        y = _paragraph(s, y, lg["letter"].format(authority=country.fish_authority), 16) + 12
        lines = [
            (
                lg["l_exporter"],
                f"{seller.name}, {seller.street}, {seller.city}, {_country_name(seller.iso, c)}",
            ),
            (lg["l_consignee"], f"{buyer.name}, {buyer.street}, {buyer.city}, {_country_name(buyer.iso, c)}"),
            (lg["l_origin"], _country_name(seller.iso, c)),
            (lg["l_plant"], seller.approval),
            (lg["l_means"], _means(c)),
            (lg["l_entry"], _entry(c)),
        ]
        for label, value in lines:
            text = label_value(label, value, c["lang"])
            s.put(LEFT, y, text, fitted_size(text, 16, RIGHT - LEFT))
            y += 28
        columns = _widths(
            [("line", lg["line"], 50, False), ("desc", lg["desc"], 0, False), ("code", lg["hs"], 110, False),
             ("species", lg["h_species"], 200, False), ("cartons", lg["h_cartons"], 110, True),
             ("net", lg["h_netcol"], 130, True)]
        )  # fmt: skip
        total = {"desc": lg["total"], "cartons": packages, "net": net}
        y = _table(s, c, y + 14, columns, _health_rows(c), total) + 16
    s.put(LEFT, y, lg["part2"], 15)
    y = _paragraph(s, y + 26, lg["attest"], 14) + 16
    s.put(LEFT, y, lg["done"].format(town=seller.town, date=_date(c, "health_date")), 18)
    s.put(LEFT, y + 34, f"{c['officer']} - {lg['inspector']}", 16)
    _signature(s, c, 760, y + 10, 220, 8)
    _stamp(s, c, 900, y + 40, [country.fish_authority.split()[0].upper(), seller.iso], 8, 70)
    _footer(s, c, f"{country.fish_authority} - {c['health_number']}", 1, 1)
    return [s]


def afrique_sanitary_truth(c: dict[str, Any]) -> dict[str, Any]:
    items = c["items"] if len(c["items"]) <= SUMMED else []
    return {
        "type": "sanitary_certificate",
        "fields": {
            "certificate_number": c["health_number"],
            "certificate_type": "sanitary_certificate",
            **_certificate_parties(c),
            "issue_date": c["health_date"],
            "issuing_authority": COUNTRIES[c["seller"].iso].fish_authority,
            "net_mass_kg": _masses(c)[0],
            **(
                {
                    "items": [
                        {
                            "line": it["line"],
                            "description": it["description"],
                            "hs_code": it["hs_code"][:6],
                            "net_mass_kg": it["net_mass_kg"],
                        }
                        for it in items
                    ]
                }
                if items
                else {}
            ),
        },
    }


# ------------------------------------------------------------------ the documents of a case

Layout = Callable[[dict[str, Any]], list[Sheet]]
Truth = Callable[[dict[str, Any]], dict[str, Any]]
AFRIQUE_KINDS: list[tuple[str, Layout, Truth]] = [
    ("invoice", afrique_invoice, afrique_invoice_truth),
    ("packing", afrique_packing, afrique_packing_truth),
    ("weight", afrique_weight, afrique_weight_truth),
    ("co", afrique_co, afrique_co_truth),
    ("eur1", afrique_eur1, afrique_eur1_truth),
    ("phyto", afrique_phyto, afrique_phyto_truth),
    ("sanitary", afrique_sanitary, afrique_sanitary_truth),
]


def afrique_kinds(c: dict[str, Any]) -> list[tuple[str, Layout, Truth]]:
    """The documents the case has: the invoice, a packing list or a weight note, a chamber's
    certificate of origin or an EUR.1, and a phytosanitary or a health certificate for the goods
    that need one."""
    return [kind for kind in AFRIQUE_KINDS if kind[0] in c["documents"]]


def file_names(c: dict[str, Any]) -> dict[str, str]:
    """Each document's file name without its suffix: the invoice number, then the kind."""
    stem = re.sub(r"[^A-Za-z0-9-]+", "-", c["invoice_number"]).strip("-")
    return {kind: f"{stem}_{name}" for kind, name in FILE_NAMES[c["lang"]].items()}
