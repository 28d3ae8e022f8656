"""The ``sanitary`` family of the synthetic trade documents (``eval.synthdocs`` writes the cases).

Animal products (fish, shrimps, beef, honey, sardines) exported to the EU: the classic invoice and
packing list, and the veterinary health certificate that such goods need, in one of two layouts
drawn per case. ``traces`` follows the EU model certificate: a country banner, "Part I: Details of
dispatched consignment" as boxes I.1 to I.28 (consignor, certificate reference, central competent
authority, consignee, country of origin with its ISO code, commodity code, a commodities table of
species, nature, establishment, packages and net weight) and a Part II signed "Done at ... on
...". ``letter`` is a national certificate on the competent authority's letterhead, with
``Label: value`` lines and a plain goods table. Its own exporters and authorities; every choice is
drawn from the seed by build_sanitary_case.
"""

from __future__ import annotations

import random
from typing import Any, NamedTuple

from eval.synthdocs import _fmt_amount, invoice_blocks, invoice_truth, packing_blocks, packing_truth
from eval.synthgrid import LABEL, MONTHS, Column, Sheet, _fmt_hs, _table


class Exporter(NamedTuple):
    party: tuple[str, str, str, str, str, str]  # name, street, city, ISO, country (fr), country (en)
    authority: str  # the central competent authority that signs its certificates
    ministry: str  # printed above the authority on a letterhead
    town: str  # place of issue
    establishment: str  # its approval number
    goods: tuple[int, ...]  # indexes into GOODS


class Good(NamedTuple):
    fr: str
    en: str
    hs: str
    species: str
    price: float  # per kg
    carton_kg: int


