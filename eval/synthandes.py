"""The ``andes`` layout family of the synthetic trade documents (``eval.synthdocs`` writes the cases).

The document set a Latin American exporter (Peru, Chile, Ecuador, Colombia, Brazil, Mexico,
Argentina) sends with a shipment of avocados, blueberries, asparagus, coffee, quinoa, grapes,
cherries, salmon, wine, bananas, shrimp, roses, carnations, beef, soya beans, tequila or lemons to a
buyer in France, Spain, the Netherlands, Germany or Belgium, kept apart from the other families as
a blind test of the reader. Every document is bilingual as real ones are: Spanish (Portuguese for
Brazil) with English, or for a French case with a French or Belgian buyer Spanish with French
(``FACTURA COMERCIAL / FACTURE COMMERCIALE``) or Spanish with English and French notes, drawn per
document; the two languages after a slash (``Fecha / Date``) or the second under the first in a
smaller size. A commercial invoice: the exporter's letterhead with its tax number (``R.U.C.``,
``R.U.T.``, ``NIT``, ``CNPJ``, ``RFC``, ``CUIT``), sometimes the boxed tax number, title and number of
a Peruvian or Chilean electronic invoice (``F001-00004512``), the consignee and notify party, a grid
or a column of particulars (Incoterm with its place such as ``FOB CALLAO``, payment terms, vessel or
flight, container and seal, B/L or AWB, ports or airports, origin and destination), a table of lines
(description with variety, caliber and brand, national 8- or 10-digit tariff codes such as
``0804.40.00.00`` or ``NCM 0901.11.10``, packages, quantity and unit, unit price, amount), FOB value,
freight and insurance for C terms, the total in words (``SON: ... CON 50/100 DÓLARES AMERICANOS``,
``VALOR TOTAL: ... DÓLARES NORTE-AMERICANOS``, ``SAY US DOLLARS ... ONLY``), the weights, for some
cases the EU-Andean, EU-Chile or EU-Mexico origin declaration, a signature scribble and the
exporter's round stamp across the signatory's name. A packing list by line or by pallet (pallet
numbers, per-item subtotals, temperature recorders of a reefer container, set temperature). A
certificate of origin: an EUR.1 movement certificate (boxes 1 to 12) or a chamber's or ministry's
numbered-box ``CERTIFICADO DE ORIGEN / CERTIFICATE OF ORIGIN`` (Cámara de Comercio de Lima,
SOFOFA, FIEMG...), or none when the invoice carries the origin declaration. The NPPO's IPPC-model
phytosanitary certificate (SENASA, SAG, AGROCALIDAD, ICA, MAPA, SENASICA) in boxes or in lines, or
for salmon, shrimp and beef the competent authority's health certificate (SERNAPESCA, MAPA...).
Long tables run onto a second page (``Página 1 de 2``, ``continúa en la página 2``). Every wording,
date (``14/03/2026``, ``14-03-2026``, ``March 14, 2026``, ``14 de marzo de 2026``, ``14-MAR-2026``),
number (``1.234,56`` or ``1,234.56``), tariff-code, unit and layout choice and each document's file
format is drawn from the seed by build_andes_case, so that each document's truth is a function of
the case.

    python -m eval.synthdocs OUT --cases 8 --seed 5000 --style andes
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable
from datetime import date, timedelta
from itertools import pairwise
from typing import Any, NamedTuple

from eval.synthasia import _amount_words, _qty, _single_unit
from eval.synthasia import _num as _asia_num
from eval.synthbroker import _formats, _split
from eval.synthdraw import cell_lines, centred, desc_filling, fitted_size, paragraph, text_width, wrap
from eval.synthgrid import MONTHS, Sheet, _masses, co_truth, grid_packing_truth, invoice_truth
from eval.synthledger import _charges, _subtotal, _total


class Seller(NamedTuple):
    name: str
    street: str
    city: str  # the printed city line
    town: str  # the place alone (place of issue, EXW place)
    iso: str
    lang: str  # the local language of its documents: "es" or "pt"
    tax: str  # its tax number as its letterhead prints it
    phone: str
    email: str
    port: str  # the seaport or airport it ships from
    air: bool  # ships by air (cut flowers)
    brand: str
    signatory: str  # who signs its invoices and packing lists
    position: str
    nppo: str = ""  # the plant protection organisation (phytosanitary certificates)
    health: str = ""  # the competent authority of its health certificates
    eur1: str = ""  # who endorses its EUR.1 movement certificates
    chamber: str = ""  # who issues its non-preferential certificates of origin
    declaration: str = ""  # its authorisation (or exporter reference) number for the origin declaration
    officer: str = ""  # who signs its phytosanitary or health certificates
    goods: tuple[str, ...] = ()


class Buyer(NamedTuple):
    name: str
    street: str
    city: str
    town: str
    iso: str
    port: str
    airport: str
    vat: str
    trades: tuple[str, ...]


class Good(NamedTuple):
    es: str  # the name in the exporter's language (Spanish or Portuguese)
    en: str
    fr: str
    hs: str  # the exporting country's national tariff code
    unit: str
    price: float  # USD per unit
    kg_per_unit: float
    per_package: float  # units per package
    package: str  # key of PACKAGES
    tare: float  # kg of packaging per package
    per_pallet: int  # packages per pallet (0: loaded loose)
    variants: tuple[str, ...]
    trade: str
    botanical: str = ""  # for a phytosanitary certificate
    species: str = ""  # for a health certificate
    temp: str = ""  # the reefer's set temperature
    grades: tuple[str, ...] = ("",)  # categories or presentations each variant may ship in


SELLERS = [
    Seller(
        "Agrícola Los Médanos del Sur S.A.C.", "Carretera Panamericana Sur Km 298", "Santiago, Ica", "Ica",
        "PE", "es", "R.U.C. 20601234571", "Telf. (056) 25 8841", "exportaciones@medanosdelsur.com.pe",
        "CALLAO", False, "SOL DE ICA", "Rodrigo Salazar Quispe", "Gerente de Exportaciones",
        nppo="Servicio Nacional de Sanidad Agraria - SENASA", eur1="Cámara de Comercio de Lima",
        chamber="Cámara de Comercio de Lima", declaration="PE-CCL-0412/2019", officer="Ing. Carla Huamán Ríos",
        goods=("avocado_pe", "blueberry_pe", "asparagus_pe"),
    ),
    Seller(
        "EXPORTADORA ANDINA DE GRANOS Y CAFÉ S.A.C.", "Av. Argentina 3127, Urb. Industrial", "Callao",
        "Lima", "PE", "es", "RUC N° 20547881203", "Tel. +51 1 451 7720", "ventas@andinagranos.pe", "CALLAO",
        False, "ALTO MAYO", "Juana Mendoza Torres", "Jefa de Comercio Exterior",
        nppo="Servicio Nacional de Sanidad Agraria - SENASA", eur1="Cámara de Comercio de Lima",
        chamber="Cámara de Comercio de Lima", declaration="PE-CCL-1187/2021",
        officer="Ing. Víctor Paredes Lozano", goods=("coffee_pe", "quinoa"),
    ),
    Seller(
        "Exportadora Frutícola Valle del Cachapoal S.A.", "Camino a Coinco 1450", "Rancagua, Región de O'Higgins",
        "Rancagua", "CL", "es", "R.U.T. 76.412.873-5", "Fono +56 72 276 4410", "comex@frutcachapoal.cl",
        "SAN ANTONIO", False, "CORDILLERA GOLD", "Felipe Undurraga Vial", "Gerente Comercial",
        nppo="Servicio Agrícola y Ganadero - SAG", chamber="Sociedad de Fomento Fabril - SOFOFA",
        declaration="CL-76412873", officer="Marcela Fuentes Araya", goods=("grapes", "cherries"),
    ),
    Seller(
        "Salmones Seno de Reloncaví S.A.", "Ruta 226 Km 8, Sector Chinquihue", "Puerto Montt, Región de Los Lagos",
        "Puerto Montt", "CL", "es", "R.U.T. 96.874.512-3", "Fono +56 65 243 9100", "ventas@salmonesreloncavi.cl",
        "SAN ANTONIO", False, "RELONCAVÍ", "Andrea Schwarzenberg Mena", "Jefa de Exportaciones",
        health="Servicio Nacional de Pesca y Acuicultura - SERNAPESCA",
        chamber="Cámara Nacional de Comercio, Servicios y Turismo de Chile", declaration="CL-96874512",
        officer="M.V. Patricio Oyarzún Soto", goods=("salmon_fillet", "salmon_portion"),
    ),
    Seller(
        "Viña Lomas de Colchagua S.A.", "Fundo El Huique s/n", "Palmilla, Colchagua", "Palmilla", "CL", "es",
        "RUT: 77.215.640-K", "Fono +56 72 282 5530", "export@lomasdecolchagua.cl", "VALPARAÍSO", False,
        "LOMAS DE COLCHAGUA", "Tomás Errázuriz Larraín", "Export Manager",
        chamber="Sociedad de Fomento Fabril - SOFOFA", declaration="CL-77215640", goods=("wine_cl",),
    ),
    Seller(
        "BANANERA COSTA DE ORO S.A.", "Km 4,5 Vía Machala - Pasaje", "Machala, El Oro", "Machala", "EC", "es",
        "RUC 0791754321001", "Telf. (07) 293 6610", "embarques@costadeoro.ec", "PUERTO BOLÍVAR", False,
        "ORO VERDE", "Washington Cedeño Pinto", "Gerente General",
        nppo="Agencia de Regulación y Control Fito y Zoosanitario - AGROCALIDAD",
        eur1="Ministerio de Producción, Comercio Exterior, Inversiones y Pesca",
        chamber="Cámara de Comercio de Guayaquil", declaration="EC-MPCEIP-AE-0233",
        officer="Ing. Diana Zambrano Vera", goods=("banana",),
    ),
    Seller(
        "Acuícola Estero Salado S.A.", "Km 7,5 Vía Daule, Parque Industrial El Sauce", "Guayaquil, Guayas",
        "Guayaquil", "EC", "es", "RUC: 0992648173001", "Telf. +593 4 211 3380", "ventas@esterosalado.ec",
        "GUAYAQUIL", False, "PACIFIC PEARL", "María José Alvarado", "Jefe de Ventas Internacionales",
        health="Subsecretaría de Calidad e Inocuidad - Ministerio de Producción, Comercio Exterior, "
        "Inversiones y Pesca",
        eur1="Ministerio de Producción, Comercio Exterior, Inversiones y Pesca",
        chamber="Cámara de Comercio de Guayaquil", declaration="EC-MPCEIP-AE-0519",
        officer="Blgo. Fernando Suárez Mora", goods=("shrimp",),
    ),
    Seller(
        "Florícola Páramo de Cotopaxi S.A.", "Panamericana Norte Km 12, Lasso", "Latacunga, Cotopaxi",
        "Latacunga", "EC", "es", "RUC 0591723456001", "Telf. +593 3 271 9045", "sales@paramoroses.ec",
        "QUITO (UIO)", True, "PÁRAMO ROSES", "Cristina Naranjo Vega", "Sales Manager",
        nppo="Agencia de Regulación y Control Fito y Zoosanitario - AGROCALIDAD",
        eur1="Ministerio de Producción, Comercio Exterior, Inversiones y Pesca",
        declaration="EC-MPCEIP-AE-0877", officer="Ing. Luis Toapanta Chicaiza", goods=("roses_ec",),
    ),
    Seller(
        "TRILLADORA CAFETERA DEL QUINDÍO S.A.S.", "Km 2 Vía al Valle, Zona Industrial", "Armenia, Quindío",
        "Armenia", "CO", "es", "NIT 900.458.712-3", "PBX (606) 745 2210", "export@trilladoraquindio.co",
        "BUENAVENTURA", False, "QUINDÍO ALTO", "Santiago Restrepo Gómez", "Director de Exportaciones",
        nppo="Instituto Colombiano Agropecuario - ICA",
        eur1="Dirección de Impuestos y Aduanas Nacionales - DIAN",
        chamber="Cámara de Comercio de Armenia y del Quindío", declaration="CO-DIAN-AE-00874",
        officer="Ing. Paola Andrea Ospina", goods=("coffee_co",),
    ),
    Seller(
        "C.I. Flores de la Sabana S.A.S.", "Vereda Puente de Piedra, Km 3", "Madrid, Cundinamarca", "Madrid",
        "CO", "es", "NIT: 860.512.447-1", "Tel. +57 601 825 4410", "ventas@floresdelasabana.co",
        "BOGOTÁ (BOG)", True, "SABANA BLOOMS", "Carolina Montoya Duque", "Gerente de Ventas",
        nppo="Instituto Colombiano Agropecuario - ICA",
        eur1="Dirección de Impuestos y Aduanas Nacionales - DIAN", chamber="Cámara de Comercio de Bogotá",
        declaration="CO-DIAN-AE-01262", officer="Ing. Andrés Felipe Cárdenas",
        goods=("roses_co", "carnations", "alstroemeria"),
    ),
    Seller(
        "Cooperativa dos Cafeicultores da Mantiqueira Ltda.", "Rodovia BR-491, Km 12", "Varginha - MG",
        "Varginha", "BR", "pt", "CNPJ 12.345.678/0001-90", "Tel. +55 35 3214 8800",
        "exportacao@coopmantiqueira.com.br", "SANTOS", False, "SERRA DA MANTIQUEIRA",
        "Ana Paula Figueiredo", "Gerente de Exportação",
        nppo="Ministério da Agricultura e Pecuária - MAPA",
        chamber="Federação das Indústrias do Estado de Minas Gerais - FIEMG",
        officer="Eng. Agr. Ricardo Tavares Lima", goods=("coffee_br",),
    ),
    Seller(
        "Frigorífico Vale do Araguaia S.A.", "Rodovia BR-070, Km 5", "Barra do Garças - MT", "Barra do Garças",
        "BR", "pt", "CNPJ: 08.765.432/0001-15", "Tel. +55 66 3401 2200", "export@frigoaraguaia.com.br",
        "SANTOS", False, "ARAGUAIA PRIME", "Marcelo Nogueira Prado", "Diretor Comercial",
        health="Ministério da Agricultura e Pecuária - Serviço de Inspeção Federal (SIF)",
        chamber="Federação das Indústrias do Estado de São Paulo - FIESP",
        officer="Méd. Vet. Juliana Bastos Couto", goods=("beef",),
    ),
    Seller(
        "Agropecuária Cerrado Verde S.A.", "Rodovia GO-174, Km 18, Zona Rural", "Rio Verde - GO", "Rio Verde",
        "BR", "pt", "CNPJ 23.456.789/0001-04", "Tel. +55 64 3620 1500", "comex@cerradoverde.agr.br",
        "PARANAGUÁ", False, "CERRADO VERDE", "Eduardo Campos Reis", "Gerente de Comércio Exterior",
        nppo="Ministério da Agricultura e Pecuária - MAPA",
        chamber="Federação das Indústrias do Estado de Goiás - FIEG",
        officer="Eng. Agr. Helena Dutra Silva", goods=("soy",),
    ),
    Seller(
        "Empacadora de Aguacate Tancítaro S.A. de C.V.", "Carretera Tancítaro-Uruapan Km 6,5",
        "Tancítaro, Michoacán, C.P. 60460", "Tancítaro", "MX", "es", "RFC: EAT150312KZ4",
        "Tel. +52 425 592 0180", "exportacion@aguacatetancitaro.mx", "VERACRUZ", False, "TANCÍTARO",
        "Gerardo Villaseñor Ruiz", "Director de Exportación",
        nppo="Servicio Nacional de Sanidad, Inocuidad y Calidad Agroalimentaria - SENASICA",
        eur1="Secretaría de Economía", chamber="Cámara Nacional de Comercio de Uruapan",
        declaration="MX-SE-AE-2017-0341", officer="Ing. Rosa Elena Magaña", goods=("avocado_mx",),
    ),
    Seller(
        "Destiladora Los Altos de Arandas S.A. de C.V.", "Carretera Arandas-León Km 3",
        "Arandas, Jalisco, C.P. 47180", "Arandas", "MX", "es", "RFC DAA0807224M1", "Tel. +52 348 783 2050",
        "export@losaltosdearandas.mx", "VERACRUZ", False, "CERRO ALTO", "Verónica Orozco Barba",
        "Gerente de Exportaciones", eur1="Secretaría de Economía",
        chamber="Cámara Nacional de Comercio de Guadalajara", declaration="MX-SE-AE-2012-0118",
        goods=("tequila",),
    ),
    Seller(
        "Citrícola del Aconquija S.A.", "Ruta Nacional 38 Km 742", "Famaillá, Tucumán", "Famaillá", "AR", "es",
        "C.U.I.T. 30-71234567-8", "Tel. +54 3863 46 1200", "exportaciones@citricolaaconquija.com.ar",
        "BUENOS AIRES", False, "ACONQUIJA", "Martín Paz Posse", "Gerente de Comercio Exterior",
        nppo="Servicio Nacional de Sanidad y Calidad Agroalimentaria - SENASA",
        chamber="Cámara Argentina de Comercio y Servicios", officer="Ing. Agr. Sofía Terán",
        goods=("lemons",),
    ),
    Seller(
        "Bodega Altos del Tupungato S.A.", "Ruta Provincial 89 s/n, Gualtallary", "Tupungato, Mendoza",
        "Tupungato", "AR", "es", "CUIT 30-70987654-3", "Tel. +54 261 488 3300",
        "export@altosdeltupungato.com.ar", "BUENOS AIRES", False, "ALTOS DEL TUPUNGATO",
        "Lucía Ferraris Adúriz", "Export Manager", chamber="Cámara Argentina de Comercio y Servicios",
        goods=("wine_ar",),
    ),
]  # fmt: skip
BUYERS = [
    Buyer("Rungis Primeurs Exotiques SAS", "Bâtiment D4, 1 rue de la Tour", "94150 Rungis", "Rungis", "FR",
          "LE HAVRE", "PARIS-CDG (CDG)", "TVA FR 41 512 334 870", ("fresh", "flowers")),
    Buyer("Brûlerie de l'Atlantique SAS", "12 quai Ernest Renaud", "44100 Nantes", "Nantes", "FR", "LE HAVRE",
          "PARIS-CDG (CDG)", "TVA FR 78 423 998 114", ("dry",)),
    Buyer("Marée et Viandes du Boulonnais SAS", "Zone de Capécure, 24 rue Huret-Lagache",
          "62200 Boulogne-sur-Mer", "Boulogne-sur-Mer", "FR", "DUNKERQUE", "PARIS-CDG (CDG)",
          "TVA FR 09 388 120 547", ("sea", "meat")),
    Buyer("Caves Saint-Vincent Négoce SAS", "48 quai des Chartrons", "33000 Bordeaux", "Bordeaux", "FR",
          "LE HAVRE", "PARIS-CDG (CDG)", "TVA FR 62 341 205 889", ("drinks",)),
    Buyer("Nutrition Animale du Léon SAS", "Port de commerce, 7 quai de la Douane", "29200 Brest", "Brest",
          "FR", "BREST", "PARIS-CDG (CDG)", "TVA FR 33 478 610 225", ("feed",)),
    Buyer("Euro-Fleurs Bruxelles SRL", "Chaussée de Mons 1210", "1070 Anderlecht", "Anderlecht", "BE",
          "ANTWERPEN", "LIÈGE (LGG)", "TVA BE 0478.215.336", ("flowers", "fresh")),
    Buyer("Ardenne Viandes & Marée SA", "Rue de l'Abattoir 15", "4800 Verviers", "Verviers", "BE", "ANTWERPEN",
          "LIÈGE (LGG)", "TVA BE 0439.882.104", ("meat", "sea", "drinks")),
    Buyer("Hortofrutícola Levantina Importación S.L.", "Polígono Fuente del Jarro, C/ Ciudad de Sevilla 31",
          "46988 Paterna (Valencia)", "Paterna", "ES", "VALENCIA", "MADRID (MAD)", "CIF B-97412338",
          ("fresh", "dry")),
    Buyer("Congelados Ría de Vigo S.A.", "Avda. de Beiramar 58", "36202 Vigo", "Vigo", "ES", "VIGO",
          "MADRID (MAD)", "CIF A-36044172", ("sea", "meat")),
    Buyer("Bodegas y Licores del Cantábrico S.L.", "Polígono Lezama-Leguizamón 12", "48450 Etxebarri (Bizkaia)",
          "Etxebarri", "ES", "BILBAO", "MADRID (MAD)", "CIF B-48517220", ("drinks",)),
    Buyer("Barendrecht Fresh Produce B.V.", "Dierensteinweg 30", "2991 XJ Barendrecht", "Barendrecht", "NL",
          "ROTTERDAM", "AMSTERDAM (AMS)", "VAT NL 8154.22.871.B01", ("fresh", "flowers")),
    Buyer("Maasvlakte Agri Commodities B.V.", "Europaweg 910", "3199 LC Rotterdam", "Rotterdam", "NL",
          "ROTTERDAM", "AMSTERDAM (AMS)", "VAT NL 8622.14.503.B01", ("feed", "dry")),
    Buyer("Hanseatische Rohkaffee-Kontor GmbH", "Am Sandtorkai 54", "20457 Hamburg", "Hamburg", "DE",
          "HAMBURG", "FRANKFURT (FRA)", "USt-IdNr. DE 118 624 775", ("dry",)),
    Buyer("Nordsee Fisch- und Fleischhandel GmbH", "Fischkai 21", "27572 Bremerhaven", "Bremerhaven", "DE",
          "BREMERHAVEN", "FRANKFURT (FRA)", "USt-IdNr. DE 204 551 983", ("sea", "meat")),
    Buyer("Rheinland Getränke-Import GmbH", "Hansaallee 201", "40549 Düsseldorf", "Düsseldorf", "DE",
          "ROTTERDAM", "FRANKFURT (FRA)", "USt-IdNr. DE 301 227 468", ("drinks",)),
]  # fmt: skip
GOODS = {
    "avocado_pe": Good("Palta Hass fresca", "Fresh Hass avocados", "Avocats Hass frais", "0804400000", "kg",
                       2.35, 1.0, 4, "box", 0.45, 264,
                       ("Cal. 12", "Cal. 14", "Cal. 16", "Cal. 18", "Cal. 20", "Cal. 22", "Cal. 24", "Cal. 26"),
                       "fresh", botanical="Persea americana", temp="+5.5 °C", grades=('Cat. I', 'Cat. II')),
    "blueberry_pe": Good("Arándanos frescos", "Fresh blueberries", "Myrtilles fraîches", "0810400000", "kg",
                         6.8, 1.0, 1.5, "box", 0.3, 320,
                         ("Biloxi 12 x 125 g", "Ventura 12 x 125 g", "Emerald 8 x 170 g", "Biloxi 6 x 250 g",
                          "Sekoya Pop 12 x 125 g", "Ventura 8 x 170 g jumbo"),
                         "fresh", botanical="Vaccinium corymbosum", temp="+0.5 °C", grades=('', 'orgánico')),
    "asparagus_pe": Good("Espárrago verde fresco", "Fresh green asparagus", "Asperges vertes fraîches",
                         "0709200000", "kg", 3.2, 1.0, 5, "box", 0.5, 120,
                         ("Jumbo", "Extra large", "Large", "Standard", "Puntas 15 cm"),
                         "fresh", botanical="Asparagus officinalis", temp="+1.5 °C"),
    "coffee_pe": Good("Café verde arábica", "Green arabica coffee", "Café vert arabica", "0901119000", "kg",
                      4.6, 1.0, 69, "bag", 0.7, 0,
                      ("Grado 1 orgánico", "Catimor MCM", "Geisha lavado", "HB grado 2", "Bourbon Cajamarca"),
                      "dry", botanical="Coffea arabica"),
    "quinoa": Good("Quinua en grano", "Quinoa grain", "Quinoa en grains", "1008509000", "kg", 2.4, 1.0, 25,
                   "bag", 0.15, 40, ("blanca", "roja", "negra", "tricolor", "blanca orgánica"),
                   "dry", botanical="Chenopodium quinoa"),
    "grapes": Good("Uva de mesa fresca", "Fresh table grapes", "Raisins de table frais", "08061000", "kg", 2.1,
                   1.0, 8.2, "box", 0.7, 108,
                   ("Thompson Seedless XL", "Crimson Seedless L", "Red Globe XL", "Flame Seedless L",
                    "Autumn Royal XL", "Sweet Globe XL"),
                   "fresh", botanical="Vitis vinifera", temp="-0.5 °C", grades=('Cat. I', 'Cat. II')),
    "cherries": Good("Cerezas frescas", "Fresh cherries", "Cerises fraîches", "08092900", "kg", 7.5, 1.0, 5,
                     "box", 0.4, 160, ("Lapins 2J", "Santina 3J", "Regina 2J", "Kordia 3J", "Sweetheart XL"),
                     "fresh", botanical="Prunus avium", temp="0.0 °C", grades=('Cat. I', 'Cat. II')),
    "salmon_fillet": Good("Filete de salmón del Atlántico congelado", "Frozen Atlantic salmon fillets",
                          "Filets de saumon atlantique congelés", "03048100", "kg", 9.8, 1.0, 10, "carton", 0.6,
                          90, ("Trim D 2-3 lb IVP", "Trim C 3-4 lb", "Trim E 1-2 lb IVP", "Trim D 3-4 lb"),
                          "sea", species="Salmo salar", temp="-20.0 °C"),
    "salmon_portion": Good("Porciones de salmón del Atlántico congeladas", "Frozen Atlantic salmon portions",
                           "Pavés de saumon atlantique congelés", "03048100", "kg", 11.4, 1.0, 5, "carton",
                           0.35, 150, ("125 g IVP", "150 g IVP", "180 g skin on", "200 g skinless"),
                           "sea", species="Salmo salar", temp="-20.0 °C"),
    "wine_cl": Good("Vino tinto", "Red wine", "Vin rouge", "22042100", "l", 4.2, 1.35, 9, "carton", 0.9, 75,
                    ("Cabernet Sauvignon Reserva 2023, 12 x 750 ml", "Carmenère Gran Reserva 2022, 12 x 750 ml",
                     "Merlot 2023, 12 x 750 ml", "Syrah Reserva 2022, 12 x 750 ml",
                     "Ensamblaje Icono 2021, 12 x 750 ml"), "drinks"),
    "banana": Good("Banano fresco", "Fresh bananas", "Bananes fraîches", "0803901100", "kg", 0.42, 1.0, 18.14,
                   "box", 1.3, 54, ("Cavendish 22XU", "Cavendish 208", "Cavendish 22XU orgánico",
                                    "Cavendish 2125 clusters"),
                   "fresh", botanical="Musa acuminata", temp="+13.5 °C", grades=('', 'Cat. II')),
    "shrimp": Good("Camarón blanco congelado", "Frozen white shrimp", "Crevettes blanches congelées",
                   "0306171900", "kg", 6.2, 1.0, 20, "carton", 1.2, 60,
                   ("HOSO 20/30", "HOSO 30/40", "HLSO 21/25", "HLSO 26/30", "HLSO 31/40", "PUD 51/60"),
                   "sea", species="Penaeus vannamei", temp="-18.0 °C", grades=('bloque 2 kg', 'IQF')),
    "roses_ec": Good("Rosas frescas cortadas", "Fresh cut roses", "Roses fraîches coupées", "0603110000", "pcs",
                     0.38, 0.045, 250, "half_box", 1.8, 0,
                     ("Freedom 50 cm", "Explorer 60 cm", "Mondial 50 cm", "Vendela 60 cm", "Pink Floyd 70 cm",
                      "Nina 50 cm", "High & Magic 60 cm", "Country Blues 50 cm"),
                     "flowers", botanical="Rosa spp."),
    "coffee_co": Good("Café verde arábica", "Green arabica coffee", "Café vert arabica", "0901119000", "kg",
                      5.9, 1.0, 70, "bag", 0.8, 0,
                      ("Excelso EP 10%", "Supremo 17/18", "Excelso UGQ", "Huila Supremo 18", "Tolima Excelso"),
                      "dry", botanical="Coffea arabica", grades=('', 'lote especial')),
    "roses_co": Good("Rosas frescas cortadas", "Fresh cut roses", "Roses fraîches coupées", "0603110000", "pcs",
                     0.31, 0.04, 300, "half_box", 1.8, 0,
                     ("Freedom 50 cm", "Vendela 50 cm", "Explorer 60 cm", "Hearts 50 cm"),
                     "flowers", botanical="Rosa spp."),
    "carnations": Good("Claveles frescos cortados", "Fresh cut carnations", "Oeillets frais coupés",
                       "0603120000", "pcs", 0.14, 0.03, 500, "half_box", 1.6, 0,
                       ("Standard Fancy", "Standard Select", "Miniclavel Select", "Moonlight Select"),
                       "flowers", botanical="Dianthus caryophyllus"),
    "alstroemeria": Good("Alstroemerias frescas cortadas", "Fresh cut alstroemeria", "Alstroemères fraîches coupées",
                         "0603199000", "pcs", 0.18, 0.035, 400, "half_box", 1.6, 0,
                         ("Select 70 cm", "Fancy 60 cm"), "flowers", botanical="Alstroemeria spp."),
    "coffee_br": Good("Café verde arábica", "Green arabica coffee", "Café vert arabica", "09011110", "kg", 4.9,
                      1.0, 60, "bag", 0.6, 0,
                      ("NY 2/3 peneira 17/18 fine cup", "NY 2/3 peneira 16 up", "NY 4/5 peneira 14/16",
                       "Bourbon amarelo peneira 17/18", "Natural peneira 15 up"),
                      "dry", botanical="Coffea arabica", grades=('', 'lote especial')),
    "beef": Good("Carne bovina desossada congelada", "Frozen boneless beef", "Viande bovine désossée congelée",
                 "02023000", "kg", 6.9, 1.0, 25, "carton", 0.9, 40,
                 ("contrafilé (striploin)", "filé mignon (tenderloin)", "picanha (rump cap)", "alcatra (rump)",
                  "coxão mole (topside)", "músculo (shin)"),
                 "meat", species="Bos taurus", temp="-18.0 °C", grades=('', 'Cota Hilton')),
    "soy": Good("Soja em grãos", "Soya beans", "Fèves de soja", "12019000", "kg", 0.42, 1.0, 50, "bag", 0.12,
                0, ("não-OGM", "convencional", "orgânica"), "feed", botanical="Glycine max"),
    "avocado_mx": Good("Aguacate Hass fresco", "Fresh Hass avocados", "Avocats Hass frais", "08044001", "kg",
                       2.2, 1.0, 10, "box", 0.9, 96,
                       ("Cal. 32", "Cal. 36", "Cal. 40", "Cal. 48", "Cal. 60", "Cal. 70"),
                       "fresh", botanical="Persea americana", temp="+5.0 °C", grades=('Cat. I', 'Cat. II')),
    "tequila": Good("Tequila 100% agave", "Tequila 100% agave", "Tequila 100 % agave", "22089003", "l", 9.5,
                    1.45, 9, "carton", 1.0, 60,
                    ("blanco 38% vol., 12 x 750 ml", "reposado 38% vol., 12 x 750 ml",
                     "añejo 40% vol., 12 x 750 ml", "blanco 40% vol., 12 x 750 ml"), "drinks"),
    "lemons": Good("Limón fresco", "Fresh lemons", "Citrons frais", "08055000", "kg", 0.95, 1.0, 18, "box",
                   1.1, 60, ("Eureka cal. 100", "Eureka cal. 115", "Eureka cal. 138", "Lisbon cal. 88",
                             "Génova cal. 113"),
                   "fresh", botanical="Citrus limon", temp="+8.0 °C", grades=('Cat. I', 'Cat. II')),
    "wine_ar": Good("Vino tinto", "Red wine", "Vin rouge", "22042100", "l", 4.6, 1.35, 9, "carton", 0.9, 75,
                    ("Malbec Reserva 2023, 12 x 750 ml", "Malbec 2024, 12 x 750 ml",
                     "Cabernet Franc 2022, 12 x 750 ml", "Bonarda 2023, 12 x 750 ml",
                     "Blend de altura 2022, 12 x 750 ml"), "drinks"),
}  # fmt: skip
COUNTRIES = {
    "PE": {"es": "PERÚ", "pt": "PERU"},
    "CL": {"es": "CHILE", "pt": "CHILE"},
    "EC": {"es": "ECUADOR", "pt": "EQUADOR"},
    "CO": {"es": "COLOMBIA", "pt": "COLÔMBIA"},
    "BR": {"es": "BRASIL", "pt": "BRASIL"},
    "MX": {"es": "MÉXICO", "pt": "MÉXICO"},
    "AR": {"es": "ARGENTINA", "pt": "ARGENTINA"},
    "FR": {"es": "FRANCIA", "pt": "FRANÇA"},
    "BE": {"es": "BÉLGICA", "pt": "BÉLGICA"},
    "ES": {"es": "ESPAÑA", "pt": "ESPANHA"},
    "NL": {"es": "PAÍSES BAJOS", "pt": "PAÍSES BAIXOS"},
    "DE": {"es": "ALEMANIA", "pt": "ALEMANHA"},
}
# The adjective of the origin declaration: "... these products are of Peruvian preferential origin".
ADJECTIVES = {
    "PE": {"es": "peruano", "en": "Peruvian", "fr": "péruvienne"},
    "CL": {"es": "chileno", "en": "Chilean", "fr": "chilienne"},
    "EC": {"es": "ecuatoriano", "en": "Ecuadorian", "fr": "équatorienne"},
    "CO": {"es": "colombiano", "en": "Colombian", "fr": "colombienne"},
    "MX": {"es": "mexicano", "en": "Mexican", "fr": "mexicaine"},
}
# The agreement an EUR.1 certifies: box 2 ("... between PERU and THE EUROPEAN UNION").
EU = {
    "es": "LA UNIÓN EUROPEA",
    "pt": "A UNIÃO EUROPEIA",
    "en": "THE EUROPEAN UNION",
    "fr": "L'UNION EUROPÉENNE",
}
PACKAGES = {
    "box": {"es": "CAJAS", "pt": "CAIXAS", "en": "BOXES", "fr": "CARTONS"},
    "carton": {"es": "CARTONES", "pt": "CAIXAS", "en": "CARTONS", "fr": "CARTONS"},
    "bag": {"es": "SACOS", "pt": "SACAS", "en": "BAGS", "fr": "SACS"},
    "half_box": {"es": "CAJAS HB", "pt": "CAIXAS HB", "en": "HALF BOXES", "fr": "DEMI-CARTONS"},
}
# The label of the national tariff code, by exporting country.
HS_LABELS = {
    "PE": ("Partida arancelaria", "Sub-partida nacional"),
    "CL": ("Código arancelario", "Ítem arancelario"),
    "EC": ("Subpartida arancelaria", "Partida arancelaria"),
    "CO": ("Subpartida arancelaria", "Posición arancelaria"),
    "BR": ("NCM", "Classificação NCM"),
    "MX": ("Fracción arancelaria", "Fracción arancelaria"),
    "AR": ("Posición arancelaria NCM", "Posición NCM"),
}
# How each country groups the digits of its tariff codes: 0804.40.00.00, 0806.1000, 0901.11.10.
HS_GROUPS = {"PE": (4, 2, 2, 2), "CO": (4, 2, 2, 2), "EC": (4, 2, 2, 2), "CL": (4, 4), "BR": (4, 2, 2),
             "MX": (4, 2, 2), "AR": (4, 2, 2)}  # fmt: skip
# Labels in the exporter's language (es, pt) and the second one (en, fr).
T: dict[str, dict[str, str]] = {
    "invoice": {"es": "FACTURA COMERCIAL", "pt": "FATURA COMERCIAL", "en": "COMMERCIAL INVOICE",
                "fr": "FACTURE COMMERCIALE"},
    "export_invoice": {"es": "FACTURA DE EXPORTACIÓN", "pt": "FATURA DE EXPORTAÇÃO", "en": "EXPORT INVOICE",
                       "fr": "FACTURE D'EXPORTATION"},
    "packing": {"es": "LISTA DE EMPAQUE", "pt": "ROMANEIO DE CARGA", "en": "PACKING LIST",
                "fr": "LISTE DE COLISAGE"},
    "number": {"es": "N° Factura", "pt": "N° Fatura", "en": "Invoice No.", "fr": "N° de facture"},
    "date": {"es": "Fecha", "pt": "Data", "en": "Date", "fr": "Date"},
    "invoice_date": {"es": "Fecha de factura", "pt": "Data da fatura", "en": "Invoice date",
                     "fr": "Date de facture"},
    "po": {"es": "Orden de compra", "pt": "Pedido do cliente", "en": "Purchase order", "fr": "Bon de commande"},
    "exporter": {"es": "Exportador", "pt": "Exportador", "en": "Exporter", "fr": "Exportateur"},
    "shipper": {"es": "Embarcador", "pt": "Embarcador", "en": "Shipper", "fr": "Expéditeur"},
    "consignee": {"es": "Consignatario", "pt": "Consignatário", "en": "Consignee", "fr": "Destinataire"},
    "buyer": {"es": "Comprador", "pt": "Comprador", "en": "Buyer", "fr": "Acheteur"},
    "notify": {"es": "Notificar a", "pt": "Notificar", "en": "Notify party", "fr": "Notifier"},
    "same": {"es": "IGUAL AL CONSIGNATARIO", "pt": "O MESMO CONSIGNATÁRIO", "en": "SAME AS CONSIGNEE",
             "fr": "IDEM DESTINATAIRE"},
    "currency": {"es": "Moneda", "pt": "Moeda", "en": "Currency", "fr": "Devise"},
    "terms": {"es": "Condición de venta", "pt": "Condição de venda", "en": "Terms of sale",
              "fr": "Conditions de vente"},
    "incoterm": {"es": "Incoterm 2020", "pt": "Incoterm 2020", "en": "Incoterm 2020", "fr": "Incoterm 2020"},
    "payment": {"es": "Forma de pago", "pt": "Condição de pagamento", "en": "Payment terms",
                "fr": "Conditions de paiement"},
    "pol": {"es": "Puerto de embarque", "pt": "Porto de embarque", "en": "Port of loading",
            "fr": "Port de chargement"},
    "pod": {"es": "Puerto de destino", "pt": "Porto de destino", "en": "Port of discharge",
            "fr": "Port de déchargement"},
    "aol": {"es": "Aeropuerto de salida", "pt": "Aeroporto de origem", "en": "Airport of departure",
            "fr": "Aéroport de départ"},
    "aod": {"es": "Aeropuerto de destino", "pt": "Aeroporto de destino", "en": "Airport of destination",
            "fr": "Aéroport de destination"},
    "vessel": {"es": "Nave / Viaje", "pt": "Navio / Viagem", "en": "Vessel / Voyage", "fr": "Navire / Voyage"},
    "flight": {"es": "Vuelo", "pt": "Voo", "en": "Flight", "fr": "Vol"},
    "container": {"es": "Contenedor", "pt": "Contêiner", "en": "Container", "fr": "Conteneur"},
    "seal": {"es": "Precinto", "pt": "Lacre", "en": "Seal", "fr": "Scellé"},
    "bl": {"es": "N° B/L", "pt": "N° B/L", "en": "B/L No.", "fr": "N° connaissement"},
    "awb": {"es": "Guía aérea (AWB)", "pt": "Conhecimento aéreo (AWB)", "en": "Air waybill",
            "fr": "Lettre de transport aérien"},
    "origin": {"es": "País de origen", "pt": "País de origem", "en": "Country of origin", "fr": "Pays d'origine"},
    "destination": {"es": "País de destino", "pt": "País de destino", "en": "Country of destination",
                    "fr": "Pays de destination"},
    "item": {"es": "Ítem", "pt": "Item", "en": "Item", "fr": "Art."},
    "packages": {"es": "Bultos", "pt": "Volumes", "en": "Packages", "fr": "Colis"},
    "boxes": {"es": "Cajas", "pt": "Caixas", "en": "Boxes", "fr": "Colis"},
    "desc": {"es": "Descripción de la mercancía", "pt": "Descrição da mercadoria", "en": "Description of goods",
             "fr": "Désignation des marchandises"},
    "qty": {"es": "Cantidad", "pt": "Quantidade", "en": "Quantity", "fr": "Quantité"},
    "unit": {"es": "Unidad", "pt": "Unidade", "en": "Unit", "fr": "Unité"},
    "price": {"es": "Precio unitario", "pt": "Preço unitário", "en": "Unit price", "fr": "Prix unitaire"},
    "amount": {"es": "Valor total", "pt": "Valor total", "en": "Amount", "fr": "Montant"},
    "fob": {"es": "Valor FOB", "pt": "Valor FOB", "en": "FOB value", "fr": "Valeur FOB"},
    "freight": {"es": "Flete", "pt": "Frete", "en": "Freight", "fr": "Fret"},
    "insurance": {"es": "Seguro", "pt": "Seguro", "en": "Insurance", "fr": "Assurance"},
    "total": {"es": "TOTAL", "pt": "TOTAL", "en": "TOTAL", "fr": "TOTAL"},
    "net": {"es": "Peso neto", "pt": "Peso líquido", "en": "Net weight", "fr": "Poids net"},
    "gross": {"es": "Peso bruto", "pt": "Peso bruto", "en": "Gross weight", "fr": "Poids brut"},
    "total_packages": {"es": "Total bultos", "pt": "Total de volumes", "en": "Total packages",
                       "fr": "Nombre total de colis"},
    "marks": {"es": "Marcas", "pt": "Marcas", "en": "Shipping marks", "fr": "Marques"},
    "signature": {"es": "Firma autorizada", "pt": "Assinatura autorizada", "en": "Authorized signature",
                  "fr": "Signature autorisée"},
    "bank": {"es": "Datos bancarios", "pt": "Dados bancários", "en": "Bank details", "fr": "Coordonnées bancaires"},
    "pallet": {"es": "Pallet N°", "pt": "Palete N°", "en": "Pallet No.", "fr": "Palette N°"},
    "pallets": {"es": "Pallets", "pt": "Paletes", "en": "Pallets", "fr": "Palettes"},
    "total_pallets": {"es": "Total pallets", "pt": "Total de paletes", "en": "Total pallets",
                      "fr": "Nombre de palettes"},
    "recorder": {"es": "Termógrafo", "pt": "Termógrafo", "en": "Temp. recorder", "fr": "Enregistreur temp."},
    "recorders": {"es": "Registradores de temperatura", "pt": "Registradores de temperatura",
                  "en": "Temperature recorders", "fr": "Enregistreurs de température"},
    "setpoint": {"es": "Temperatura de transporte", "pt": "Temperatura de transporte",
                 "en": "Carrying temperature", "fr": "Température de transport"},
    "subtotal": {"es": "Subtotal ítem", "pt": "Subtotal item", "en": "Subtotal item", "fr": "Sous-total art."},
    "net_col": {"es": "Peso neto (kg)", "pt": "Peso líquido (kg)", "en": "Net weight (kg)",
                "fr": "Poids net (kg)"},
    "gross_col": {"es": "Peso bruto (kg)", "pt": "Peso bruto (kg)", "en": "Gross weight (kg)",
                  "fr": "Poids brut (kg)"},
    "continued": {"es": "Continúa en la página {p}", "pt": "Continua na página {p}",
                  "en": "Continued on page {p}", "fr": "Suite page {p}"},
    "page": {"es": "Página {p} de {n}", "pt": "Página {p} de {n}", "en": "Page {p} of {n}",
             "fr": "Page {p} sur {n}"},
    "resumed": {"es": "(continuación)", "pt": "(continuação)", "en": "(continued)", "fr": "(suite)"},
    "invoice_ref": {"es": "Factura N°", "pt": "Fatura N°", "en": "Invoice No.", "fr": "Facture n°"},
    "dated": {"es": "de fecha", "pt": "de", "en": "dated", "fr": "du"},
    "hs": {"es": "Partida arancelaria", "pt": "NCM", "en": "HS Code", "fr": "Code SH"},
    "declaration": {"es": "DECLARACIÓN DE ORIGEN", "pt": "DECLARAÇÃO DE ORIGEM", "en": "ORIGIN DECLARATION",
                    "fr": "DÉCLARATION D'ORIGINE"},
    "notes": {"es": "Observaciones", "pt": "Observações", "en": "Remarks", "fr": "Remarques"},
    "brand": {"es": "MARCA", "pt": "MARCA", "en": "BRAND", "fr": "MARQUE"},
}  # fmt: skip
# The EUR.1 movement certificate's boxes and the non-preferential certificate's.
CO_BOXES: dict[str, dict[str, str]] = {
    "eur1_title": {"es": "CERTIFICADO DE CIRCULACIÓN DE MERCANCÍAS", "pt": "CERTIFICADO DE CIRCULAÇÃO DE MERCADORIAS",
                   "en": "MOVEMENT CERTIFICATE", "fr": "CERTIFICAT DE CIRCULATION DES MARCHANDISES"},
    "co_title": {"es": "CERTIFICADO DE ORIGEN", "pt": "CERTIFICADO DE ORIGEM", "en": "CERTIFICATE OF ORIGIN",
                 "fr": "CERTIFICAT D'ORIGINE"},
    "e1": {"es": "1. Exportador (nombre, dirección completa, país)", "pt": "1. Exportador (nome, endereço completo, país)",
           "en": "Exporter (name, full address, country)", "fr": "Exportateur (nom, adresse complète, pays)"},
    "e2": {"es": "2. Certificado utilizado en los intercambios preferenciales entre",
           "pt": "2. Certificado utilizado nas trocas preferenciais entre",
           "en": "Certificate used in preferential trade between", "fr": "Certificat utilisé dans les échanges préférentiels entre"},
    "and": {"es": "y", "pt": "e", "en": "and", "fr": "et"},
    "e3": {"es": "3. Destinatario (nombre, dirección completa, país) (mención facultativa)",
           "pt": "3. Destinatário (nome, endereço completo, país) (menção facultativa)",
           "en": "Consignee (name, full address, country) (optional)",
           "fr": "Destinataire (nom, adresse complète, pays) (mention facultative)"},
    "e4": {"es": "4. País, grupo de países o territorio de donde se consideran originarios los productos",
           "pt": "4. País, grupo de países ou território de que os produtos são considerados originários",
           "en": "Country, group of countries or territory in which the products are considered as originating",
           "fr": "Pays, groupe de pays ou territoire dont les produits sont considérés comme originaires"},
    "e5": {"es": "5. País, grupo de países o territorio de destino", "pt": "5. País, grupo de países ou território de destino",
           "en": "Country, group of countries or territory of destination",
           "fr": "Pays, groupe de pays ou territoire de destination"},
    "e6": {"es": "6. Información relativa al transporte (mención facultativa)",
           "pt": "6. Informações relativas ao transporte (menção facultativa)",
           "en": "Transport details (optional)", "fr": "Informations relatives au transport (mention facultative)"},
    "e7": {"es": "7. Observaciones", "pt": "7. Observações", "en": "Remarks", "fr": "Observations"},
    "e8": {"es": "8. Número de orden; marcas, numeración; número y naturaleza de los bultos; designación de las mercancías",
           "pt": "8. Número de ordem; marcas, numeração; número e natureza dos volumes; designação das mercadorias",
           "en": "Item number; marks and numbers; number and kind of packages; description of goods",
           "fr": "Numéro d'ordre; marques, numéros, nombre et nature des colis; désignation des marchandises"},
    "e9": {"es": "9. Masa bruta (kg) u otra medida (l, m3, etc.)", "pt": "9. Massa bruta (kg) ou outra medida",
           "en": "Gross mass (kg) or other measure (litres, m3, etc.)", "fr": "Masse brute (kg) ou autre mesure"},
    "e10": {"es": "10. Facturas (mención facultativa)", "pt": "10. Faturas (menção facultativa)",
            "en": "Invoices (optional)", "fr": "Factures (mention facultative)"},
    "e11": {"es": "11. VISADO DE LA ADUANA O DE LA AUTORIDAD GUBERNAMENTAL COMPETENTE",
            "pt": "11. VISTO DA ALFÂNDEGA OU DA AUTORIDADE GOVERNAMENTAL COMPETENTE",
            "en": "CUSTOMS OR COMPETENT GOVERNMENTAL AUTHORITY ENDORSEMENT",
            "fr": "VISA DE LA DOUANE OU DE L'AUTORITÉ GOUVERNEMENTALE COMPÉTENTE"},
    "e11_text": {"es": "Declaración certificada conforme", "pt": "Declaração certificada conforme",
                 "en": "Declaration certified", "fr": "Déclaration certifiée conforme"},
    "e12": {"es": "12. DECLARACIÓN DEL EXPORTADOR", "pt": "12. DECLARAÇÃO DO EXPORTADOR",
            "en": "DECLARATION BY THE EXPORTER", "fr": "DÉCLARATION DE L'EXPORTATEUR"},
    "e12_text": {"es": "El que suscribe declara que las mercancías arriba designadas cumplen las condiciones "
                 "exigidas para la expedición del presente certificado.",
                 "pt": "O abaixo assinado declara que as mercadorias acima designadas satisfazem as condições "
                 "exigidas para a emissão do presente certificado.",
                 "en": "I, the undersigned, declare that the goods described above meet the conditions required "
                 "for the issue of this certificate.",
                 "fr": "Je soussigné déclare que les marchandises désignées ci-dessus remplissent les conditions "
                 "requises pour l'obtention du présent certificat."},
    "place_date": {"es": "Lugar y fecha", "pt": "Local e data", "en": "Place and date", "fr": "Lieu et date"},
    "stamp": {"es": "Sello", "pt": "Carimbo", "en": "Stamp", "fr": "Cachet"},
    "c1": {"es": "1. Exportador", "pt": "1. Exportador", "en": "Exporter", "fr": "Exportateur"},
    "c2": {"es": "2. Importador / Consignatario", "pt": "2. Importador / Consignatário", "en": "Importer / Consignee",
           "fr": "Importateur / Destinataire"},
    "c3": {"es": "3. Medio de transporte y ruta", "pt": "3. Meio de transporte e rota", "en": "Means of transport and route",
           "fr": "Moyen de transport et itinéraire"},
    "c4": {"es": "4. País de destino", "pt": "4. País de destino", "en": "Country of destination",
           "fr": "Pays de destination"},
    "c5": {"es": "5. País de origen", "pt": "5. País de origem", "en": "Country of origin", "fr": "Pays d'origine"},
    "c6": {"es": "6. Factura comercial", "pt": "6. Fatura comercial", "en": "Commercial invoice",
           "fr": "Facture commerciale"},
    "c7": {"es": "7. N°", "pt": "7. N°", "en": "No.", "fr": "N°"},
    "c8": {"es": "8. Marcas y números", "pt": "8. Marcas e números", "en": "Marks and numbers", "fr": "Marques et numéros"},
    "c9": {"es": "9. Cantidad y clase de bultos; descripción de las mercancías",
           "pt": "9. Quantidade e espécie de volumes; descrição das mercadorias",
           "en": "Number and kind of packages; description of goods",
           "fr": "Nombre et nature des colis; désignation des marchandises"},
    "c10": {"es": "10. Código arancelario", "pt": "10. Código NCM", "en": "HS code", "fr": "Code SH"},
    "c11g": {"es": "11. Peso bruto (kg)", "pt": "11. Peso bruto (kg)", "en": "Gross weight (kg)", "fr": "Poids brut (kg)"},
    "c11q": {"es": "11. Cantidad", "pt": "11. Quantidade", "en": "Quantity", "fr": "Quantité"},
    "c12": {"es": "12. DECLARACIÓN DEL EXPORTADOR", "pt": "12. DECLARAÇÃO DO EXPORTADOR",
            "en": "DECLARATION BY THE EXPORTER", "fr": "DÉCLARATION DE L'EXPORTATEUR"},
    "c12_text": {"es": "El abajo firmante declara que los datos arriba consignados son exactos y que las mercancías "
                 "descritas son originarias de",
                 "pt": "O abaixo assinado declara que os dados acima são exatos e que as mercadorias descritas são "
                 "originárias de",
                 "en": "The undersigned declares that the above details are correct and that the goods described "
                 "originate in",
                 "fr": "Le soussigné déclare que les indications ci-dessus sont exactes et que les marchandises "
                 "désignées sont originaires de"},
    "c13": {"es": "13. CERTIFICACIÓN", "pt": "13. CERTIFICAÇÃO", "en": "CERTIFICATION", "fr": "CERTIFICATION"},
    "c13_text": {"es": "Se certifica, sobre la base de los documentos presentados, que las mercancías arriba "
                 "descritas son originarias del país indicado en la casilla 5.",
                 "pt": "Certifica-se, com base nos documentos apresentados, que as mercadorias acima descritas são "
                 "originárias do país indicado no campo 5.",
                 "en": "It is hereby certified, on the basis of the documents produced, that the goods described "
                 "above originate in the country shown in box 5.",
                 "fr": "Il est certifié, sur la base des documents produits, que les marchandises désignées "
                 "ci-dessus sont originaires du pays figurant en case 5."},
    "non_pref": {"es": "(No preferencial)", "pt": "(Não preferencial)", "en": "(Non-preferential)",
                 "fr": "(Non préférentiel)"},
    "by_sea": {"es": "MARÍTIMO", "pt": "MARÍTIMO", "en": "BY SEA", "fr": "PAR MER"},
    "by_air": {"es": "AÉREO", "pt": "AÉREO", "en": "BY AIR", "fr": "PAR AVION"},
}  # fmt: skip
PHYTO: dict[str, dict[str, str]] = {
    "title": {"es": "CERTIFICADO FITOSANITARIO DE EXPORTACIÓN", "pt": "CERTIFICADO FITOSSANITÁRIO",
              "en": "PHYTOSANITARY CERTIFICATE", "fr": "CERTIFICAT PHYTOSANITAIRE"},
    "from": {"es": "Organización de Protección Fitosanitaria de", "pt": "Organização de Proteção Fitossanitária do",
             "en": "Plant Protection Organization of", "fr": "Organisation de la protection des végétaux de"},
    "to": {"es": "A: Organización(es) de Protección Fitosanitaria de",
           "pt": "Para: Organização(ões) de Proteção Fitossanitária de",
           "en": "To: Plant Protection Organization(s) of", "fr": "À : Organisation(s) de la protection des végétaux de"},
    "part1": {"es": "I. Descripción del envío", "pt": "I. Descrição do envio", "en": "Description of consignment",
              "fr": "Description de l'envoi"},
    "exporter": {"es": "Nombre y dirección del exportador", "pt": "Nome e endereço do exportador",
                 "en": "Name and address of exporter", "fr": "Nom et adresse de l'exportateur"},
    "consignee": {"es": "Nombre y dirección declarados del destinatario", "pt": "Nome e endereço declarados do destinatário",
                  "en": "Declared name and address of consignee", "fr": "Nom et adresse déclarés du destinataire"},
    "packages": {"es": "Número y descripción de bultos", "pt": "Número e descrição dos volumes",
                 "en": "Number and description of packages", "fr": "Nombre et description des colis"},
    "marks": {"es": "Marcas distintivas", "pt": "Marcas distintivas", "en": "Distinguishing marks",
              "fr": "Marques distinctives"},
    "origin": {"es": "Lugar de origen", "pt": "Lugar de origem", "en": "Place of origin", "fr": "Lieu d'origine"},
    "means": {"es": "Medio de transporte declarado", "pt": "Meio de transporte declarado",
              "en": "Declared means of conveyance", "fr": "Moyen de transport déclaré"},
    "entry": {"es": "Punto de entrada declarado", "pt": "Ponto de ingresso declarado", "en": "Declared point of entry",
              "fr": "Point d'entrée déclaré"},
    "produce": {"es": "Nombre del producto y cantidad declarada", "pt": "Nome do produto e quantidade declarada",
                "en": "Name of produce and quantity declared", "fr": "Nom du produit et quantité déclarée"},
    "botanical": {"es": "Nombre botánico de las plantas", "pt": "Nome botânico das plantas",
                  "en": "Botanical name of plants", "fr": "Nom botanique des végétaux"},
    "certify": {"es": "Por la presente se certifica que las plantas, productos vegetales u otros artículos "
                "reglamentados descritos aquí se han inspeccionado y/o sometido a ensayo de acuerdo con los "
                "procedimientos oficiales adecuados y se considera que están libres de las plagas cuarentenarias "
                "especificadas por la parte contratante importadora y que cumplen los requisitos fitosanitarios "
                "vigentes de la parte contratante importadora, incluidos los relativos a las plagas no "
                "cuarentenarias reglamentadas.",
                "pt": "Certifica-se que as plantas, produtos vegetais ou outros artigos regulamentados aqui descritos "
                "foram inspecionados e/ou testados de acordo com procedimentos oficiais apropriados e são "
                "considerados livres das pragas quarentenárias especificadas pela parte contratante importadora e "
                "em conformidade com os requisitos fitossanitários vigentes da parte contratante importadora.",
                "en": "This is to certify that the plants, plant products or other regulated articles described "
                "herein have been inspected and/or tested according to appropriate official procedures and are "
                "considered to be free from the quarantine pests specified by the importing contracting party and "
                "to conform with the current phytosanitary requirements of the importing contracting party, "
                "including those for regulated non-quarantine pests.",
                "fr": ""},
    "part2": {"es": "II. Declaración adicional", "pt": "II. Declaração adicional", "en": "Additional declaration",
              "fr": "Déclaration supplémentaire"},
    "part3": {"es": "III. Tratamiento de desinfestación y/o desinfección",
              "pt": "III. Tratamento de desinfestação e/ou desinfecção",
              "en": "Disinfestation and/or disinfection treatment", "fr": "Traitement de désinfestation"},
    "t_date": {"es": "Fecha", "pt": "Data", "en": "Date", "fr": "Date"},
    "t_treatment": {"es": "Tratamiento", "pt": "Tratamento", "en": "Treatment", "fr": "Traitement"},
    "t_chemical": {"es": "Producto químico", "pt": "Produto químico", "en": "Chemical", "fr": "Produit chimique"},
    "t_duration": {"es": "Duración y temperatura", "pt": "Duração e temperatura", "en": "Duration and temperature",
                   "fr": "Durée et température"},
    "t_concentration": {"es": "Concentración", "pt": "Concentração", "en": "Concentration", "fr": "Concentration"},
    "place": {"es": "Lugar de expedición", "pt": "Local de emissão", "en": "Place of issue", "fr": "Lieu de délivrance"},
    "issue_date": {"es": "Fecha de expedición", "pt": "Data de emissão", "en": "Date of issue", "fr": "Date"},
    "officer": {"es": "Nombre del funcionario autorizado", "pt": "Nome do funcionário autorizado",
                "en": "Name of authorized officer", "fr": "Nom du fonctionnaire autorisé"},
    "signature": {"es": "Firma", "pt": "Assinatura", "en": "Signature", "fr": "Signature"},
    "stamp": {"es": "Sello de la organización", "pt": "Carimbo da organização", "en": "Stamp of organization",
              "fr": "Cachet de l'organisation"},
    "by_sea": {"es": "MARÍTIMO", "pt": "MARÍTIMO", "en": "BY SEA", "fr": "PAR MER"},
    "by_air": {"es": "AÉREO", "pt": "AÉREO", "en": "BY AIR", "fr": "PAR AVION"},
    "nil": {"es": "NINGUNO", "pt": "NENHUM", "en": "NIL", "fr": "NÉANT"},
}  # fmt: skip
HEALTH: dict[str, dict[str, str]] = {
    "title": {"es": "CERTIFICADO SANITARIO", "pt": "CERTIFICADO SANITÁRIO INTERNACIONAL", "en": "HEALTH CERTIFICATE",
              "fr": "CERTIFICAT SANITAIRE"},
    "sub_sea": {"es": "para la exportación a la Unión Europea de productos de la pesca destinados al consumo humano",
                "pt": "", "en": "for the export to the European Union of fishery products intended for human consumption",
                "fr": ""},
    "sub_meat": {"es": "", "pt": "para exportação à União Europeia de carne fresca de bovinos destinada ao consumo humano",
                 "en": "for the export to the European Union of fresh meat of bovine animals intended for human "
                 "consumption", "fr": ""},
    "part1": {"es": "Parte I: Información sobre la partida expedida", "pt": "Parte I: Informações sobre a remessa",
              "en": "Part I: Details of dispatched consignment", "fr": ""},
    "i1": {"es": "I.1 Expedidor / Exportador", "pt": "I.1 Expedidor / Exportador", "en": "Consignor / Exporter", "fr": ""},
    "i2": {"es": "I.2 Referencia del certificado", "pt": "I.2 Referência do certificado", "en": "Certificate reference",
           "fr": ""},
    "i3": {"es": "I.3 Autoridad central competente", "pt": "I.3 Autoridade central competente",
           "en": "Central competent authority", "fr": ""},
    "i5": {"es": "I.5 Destinatario / Importador", "pt": "I.5 Destinatário / Importador", "en": "Consignee / Importer",
           "fr": ""},
    "i7": {"es": "I.7 País de origen", "pt": "I.7 País de origem", "en": "Country of origin", "fr": ""},
    "i9": {"es": "I.9 País de destino", "pt": "I.9 País de destino", "en": "Country of destination", "fr": ""},
    "i13": {"es": "I.13 Lugar de carga", "pt": "I.13 Local de carregamento", "en": "Place of loading", "fr": ""},
    "i15": {"es": "I.15 Medio de transporte", "pt": "I.15 Meio de transporte", "en": "Means of transport", "fr": ""},
    "i16": {"es": "I.16 Puesto de control fronterizo de entrada", "pt": "I.16 Posto de controlo fronteiriço de entrada",
            "en": "Entry border control post", "fr": ""},
    "i19": {"es": "I.19 Contenedor / Precinto", "pt": "I.19 Contêiner / Lacre", "en": "Container / Seal No.", "fr": ""},
    "i20": {"es": "I.20 Temperatura de los productos", "pt": "I.20 Temperatura dos produtos",
            "en": "Temperature of products", "fr": ""},
    "i27": {"es": "I.27 Descripción de la partida", "pt": "I.27 Descrição da remessa", "en": "Description of consignment",
            "fr": ""},
    "cn": {"es": "Código NC", "pt": "Código NC", "en": "CN code", "fr": ""},
    "species": {"es": "Especie", "pt": "Espécie", "en": "Species", "fr": ""},
    "nature": {"es": "Naturaleza de la mercancía", "pt": "Natureza da mercadoria", "en": "Nature of commodity",
               "fr": ""},
    "plant": {"es": "Establecimiento", "pt": "Estabelecimento", "en": "Manufacturing plant", "fr": ""},
    "packages": {"es": "Bultos", "pt": "Volumes", "en": "Packages", "fr": ""},
    "net": {"es": "Peso neto (kg)", "pt": "Peso líquido (kg)", "en": "Net weight (kg)", "fr": ""},
    "part2": {"es": "Parte II: Certificación", "pt": "Parte II: Certificação", "en": "Part II: Certification", "fr": ""},
    "attest_sea": {"es": "El inspector oficial abajo firmante certifica que los productos de la pesca descritos "
                   "proceden de un establecimiento autorizado, han sido manipulados, preparados y almacenados "
                   "conforme a los requisitos de la Unión Europea y son aptos para el consumo humano.",
                   "pt": "", "en": "I, the undersigned official inspector, hereby certify that the fishery products "
                   "described above come from an approved establishment, have been handled, prepared and stored in "
                   "accordance with the requirements of the European Union and are fit for human consumption.",
                   "fr": ""},
    "attest_meat": {"es": "", "pt": "O veterinário oficial abaixo assinado certifica que a carne descrita provém de "
                    "animais abatidos em estabelecimento aprovado, inspecionados ante e post mortem, e é própria "
                    "para o consumo humano, conforme os requisitos da União Europeia.",
                    "en": "I, the undersigned official veterinarian, hereby certify that the meat described above "
                    "comes from animals slaughtered in an approved establishment, inspected ante and post mortem, "
                    "and is fit for human consumption in accordance with the requirements of the European Union.",
                    "fr": ""},
    "done": {"es": "Hecho en {town}, el {date}", "pt": "Feito em {town}, em {date}", "en": "Done at {town}, on {date}",
             "fr": ""},
    "inspector": {"es": "Inspector oficial", "pt": "Veterinário oficial", "en": "Official inspector", "fr": ""},
}  # fmt: skip
PAYMENTS = (
    {"es": "CARTA DE CRÉDITO A LA VISTA", "pt": "CARTA DE CRÉDITO À VISTA", "en": "L/C AT SIGHT",
     "fr": "CRÉDIT DOCUMENTAIRE À VUE"},
    {"es": "TRANSFERENCIA 30 DÍAS FECHA B/L", "pt": "TRANSFERÊNCIA 30 DIAS DA DATA DO B/L",
     "en": "T/T 30 DAYS FROM B/L DATE", "fr": "VIREMENT À 30 JOURS DATE DE CONNAISSEMENT"},
    {"es": "COBRANZA DOCUMENTARIA D/P", "pt": "COBRANÇA DOCUMENTÁRIA À VISTA", "en": "CAD - D/P AT SIGHT",
     "fr": "PAIEMENT CONTRE DOCUMENTS"},
    {"es": "50% ANTICIPADO, SALDO CONTRA DOCUMENTOS", "pt": "50% ANTECIPADO, SALDO CONTRA DOCUMENTOS",
     "en": "50% ADVANCE, BALANCE AGAINST DOCUMENTS", "fr": "50 % À LA COMMANDE, SOLDE CONTRE DOCUMENTS"},
    {"es": "TRANSFERENCIA ANTICIPADA", "pt": "PAGAMENTO ANTECIPADO", "en": "ADVANCE PAYMENT (T/T)",
     "fr": "PAIEMENT ANTICIPÉ PAR VIREMENT"},
)  # fmt: skip
# The buyer's customs broker an invoice may name as its notify party, by the buyer's country.
NOTIFY = {
    "FR": ("Transit Normandie Douane SAS", "Quai de l'Europe, 76600 Le Havre"),
    "BE": ("Antwerp Customs Services NV", "Noorderlaan 133, 2030 Antwerpen"),
    "ES": ("Agencia de Aduanas Portuaria S.L.", "Muelle de Poniente s/n, 46024 Valencia"),
    "NL": ("Botlek Douane Expediteurs B.V.", "Theemsweg 30, 3197 KM Rotterdam"),
    "DE": ("Elbe Zollagentur GmbH", "Kattwykdamm 1, 21107 Hamburg"),
}
# French notes on an English-language document of a French case.
FRENCH_NOTES = (
    "Marchandise conforme à votre commande ; toute réclamation doit nous parvenir sous 48 h.",
    "Dédouanement à l'importation et droits à la charge de l'acheteur.",
    "Merci de rappeler le numéro de facture lors de votre règlement.",
    "Documents originaux envoyés par courrier express à votre banque.",
)
FRENCH_COLD = "Marchandise périssable : à conserver à {temp}."
SEA_VESSELS = ("MAERSK LIRQUEN", "MSC CHIARA", "CAP SAN ARTEMISSIO", "HAPAG SANTOS EXPRESS",
               "CMA CGM ALCAZAR", "POLAR ECUADOR", "SEASPAN BRIGHTNESS", "MSC ANYA")  # fmt: skip
AIRLINES = (("LA", "045"), ("AV", "729"), ("KL", "074"), ("AF", "057"), ("LH", "020"))
REEFER_PREFIXES = ("MNBU", "SUDU", "CXRU", "HLXU", "TRIU", "SEGU")
DRY_PREFIXES = ("MSCU", "HLBU", "CMAU", "TCLU", "MRKU")
LINE_PREFIXES = ("MEDU", "HLCU", "MAEU", "CMDU", "SUDU", "ONEY")
DATE_FORMS = ("slash", "slash", "dash", "dotted", "long", "us", "abbrev")
MONTH_ABBREVIATIONS = {
    "es": ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"),
    "pt": ("JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"),
}
MONTH_NAMES = {
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"),
}  # fmt: skip
UOM_FORMS = (
    {"kg": "KG", "pcs": "TALLOS", "l": "LT"},
    {"kg": "KGS", "pcs": "UND", "l": "LTS"},
    {"kg": "Kg", "pcs": "Tallos", "l": "Litros"},
    {"kg": "KG", "pcs": "STEMS", "l": "L"},
)
# The invoice's columns in the orders a case may draw (``item``, ``hs`` and ``unit`` only if it draws them).
INVOICE_ORDERS = (
    ("item", "pkgs", "desc", "hs", "qty", "unit", "price", "amount"),
    ("item", "hs", "desc", "pkgs", "qty", "unit", "price", "amount"),
    ("pkgs", "desc", "hs", "qty", "unit", "price", "amount"),
    ("item", "desc", "hs", "pkgs", "unit", "qty", "price", "amount"),
)
# The yes-or-no layout choices and the share of cases that print each.
FLAGS = {
    "item_column": 0.7,
    "hs_column": 0.75,  # a tariff-code column on the invoice (otherwise the code under the description)
    "unit_column": 0.5,  # a Unit column (otherwise the unit after the quantity)
    "row_rules": 0.5,  # rules between the tables' lines
    "caps": 0.6,  # descriptions in capitals
    "brand": 0.5,  # the brand in the descriptions
    "invoice_masses": 0.75,  # the total masses under the invoice's table
    "breakdown": 0.6,  # FOB value, freight and insurance for C terms
    "notify_broker": 0.5,  # a customs broker to notify (otherwise "same as consignee")
    "bank": 0.5,  # the exporter's bank under the invoice
    "packing_hs": 0.4,  # a tariff-code column on the packing list
    "page_always": 0.4,  # "Página 1 de 1" on a document of one page
    "words_second": 0.3,  # the amount in words in the second language
    "qty_decimals": 0.5,  # quantities in kg and l with two decimals
    "declaration_both": 0.6,  # the origin declaration in both languages (otherwise the local one)
    "payment_local": 0.6,  # the payment terms in the exporter's language (otherwise the second one)
    "co_hs6": 0.5,  # the chamber's certificate prints the six-digit subheading (otherwise the national code)
}
FILE_NAMES = {
    "es": {"invoice": "FACTURA", "packing": "PACKING_LIST", "co": "CERT_ORIGEN", "phyto": "FITOSANITARIO",
           "sanitary": "CERT_SANITARIO"},
    "pt": {"invoice": "FATURA", "packing": "ROMANEIO", "co": "CERT_ORIGEM", "phyto": "FITOSSANITARIO",
           "sanitary": "CERT_SANITARIO"},
    "en": {"invoice": "INVOICE", "packing": "PACKING_LIST", "co": "CERT_ORIGIN", "phyto": "PHYTO",
           "sanitary": "HEALTH_CERT"},
}  # fmt: skip
KINDS = ("invoice", "packing", "co", "phyto", "sanitary")
LEFT, RIGHT, MIDDLE = 60, 1180, 620
HEAD, LINE, BODY = 56, 19, 15  # a table's header, a line of a cell, the size of a table's text
BOTTOM = 1610  # where a page's content must end; the footer is below
DECLARATIONS = {
    "andean": {
        "es": "El exportador de los productos incluidos en el presente documento (autorización aduanera o de la "
        "autoridad gubernamental competente n° {auth}) declara que, salvo indicación en sentido contrario, los "
        "productos son de origen preferencial {adj}.",
        "en": "The exporter of the products covered by this document (customs or competent governmental "
        "authority authorisation No {auth}) declares that, except where otherwise clearly indicated, these "
        "products are of {adj} preferential origin.",
        "fr": "L'exportateur des produits couverts par le présent document (autorisation douanière ou de "
        "l'autorité gouvernementale compétente n° {auth}) déclare que, sauf indication claire du contraire, ces "
        "produits ont l'origine préférentielle {adj}.",
    },
    "chile": {
        "es": "El exportador de los productos incluidos en el presente documento (número de referencia del "
        "exportador {auth}) declara que, salvo indicación en sentido contrario, los productos son de origen "
        "preferencial {adj}.",
        "en": "The exporter of the products covered by this document (Exporter Reference No {auth}) declares "
        "that, except where otherwise clearly indicated, these products are of {adj} preferential origin.",
        "fr": "L'exportateur des produits couverts par le présent document (numéro de référence de "
        "l'exportateur {auth}) déclare que, sauf indication claire du contraire, ces produits ont l'origine "
        "préférentielle {adj}.",
    },
}
# The additional declaration of a phytosanitary certificate, by the botanical name (a general one otherwise).
ADDITIONAL = {
    "Citrus limon": (
        "Los frutos proceden de un lugar de producción libre de Phyllosticta citricarpa (McAlpine) Van der Aa.",
        "The fruits originate in a place of production found free from Phyllosticta citricarpa (McAlpine) "
        "Van der Aa.",
    ),
    "Rosa spp.": (
        "Las flores cortadas fueron inspeccionadas y encontradas libres de Thrips palmi y Spodoptera frugiperda.",
        "The cut flowers were inspected and found free from Thrips palmi and Spodoptera frugiperda.",
    ),
}
GENERAL_ADDITIONAL = {
    "es": "El envío fue inspeccionado y se encontró libre de plagas cuarentenarias para la Unión Europea.",
    "pt": "A remessa foi inspecionada e encontrada livre de pragas quarentenárias para a União Europeia.",
    "en": "The consignment was inspected and found free from quarantine pests of the European Union.",
}
FUMIGATED = {"Coffea arabica", "Chenopodium quinoa", "Glycine max"}
REPUBLICS = {
    "PE": "REPÚBLICA DEL PERÚ",
    "CL": "REPÚBLICA DE CHILE",
    "EC": "REPÚBLICA DEL ECUADOR",
    "CO": "REPÚBLICA DE COLOMBIA",
    "BR": "REPÚBLICA FEDERATIVA DO BRASIL",
    "MX": "ESTADOS UNIDOS MEXICANOS",
    "AR": "REPÚBLICA ARGENTINA",
}
# The numbers of an exporter's invoices, of the NPPO's and of the health authority's certificates.
INVOICE_NUMBERS = {
    "PE": ("F001-{n:08d}", "E001-{n:06d}"),
    "CL": ("{n:05d}", "FEX-{n:05d}"),
    "EC": ("001-001-{n:09d}", "002-001-{n:09d}"),
    "CO": ("FEX{n:05d}", "FE-{n:06d}"),
    "BR": ("{n:03d}/2026", "INV-{n:04d}/26"),
    "MX": ("A-{n:05d}", "EXP-{n:05d}"),
    "AR": ("E 0003-{n:08d}", "0003-{n:08d}"),
}
PHYTO_NUMBERS = {
    "PE": "2026-{n:07d}",
    "CL": "{n:07d}",
    "EC": "AGR-2026-{n:06d}",
    "CO": "ICA-{n:06d}-2026",
    "BR": "BR-{n:06d}/2026",
    "MX": "SENASICA-{n:07d}",
    "AR": "AR-{n:08d}",
}
HEALTH_NUMBERS = {"CL": "CSE-{n:07d}-2026", "EC": "SCI-EXP-2026-{n:05d}", "BR": "BR{n:06d}/2026"}
ESTABLISHMENTS = {"CL": "PLANTA 10.201", "EC": "EC-ACU-0412", "BR": "SIF 4512"}
SYMBOLS = {"USD": "US$", "EUR": "€"}
CURRENCY_WORDS = {
    "es": {"USD": ("DÓLARES AMERICANOS", "CON"), "EUR": ("EUROS", "CON")},
    "pt": {"USD": ("DÓLARES NORTE-AMERICANOS", "E"), "EUR": ("EUROS", "E")},
}

# ------------------------------------------------------------------ formats


def _andes_date(iso: str, form: str, local: str = "es") -> str:
    """``14/03/2026`` (``slash``), ``14-03-2026`` (``dash``), ``14.03.2026`` (``dotted``), ``14 de marzo
    de 2026`` / ``14 de março de 2026`` (``long``), ``March 14, 2026`` (``us``) or ``14-MAR-2026``
    (``abbrev``, in the exporter's language: ``14-ENE-2026``, ``14-FEV-2026``)."""
    d = date.fromisoformat(iso)
    if form in ("slash", "dash", "dotted"):
        sep = {"slash": "/", "dash": "-", "dotted": "."}[form]
        return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
    if form == "long":
        return f"{d.day} de {MONTH_NAMES[local][d.month - 1]} de {d.year}"
    if form == "us":
        return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
    return f"{d.day:02d}-{MONTH_ABBREVIATIONS[local][d.month - 1]}-{d.year}"


def _num(value: float, c: dict[str, Any], decimals: int = 2) -> str:
    """``1,234.56`` (``en``) or the Latin ``1.234,56`` (``dot``)."""
    return _asia_num(value, c, decimals)


def _money(value: float, c: dict[str, Any]) -> str:
    """``US$ 12.345,67`` or the number alone where the label carries the currency's code."""
    amount = _num(value, c)
    return f"{SYMBOLS[c['currency']]} {amount}" if c["money"] == "symbol" else amount


def _hs(digits: str, c: dict[str, Any]) -> str:
    """A tariff code grouped the way the exporting country prints it (``0804.40.00.00``, ``0806.1000``,
    ``0901.11.10``, ``0804.40`` for six digits) or its plain digits."""
    if c["hs_form"] == "plain":
        return digits
    parts, start = [], 0
    for size in HS_GROUPS[c["seller"].iso]:
        if start < len(digits):
            parts.append(digits[start : start + size])
        start += size
    return ".".join(parts)


def _country(iso: str, c: dict[str, Any]) -> str:
    """A country as the exporter's documents print it: in its language, in capitals."""
    return COUNTRIES[iso][c["seller"].lang]


UNIDADES = (
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete "
    "dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete "
    "veintiocho veintinueve"
).split()
DECENAS = "- - - treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()
CENTENAS = (
    "- ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos"
).split()
UNIDADES_PT = (
    "zero um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis dezessete "
    "dezoito dezenove"
).split()
DEZENAS = "- - vinte trinta quarenta cinquenta sessenta setenta oitenta noventa".split()
CENTENAS_PT = (
    "- cento duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos novecentos"
).split()


def _words_es(n: int, short: bool = False) -> str:
    """``veintinueve mil trescientos setenta y cinco``; ``short`` before ``mil`` and ``millones``
    (``veintiún mil``, ``treinta y un mil``)."""
    if n < 30:
        words = UNIDADES[n]
    elif n < 100:
        tens, unit = divmod(n, 10)
        words = DECENAS[tens] + (f" y {UNIDADES[unit]}" if unit else "")
    elif n < 1000:
        hundreds, rest = divmod(n, 100)
        words = "cien" if n == 100 else CENTENAS[hundreds] + (f" {_words_es(rest)}" if rest else "")
    elif n < 10**6:
        thousands, rest = divmod(n, 1000)
        head = "mil" if thousands == 1 else f"{_words_es(thousands, short=True)} mil"
        words = head + (f" {_words_es(rest)}" if rest else "")
    else:
        millions, rest = divmod(n, 10**6)
        head = "un millón" if millions == 1 else f"{_words_es(millions, short=True)} millones"
        words = head + (f" {_words_es(rest)}" if rest else "")
    if short and words.endswith("veintiuno"):
        return words[: -len("veintiuno")] + "veintiún"
    if short and words.endswith("uno"):
        return words[:-3] + "un"
    return words


def _words_pt(n: int) -> str:
    """``vinte e nove mil trezentos e setenta e cinco``."""
    if n < 20:
        return UNIDADES_PT[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return DEZENAS[tens] + (f" e {UNIDADES_PT[unit]}" if unit else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return "cem" if n == 100 else CENTENAS_PT[hundreds] + (f" e {_words_pt(rest)}" if rest else "")
    size, head = (1000, "mil") if n < 10**6 else (10**6, "")
    big, rest = divmod(n, size)
    if size == 1000:
        head = "mil" if big == 1 else f"{_words_pt(big)} mil"
    else:
        head = "um milhão" if big == 1 else f"{_words_pt(big)} milhões"
    if not rest:
        return head
    joint = " e " if rest < 100 or (rest < 1000 and rest % 100 == 0) else " "
    return f"{head}{joint}{_words_pt(rest)}"


def _amount_in_words(value: float, currency: str, lang: str) -> str:
    """``SON: VEINTINUEVE MIL ... CON 50/100 DÓLARES AMERICANOS``, ``VALOR TOTAL: VINTE E NOVE MIL ...
    DÓLARES NORTE-AMERICANOS E CINQUENTA CENTAVOS``, ``SAY US DOLLARS ... ONLY`` or in French
    ``ARRÊTÉE LA PRÉSENTE FACTURE À LA SOMME DE : ... DOLLARS US``."""
    whole, cents = divmod(round(value * 100), 100)
    if lang == "es":
        name, joint = CURRENCY_WORDS["es"][currency]
        return f"SON: {_words_es(whole).upper()} {joint} {cents:02d}/100 {name}"
    if lang == "pt":
        name, joint = CURRENCY_WORDS["pt"][currency]
        tail = f" {joint} {_words_pt(cents).upper()} CENTAVOS" if cents else ""
        return f"VALOR TOTAL: {_words_pt(whole).upper()} {name}{tail}"
    if lang == "fr":
        return f"ARRÊTÉE LA PRÉSENTE FACTURE À LA SOMME DE : {_amount_words(value, currency, 'fr')}"
    return _amount_words(value, currency, "en")


# ------------------------------------------------------------------ the case


def _description(good: Good, variant: int, grade: str, c: dict[str, Any]) -> str:
    """The line's description as every document of the case prints it: the name in the exporter's
    language, in the second one or in both, the variety or caliber, and the brand if the case shows it."""
    second = good.en if c["desc_second"] == "en" else good.fr
    kind = c["desc_form"]
    name = f"{good.variants[variant]} {grade}".strip()
    text = {
        "local": f"{good.es} {name}",
        "both": f"{good.es} / {second}, {name}",
        "second": f"{second}, {name}",
    }[kind]
    if c["brand"]:
        word = T["brand"][c["desc_second"] if kind == "second" else c["seller"].lang]
        text += f" - {word} {c['seller'].brand}"
    return text.upper() if c["caps"] else text


def _item(line: int, key: str, variant: int, grade: str, packages: int, c: dict[str, Any]) -> dict[str, Any]:
    good = GOODS[key]
    per_net = round(good.per_package * good.kg_per_unit, 2)
    quantity = round(packages * good.per_package, 2)
    net = round(packages * per_net, 2)
    return {
        "line": line,
        "description": _description(good, variant, grade, c),
        "hs_code": good.hs[:6] if c["hs_form"] == "sub6" else good.hs,
        "quantity": int(quantity) if float(quantity).is_integer() else quantity,
        "unit": good.unit,
        "unit_price": c["prices"][key],
        "value": round(quantity * c["prices"][key], 2),
        "net_mass_kg": int(net) if float(net).is_integer() else net,
        "gross_mass_kg": round(packages * (per_net + good.tare), 2),
        "packages": packages,
        "package": PACKAGES[good.package][c["pack_lang"]],
        "per_net": per_net,
        "per_gross": round(per_net + good.tare, 2),
        "botanical": good.botanical,
        "species": good.species,
        "key": key,
    }


def _package_range(good: Good, count: int, containers: int, air: bool) -> tuple[int, int]:
    """How many packages a line may ship: an air shipment of about 2.5 t, or up to 20 pallets and
    21 t a container, shared between the ``count`` lines."""
    gross = good.per_package * good.kg_per_unit + good.tare
    if air:
        cap = 2500 / gross / count
    else:
        cap = 21000 * containers / gross / count
        if good.per_pallet:
            cap = min(cap, 20 * containers * good.per_pallet / count)
    return max(2, int(cap * 0.3)), max(3, int(cap))


def _pallets(rng: random.Random, c: dict[str, Any]) -> None:
    """Numbers each line's pallets (full ones, then the rest) and puts the temperature recorders of a
    reefer container on two of them per container."""
    number = 0
    form = c["pallet_form"]
    for it in c["items"]:
        per = GOODS[it["key"]].per_pallet
        it["pallets"] = []
        if not per or c["air"]:
            continue
        left = it["packages"]
        while left:
            number += 1
            boxes = min(per, left)
            left -= boxes
            it["pallets"].append({"id": form.format(n=number), "boxes": boxes, "recorder": ""})
    pallets = [p for it in c["items"] for p in it["pallets"]]
    if pallets and c["reefer"]:
        picks = sorted(rng.sample(range(len(pallets)), min(len(pallets), 2 * len(c["containers"]))))
        for index in picks:
            pallets[index]["recorder"] = (
                f"{rng.choice(('TT4', 'TTU', 'RTR', 'SN'))}{rng.randint(1000000, 9999999)}"
            )


def _container(rng: random.Random, reefer: bool) -> str:
    prefix = rng.choice(REEFER_PREFIXES if reefer else DRY_PREFIXES)
    return f"{prefix} {rng.randint(100000, 999999)}-{rng.randint(0, 9)}"


def _scribble(rng: random.Random) -> list[tuple[float, float]]:
    """A signature: a looped stroke (a trochoid whose loops grow and shrink) and its underline."""
    width, loops = rng.uniform(150, 220), rng.randint(4, 7)
    radius, slant = rng.uniform(10, 18), rng.uniform(0.2, 0.5)
    points = []
    for i in range(90):
        t = i / 89
        angle = 2 * math.pi * loops * t
        swell = radius * (0.6 + 0.6 * math.sin(math.pi * t))
        x = width * t - swell * math.sin(angle) * 0.8
        y = 34 - swell * math.cos(angle) * (1 if i % 2 else 0.95) - slant * swell * math.sin(angle)
        points.append((round(x, 1), round(y, 1)))
    points.append((width + 14, 20.0))
    points.append((rng.uniform(-10, 20), rng.uniform(50, 58)))
    return points


def build_andes_case(seed: int, lang: str = "en") -> dict[str, Any]:
    """The content and every layout choice of an andes-style case, drawn from ``seed``: a buyer in
    the exporter's trade, French or Belgian for a French case."""
    rng = random.Random(seed)
    seller = rng.choice(SELLERS)
    trade = GOODS[seller.goods[0]].trade
    buyer = rng.choice([b for b in BUYERS if trade in b.trades and (lang == "en" or b.iso in ("FR", "BE"))])
    local = seller.lang
    c: dict[str, Any] = {"lang": lang, "seller": seller, "buyer": buyer, "local": local} | {
        flag: rng.random() < share for flag, share in FLAGS.items()
    }
    docs = {}
    for kind in KINDS:
        second = (
            "fr" if lang == "fr" and kind in ("invoice", "packing", "co") and rng.random() < 0.55 else "en"
        )
        notes = lang == "fr" and second == "en" and kind in ("invoice", "packing")
        docs[kind] = {"local": local, "second": second, "stacked": rng.random() < 0.45, "notes": notes}
    c["docs"] = docs
    c["desc_second"] = "fr" if lang == "fr" and rng.random() < 0.5 else "en"
    c["desc_form"] = rng.choice(("local", "local", "both", "second"))
    c["pack_lang"] = rng.choice((local, c["desc_second"]))
    c["hs_form"] = rng.choice(("national", "national", "plain", "sub6"))
    c["hs_label"] = rng.choice((0, 1))
    c["num"] = rng.choice(
        ("dot", "dot", "en") if seller.iso in ("CL", "AR", "BR", "CO") else ("en", "en", "dot")
    )
    c["uom"] = rng.choice(UOM_FORMS)
    c["air"] = seller.air
    c["reefer"] = not seller.air and any(GOODS[key].temp for key in seller.goods)
    c["prices"] = {key: round(GOODS[key].price * rng.uniform(0.85, 1.2), 2) for key in seller.goods}
    catalogue = [
        (key, v, grade)
        for key in seller.goods
        for v in range(len(GOODS[key].variants))
        for grade in GOODS[key].grades
    ]
    count = min(len(catalogue), rng.choice((rng.randint(1, 4), rng.randint(3, 8), rng.randint(10, 20))))
    containers = 2 if not c["air"] and count > 6 and rng.random() < 0.5 else 1
    c["containers"] = [_container(rng, c["reefer"]) for _ in range(containers)]
    c["seals"] = [
        f"{rng.choice(('ML-', 'H', 'SL', 'CL'))}{rng.randint(100000, 9999999)}" for _ in range(containers)
    ]
    picked = sorted(rng.sample(range(len(catalogue)), count))
    c["items"] = [
        _item(line, key, v, grade, rng.randint(*_package_range(GOODS[key], count, containers, c["air"])), c)
        for line, (key, v, grade) in enumerate((catalogue[i] for i in picked), start=1)
    ]
    c["pallet_form"] = rng.choice(("{n:03d}", "P-{n:02d}", "PLT{n:04d}"))
    _pallets(rng, c)
    day = date(2026, rng.randint(1, 10), rng.randint(1, 28))
    n = rng.randint(120, 99999)
    incoterm = rng.choice(
        ("FCA", "FCA", "CPT", "CIP", "EXW") if c["air"] else ("FOB", "FOB", "CFR", "CIF", "CIF", "FCA")
    )
    breakdown = incoterm in ("CFR", "CIF", "CPT", "CIP") and c["breakdown"]
    freight, insurance = (
        _charges(rng, incoterm, round(sum(it["value"] for it in c["items"]), 2)) if breakdown else (0.0, 0.0)
    )
    place = {"EXW": seller.town.upper(), "FOB": seller.port, "FCA": seller.port}.get(
        incoterm, buyer.airport if c["air"] else buyer.port
    )
    co_forms = [
        form
        for form, ok in (
            ("declaration", seller.declaration),
            ("eur1", seller.eur1),
            ("chamber", seller.chamber),
        )
        if ok
    ]
    co_form = rng.choice(co_forms)
    few = len(c["items"]) <= 7
    plants = all(it["botanical"] for it in c["items"]) and bool(seller.nppo) and few
    animals = all(it["species"] for it in c["items"]) and bool(seller.health) and few
    documents = ["invoice", "packing"] + (["co"] if co_form != "declaration" else [])
    documents += ["phyto"] if plants and rng.random() < 0.85 else []
    documents += ["sanitary"] if animals else []
    airline, prefix = rng.choice(AIRLINES)
    plain = re.sub(r"[^A-Z ]", "", buyer.name.upper().replace("É", "E").replace("Í", "I").replace("Ü", "U"))
    initials = "".join(w[0] for w in plain.split()[:3])
    c |= {
        "invoice_number": rng.choice(INVOICE_NUMBERS[seller.iso]).format(n=n),
        "invoice_date": day.isoformat(),
        "ship_date": (day + timedelta(days=rng.randint(1, 6))).isoformat(),
        "po": rng.choice(
            (
                f"PO-{rng.randint(10000, 99999)}",
                f"{initials}/{rng.randint(100, 999)}/26",
                f"45{rng.randint(10000000, 99999999)}",
            )
        ),
        "currency": rng.choice(("USD", "USD", "USD", "EUR")),
        "incoterm": incoterm,
        "incoterm_place": place,
        "freight": freight,
        "insurance": insurance,
        "breakdown": breakdown,
        "payment": rng.choice(PAYMENTS),
        "vessel": f"{rng.choice(SEA_VESSELS)} / {rng.randint(601, 649)}{rng.choice('NSEW')}",
        "flight": f"{airline} {rng.randint(100, 9999):04d}",
        "bl": f"{rng.choice(LINE_PREFIXES)}{rng.randint(100000000, 999999999)}",
        "awb": f"{prefix}-{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
        "marks": f"{initials} / {seller.brand} / {buyer.port if not c['air'] else buyer.airport.split(' (')[0]}",
        "co_form": co_form,
        "co_measure": rng.choice(("gross", "quantity")),
        "co_number": rng.choice(
            (f"{seller.iso} {rng.randint(0, 9999999):07d}", f"A {rng.randint(0, 9999999):07d}")
            if co_form == "eur1"
            else (
                f"{rng.randint(0, 999999):06d}-2026",
                f"CO-{rng.randint(0, 99999):05d}/26",
                f"N° {rng.randint(100000, 999999)}",
            )
        ).removeprefix("N° "),
        "co_date": (day + timedelta(days=rng.randint(1, 5))).isoformat(),
        "phyto_number": PHYTO_NUMBERS[seller.iso].format(n=rng.randint(1, 999999)),
        "phyto_date": (day + timedelta(days=rng.randint(0, 4))).isoformat(),
        "health_number": HEALTH_NUMBERS.get(seller.iso, "{n}").format(n=rng.randint(1, 99999)),
        "health_date": (day + timedelta(days=rng.randint(0, 4))).isoformat(),
        "documents": tuple(documents),
        "date_form": rng.choice(DATE_FORMS),
        "money": rng.choice(("code", "symbol")),
        "head": rng.choice(
            ("letterhead", "centre") if local == "pt" else ("taxbox", "taxbox", "letterhead", "centre")
        ),
        "logo": rng.choice(("peaks", "sun", "initials")),
        "layout": rng.choice(("grid", "columns")),
        "invoice_order": rng.choice(INVOICE_ORDERS),
        "packing_form": "pallets"
        if few
        and sum(len(it["pallets"]) for it in c["items"]) <= 24
        and rng.random() < 0.55
        and all(it["pallets"] for it in c["items"])
        else "lines",
        "phyto_layout": rng.choice(("boxes", "lines")),
        "title_form": rng.choice(("invoice", "invoice", "export_invoice")),
        "scribble": _scribble(rng),
        "officer_scribble": _scribble(rng),
        "french_notes": rng.sample(FRENCH_NOTES, 2),
        "file_lang": rng.choice((local, "en")),
        "formats": {kind: _formats(rng) for kind in KINDS},
    }
    if c["packing_form"] == "pallets":
        c["packing_hs"] = False  # what grid_packing_truth reads
    return c


# ------------------------------------------------------------------ drawing

Pair = tuple[str, str]  # a label in the exporter's language and in the second one
Col = tuple[str, Pair, float, bool]  # a table's column: key of the rows, header, width, right-aligned
Cell = tuple[Pair, list[str], float]  # a boxed cell: its label, the lines under it, its share of the row


def _pair(key: str, d: dict[str, Any], table: dict[str, dict[str, str]] | None = None) -> Pair:
    entry = (table or T)[key]
    return entry[d["local"]], entry[d["second"]]


def _bi(pair: Pair, sep: str = " / ") -> str:
    """``Fecha / Date`` (one word when both languages write it alike)."""
    return pair[0] if pair[0] == pair[1] or not pair[1] else f"{pair[0]}{sep}{pair[1]}"


def _label_lines(pair: Pair, d: dict[str, Any], width: float, size: int = 12) -> list[tuple[str, int]]:
    """A bilingual label wrapped to ``width``: ``Fecha / Date``, or the second language under the first
    in a smaller size where the document stacks them."""
    if pair[0] == pair[1] or not pair[1]:
        texts = [(pair[0], size)]
    elif d["stacked"]:
        texts = [(pair[0], size), (pair[1], size - 2)]
    else:
        texts = [(_bi(pair), size)]
    return [(line, sz) for text, sz in texts for line in (wrap(text, sz, width) or [""])]


def _draw_label(
    s: Sheet, x: float, y: float, pair: Pair, d: dict[str, Any], width: float, size: int = 12
) -> float:
    """Draws a label at (x, y); returns the y under it."""
    for line, sz in _label_lines(pair, d, width, size):
        s.put(x, y, line, sz)
        y += sz + 3
    return y


def _centred(s: Sheet, y: float, text: str, size: int, x0: float = LEFT, x1: float = RIGHT) -> None:
    centred(s, y, text, size, x0, x1, margin=4)


def _paragraph(s: Sheet, y: float, text: str, size: int, x0: float = LEFT, x1: float = RIGHT) -> float:
    return paragraph(s, y, text, size, x0, x1, leading=5)


def _cell_row(s: Sheet, y: float, cells: list[Cell], d: dict[str, Any], size: int = 16) -> float:
    """A row of boxed cells across the page, each a bilingual label over its lines, the row as tall as
    its fullest cell. Returns its bottom."""
    total = sum(share for _, _, share in cells)
    widths = [(RIGHT - LEFT) * share / total for _, _, share in cells]
    heads = [_label_lines(pair, d, width - 14) for (pair, _, _), width in zip(cells, widths, strict=True)]
    height = max(
        10 + sum(sz + 3 for _, sz in head) + (size + 6) * len(lines)
        for head, (_, lines, _) in zip(heads, cells, strict=True)
    )
    height = max(height + 6, 50)
    x = float(LEFT)
    for (_, lines, _), head, width in zip(cells, heads, widths, strict=True):
        s.box(x, y, x + width, y + height)
        top = y + 5
        for text, sz in head:
            s.put(x + 7, top, text, sz)
            top += sz + 3
        for i, line in enumerate(lines):
            s.put(x + 10, top + 4 + (size + 6) * i, line, fitted_size(line, size, width - 20))
        x += width
    return y + height


def _circle(s: Sheet, cx: float, cy: float, r: float, steps: int = 40) -> None:
    points = [
        (cx + r * math.cos(2 * math.pi * i / steps), cy + r * math.sin(2 * math.pi * i / steps))
        for i in range(steps + 1)
    ]
    s.rules += [(x0, y0, x1, y1) for (x0, y0), (x1, y1) in pairwise(points)]


def _stamp(s: Sheet, cx: float, cy: float, lines: list[str], r: float = 74) -> None:
    """A round rubber stamp: two rings and its words across the middle, each line fitted to the width
    of the ring at its height, drawn over whatever is there."""
    _circle(s, cx, cy, r)
    _circle(s, cx, cy, r - 7)
    step = 19
    top = cy - step * len(lines) / 2
    for i, line in enumerate(lines):
        middle = top + step * i + step / 2 - cy
        chord = 2 * math.sqrt(max((r - 12) ** 2 - (abs(middle) + step / 2) ** 2, 0.0))
        size = fitted_size(line, 14, chord)
        s.put(cx - text_width(line, size) / 2, top + step * i + 2, line, size)


def _scribbled(s: Sheet, x: float, y: float, points: list[tuple[float, float]]) -> None:
    """A signature in ink: the case's scribble drawn from (x, y)."""
    s.rules += [(x + a, y + b, x + c, y + d) for (a, b), (c, d) in pairwise(points)]


def _logo(s: Sheet, c: dict[str, Any], x: float, y: float, size: float = 100) -> None:
    """The exporter's logo: mountains in a frame, a sun over a furrowed field, or its initials in a ring."""
    k = size / 100
    if c["logo"] == "peaks":
        s.box(x, y, x + size, y + size)
        peaks = [(6, 84), (28, 40), (42, 60), (64, 18), (94, 84)]
        s.rules += [(x + a * k, y + b * k, x + e * k, y + f * k) for (a, b), (e, f) in pairwise(peaks)]
        s.rules += [
            (x + 6 * k, y + 84 * k, x + 94 * k, y + 84 * k),
            (x + 55 * k, y + 34 * k, x + 72 * k, y + 32 * k),
        ]
    elif c["logo"] == "sun":
        _circle(s, x + 50 * k, y + 42 * k, 18 * k, 24)
        for i in range(8):
            angle = math.pi * i / 8 + math.pi / 16
            s.rules.append(
                (
                    x + (50 + 24 * math.cos(angle)) * k,
                    y + (42 - 24 * math.sin(angle)) * k,
                    x + (50 + 34 * math.cos(angle)) * k,
                    y + (42 - 34 * math.sin(angle)) * k,
                )
            )
        for i in range(4):
            s.rules.append(
                (x + (10 + 6 * i) * k, y + (66 + 9 * i) * k, x + (90 - 6 * i) * k, y + (66 + 9 * i) * k)
            )
    else:
        _circle(s, x + size / 2, y + size / 2, size / 2)
        _circle(s, x + size / 2, y + size / 2, size / 2 - 6)
        initials = "".join(w[0] for w in c["seller"].brand.split()[:2])
        _centred(s, y + size / 2 - 18 * k, initials, int(32 * k), x, x + size)


def _address(party: Seller | Buyer, c: dict[str, Any]) -> list[str]:
    return [party.name, party.street, f"{party.city} - {_country(party.iso, c)}"]


def _date(c: dict[str, Any], key: str) -> str:
    return _andes_date(c[key], c["date_form"], c["seller"].lang)


# ------------------------------------------------------------------ tables and pages


def _lines(text: str, width: float) -> list[str]:
    """A cell's text wrapped to its column (``\\n`` starts a new line)."""
    return cell_lines(text, BODY, width - 14)


def _row_height(row: dict[str, str], columns: list[Col]) -> float:
    return 12 + LINE * max(len(_lines(row.get(key, ""), width)) for key, _, width, _ in columns)


def _widths(columns: list[Col]) -> list[Col]:
    """Columns whose ``desc`` takes the width that the others leave."""
    return desc_filling(columns, RIGHT - LEFT)


def _table(
    s: Sheet,
    c: dict[str, Any],
    d: dict[str, Any],
    y: float,
    columns: list[Col],
    rows: list[dict[str, str]],
    total: dict[str, str] | None,
    floor: float = 0.0,
) -> float:
    """A ruled table: bilingual headers, the lines (ruled between them if the case rules them) and the
    totals row. Returns its bottom."""
    body = y + HEAD
    top = body
    tops = []
    for row in rows:
        tops.append(top)
        x = float(LEFT)
        for key, _, width, right in columns:
            for i, line in enumerate(_lines(row.get(key, ""), width)):
                size = fitted_size(line, BODY, width - 12)
                s.put(x + width - 7 if right else x + 7, top + 7 + LINE * i, line, size, right=right)
            x += width
        top += _row_height(row, columns)
    end = max(top + 4, floor)
    bottom = end + (34 if total is not None else 0)
    s.box(LEFT, y, RIGHT, bottom)
    s.rules += [(LEFT, body - 3, RIGHT, body - 3), (LEFT, body, RIGHT, body)]
    if c["row_rules"]:
        s.rules += [(LEFT, t, RIGHT, t) for t in tops[1:]]
    if total is not None:
        s.rules.append((LEFT, end, RIGHT, end))
    x = float(LEFT)
    for key, head, width, right in columns:
        if x > LEFT:
            s.rules.append((x, y, x, bottom))
        lines = _label_lines(head, d, width - 10)
        if len(lines) > 3:
            lines = [(text, sz - 2) for text, sz in _label_lines(head, d, width - 10, 11)][:4]
        height = sum(sz + 2 for _, sz in lines)
        line_top = y + (HEAD - 3 - height) / 2
        for text, sz in lines:
            s.put(x + (width - text_width(text, sz)) / 2, line_top, text, sz)
            line_top += sz + 2
        if total is not None and total.get(key):
            text = total[key]
            s.put(
                x + width - 7 if right else x + 7,
                end + 9,
                text,
                fitted_size(text, 16, width - 12),
                right=right,
            )
        x += width
    return bottom


class Paper(NamedTuple):
    """A document whose table runs over as many pages as it needs (see _pages)."""

    kind: str  # which of the case's documents (its languages)
    opening: Callable[[Sheet], float]  # lays out page 1 down to the table; returns where it starts
    resumption: Callable[[Sheet], float]  # the same for the pages after it
    columns: list[Col]
    rows: list[dict[str, str]]
    total: dict[str, str] | None  # the totals row under the last line
    closing: Callable[[Sheet, float], float]  # what follows the table; returns where it ends
    foot: str
    fill: bool = False  # the table's frame runs down to what follows it, as on a printed form


def _footer(s: Sheet, c: dict[str, Any], d: dict[str, Any], text: str, page: int, pages: int) -> None:
    s.rules.append((LEFT, 1644, RIGHT, 1644))
    s.put(LEFT, 1652, text, fitted_size(text, 12, 820))
    if pages > 1 or c["page_always"]:
        number = _bi(tuple(T["page"][lang].format(p=page, n=pages) for lang in (d["local"], d["second"])))  # type: ignore[arg-type]
        s.put(RIGHT, 1652, number, 12, right=True)


def _pages(c: dict[str, Any], paper: Paper) -> list[Sheet]:
    """The document's pages: its lines shared out by the broker family's _split, ``Continúa en la
    página 2`` under each part but the last, the totals and the closing after the last line, and the
    footer with the page number on every page."""
    d = c["docs"][paper.kind]
    tail = paper.closing(Sheet(), 0.0) + (34 if paper.total is not None else 0) + 10
    first, later = (BOTTOM - start(Sheet()) - HEAD - 10 for start in (paper.opening, paper.resumption))
    counts = _split([_row_height(row, paper.columns) for row in paper.rows], (first, later), tail)
    sheets: list[Sheet] = []
    for number, count in enumerate(counts, start=1):
        s, last = Sheet(), number == len(counts)
        top = (paper.opening if number == 1 else paper.resumption)(s)
        start = sum(counts[: number - 1])
        rows = paper.rows[start : start + count]
        floor = (BOTTOM - tail if last else BOTTOM - 40) if paper.fill else 0.0
        bottom = _table(s, c, d, top, paper.columns, rows, paper.total if last else None, floor)
        if last:
            paper.closing(s, bottom)
        else:
            text = _bi(tuple(T["continued"][lang].format(p=number + 1) for lang in (d["local"], d["second"])))  # type: ignore[arg-type]
            s.put(RIGHT, bottom + 10, text, 14, right=True)
        _footer(s, c, d, paper.foot, number, len(counts))
        sheets.append(s)
    return sheets


def _resumption(s: Sheet, c: dict[str, Any], d: dict[str, Any], title: str, reference: str) -> float:
    """A later page's top: the exporter, the document, its reference."""
    s.put(LEFT, 44, c["seller"].name, fitted_size(c["seller"].name, 22, 620))
    heading = f"{title} {_bi(_pair('resumed', d))}"
    s.put(RIGHT, 46, heading, fitted_size(heading, 16, RIGHT - 700), right=True)
    s.put(LEFT, 82, reference, fitted_size(reference, 15, RIGHT - LEFT))
    s.rules += [(LEFT, 112, RIGHT, 112), (LEFT, 116, RIGHT, 116)]
    return 134


# ------------------------------------------------------------------ letterheads


def _head(s: Sheet, c: dict[str, Any], d: dict[str, Any], title: Pair, box_line: str) -> float:
    """The exporter's letterhead and the document's title: the electronic invoice's box on the right
    (tax number, title, number) beside the logo and address (``taxbox``), the name over the address
    with the logo on the right and the title under a double rule (``letterhead``), or everything
    centred (``centre``). Returns where the page goes on."""
    seller = c["seller"]
    contact = [
        seller.street,
        f"{seller.city} - {_country(seller.iso, c)}",
        f"{seller.phone} · {seller.email}",
    ]
    if c["head"] == "taxbox":
        _logo(s, c, LEFT, 40, 96)
        x = LEFT + 116
        s.put(x, 40, seller.name, fitted_size(seller.name, 24, 770 - x))
        for i, line in enumerate(contact):
            s.put(x, 80 + 22 * i, line, fitted_size(line, 14, 770 - x))
        s.box(790, 36, RIGHT, 176)
        s.box(794, 40, RIGHT - 4, 172)
        _centred(s, 48, seller.tax, 18, 790, RIGHT)
        _centred(s, 80, title[0], 18, 790, RIGHT)
        if title[1] and title[1] != title[0]:
            _centred(s, 106, title[1], 13, 790, RIGHT)
        _centred(s, 132, box_line, 20, 790, RIGHT)
        return 196
    if c["head"] == "letterhead":
        s.put(LEFT, 40, seller.name, fitted_size(seller.name, 28, RIGHT - LEFT - 140))
        for i, line in enumerate([*contact, seller.tax]):
            s.put(LEFT, 84 + 21 * i, line, fitted_size(line, 14, RIGHT - LEFT - 140))
        _logo(s, c, RIGHT - 110, 40, 104)
        s.rules += [(LEFT, 180, RIGHT, 180), (LEFT, 184, RIGHT, 184)]
        y = 198.0
    else:
        _centred(s, 36, seller.name, 30)
        _centred(s, 80, f"{contact[0]}, {contact[1]}", 15)
        _centred(s, 102, contact[2], 14)
        _centred(s, 124, seller.tax, 16)
        _logo(s, c, LEFT, 36, 80)
        s.rules.append((LEFT, 156, RIGHT, 156))
        y = 170.0
    if d["stacked"] and title[1] != title[0]:
        _centred(s, y, title[0], 26)
        _centred(s, y + 34, title[1], 17)
        y += 64
    else:
        _centred(s, y, _bi(title), 24)
        y += 40
    if box_line:
        s.put(RIGHT, y - 4, box_line, 18, right=True)
        y += 30
    return y + 6


def _meta_box(
    s: Sheet, y: float, rows: list[tuple[Pair, str]], d: dict[str, Any], x0: float = MIDDLE + 20
) -> float:
    """Label and value pairs in a ruled two-column box from ``x0`` to the right margin."""
    split = x0 + (RIGHT - x0) * 0.46
    top = y
    for i, (pair, value) in enumerate(rows):
        lines = _label_lines(pair, d, split - x0 - 14)
        height = max(30, 8 + sum(sz + 3 for _, sz in lines))
        if i:
            s.rules.append((x0, top, RIGHT, top))
        line_top = top + 6
        for text, sz in lines:
            s.put(x0 + 7, line_top, text, sz)
            line_top += sz + 3
        s.put(
            RIGHT - 8, top + (height - 17) / 2, value, fitted_size(value, 16, RIGHT - split - 16), right=True
        )
        top += height
    s.box(x0, y, RIGHT, top)
    s.rules.append((split, y, split, top))
    return top


def _party(
    s: Sheet, x: float, y: float, width: float, pair: Pair, lines: list[str], d: dict[str, Any]
) -> float:
    """A party under its label, without a box; returns where it ends."""
    y = _draw_label(s, x, y, pair, d, width, 13) + 2
    for i, line in enumerate(lines):
        s.put(x + 6, y, line, fitted_size(line, 17 if i == 0 else 15, width - 6))
        y += 22
    return y + 10


# ------------------------------------------------------------------ commercial invoice

BANKS = {
    "PE": "BANCO DE CRÉDITO DEL PERÚ - CTA. CTE. USD 193-2045871-1-32 - SWIFT BCPLPEPL",
    "CL": "BANCO DE CHILE - CTA. CTE. USD 00-801-04512-07 - SWIFT BCHICLRM",
    "EC": "BANCO DEL PACÍFICO - CTA. CTE. 7301245 - SWIFT PACIECEG",
    "CO": "BANCOLOMBIA S.A. - CTA. COMPENSACIÓN USD 458-000125-44 - SWIFT COLOCOBM",
    "BR": "BANCO DO BRASIL S.A. - AG. 0512-3 - C/C 45.120-7 - SWIFT BRASBRRJ",
    "MX": "BBVA MÉXICO - CUENTA USD 0123456789 - SWIFT BCMRMXMM",
    "AR": "BANCO DE LA NACIÓN ARGENTINA - CTA. USD 4512-7/08 - SWIFT NACNARBA",
}
HS_SHORT = {
    "PE": "P.A.",
    "CL": "Cód. arancel.",
    "EC": "Subp.",
    "CO": "Subp.",
    "BR": "NCM",
    "MX": "Fracc.",
    "AR": "NCM",
}
EXPORTS = {"es": "EXPORTACIONES", "pt": "EXPORTAÇÃO"}


def _hs_pair(c: dict[str, Any], d: dict[str, Any]) -> Pair:
    return HS_LABELS[c["seller"].iso][c["hs_label"]], T["hs"][d["second"]]


def _package_pair(c: dict[str, Any], d: dict[str, Any]) -> Pair:
    kind = GOODS[c["items"][0]["key"]].package
    return tuple(  # type: ignore[return-value]
        PACKAGES[kind][lang].capitalize().replace(" hb", " HB") for lang in (d["local"], d["second"])
    )


def _shipping(c: dict[str, Any], d: dict[str, Any]) -> list[tuple[Pair, str]]:
    seller, buyer = c["seller"], c["buyer"]
    if c["air"]:
        return [
            (_pair("aol", d), seller.port),
            (_pair("aod", d), buyer.airport),
            (_pair("flight", d), c["flight"]),
            (_pair("awb", d), c["awb"]),
        ]
    return [
        (_pair("pol", d), seller.port),
        (_pair("pod", d), buyer.port),
        (_pair("vessel", d), c["vessel"]),
        (_pair("bl", d), c["bl"]),
        (_pair("container", d), " / ".join(c["containers"])),
        (_pair("seal", d), " / ".join(c["seals"])),
    ]


def _consignee(c: dict[str, Any]) -> list[str]:
    return [*_address(c["buyer"], c), c["buyer"].vat]


def _notify(c: dict[str, Any], d: dict[str, Any]) -> list[str]:
    if not c["notify_broker"]:
        return [_bi(_pair("same", d))]
    name, address = NOTIFY[c["buyer"].iso]
    return [name, address, _country(c["buyer"].iso, c)]


def _invoice_meta(c: dict[str, Any], d: dict[str, Any]) -> list[tuple[Pair, str]]:
    number = [] if c["head"] == "taxbox" else [(_pair("number", d), c["invoice_number"])]
    payment = c["payment"][d["local"] if c["payment_local"] else d["second"]]
    return [
        *number,
        (_pair("date", d), _date(c, "invoice_date")),
        (_pair("po", d), c["po"]),
        (_pair("currency", d), c["currency"]),
        (_pair("terms", d), f"{c['incoterm']} {c['incoterm_place']}"),
        (_pair("payment", d), payment),
        *_shipping(c, d),
        (_pair("origin", d), _country(c["seller"].iso, c)),
        (_pair("destination", d), _country(c["buyer"].iso, c)),
    ]


def _particulars(
    s: Sheet, c: dict[str, Any], d: dict[str, Any], y: float, meta: list[tuple[Pair, str]], notify: bool
) -> float:
    """The parties and the particulars: boxed cells four to a row under the party boxes (``grid``), or
    the parties down the left beside a box of label and value rows (``columns``)."""
    parties = [(_pair("consignee", d), _consignee(c))]
    if notify:
        parties.append((_pair("notify", d), _notify(c, d)))
    if c["layout"] == "grid":
        y = _cell_row(s, y, [(pair, lines, 1.0) for pair, lines in parties], d)
        for start in range(0, len(meta), 4):
            row = meta[start : start + 4]
            y = _cell_row(
                s, y, [(pair, [value], 1.4 if len(value) > 22 else 1.0) for pair, value in row], d, 15
            )
        return y + 14
    left = y
    for pair, lines in parties:
        left = _party(s, LEFT, left, MIDDLE - LEFT - 20, pair, lines, d)
    right = _meta_box(s, y, meta, d, MIDDLE)
    return max(left, right) + 14


def _invoice_head(s: Sheet, c: dict[str, Any]) -> float:
    d = c["docs"]["invoice"]
    title = _pair(c["title_form"], d)
    if c["head"] == "taxbox":
        title = (TAXBOX_TITLES[c["seller"].iso], T[c["title_form"]][d["second"]])
    y = _head(s, c, d, title, f"N° {c['invoice_number']}" if c["head"] == "taxbox" else "")
    return _particulars(s, c, d, y, _invoice_meta(c, d), True)


TAXBOX_TITLES = {
    "PE": "FACTURA ELECTRÓNICA",
    "CL": "FACTURA DE EXPORTACIÓN ELECTRÓNICA",
    "EC": "FACTURA",
    "CO": "FACTURA ELECTRÓNICA DE EXPORTACIÓN",
    "MX": "FACTURA DE EXPORTACIÓN (CFDI)",
    "AR": "FACTURA E",
}


def _invoice_columns(c: dict[str, Any]) -> list[Col]:
    d = c["docs"]["invoice"]
    code = f" ({c['currency']})"
    price, amount = _pair("price", d), _pair("amount", d)
    available: dict[str, Col] = {
        "item": ("item", _pair("item", d), 50, False),
        "pkgs": ("pkgs", _package_pair(c, d), 92, True),
        "desc": ("desc", _pair("desc", d), 0, False),
        "hs": ("hs", _hs_pair(c, d), 128 if c["hs_form"] != "sub6" else 96, False),
        "qty": ("qty", _pair("qty", d), 118 if c["unit_column"] else 150, True),
        "unit": ("unit", _pair("unit", d), 72, False),
        "price": ("price", (price[0], price[1] + code), 108, True),
        "amount": ("amount", (amount[0], amount[1] + code), 136, True),
    }
    shown = {"item": c["item_column"], "hs": c["hs_column"], "unit": c["unit_column"]}
    return _widths([available[key] for key in c["invoice_order"] if shown.get(key, True)])


def _invoice_rows(c: dict[str, Any]) -> list[dict[str, str]]:
    rows = []
    for it in c["items"]:
        hs = _hs(it["hs_code"], c)
        below = "" if c["hs_column"] else f"\n{HS_SHORT[c['seller'].iso]} {hs}"
        rows.append(
            {
                "item": str(it["line"]),
                "pkgs": _num(it["packages"], c, 0),
                "desc": it["description"] + below,
                "hs": hs,
                "qty": _qty(it["quantity"], it["unit"], c, with_unit=not c["unit_column"]),
                "unit": c["uom"][it["unit"]],
                "price": _num(it["unit_price"], c),
                "amount": _num(it["value"], c),
            }
        )
    return rows


def _invoice_total(c: dict[str, Any]) -> dict[str, str]:
    unit = _single_unit(c)
    total = {
        "desc": f"TOTAL {_named(c)}" if c["breakdown"] else f"TOTAL {c['incoterm']}",
        "pkgs": _num(sum(it["packages"] for it in c["items"]), c, 0),
        "amount": _num(_subtotal(c), c),
    }
    if unit:
        quantity = round(sum(it["quantity"] for it in c["items"]), 2)
        total["qty"] = _qty(quantity, unit, c, with_unit=not c["unit_column"])
        total["unit"] = c["uom"][unit]
    return total


def _named(c: dict[str, Any]) -> str:
    """The term of the goods' value before freight and insurance: FOB by sea, FCA by air."""
    return "FCA" if c["air"] else "FOB"


def _words(c: dict[str, Any], d: dict[str, Any]) -> str:
    return _amount_in_words(_total(c), c["currency"], d["second"] if c["words_second"] else d["local"])


def _signature(s: Sheet, c: dict[str, Any], d: dict[str, Any], y: float, stamp: bool) -> float:
    """Place and date on the left; on the right the scribble over the line, the signatory's name and
    position, and the exporter's round stamp across them. Returns where it ends."""
    seller, x = c["seller"], 740
    s.put(LEFT, y + 40, f"{seller.town}, {_date(c, 'invoice_date')}", 15)
    _scribbled(s, x + 40, y + 8, c["scribble"])
    s.rules.append((x, y + 70, RIGHT, y + 70))
    s.put(x, y + 76, seller.signatory, 15)
    s.put(x, y + 96, seller.position, 13)
    s.put(x, y + 114, _bi(_pair("signature", d)), 12)
    if stamp:
        name = wrap(seller.name.upper(), 12, 118)[:3]
        _stamp(s, x + 290, y + 66, [*name, EXPORTS[seller.lang]])
    return y + 142


def _invoice_tail(s: Sheet, c: dict[str, Any], y: float) -> float:
    """FOB value, freight and insurance for C terms if the case breaks the total down, the boxed total;
    packages, masses and marks on the left; the amount in words; the origin declaration; French notes;
    the bank; the signature and the stamp. Returns where it ends."""
    d, seller = c["docs"]["invoice"], c["seller"]
    y += 14
    right, x = y, 700
    if c["breakdown"]:
        local, second = _pair("fob", d)
        fob = (local.replace("FOB", _named(c)), second.replace("FOB", _named(c)))
        charges = [(fob, _subtotal(c)), (_pair("freight", d), c["freight"])]
        charges += [(_pair("insurance", d), c["insurance"])] if c["insurance"] else []
        for pair, value in charges:
            s.put(x, right, _bi(pair), fitted_size(_bi(pair), 15, 250))
            s.put(RIGHT - 8, right, _money(value, c), 16, right=True)
            right += 26
    label = f"TOTAL {c['incoterm']} {c['incoterm_place']}" + (
        f" ({c['currency']})" if c["money"] == "code" else ""
    )
    total = _money(_total(c), c)
    s.box(x - 10, right, RIGHT, right + 40)
    s.put(x, right + 11, label, fitted_size(label, 15, RIGHT - x - 20 - text_width(total, 19)))
    s.put(RIGHT - 8, right + 9, total, 19, right=True)
    right += 52
    kg = c["uom"]["kg"]
    notes = [
        f"{_bi(_pair('total_packages', d))}: {_num(sum(it['packages'] for it in c['items']), c, 0)} {c['items'][0]['package']}"
    ]
    if c["invoice_masses"]:
        net, gross = _masses(c)
        notes += [
            f"{_bi(_pair('net', d))}: {_num(net, c)} {kg}",
            f"{_bi(_pair('gross', d))}: {_num(gross, c)} {kg}",
        ]
    notes.append(f"{_bi(_pair('marks', d))}: {c['marks']}")
    for i, note in enumerate(notes):
        s.put(LEFT, y + 24 * i, note, fitted_size(note, 15, x - LEFT - 30))
    y = max(right, y + 24 * len(notes)) + 6
    y = _paragraph(s, y, _words(c, d), 14) + 12
    if c["co_form"] == "declaration":
        s.put(LEFT, y, _bi(_pair("declaration", d)), 13)
        y += 20
        wording = DECLARATIONS["chile" if seller.iso == "CL" else "andean"]
        for lang in [d["local"], d["second"]] if c["declaration_both"] else [d["local"]]:
            text = wording[lang].format(auth=seller.declaration, adj=ADJECTIVES[seller.iso][lang])
            y = _paragraph(s, y, text, 12) + 6
        y += 4
    if d["notes"]:
        s.put(LEFT, y, "Notes :", 13)
        for note in c["french_notes"]:
            y = _paragraph(s, y + 18, note, 12, LEFT + 70) - 18 + 4
        y += 24
    if c["bank"]:
        s.put(
            LEFT,
            y,
            f"{_bi(_pair('bank', d))}: {BANKS[seller.iso]}",
            fitted_size(f"{_bi(_pair('bank', d))}: {BANKS[seller.iso]}", 13, RIGHT - LEFT),
        )
        y += 24
    return _signature(s, c, d, y, stamp=True)


def andes_invoice(c: dict[str, Any]) -> list[Sheet]:
    d = c["docs"]["invoice"]
    title = _bi(_pair(c["title_form"], d))
    reference = f"{_bi(_pair('number', d))}: {c['invoice_number']} - {_bi(_pair('date', d))}: {_date(c, 'invoice_date')}"
    return _pages(
        c,
        Paper(
            kind="invoice",
            opening=lambda s: _invoice_head(s, c),
            resumption=lambda s: _resumption(s, c, d, title, reference),
            columns=_invoice_columns(c),
            rows=_invoice_rows(c),
            total=_invoice_total(c),
            closing=lambda s, y: _invoice_tail(s, c, y),
            foot=f"{c['seller'].name} · {c['seller'].street}, {c['seller'].city} · {c['seller'].email}",
        ),
    )


def andes_invoice_truth(c: dict[str, Any]) -> dict[str, Any]:
    return invoice_truth(c, _total(c), lambda it: str(it["hs_code"]))


# ------------------------------------------------------------------ packing list


def _packing_head(s: Sheet, c: dict[str, Any]) -> float:
    d = c["docs"]["packing"]
    title = _pair("packing", d)
    reference = f"{T['invoice_ref'][d['local']]} {c['invoice_number']}"
    y = _head(s, c, d, title, reference if c["head"] == "taxbox" else "")
    meta = [] if c["head"] == "taxbox" else [(_pair("invoice_ref", d), c["invoice_number"])]
    meta += [(_pair("invoice_date", d), _date(c, "invoice_date")), *_shipping(c, d)]
    if c["reefer"]:
        meta.append((_pair("setpoint", d), GOODS[c["items"][0]["key"]].temp))
    meta.append((_pair("destination", d), _country(c["buyer"].iso, c)))
    return _particulars(s, c, d, y, meta, False)


def _packing_columns(c: dict[str, Any]) -> list[Col]:
    d = c["docs"]["packing"]
    net, gross = _pair("net_col", d), _pair("gross_col", d)
    packages = ("pkgs", _package_pair(c, d), 92, True)
    if c["packing_form"] == "pallets":
        columns: list[Col] = [
            ("pallet", _pair("pallet", d), 110, False),
            ("desc", _pair("desc", d), 0, False),
            packages,
            ("net", net, 124, True),
            ("gross", gross, 124, True),
        ]
        if c["reefer"]:
            columns.append(("recorder", _pair("recorder", d), 140, False))
        return _widths(columns)
    columns = [("item", _pair("item", d), 50, False)] if c["item_column"] else []
    if any(it["pallets"] for it in c["items"]):
        columns.append(("pallets", _pair("pallets", d), 118, False))
    columns.append(("desc", _pair("desc", d), 0, False))
    if c["packing_hs"]:
        columns.append(("hs", _hs_pair(c, d), 128 if c["hs_form"] != "sub6" else 96, False))
    columns += [
        packages,
        ("qty", _pair("qty", d), 140, True),
        ("net", net, 118, True),
        ("gross", gross, 118, True),
    ]
    return _widths(columns)


def _pallet_range(it: dict[str, Any]) -> str:
    ids = [p["id"] for p in it["pallets"]]
    return "" if not ids else ids[0] if len(ids) == 1 else f"{ids[0]} - {ids[-1]}"


def _packing_rows(c: dict[str, Any]) -> list[dict[str, str]]:
    d = c["docs"]["packing"]
    if c["packing_form"] == "lines":
        return [
            {
                "item": str(it["line"]),
                "pallets": _pallet_range(it),
                "desc": it["description"],
                "hs": _hs(it["hs_code"], c),
                "pkgs": _num(it["packages"], c, 0),
                "qty": _qty(it["quantity"], it["unit"], c, with_unit=True),
                "net": _num(it["net_mass_kg"], c),
                "gross": _num(it["gross_mass_kg"], c),
            }
            for it in c["items"]
        ]
    rows = []
    for it in c["items"]:
        for i, pallet in enumerate(it["pallets"]):
            boxes = pallet["boxes"]
            rows.append(
                {
                    "pallet": pallet["id"],
                    "desc": it["description"] if i == 0 else "",
                    "pkgs": _num(boxes, c, 0),
                    "net": _num(round(boxes * it["per_net"], 2), c),
                    "gross": _num(round(boxes * it["per_gross"], 2), c),
                    "recorder": pallet["recorder"],
                }
            )
        subtotal = (
            f"{_bi(_pair('subtotal', d))} {it['line']}: {_qty(it['quantity'], it['unit'], c, with_unit=True)}"
        )
        rows.append(
            {
                "desc": subtotal,
                "pkgs": _num(it["packages"], c, 0),
                "net": _num(it["net_mass_kg"], c),
                "gross": _num(it["gross_mass_kg"], c),
            }
        )
    return rows


def _packing_total(c: dict[str, Any]) -> dict[str, str]:
    net, gross = _masses(c)
    total = {
        "desc": "TOTAL",
        "pkgs": _num(sum(it["packages"] for it in c["items"]), c, 0),
        "net": _num(net, c),
        "gross": _num(gross, c),
    }
    unit = _single_unit(c)
    if unit and c["packing_form"] == "lines":
        total["qty"] = _qty(round(sum(it["quantity"] for it in c["items"]), 2), unit, c, with_unit=True)
    return total


def _packing_tail(s: Sheet, c: dict[str, Any], y: float) -> float:
    """The totals in words of packages and pallets, the masses, the reefer's set temperature and
    recorders, French notes and the signature."""
    d = c["docs"]["packing"]
    net, gross = _masses(c)
    kg = c["uom"]["kg"]
    pallets = [p for it in c["items"] for p in it["pallets"]]
    lines = [
        f"{_bi(_pair('total_packages', d))}: {_num(sum(it['packages'] for it in c['items']), c, 0)} {c['items'][0]['package']}"
    ]
    if pallets:
        lines.append(f"{_bi(_pair('total_pallets', d))}: {len(pallets)}")
    lines += [
        f"{_bi(_pair('net', d))}: {_num(net, c)} {kg}",
        f"{_bi(_pair('gross', d))}: {_num(gross, c)} {kg}",
    ]
    if c["reefer"]:
        lines.append(f"{_bi(_pair('setpoint', d))}: {GOODS[c['items'][0]['key']].temp}")
        if c["packing_form"] == "lines" and pallets:
            recorders = " · ".join(f"{p['id']}: {p['recorder']}" for p in pallets if p["recorder"])
            lines.append(f"{_bi(_pair('recorders', d))}: {recorders}")
    lines.append(f"{_bi(_pair('marks', d))}: {c['marks']}")
    y += 16
    for line in lines:
        y = _paragraph(s, y, line, 15) + 4
    if d["notes"]:
        temp = GOODS[c["items"][0]["key"]].temp
        note = FRENCH_COLD.format(temp=temp) if temp else c["french_notes"][0]
        y = _paragraph(s, y + 6, f"Note : {note}", 13) + 4
    return _signature(s, c, d, y + 6, stamp=False)


def andes_packing(c: dict[str, Any]) -> list[Sheet]:
    d = c["docs"]["packing"]
    reference = f"{_bi(_pair('invoice_ref', d))}: {c['invoice_number']} - {_bi(_pair('date', d))}: {_date(c, 'invoice_date')}"
    return _pages(
        c,
        Paper(
            kind="packing",
            opening=lambda s: _packing_head(s, c),
            resumption=lambda s: _resumption(s, c, d, _bi(_pair("packing", d)), reference),
            columns=_packing_columns(c),
            rows=_packing_rows(c),
            total=_packing_total(c),
            closing=lambda s, y: _packing_tail(s, c, y),
            foot=f"{c['seller'].name} · {c['seller'].tax} · {c['seller'].phone}",
        ),
    )


def andes_packing_truth(c: dict[str, Any]) -> dict[str, Any]:
    return grid_packing_truth(c)


# ------------------------------------------------------------------ certificate of origin

AUTHORITY_TOWNS = {
    "Cámara de Comercio de Lima": "Lima",
    "Sociedad de Fomento Fabril - SOFOFA": "Santiago",
    "Cámara Nacional de Comercio, Servicios y Turismo de Chile": "Santiago",
    "Ministerio de Producción, Comercio Exterior, Inversiones y Pesca": "Guayaquil",
    "Cámara de Comercio de Guayaquil": "Guayaquil",
    "Dirección de Impuestos y Aduanas Nacionales - DIAN": "Bogotá",
    "Cámara de Comercio de Armenia y del Quindío": "Armenia",
    "Cámara de Comercio de Bogotá": "Bogotá",
    "Federação das Indústrias do Estado de Minas Gerais - FIEMG": "Belo Horizonte",
    "Federação das Indústrias do Estado de São Paulo - FIESP": "São Paulo",
    "Federação das Indústrias do Estado de Goiás - FIEG": "Goiânia",
    "Secretaría de Economía": "Ciudad de México",
    "Cámara Nacional de Comercio de Uruapan": "Uruapan",
    "Cámara Nacional de Comercio de Guadalajara": "Guadalajara",
    "Cámara Argentina de Comercio y Servicios": "Buenos Aires",
}


def _authority(c: dict[str, Any]) -> str:
    return str(c["seller"].eur1 if c["co_form"] == "eur1" else c["seller"].chamber)


def _framed(
    s: Sheet,
    x0: float,
    y: float,
    x1: float,
    pair: Pair,
    d: dict[str, Any],
    lines: list[str],
    height: float,
    size: int = 16,
) -> float:
    """A numbered box of a certificate: its bilingual label, then its lines; returns its bottom."""
    s.box(x0, y, x1, y + height)
    top = _draw_label(s, x0 + 7, y + 5, pair, d, x1 - x0 - 14, 11)
    for i, line in enumerate(lines):
        s.put(x0 + 12, top + 6 + (size + 6) * i, line, fitted_size(line, size, x1 - x0 - 24))
    return y + height


def _transport(c: dict[str, Any], d: dict[str, Any], table: dict[str, dict[str, str]]) -> list[str]:
    seller, buyer = c["seller"], c["buyer"]
    if c["air"]:
        return [
            f"{_bi(_pair('by_air', d, table))} - {c['flight']}",
            f"{seller.port} - {buyer.airport}",
            f"AWB {c['awb']}",
        ]
    return [f"{_bi(_pair('by_sea', d, table))} - {c['vessel']}", f"{seller.port} - {buyer.port}"]


def _measure(it: dict[str, Any], c: dict[str, Any]) -> str:
    if c["co_measure"] == "gross":
        return f"{_num(it['gross_mass_kg'], c)} {c['uom']['kg']}"
    return _qty(it["quantity"], it["unit"], c, with_unit=True)


def _eur1_head(s: Sheet, c: dict[str, Any]) -> float:
    """Boxes 1 to 7 of the EUR.1 movement certificate, the number and title in the top right corner."""
    d, seller, buyer = c["docs"]["co"], c["seller"], c["buyer"]
    box = CO_BOXES
    _framed(s, LEFT, 40, MIDDLE, _pair("e1", d, box), d, [*_address(seller, c), seller.tax], 180)
    s.box(MIDDLE, 40, RIGHT, 220)
    s.put(MIDDLE + 16, 52, "EUR.1", 36)
    s.put(RIGHT - 16, 60, f"N° {c['co_number']}", 22, right=True)
    title = _pair("eur1_title", d, box)
    s.put(MIDDLE + 16, 108, title[0], fitted_size(title[0], 17, RIGHT - MIDDLE - 32))
    s.put(MIDDLE + 16, 134, title[1], fitted_size(title[1], 14, RIGHT - MIDDLE - 32))
    note = (
        "Véanse las notas al dorso antes de llenar el formulario"
        if d["local"] == "es"
        else "Ver notas no verso antes de preencher o formulário"
    )
    s.put(MIDDLE + 16, 190, note, 11)
    partners = f"{_country(seller.iso, c)} {box['and'][d['local']]} {EU[d['local']]}"
    _framed(s, MIDDLE, 220, RIGHT, _pair("e2", d, box), d, [partners], 110)
    _framed(s, LEFT, 220, MIDDLE, _pair("e3", d, box), d, _consignee(c), 230)
    half = (MIDDLE + RIGHT) / 2
    _framed(s, MIDDLE, 330, half, _pair("e4", d, box), d, [_country(seller.iso, c)], 120, 18)
    _framed(s, half, 330, RIGHT, _pair("e5", d, box), d, [_country(buyer.iso, c)], 120, 18)
    _framed(s, LEFT, 450, MIDDLE, _pair("e6", d, box), d, _transport(c, d, box), 120, 15)
    remarks = [
        f"B/L {c['bl']}" if not c["air"] else f"AWB {c['awb']}",
        c["incoterm"] + " " + c["incoterm_place"],
    ]
    _framed(s, MIDDLE, 450, RIGHT, _pair("e7", d, box), d, remarks, 120, 15)
    return 580


def _eur1_rows(c: dict[str, Any]) -> list[dict[str, str]]:
    d = c["docs"]["co"]
    rows = []
    for it in c["items"]:
        described = f"{it['line']}) {_num(it['packages'], c, 0)} {it['package']} - {it['description']}"
        if it["line"] == 1:
            described = f"{_bi(_pair('marks', d))}: {c['marks']}\n{described}"
        rows.append({"desc": described, "measure": _measure(it, c)})
    rows[0]["invoice"] = f"{c['invoice_number']}\n{T['dated'][d['local']]} {_date(c, 'invoice_date')}"
    return rows


def _authority_box(
    s: Sheet,
    c: dict[str, Any],
    d: dict[str, Any],
    x0: float,
    x1: float,
    y: float,
    height: float,
    pair: Pair,
    text: Pair,
) -> None:
    """The endorsing authority's box: its certifying words, its name, the place and date of issue, its
    stamp and the officer's signature."""
    authority = _authority(c)
    s.box(x0, y, x1, y + height)
    top = _draw_label(s, x0 + 7, y + 6, pair, d, x1 - x0 - 14, 12) + 4
    for words in (text[0], text[1]) if text[1] else (text[0],):
        top = _paragraph(s, top, words, 12, x0 + 12, x1 - 12) + 4
    for line in wrap(authority, 15, x1 - x0 - 24):
        s.put(x0 + 12, top + 4, line, 15)
        top += 21
    place = f"{AUTHORITY_TOWNS[authority]}, {_date(c, 'co_date')}"
    s.put(
        x0 + 12,
        y + height - 86,
        f"{_bi(_pair('place_date', d, CO_BOXES))}: {place}",
        fitted_size(place, 14, x1 - x0 - 24),
    )
    _scribbled(s, x0 + 250, y + height - 82, c["officer_scribble"])
    s.rules.append((x0 + 12, y + height - 40, x1 - 12, y + height - 40))
    _stamp(s, x1 - 90, y + height - 78, wrap(authority.upper(), 12, 110)[:4], 70)


def _eur1_tail(s: Sheet, c: dict[str, Any], y: float) -> float:
    d, box = c["docs"]["co"], CO_BOXES
    y += 12
    height = 360
    _authority_box(s, c, d, LEFT, MIDDLE, y, height, _pair("e11", d, box), (box["e11_text"][d["local"]], ""))
    s.box(MIDDLE, y, RIGHT, y + height)
    top = _draw_label(s, MIDDLE + 7, y + 6, _pair("e12", d, box), d, RIGHT - MIDDLE - 14, 12) + 4
    for lang in (d["local"], d["second"]) if c["declaration_both"] else (d["local"],):
        top = _paragraph(s, top, box["e12_text"][lang], 12, MIDDLE + 12, RIGHT - 12) + 6
    place = f"{c['seller'].town}, {_date(c, 'invoice_date')}"
    s.put(MIDDLE + 12, y + height - 86, f"{_bi(_pair('place_date', d, box))}: {place}", 14)
    _scribbled(s, MIDDLE + 300, y + height - 82, c["scribble"])
    s.rules.append((MIDDLE + 12, y + height - 40, RIGHT - 12, y + height - 40))
    s.put(MIDDLE + 12, y + height - 34, c["seller"].signatory, 13)
    return y + height


def _chamber_head(s: Sheet, c: dict[str, Any]) -> float:
    """A chamber's or federation's non-preferential certificate: its name, the title and number, then
    the numbered boxes of the parties, the transport, the countries and the invoice."""
    d, seller, buyer, box = c["docs"]["co"], c["seller"], c["buyer"], CO_BOXES
    _centred(s, 34, seller.chamber.upper(), 20, LEFT, RIGHT - 260)
    title = _pair("co_title", d, box)
    if d["stacked"]:
        _centred(s, 70, title[0], 26, LEFT, RIGHT - 260)
        _centred(s, 104, title[1], 16, LEFT, RIGHT - 260)
    else:
        _centred(s, 76, _bi(title), 24, LEFT, RIGHT - 260)
    _centred(s, 128, _bi(_pair("non_pref", d, box)), 13, LEFT, RIGHT - 260)
    s.box(RIGHT - 240, 34, RIGHT, 150)
    _centred(s, 48, "N°", 14, RIGHT - 240, RIGHT)
    _centred(s, 80, c["co_number"], 22, RIGHT - 240, RIGHT)
    _centred(s, 118, "ORIGINAL", 14, RIGHT - 240, RIGHT)
    y = _cell_row(
        s,
        166,
        [
            (_pair("c1", d, box), [*_address(seller, c), seller.tax], 1.0),
            (_pair("c2", d, box), _consignee(c), 1.0),
        ],
        d,
    )
    invoice = [c["invoice_number"], f"{T['dated'][d['local']]} {_date(c, 'invoice_date')}"]
    cells: list[Cell] = [
        (_pair("c3", d, box), _transport(c, d, box)[:2], 1.6),
        (_pair("c4", d, box), [_country(buyer.iso, c)], 0.8),
        (_pair("c5", d, box), [_country(seller.iso, c)], 0.8),
        (_pair("c6", d, box), invoice, 1.0),
    ]
    return _cell_row(s, y, cells, d, 15) + 12


def _chamber_rows(c: dict[str, Any]) -> list[dict[str, str]]:
    rows = [
        {
            "no": str(it["line"]),
            "desc": f"{_num(it['packages'], c, 0)} {it['package']} - {it['description']}",
            "hs": _hs(it["hs_code"][:6] if c["co_hs6"] else it["hs_code"], c),
            "measure": _measure(it, c),
        }
        for it in c["items"]
    ]
    rows[0]["marks"] = c["marks"].replace(" / ", "\n")
    return rows


def _chamber_tail(s: Sheet, c: dict[str, Any], y: float) -> float:
    d, box, seller = c["docs"]["co"], CO_BOXES, c["seller"]
    y += 12
    height = 380
    s.box(LEFT, y, MIDDLE, y + height)
    top = _draw_label(s, LEFT + 7, y + 6, _pair("c12", d, box), d, MIDDLE - LEFT - 14, 12) + 4
    top = _paragraph(s, top, box["c12_text"][d["local"]], 12, LEFT + 12, MIDDLE - 12)
    _centred(s, top + 6, _country(seller.iso, c), 18, LEFT, MIDDLE)
    place = f"{seller.town}, {_date(c, 'invoice_date')}"
    s.put(LEFT + 12, y + height - 86, f"{_bi(_pair('place_date', d, box))}: {place}", 14)
    _scribbled(s, LEFT + 300, y + height - 82, c["scribble"])
    s.rules.append((LEFT + 12, y + height - 40, MIDDLE - 12, y + height - 40))
    s.put(
        LEFT + 12,
        y + height - 34,
        f"{seller.signatory} - {seller.name}",
        fitted_size(f"{seller.signatory} - {seller.name}", 13, MIDDLE - LEFT - 24),
    )
    text = (box["c13_text"][d["local"]], box["c13_text"][d["second"]] if c["declaration_both"] else "")
    _authority_box(s, c, d, MIDDLE, RIGHT, y, height, _pair("c13", d, box), text)
    return y + height


def andes_co(c: dict[str, Any]) -> list[Sheet]:
    d, box = c["docs"]["co"], CO_BOXES
    measure = (
        _pair("e9", d, box)
        if c["co_form"] == "eur1"
        else _pair("c11g" if c["co_measure"] == "gross" else "c11q", d, box)
    )
    if c["co_form"] == "eur1":
        columns = _widths(
            [
                ("desc", _pair("e8", d, box), 0, False),
                ("measure", measure, 190, True),
                ("invoice", _pair("e10", d, box), 220, False),
            ]
        )
        opening, rows, closing = _eur1_head, _eur1_rows(c), _eur1_tail
        title = f"EUR.1 N° {c['co_number']}"
    else:
        columns = _widths(
            [
                ("no", _pair("c7", d, box), 56, False),
                ("marks", _pair("c8", d, box), 170, False),
                ("desc", _pair("c9", d, box), 0, False),
                ("hs", _pair("c10", d, box), 140, False),
                ("measure", measure, 170, True),
            ]
        )
        opening, rows, closing = _chamber_head, _chamber_rows(c), _chamber_tail
        title = f"{_bi(_pair('co_title', d, box))} N° {c['co_number']}"
    reference = f"{_authority(c)} · {_bi(_pair('invoice_ref', d))}: {c['invoice_number']}"
    return _pages(
        c,
        Paper(
            kind="co",
            opening=lambda s: opening(s, c),
            resumption=lambda s: _resumption(s, c, d, title, reference),
            columns=columns,
            rows=rows,
            total=None,
            closing=lambda s, y: closing(s, c, y),
            foot=_authority(c),
            fill=True,
        ),
    )


def andes_co_truth(c: dict[str, Any]) -> dict[str, Any]:
    truth = co_truth(
        c, _authority(c), ("gross_mass_kg",) if c["co_measure"] == "gross" else ("quantity", "unit")
    )
    for item, it in zip(truth["fields"]["items"], c["items"], strict=True):
        if c["co_form"] == "eur1":  # an EUR.1 prints no tariff codes
            del item["hs_code"]
        elif not c["co_hs6"]:
            item["hs_code"] = it["hs_code"]
    return truth


# ------------------------------------------------------------------ phytosanitary certificate


def _packages_text(c: dict[str, Any]) -> str:
    return f"{_num(sum(it['packages'] for it in c['items']), c, 0)} {c['items'][0]['package']}"


def _officials(
    s: Sheet,
    c: dict[str, Any],
    d: dict[str, Any],
    y: float,
    table: dict[str, dict[str, str]],
    date_key: str,
    authority: str,
) -> float:
    """Place and date of issue, the officer and the signature in a row of cells, the scribble in the
    last cell and the organisation's stamp across the row."""
    cells: list[Cell] = [
        (_pair("place", d, PHYTO), [c["seller"].town.upper()], 0.9),
        (_pair("issue_date", d, PHYTO), [_date(c, date_key)], 0.9),
        (_pair("officer", d, PHYTO), [c["seller"].officer], 1.4),
        (_pair("signature", d, PHYTO), [""], 1.0),
    ]
    bottom = _cell_row(s, y, cells, d)
    _scribbled(s, RIGHT - 250, y + 12, c["officer_scribble"])
    short = authority.split(" - ")[-1] if " - " in authority else authority
    _stamp(
        s, RIGHT - 330, bottom - 10, [*(wrap(short.upper(), 12, 110)[:2]), _country(c["seller"].iso, c)], 66
    )
    s.put(LEFT, bottom + 8, _bi(_pair("stamp", d, PHYTO)), 12)
    return bottom + 30


def andes_phyto(c: dict[str, Any]) -> list[Sheet]:
    """The NPPO's IPPC-model certificate, Spanish (or Portuguese) and English: the organisations, the
    consignment in boxes (``boxes``) or in label and value lines (``lines``), the produce table, the
    certifying words, the additional declaration, the treatment and the officials' row."""
    d, seller, buyer, ph = c["docs"]["phyto"], c["seller"], c["buyer"], PHYTO
    s = Sheet()
    _centred(s, 30, REPUBLICS[seller.iso], 15)
    _centred(s, 52, seller.nppo, 19)
    s.rules.append((LEFT, 84, RIGHT, 84))
    title = _pair("title", d, ph)
    _centred(s, 96, title[0], 24)
    _centred(s, 128, title[1], 16)
    s.put(RIGHT, 156, f"N° {c['phyto_number']}", 20, right=True)
    y = _cell_row(
        s,
        186,
        [
            (_pair("from", d, ph), [_country(seller.iso, c)], 1.0),
            (_pair("to", d, ph), [_country(buyer.iso, c)], 1.0),
        ],
        d,
    )
    s.put(LEFT, y + 10, _bi(_pair("part1", d, ph)).upper(), 14)
    y += 34
    means = f"{_bi(_pair('by_air' if c['air'] else 'by_sea', d, ph))} - {c['flight'] if c['air'] else c['vessel']}"
    entry = buyer.airport if c["air"] else buyer.port
    particulars = [
        (_pair("exporter", d, ph), _address(seller, c)),
        (_pair("consignee", d, ph), _address(buyer, c)),
        (_pair("packages", d, ph), [_packages_text(c)]),
        (_pair("marks", d, ph), [c["marks"]]),
        (_pair("origin", d, ph), [f"{seller.town.upper()} - {_country(seller.iso, c)}"]),
        (_pair("means", d, ph), [means]),
        (_pair("entry", d, ph), [entry]),
    ]
    if c["phyto_layout"] == "boxes":
        rows = [particulars[:2], particulars[2:4], particulars[4:]]
        for row in rows:
            y = _cell_row(s, y, [(pair, lines, 1.0) for pair, lines in row], d, 15)
    else:
        for pair, lines in particulars:
            top = _draw_label(s, LEFT, y, pair, d, 380, 13)
            text = ", ".join(lines)
            s.put(460, y, text, fitted_size(text, 16, RIGHT - 460))
            y = max(top, y + 22) + 6
            s.rules.append((460, y - 3, RIGHT, y - 3))
    columns = _widths(
        [
            ("no", ("N°", "No."), 50, False),
            ("desc", _pair("produce", d, ph), 0, False),
            ("botanical", _pair("botanical", d, ph), 250, False),
            ("qty", _pair("qty", d), 180, True),
        ]
    )
    produce = [
        {
            "no": str(it["line"]),
            "desc": it["description"],
            "botanical": it["botanical"],
            "qty": _qty(it["quantity"], it["unit"], c, with_unit=True),
        }
        for it in c["items"]
    ]
    y = _table(s, c, d, y + 14, columns, produce, None) + 12
    y = _paragraph(s, y, ph["certify"][d["local"]], 12) + 4
    y = _paragraph(s, y, ph["certify"]["en"], 12) + 10
    botanical = c["items"][0]["botanical"]
    local, english = ADDITIONAL.get(botanical, (GENERAL_ADDITIONAL[d["local"]], GENERAL_ADDITIONAL["en"]))
    y = _cell_row(s, y, [(_pair("part2", d, ph), [local, english], 1.0)], d, 13)
    fumigated = botanical in FUMIGATED
    when = _andes_date(
        (date.fromisoformat(c["phyto_date"]) - timedelta(days=2)).isoformat(), c["date_form"], seller.lang
    )
    values = (
        [
            when,
            "FUMIGACIÓN / FUMIGATION" if seller.lang == "es" else "FUMIGAÇÃO / FUMIGATION",
            "FOSFINA (PH3)",
            "72 H - 25 °C",
            "2 G/M3",
        ]
        if fumigated
        else [_bi(_pair("nil", d, ph))] + ["-"] * 4
    )
    keys = ("t_date", "t_treatment", "t_chemical", "t_duration", "t_concentration")
    s.put(LEFT, y + 8, _bi(_pair("part3", d, ph)).upper(), 13)
    y = _cell_row(s, y + 30, [(_pair(k, d, ph), [v], 1.0) for k, v in zip(keys, values, strict=True)], d, 14)
    _officials(s, c, d, max(y + 14, 1400), ph, "phyto_date", seller.nppo)
    _footer(s, c, d, f"{seller.nppo} · {REPUBLICS[seller.iso]}", 1, 1)
    return [s]


def andes_phyto_truth(c: dict[str, Any]) -> dict[str, Any]:
    net = {
        "certificate_number": c["phyto_number"],
        "certificate_type": "phytosanitary_certificate",
        "exporter_name": c["seller"].name,
        "exporter_country": c["seller"].iso,
        "importer_name": c["buyer"].name,
        "importer_country": c["buyer"].iso,
        "origin_country": c["seller"].iso,
        "issue_date": c["phyto_date"],
        "issuing_authority": c["seller"].nppo,
        "items": [{k: it[k] for k in ("line", "description", "quantity", "unit")} for it in c["items"]],
    }
    return {"type": "phytosanitary_certificate", "fields": net}


# ------------------------------------------------------------------ health certificate


def andes_sanitary(c: dict[str, Any]) -> list[Sheet]:
    """The competent authority's health certificate for fishery products or meat in the EU model's
    boxes: Part I (I.1 to I.27 with the commodities table) and Part II, the attestation signed
    ``Hecho en ..., el ... / Done at ..., on ...``."""
    d, seller, buyer, h = c["docs"]["sanitary"], c["seller"], c["buyer"], HEALTH
    sea = GOODS[c["items"][0]["key"]].trade == "sea"
    s = Sheet()
    _centred(s, 30, REPUBLICS[seller.iso], 15)
    for i, line in enumerate(wrap(seller.health, 18, RIGHT - LEFT - 40)[:2]):
        _centred(s, 52 + 24 * i, line, 18)
    s.rules.append((LEFT, 106, RIGHT, 106))
    title = _pair("title", d, h)
    _centred(s, 116, _bi(title), 22)
    sub = h["sub_sea" if sea else "sub_meat"]
    y = 150.0
    for lang in (d["local"], "en"):
        for line in wrap(sub[lang], 13, RIGHT - LEFT - 40):
            _centred(s, y, line, 13)
            y += 18
    s.put(LEFT, y + 8, _bi(_pair("part1", d, h)), 15)
    y += 34
    authority = wrap(seller.health, 15, (RIGHT - LEFT) / 2.2 - 24)
    y = _cell_row(
        s,
        y,
        [(_pair("i1", d, h), _address(seller, c), 1.2), (_pair("i2", d, h), [c["health_number"]], 1.0)],
        d,
    )
    y = _cell_row(
        s, y, [(_pair("i5", d, h), _address(buyer, c), 1.2), (_pair("i3", d, h), authority, 1.0)], d, 15
    )
    temp = GOODS[c["items"][0]["key"]].temp
    frozen = "CONGELADO" + f" / FROZEN ({temp})"
    cells: list[Cell] = [
        (_pair("i7", d, h), [f"{_country(seller.iso, c)} ({seller.iso})"], 1.0),
        (_pair("i9", d, h), [f"{_country(buyer.iso, c)} ({buyer.iso})"], 1.0),
        (_pair("i13", d, h), [seller.port], 1.0),
        (_pair("i20", d, h), [frozen], 1.3),
    ]
    y = _cell_row(s, y, cells, d, 15)
    cells = [
        (_pair("i15", d, h), [c["vessel"]], 1.2),
        (_pair("i16", d, h), [buyer.port], 1.0),
        (_pair("i19", d, h), [f"{' / '.join(c['containers'])} - {' / '.join(c['seals'])}"], 1.4),
    ]
    y = _cell_row(s, y, cells, d, 15)
    s.put(LEFT, y + 10, _bi(_pair("i27", d, h)), 14)
    columns = _widths(
        [
            ("cn", _pair("cn", d, h), 100, False),
            ("species", _pair("species", d, h), 150, False),
            ("desc", _pair("nature", d, h), 0, False),
            ("plant", _pair("plant", d, h), 140, False),
            ("pkgs", _pair("packages", d, h), 96, True),
            ("net", _pair("net", d, h), 130, True),
        ]
    )
    rows = [
        {
            "cn": _hs(it["hs_code"][:6], c),
            "species": it["species"],
            "desc": it["description"],
            "plant": ESTABLISHMENTS[seller.iso],
            "pkgs": _num(it["packages"], c, 0),
            "net": _num(it["net_mass_kg"], c),
        }
        for it in c["items"]
    ]
    y = _table(s, c, d, y + 34, columns, rows, None) + 14
    s.put(LEFT, y, _bi(_pair("part2", d, h)), 15)
    y += 26
    attest = h["attest_sea" if sea else "attest_meat"]
    y = _paragraph(s, y, attest[d["local"]], 12) + 4
    y = _paragraph(s, y, attest["en"], 12) + 14
    done = _bi((h["done"][d["local"]], h["done"]["en"]))
    text = done.format(town=seller.town, date=_date(c, "health_date"))
    s.put(LEFT, y, text, fitted_size(text, 15, RIGHT - LEFT))
    _scribbled(s, LEFT + 40, y + 26, c["officer_scribble"])
    s.rules.append((LEFT, y + 96, LEFT + 460, y + 96))
    s.put(LEFT, y + 102, f"{seller.officer} - {_bi(_pair('inspector', d, h))}", 14)
    short = seller.health.split(" - ")[0] if seller.iso != "BR" else "SIF"
    _stamp(s, LEFT + 600, y + 70, [*wrap(short.upper(), 12, 110)[:3], _country(seller.iso, c)], 70)
    _footer(s, c, d, f"{seller.health} · {c['health_number']}", 1, 1)
    return [s]


def andes_sanitary_truth(c: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "sanitary_certificate",
        "fields": {
            "certificate_number": c["health_number"],
            "certificate_type": "sanitary_certificate",
            "exporter_name": c["seller"].name,
            "exporter_country": c["seller"].iso,
            "importer_name": c["buyer"].name,
            "importer_country": c["buyer"].iso,
            "origin_country": c["seller"].iso,
            "issue_date": c["health_date"],
            "issuing_authority": c["seller"].health,
            "items": [
                {
                    "line": it["line"],
                    "description": it["description"],
                    "hs_code": it["hs_code"][:6],
                    "net_mass_kg": it["net_mass_kg"],
                }
                for it in c["items"]
            ],
        },
    }


# ------------------------------------------------------------------ the documents of a case

Kind = tuple[str, Callable[[dict[str, Any]], list[Sheet]], Callable[[dict[str, Any]], dict[str, Any]]]
ANDES_KINDS: list[Kind] = [
    ("invoice", andes_invoice, andes_invoice_truth),
    ("packing", andes_packing, andes_packing_truth),
    ("co", andes_co, andes_co_truth),
    ("phyto", andes_phyto, andes_phyto_truth),
    ("sanitary", andes_sanitary, andes_sanitary_truth),
]


def andes_kinds(c: dict[str, Any]) -> list[Kind]:
    """The documents the case has: invoice and packing list; a certificate of origin unless the invoice
    carries the origin declaration; a phytosanitary certificate for most produce, a health certificate
    for fish, shrimp and meat (not for long lists of lines)."""
    return [kind for kind in ANDES_KINDS if kind[0] in c["documents"]]


def file_names(c: dict[str, Any]) -> dict[str, str]:
    """Each document's file name without its suffix: the invoice number, then the kind in the
    exporter's language or in English."""
    stem = re.sub(r"[^A-Za-z0-9-]+", "-", c["invoice_number"]).strip("-")
    names = FILE_NAMES[c["file_lang"]] | ({"co": "EUR1"} if c["co_form"] == "eur1" else {})
    return {kind: f"{stem}_{name}" for kind, name in names.items()}
