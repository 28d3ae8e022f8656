"""Synthetic trade documents with ground truth (shared/datasets/README.md section 3).

Our own templates (invoice, packing list, certificate of origin, phytosanitary certificate) in
French and English, rendered as PNG with optional scan noise (tilt, blur, speckle), or as PDF with
a text layer (hand-written PDF operators, no extra package) or without one (image-only PDF).
Independent layout families (``style``): ``classic`` (free-floating labels, one set of
companies; here), ``grid`` (boxed label-over-value cells, ruled tables, other companies, and
date, number and column layouts drawn per case; in ``eval.synthgrid``), ``ledger`` (ERP-export
invoices and packing lists, EUR.1 or chamber certificates of origin, line-by-line phytosanitary
certificates, currency symbols, freight and insurance, a third set of companies; in
``eval.synthledger``), ``sanitary`` (veterinary health certificates; in ``eval.synthsanitary``)
``modern`` (invoicing-software layouts whose long documents run onto a second page, written
as multi-page PDF or TIFF; in ``eval.synthmodern``), ``broker`` (a forwarder's client pack:
US/UK-style invoice and packing list, a chamber's letter certifying the origin, a narrative
phytosanitary certificate, some pages as phone photos; in ``eval.synthbroker``) and ``asia`` (an
Asian exporter's set: the exporter's boxed invoice grid with the amount in words and the REX
statement, a packing list with per-carton weights, a GSP Form A or a chamber's certificate of
origin, an NPPO's boxed phytosanitary certificate; in ``eval.synthasia``), ``afrique`` and ``andes``
(in their modules) and ``fax`` (a European trading house's faxed, photocopied and typed set: fax
headers and cover sheets, typewriter text, dotted-leader fields, a landscape packing list scanned
turned; in ``eval.synthfax``). This module holds
what they share: fonts, amounts, rendering (one page or several), and writing a case and its
declaration.

    customs-style:  python -m eval.synthdocs OUT_DIR --cases 5 --seed 1 --style grid  (or broker, asia, ...)
    in tests:       make_case(tmp_path / "c1", seed=3, lang="fr", noise=True, style="grid")
"""

from __future__ import annotations

import argparse
import functools
import json
import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

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


@functools.cache  # every page is laid out, measured and drawn with a few sizes
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


def _page_stream(blocks: Block, rules: Rules) -> bytes:
    """One page's content: its ruled lines, then its text in Helvetica (A4 pixels scaled to points)."""
    scale = 595.0 / A4[0]
    ops = [
        b"%.1f %.1f m %.1f %.1f l S" % (x0 * scale, 842 - y0 * scale, x1 * scale, 842 - y1 * scale)
        for x0, y0, x1, y1 in rules
    ]
    ops.append(b"BT")
    for x, y, text, size in blocks:
        s = size * scale
        ops.append(
            b"/F1 %.1f Tf 1 0 0 1 %.1f %.1f Tm (%s) Tj"
            % (s, x * scale, 842 - y * scale - s, _pdf_escape(text))
        )
    ops.append(b"ET")
    return b"\n".join(ops)


def render_text_pdf_pages(pages: Sequence[tuple[Block, Rules]]) -> bytes:
    """An A4 PDF with a real text layer (Helvetica, WinAnsi) and ruled lines, written by hand: one
    page per (blocks, rules). Objects: catalog, page tree, the pages, the font, the contents (so
    that a one-page file is the one render_text_pdf always wrote)."""
    n = len(pages)
    font = 3 + n
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(n))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n),
        *(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> "
            b"/Contents %d 0 R >>" % (font, font + 1 + i)
            for i in range(n)
        ),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for blocks, rules in pages:
        stream = _page_stream(blocks, rules)
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
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


def render_text_pdf(blocks: Block, rules: Rules | None = None) -> bytes:
    """A one-page A4 PDF with a real text layer (Helvetica, WinAnsi) and ruled lines, written by hand."""
    return render_text_pdf_pages([(blocks, rules or [])])


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