GOODS = [
    Good("Poulpes entiers congelés", "Frozen whole octopus", "030752", "Octopus vulgaris", 6.4, 20),
    Good("Crevettes tropicales congelées", "Frozen tropical shrimps", "030617", "Penaeus monodon", 9.8, 12),
    Good("Viande bovine désossée congelée", "Frozen boneless beef", "020230", "Bos taurus", 7.1, 25),
    Good("Miel naturel", "Natural honey", "040900", "Apis mellifera", 5.2, 24),
    Good("Sardines à l'huile en conserve", "Canned sardines in oil", "160413", "Sardina pilchardus", 3.3, 18),
    Good(
        "Filets de pangasius congelés",
        "Frozen pangasius fillets",
        "030462",
        "Pangasius hypophthalmus",
        2.6,
        10,
    ),
    Good("Thon albacore congelé", "Frozen yellowfin tuna", "030342", "Thunnus albacares", 4.9, 25),
]
EXPORTERS = [
    Exporter(
        ("Pêcheries de la Petite Côte SA", "Quai de pêche de Mbour", "Mbour", "SN", "Sénégal", "Senegal"),
        "Direction des Services Vétérinaires",
        "Ministère de l'Agriculture et de l'Élevage",
        "Dakar",
        "SN-0417-CE",
        (0, 6),
    ),
    Exporter(
        ("Frigorífico Pampa Sur S.A.", "Ruta Nacional 5 km 102", "Mercedes", "AR", "Argentine", "Argentina"),
        "Servicio Nacional de Sanidad y Calidad Agroalimentaria",
        "Ministerio de Economía",
        "Buenos Aires",
        "AR-1984",
        (2,),
    ),
    Exporter(
        ("Tana Crevettes SARL", "Lot II M 85 Ankorondrano", "Antananarivo", "MG", "Madagascar", "Madagascar"),
        "Autorité Sanitaire Halieutique",
        "Ministère de la Pêche et de l'Économie Bleue",
        "Mahajanga",
        "MG-031-AQ",
        (1, 6),
    ),
    Exporter(
        (
            "Southern Alps Honey Ltd",
            "14 Tancred Street",
            "Ashburton",
            "NZ",
            "Nouvelle-Zélande",
            "New Zealand",
        ),
        "Ministry for Primary Industries",
        "New Zealand Government",
        "Wellington",
        "NZ-HON-2210",
        (3,),
    ),
    Exporter(
        ("Conserverie Atlantique Agadir SA", "Zone portuaire Anza", "Agadir", "MA", "Maroc", "Morocco"),
        "Office National de Sécurité Sanitaire des produits Alimentaires",
        "Royaume du Maroc",
        "Agadir",
        "MA-45.07.C",
        (4, 6),
    ),
    Exporter(
        (
            "Mekong Basa Seafood JSC",
            "Lot 12 Tra Noc Industrial Zone",
            "Can Tho",
            "VN",
            "Viêt Nam",
            "Viet Nam",
        ),
        "National Agro-Forestry-Fisheries Quality Assurance Department",
        "Ministry of Agriculture and Rural Development",
        "Ho Chi Minh City",
        "DL 183",
        (5, 1),
    ),
]
IMPORTERS = [
    ("Marée de Boulogne SAS", "12 quai Gambetta", "62200 Boulogne-sur-Mer", "FR", "France", "France"),
    ("Vleeshandel Van Damme NV", "Slachthuislaan 41", "2060 Antwerpen", "BE", "Belgique", "Belgium"),
    ("Pescados Galicia Norte SL", "Avenida do Porto 8", "36202 Vigo", "ES", "Espagne", "Spain"),
    ("Honighaus Lüneburg GmbH", "Bardowicker Straße 17", "21335 Lüneburg", "DE", "Allemagne", "Germany"),
    ("Ittica Adriatica S.r.l.", "Via del Porto 3", "60121 Ancona", "IT", "Italie", "Italy"),
]
SANITARY = {
    "fr": {
        "title": "CERTIFICAT SANITAIRE",
        "purpose": "pour l'exportation vers l'Union européenne de produits d'origine animale",
        "country": "PAYS",
        "part1": "Partie I : Renseignements concernant le lot expédié",
        "consignor": "I.1. Expéditeur (nom, adresse)",
        "ref": "I.2. N° de référence du certificat",
        "central": "I.3. Autorité centrale compétente",
        "consignee": "I.5. Destinataire (nom, adresse)",
        "origin": "I.7. Pays d'origine",
        "iso": "Code ISO",
        "destination": "I.9. Pays de destination",
        "code": "Code SH",
        "transport": "I.15. Moyens de transport",
        "by_sea": "Navire frigorifique",
        "packages": "I.23. Nombre total de colis",
        "goods": "I.28. Identification des marchandises",
        "species": "Espèce",
        "nature": "Nature de la marchandise",
        "plant": "Établissement",
        "cartons": "Colis",
        "net": "Poids net (kg)",
        "part2": "Partie II : Certification",
        "attest": "Le vétérinaire officiel soussigné certifie que les produits décrits ci-dessus",
        "attest2": "satisfont aux exigences sanitaires de l'Union européenne.",
        "done": "Fait à {town}, le {date}",
        "vet": "Vétérinaire officiel",
        "number": "Certificat N°",
        "exporter": "Exportateur",
        "to": "Destinataire",
        "origin_plain": "Pays d'origine",
        "desc": "Désignation des produits",
        "hs": "Code SH",
    },
    "en": {
        "title": "HEALTH CERTIFICATE",
        "purpose": "for the export to the European Union of products of animal origin",
        "country": "COUNTRY",
        "part1": "Part I: Details of dispatched consignment",
        "consignor": "I.1. Consignor (name, address)",
        "ref": "I.2. Certificate reference No.",
        "central": "I.3. Central competent authority",
        "consignee": "I.5. Consignee (name, address)",
        "origin": "I.7. Country of origin",
        "iso": "ISO code",
        "destination": "I.9. Country of destination",
        "code": "HS code",
        "transport": "I.15. Means of transport",
        "by_sea": "Refrigerated vessel",
        "packages": "I.23. Total number of packages",
        "goods": "I.28. Identification of the commodities",
        "species": "Species",
        "nature": "Nature of commodity",
        "plant": "Establishment",
        "cartons": "Packages",
        "net": "Net weight (kg)",
        "part2": "Part II: Certification",
        "attest": "I, the undersigned official veterinarian, hereby certify that the products described",
        "attest2": "above meet the animal and public health requirements of the European Union.",
        "done": "Done at {town} on {date}",
        "vet": "Official veterinarian",
        "number": "Certificate No.",
        "exporter": "Exporter",
        "to": "Consignee",
        "origin_plain": "Country of origin",
        "desc": "Description of goods",
        "hs": "HS code",
    },
}
FILE_NAMES = {
    "fr": {"invoice": "facture", "packing": "liste_colisage", "sanitary": "certificat_sanitaire"},
    "en": {"invoice": "commercial_invoice", "packing": "packing_list", "sanitary": "health_certificate"},
}


def _long_date(iso: str, lang: str) -> str:
    y, m, d = (int(part) for part in iso.split("-"))
    return f"{d} {MONTHS[lang][m - 1]} {y}"


def build_sanitary_case(seed: int, lang: str = "fr") -> dict[str, Any]:
    """A classic-shaped case (exporter, importer, items, invoice keys) with the health
    certificate's own choices: layout, number, authority, establishment, packages."""
    rng = random.Random(seed)
    exporter = rng.choice(EXPORTERS)
    importer = rng.choice(IMPORTERS)
    kinds = rng.sample(exporter.goods, rng.randint(1, len(exporter.goods)))
    items = []
    for line, k in enumerate(kinds, start=1):
        good = GOODS[k]
        cartons = rng.randint(40, 900)
        qty = cartons * good.carton_kg
        items.append(
            {
                "line": line,
                "description": good.fr if lang == "fr" else good.en,
                "hs_code": good.hs + rng.choice(["00", "10", "90"]),
                "quantity": qty,
                "unit": "kg",
                "unit_price": good.price,
                "value": round(qty * good.price, 2),
                "net_mass_kg": qty,
                "gross_mass_kg": round(qty * 1.06, 2),
                "species": good.species,
                "cartons": cartons,
            }
        )
    day = rng.randint(3, 25)
    return {
        "lang": lang,
        "exporter": exporter.party,
        "importer": importer,
        "items": items,
        "invoice_number": f"{rng.choice(['EXP', 'FV', 'INV'])}-{rng.randint(2025, 2026)}-{rng.randint(100, 9999):04d}",
        "invoice_date": f"2026-{rng.randint(1, 9):02d}-{day:02d}",
        "certificate_number": "",  # the classic invoice does not print one
        "currency": rng.choice(["EUR", "USD"]),
        "incoterm": rng.choice(["CIF", "CFR", "FOB"]),
        "authority": exporter.authority,
        "ministry": exporter.ministry,
        "town": exporter.town,
        "establishment": exporter.establishment,
        "health_number": f"{exporter.party[3]}{rng.randint(2025, 2026)}{rng.choice(['/', '-', ''])}"
        f"{rng.choice(['VET', 'HC', 'CS'])}{rng.choice(['/', '-'])}{rng.randint(1000, 99999)}",
        "health_date": f"2026-10-{rng.randint(10, 28):02d}",
        "layout": rng.choice(["traces", "letter"]),
        "hs_dotted": rng.random() < 0.5,
        "formats": {
            "invoice": "png",
            "packing": "pdf",
            "sanitary": rng.choice(["png", "pdf", "scan"]),
        },
    }


def _country(party: tuple[str, ...], lang: str) -> str:
    return party[4] if lang == "fr" else party[5]


def _traces(c: dict[str, Any]) -> Sheet:
    lg, lang = SANITARY[c["lang"]], c["lang"]
    ex, im = c["exporter"], c["importer"]
    s = Sheet()
    s.put(80, 60, f"{lg['country']}: {_country(ex, lang)}", 20)
    s.put(620, 60, lg["title"], 30)
    s.put(80, 105, lg["purpose"], 16)
    s.put(80, 150, lg["part1"], 18)
    s.cell(80, 180, 620, 340, lg["consignor"], [ex[0], ex[1], f"{ex[2]}, {_country(ex, lang)}"])
    s.cell(620, 180, 1160, 260, lg["ref"], [c["health_number"]], size=22)
    s.cell(620, 260, 1160, 340, lg["central"], [c["authority"]], size=16)
    s.cell(80, 340, 620, 500, lg["consignee"], [im[0], im[1], f"{im[2]}, {_country(im, lang)}"])
    s.cell(620, 340, 900, 420, lg["origin"], [_country(ex, lang)])
    s.cell(900, 340, 1160, 420, lg["iso"], [ex[3]])
    s.cell(620, 420, 900, 500, lg["destination"], [_country(im, lang)])
    s.cell(900, 420, 1160, 500, lg["iso"], [im[3]])
    s.cell(80, 500, 620, 580, lg["transport"], [lg["by_sea"]])
    s.cell(620, 500, 1160, 580, lg["packages"], [str(sum(it["cartons"] for it in c["items"]))])
    s.put(80, 600, lg["goods"], LABEL)
    columns: list[Column] = [
        ("code", lg["code"], 110, False),
        ("species", lg["species"], 280, False),
        ("nature", lg["nature"], 330, False),
        ("plant", lg["plant"], 130, False),
        ("cartons", lg["cartons"], 100, True),
        ("net", lg["net"], 130, True),
    ]
    y = _table(s, 630, columns, _goods_rows(c)) + 60
    s.put(80, y, lg["part2"], 18)
    _certification(s, c, y + 40)
    s.put(560, y + 228, c["authority"], 15)
    return s