class Page(Protocol):
    """A laid-out page of the grid, ledger, sanitary or modern family: text blocks and ruled lines."""

    text: Block
    rules: Rules


Kinds = Sequence[tuple[str, Callable[[dict[str, Any]], Page], Callable[[dict[str, Any]], dict[str, Any]]]]
# the same for a family whose layouts return a document's pages
PagedKinds = Sequence[
    tuple[str, Callable[[dict[str, Any]], Sequence[Page]], Callable[[dict[str, Any]], dict[str, Any]]]
]


# A document's file per format: a PDF with a text layer, or its pages as images (PNG or JPEG for a
# single page, or a phone photo of it as JPEG; an image-only PDF or a TIFF for any number of pages).
SUFFIXES = {
    "pdf": ".pdf",
    "png": ".png",
    "jpg": ".jpg",
    "photo": "_photo.jpg",
    "scan": "_scan.pdf",
    "tiff": ".tif",
}
SAVE_OPTIONS: dict[str, dict[str, Any]] = {
    "jpg": {"quality": 85},
    "photo": {"quality": 80},
    "tiff": {"compression": "tiff_deflate"},
}


def _photographed(page: Image.Image, seed: int) -> Image.Image:
    """A phone photo of a clean page (eval.photo: on a table, at a slant, unevenly lit)."""
    import numpy as np

    from eval.photo import photograph

    return Image.fromarray(photograph(np.asarray(page.convert("RGB")), random.Random(seed)))


def _write_document(docs: Path, stem: str, pages: Sequence[Page], fmt: str, noise: bool, seed: int) -> str:
    """Writes a document's pages as one file in ``fmt`` (see SUFFIXES); returns the file's name."""
    name = stem + SUFFIXES[fmt]
    if fmt == "pdf":
        (docs / name).write_bytes(render_text_pdf_pages([(page.text, page.rules) for page in pages]))
        return name
    images = [
        render_png(page.text, noise=noise and fmt != "photo", seed=seed + 100 * i, rules=page.rules)
        for i, page in enumerate(pages)
    ]
    if fmt == "photo":
        images = [_photographed(image, seed + 100 * i) for i, image in enumerate(images)]
    if fmt == "scan":
        images = [image.convert("RGB") for image in images]
    first, *rest = images
    if rest:
        first.save(docs / name, save_all=True, append_images=rest, **SAVE_OPTIONS.get(fmt, {}))
    else:
        first.save(docs / name, **SAVE_OPTIONS.get(fmt, {}))
    return name


def _write_pages(
    docs: Path, seed: int, noise: bool, c: dict[str, Any], kinds: Kinds, names: dict[str, str]
) -> dict[str, Any]:
    """Each kind's page in the format the case drew for it (``c["formats"]``); returns the truths."""
    truths: dict[str, Any] = {}
    for k, (kind, layout, truth) in enumerate(kinds):
        name = _write_document(docs, names[kind], [layout(c)], c["formats"][kind], noise, seed + k)
        truths[name] = truth(c)
    return truths


def _write_paged_documents(
    docs: Path, seed: int, noise: bool, c: dict[str, Any], kinds: PagedKinds, names: dict[str, str]
) -> dict[str, Any]:
    """Each kind's pages in the format the case drew for a document of one page or of several
    (``c["formats"][kind]["single"]`` or ``["multi"]``); returns the truths."""
    truths: dict[str, Any] = {}
    for k, (kind, layout, truth) in enumerate(kinds):
        pages = layout(c)
        fmt = c["formats"][kind]["multi" if len(pages) > 1 else "single"]
        truths[_write_document(docs, names[kind], pages, fmt, noise, seed + k)] = truth(c)
    return truths