def _goods_rows(c: dict[str, Any]) -> list[dict[str, str]]:
    """Each item as both layouts' tables print it (a layout's columns pick their keys)."""
    return [
        {
            "no": str(it["line"]),
            "code": _fmt_hs(it["hs_code"][:6], c["hs_dotted"]),
            "species": it["species"],
            "nature": it["description"],
            "plant": c["establishment"],
            "cartons": str(it["cartons"]),
            "net": _fmt_amount(it["net_mass_kg"], c["lang"]),
        }
        for it in c["items"]
    ]


def _certification(s: Sheet, c: dict[str, Any], y: float) -> None:
    """The veterinarian's attestation, where and when it was signed, and the signatory."""
    lg = SANITARY[c["lang"]]
    s.put(80, y, lg["attest"], 17)
    s.put(80, y + 26, lg["attest2"], 17)
    s.put(80, y + 90, lg["done"].format(town=c["town"], date=_long_date(c["health_date"], c["lang"])), 20)
    s.put(560, y + 160, lg["vet"], 18)


def _letter(c: dict[str, Any]) -> Sheet:
    lg, lang = SANITARY[c["lang"]], c["lang"]
    ex, im = c["exporter"], c["importer"]
    s = Sheet()
    s.put(80, 60, c["ministry"], 18)
    s.put(80, 92, c["authority"], 22)
    s.rules.append((80, 135, 1160, 135))
    s.put(330, 180, lg["title"], 32)
    s.put(330, 230, f"{lg['number']} {c['health_number']}", 22)
    rows = [
        (lg["exporter"], f"{ex[0]}, {ex[1]}, {ex[2]}, {_country(ex, lang)}"),
        (lg["to"], f"{im[0]}, {im[1]}, {im[2]}, {_country(im, lang)}"),
        (lg["origin_plain"], _country(ex, lang)),
    ]
    for i, (label, value) in enumerate(rows):
        s.put(80, 320 + 50 * i, f"{label}: {value}", 18)
    columns: list[Column] = [
        ("no", "N°" if lang == "fr" else "No.", 70, False),
        ("nature", lg["desc"], 470, False),
        ("code", lg["hs"], 180, False),
        ("cartons", lg["cartons"], 170, True),
        ("net", lg["net"], 190, True),
    ]
    _certification(s, c, _table(s, 520, columns, _goods_rows(c)) + 70)
    return s


def sanitary_certificate(c: dict[str, Any]) -> Sheet:
    return _traces(c) if c["layout"] == "traces" else _letter(c)


def sanitary_truth(c: dict[str, Any]) -> dict[str, Any]:
    ex, im = c["exporter"], c["importer"]
    return {
        "type": "sanitary_certificate",
        "fields": {
            "certificate_number": c["health_number"],
            "certificate_type": "sanitary_certificate",
            "exporter_name": ex[0],
            "importer_name": im[0],
            "origin_country": ex[3],
            "issue_date": c["health_date"],
            "issuing_authority": c["authority"],
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


SANITARY_KINDS = [
    # the classic invoice and packing list: text blocks without ruled lines
    ("invoice", lambda c: Sheet(text=invoice_blocks(c)), invoice_truth),
    ("packing", lambda c: Sheet(text=packing_blocks(c)), packing_truth),
    ("sanitary", sanitary_certificate, sanitary_truth),
]