def _grid_documents(
    docs: Path, seed: int, lang: str, noise: bool
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    # Imported here, not at the top: eval.synthgrid imports this module's shared helpers.
    from eval.synthgrid import FILE_NAMES, GRID_KINDS, build_grid_case

    c = build_grid_case(seed, lang)
    return c["items"], _write_pages(docs, seed, noise, c, GRID_KINDS, FILE_NAMES[lang])


def _ledger_documents(
    docs: Path, seed: int, lang: str, noise: bool
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    # Imported here, not at the top: eval.synthledger imports this module's shared helpers.
    from eval.synthledger import FILE_NAMES, LEDGER_KINDS, build_ledger_case

    c = build_ledger_case(seed, lang)
    return c["items"], _write_pages(docs, seed, noise, c, LEDGER_KINDS, FILE_NAMES[lang])


def _sanitary_documents(
    docs: Path, seed: int, lang: str, noise: bool
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    # Imported here, not at the top: eval.synthsanitary imports this module's shared helpers.
    from eval.synthsanitary import FILE_NAMES, SANITARY_KINDS, build_sanitary_case

    c = build_sanitary_case(seed, lang)
    return c["items"], _write_pages(docs, seed, noise, c, SANITARY_KINDS, FILE_NAMES[lang])


def _modern_documents(
    docs: Path, seed: int, lang: str, noise: bool
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    # Imported here, not at the top: eval.synthmodern imports this module's shared helpers.
    from eval.synthmodern import FILE_NAMES, build_modern_case, modern_kinds

    c = build_modern_case(seed, lang)
    return c["items"], _write_paged_documents(docs, seed, noise, c, modern_kinds(c), FILE_NAMES[lang])


def _broker_documents(
    docs: Path, seed: int, lang: str, noise: bool
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    # Imported here, not at the top: eval.synthbroker imports this module's shared helpers.
    from eval.synthbroker import broker_kinds, build_broker_case, file_names

    c = build_broker_case(seed, lang)
    return c["items"], _write_paged_documents(docs, seed, noise, c, broker_kinds(c), file_names(c))


def _asia_documents(
    docs: Path, seed: int, lang: str, noise: bool
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    # Imported here, not at the top: eval.synthasia imports this module's shared helpers.
    from eval.synthasia import asia_kinds, build_asia_case, file_names

    c = build_asia_case(seed, lang)
    return c["items"], _write_paged_documents(docs, seed, noise, c, asia_kinds(c), file_names(c))


def _afrique_documents(
    docs: Path, seed: int, lang: str, noise: bool
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    # Imported here, not at the top: eval.synthafrique imports this module's shared helpers.
    from eval.synthafrique import afrique_kinds, build_afrique_case, file_names

    c = build_afrique_case(seed, lang)
    return c["items"], _write_paged_documents(docs, seed, noise, c, afrique_kinds(c), file_names(c))


def _andes_documents(
    docs: Path, seed: int, lang: str, noise: bool
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    # Imported here, not at the top: eval.synthandes imports this module's shared helpers.
    from eval.synthandes import andes_kinds, build_andes_case, file_names

    c = build_andes_case(seed, lang)
    return c["items"], _write_paged_documents(docs, seed, noise, c, andes_kinds(c), file_names(c))


def _fax_documents(
    docs: Path, seed: int, lang: str, noise: bool
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    # Imported here, not at the top: eval.synthfax imports this module's shared helpers.
    from eval.synthfax import build_fax_case, write_fax_documents

    c = build_fax_case(seed, lang)
    return c["items"], write_fax_documents(docs, seed, noise, c)


STYLES: dict[str, Callable[[Path, int, str, bool], tuple[list[dict[str, Any]], dict[str, Any]]]] = {
    "classic": _classic_documents,
    "grid": _grid_documents,
    "ledger": _ledger_documents,
    "sanitary": _sanitary_documents,
    "modern": _modern_documents,
    "broker": _broker_documents,
    "asia": _asia_documents,
    "afrique": _afrique_documents,
    "andes": _andes_documents,
    "fax": _fax_documents,
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
            for kind in ("certificate_of_origin", "phytosanitary_certificate", "sanitary_certificate")
            if kind in fields
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
