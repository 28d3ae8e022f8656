"""The ``fax`` family of the synthetic trade documents: its truth is what every page prints, every page
carries a fax header whose date is none of the documents', the landscape packing list is scanned
turned, and its layout choices vary with the seed."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from eval import synthandes, synthfax
from eval.synthdocs import STYLES, _declaration, main
from eval.synthfax import build_fax_case
from tests.synthpages import assert_printed, hs_subheadings, joined, page_count, pdf_page_texts

pytestmark = pytest.mark.unit


def fax_printed(name: str, value: Any, c: dict[str, Any]) -> str:
    """How the fax family prints a truth value."""
    if name.endswith("_date"):
        return synthfax._fax_date(value, c["date_form"], c["lang"])
    if name.endswith("country"):
        return synthfax.COUNTRIES[value][c["lang"]]
    if name == "hs_code":
        return synthfax._hs(value, c)
    if name == "unit":
        return synthfax._unit(value, c)
    if name == "quantity":
        return synthfax._qty(value, c)
    if isinstance(value, int | float):
        return synthfax._num(value, c)
    return str(value)


def write_case(
    folder: Path, seed: int, lang: str, noise: bool = False
) -> tuple[dict[str, Any], dict[str, Any]]:
    docs = folder / "documents"
    docs.mkdir(parents=True)
    items, truths = STYLES["fax"](docs, seed, lang, noise)
    return truths, _declaration(seed, items, truths)


def check_case(folder: Path, seed: int, lang: str) -> tuple[dict[str, Any], dict[str, Any], int]:
    """Writes the case and checks each document: its file, truth and page count, that every text can go
    into a text layer and sits on its page, and that its truth is what its pages (and its text layer,
    for a text PDF) print. Returns the truths, the declaration and the number of text layers read."""
    c = build_fax_case(seed, lang)
    kinds = synthfax.fax_kinds(c)
    truths, declaration = write_case(folder, seed, lang)
    assert sorted(truths) == sorted(p.name for p in (folder / "documents").iterdir())
    assert len(truths) == len(kinds)
    text_layers = 0
    for (_, layout, truth), (name, doc) in zip(kinds, truths.items(), strict=True):
        assert doc == truth(c)
        pages = layout(c)
        assert page_count(folder / "documents" / name) == len(pages)
        for page in pages:
            width, height = synthfax.LANDSCAPE if page.landscape else synthfax.A4
            assert len(page.mono) == len(page.text)
            assert all(text.encode("cp1252") for _, _, text, _ in page.text)
            assert all(0 <= x < width - 40 and 0 < y < height - 40 for x, y, _, _ in page.text)
            assert all(min(r[1], r[3]) >= 0 and max(r[1], r[3]) < height for r in page.rules)
            assert any(page.mono) and not all(page.mono)  # typed values under a printed letterhead
        drawn = [block[2] for page in pages for block in page.text]
        assert_printed(doc["fields"], joined(drawn), c, fax_printed)
        if name.endswith(".pdf") and not name.endswith("_scan.pdf"):
            assert_printed(doc["fields"], joined(pdf_page_texts(folder / "documents" / name)), c, fax_printed)
            text_layers += 1
    return truths, declaration, text_layers


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_fax_truth_is_what_every_page_prints(tmp_path: Path, lang: str) -> None:
    text_layers = 0
    for seed in range(10):
        c = build_fax_case(seed, lang)
        truths, declaration, layers = check_case(tmp_path / f"c{seed}", seed, lang)
        text_layers += layers
        types = [doc["type"] for doc in truths.values()]
        assert types[:2] == ["commercial_invoice", "packing_list"]
        invoice = next(iter(truths.values()))["fields"]
        goods = round(sum(it["value"] for it in declaration["items"]), 2)
        assert declaration["total_value"] == invoice["total_value"] == round(goods + c["freight"], 2)
        assert all(it["hs_code"].isdigit() and len(it["hs_code"]) == 8 for it in declaration["items"])
        assert all(it["quantity"] == it["net_mass_kg"] for it in declaration["items"] if it["unit"] == "kg")
        assert {it["unit"] for it in declaration["items"]} <= {"kg", "pcs", "l", "m2"}
        assert declaration["importer"]["country"] == "FR" or lang == "en"
        assert declaration["exporter"]["country"] != declaration["importer"]["country"]
        attached = {d["type"]: d["number"] for d in declaration["attached_documents"]}
        assert attached.get("certificate_of_origin") == (c["co_number"] if "co" in c["documents"] else None)
        assert attached.get("phytosanitary_certificate") == (
            c["phyto_number"] if "phyto" in c["documents"] else None
        )
    assert text_layers >= 2


def _fax_headers(c: dict[str, Any]) -> list[str]:
    return [page.text[0][2] for _, layout, _ in synthfax.fax_kinds(c) for page in layout(c)]


def test_every_page_carries_a_fax_header_that_is_none_of_the_fields() -> None:
    forms = set()
    for lang in ("en", "fr"):
        for seed in range(40):
            c = build_fax_case(seed, lang)
            forms.add(c["fax_form"])
            headers = _fax_headers(c)
            assert len(headers) == c["fax_pages"]
            dates = {c["invoice_date"], c["co_date"], c["phyto_date"]}
            assert c["fax_date"] not in dates and c["fax_date"] > max(dates)
            printed = {synthfax._fax_date(d, form, lang) for d in dates for form in synthfax.DATE_FORMS}
            for page, header in enumerate(headers, start=1):
                assert c["seller"].fax in header and c["seller"].short in header
                assert not any(p in header for p in printed)
                assert re.search(r"\d\d:\d\d", header)
                if c["fax_form"] == "slash":
                    assert header.endswith(f"P.{page:03d}/{c['fax_pages']:03d}")
                    y, m, d = c["fax_date"].split("-")
                    assert header.startswith(f"{d}/{m}/{y}")
            if c["cover"]:
                cover = joined([b[2] for b in synthfax.fax_cover(c).text])
                assert synthfax.T["fax_title"][lang] in cover and c["buyer"].fax in cover
                assert synthfax._fax_date(c["fax_date"], c["date_form"], lang) in cover
                assert len(synthfax.fax_invoice(c)) == 2
    assert forms == set(synthfax.FAX_FORMS)


def test_the_landscape_packing_list_is_scanned_turned(tmp_path: Path) -> None:
    built = {(seed, lang): build_fax_case(seed, lang) for lang in ("en", "fr") for seed in range(60)}
    seed, lang = next(k for k, c in built.items() if c["packing_layout"] == "landscape")
    c = built[seed, lang]
    truths, _ = write_case(tmp_path / "turned", seed, lang, noise=False)
    name = list(truths)[1]
    assert not name.endswith(".pdf") or name.endswith("_scan.pdf")
    page = synthfax.fax_packing(c)[0]
    assert page.landscape and all(x < synthfax.LANDSCAPE[0] for x, _, _, _ in page.text)
    image = synthfax.render_fax_page(page, c, 0, noise=False)
    assert image.size == (synthfax.A4[0], synthfax.A4[1])  # a portrait scan of a landscape page
    # the fax header (the top of the landscape page) now runs down one side of the scan
    side = (
        image.crop((0, 0, 60, image.height))
        if c["rotation"] == 90
        else image.crop((image.width - 60, 0, image.width, image.height))
    )
    top = image.crop((0, 0, image.width, 60))
    assert side.getextrema()[0] < 100 and top.getextrema()[0] > 200
    if name.endswith(".png"):
        with Image.open(tmp_path / "turned" / "documents" / name) as scan:
            assert scan.size == image.size
    layouts = {cc["packing_layout"] for cc in built.values()}
    assert layouts == {"landscape", "typed", "margin"}
    assert all(
        cc["formats"]["packing"] != "pdf" for cc in built.values() if cc["packing_layout"] == "landscape"
    )
    assert {cc["rotation"] for cc in built.values()} == {90, 270}


def test_photocopies_are_black_and_white_at_low_resolution(tmp_path: Path) -> None:
    c = build_fax_case(3, "fr")
    page = synthfax.fax_invoice(c)[-1]
    copy = synthfax.render_fax_page(page, c, 3, noise=True)
    assert sum(copy.histogram()[1:255]) == 0
    assert copy.width == round(synthfax.A4[0] * c["copy"]["dpi"] / 150)
    assert page.stamps and page.strokes
    clean = synthfax.render_fax_page(page, c, 3, noise=False)
    assert clean.size == synthfax.A4


def test_a_fax_server_tiff_is_black_and_white_with_the_cover_sheet_first(tmp_path: Path) -> None:
    built = {(seed, lang): build_fax_case(seed, lang) for lang in ("en", "fr") for seed in range(60)}
    seed, lang = next(k for k, c in built.items() if c["cover"] and c["formats"]["invoice"] == "tiff")
    truths, _ = write_case(tmp_path / "tiff", seed, lang, noise=True)
    name = next(iter(truths))
    assert name.endswith(".tif")
    with Image.open(tmp_path / "tiff" / "documents" / name) as image:
        assert image.mode == "1" and image.n_frames == 2
        assert image.info.get("compression") == "group4"
    assert {c["formats"]["invoice"] for c in built.values() if c["cover"]} == {"pdf", "scan", "tiff"}


def test_dates_numbers_and_codes() -> None:
    assert [synthfax._fax_date("2026-03-12", f, "fr") for f in ("dotted", "long", "abbrev", "iso")] == [
        "12.03.2026",
        "12 mars 2026",
        "12-MAR-2026",
        "2026-03-12",
    ]
    assert synthfax._fax_date("2026-08-01", "long", "fr") == "1er août 2026"
    assert synthfax._fax_date("2026-08-01", "long", "en") == "1 August 2026"
    money = {form: synthfax._num(12450.0, {"num": form}) for form in ("apos", "space", "dot", "en")}
    assert money == {"apos": "12'450.00", "space": "12 450,00", "dot": "12.450,00", "en": "12,450.00"}
    assert synthfax._qty(1250.0, {"num": "apos"}) == "1'250"
    assert synthfax._qty(337.5, {"num": "space"}) == "337,50"
    c = build_fax_case(0, "fr") | {"money": "prefix", "num": "apos", "freight": 0.0, "currency": "CHF"}
    total = synthfax._num(synthfax._total(c), c)
    assert synthfax._totals(c)[-1] == (synthfax.T["total"]["fr"], f"CHF {total}")
    assert synthfax._totals(c | {"money": "suffix"})[-1][1] == f"{total} CHF"
    assert synthfax._hs("91021100", {"hs_form": "dotted"}) == "9102.11.00"
    assert synthfax._hs("910211", {"hs_form": "spaced"}) == "9102 11"
    assert synthfax._leader("Invoice No.", "FX-2026-0412", 20) == "Invoice No. ........ : FX-2026-0412"


def test_fax_layout_choices_vary_with_the_seed() -> None:
    for lang in ("en", "fr"):
        cases = [build_fax_case(seed, lang) for seed in range(80)]
        for key in (
            "invoice_layout",
            "packing_layout",
            "co_layout",
            "co_measure",
            "co_hs",
            "date_form",
            "num",
            "hs_form",
            "uom",
            "cover",
            "fax_form",
            "documents",
            "incoterm",
            "currency",
            "stamp_on",
            "money",
            "file_form",
            "invoice_masses",
        ):
            assert len({str(c[key]) for c in cases}) > 1, (lang, key)
        assert {c["invoice_layout"] for c in cases} == {"letter", "margin", "telex"}
        assert {c["co_layout"] for c in cases if "co" in c["documents"]} == {"boxes", "stacked"}
        assert {c["phyto_layout"] for c in cases if "phyto" in c["documents"]} == {"boxes", "lines"}
        assert {c["seller"].iso for c in cases} == {"CH", "BE", "CA", "LU", "MC", "NL", "DK", "AT"}
        assert {c["num"] for c in cases} == {"apos", "space", "dot", "en"}
        assert any(c["freight"] > 0 for c in cases)
        formats = {c["formats"][kind] for c in cases for kind in c["documents"]}
        assert formats == {"png", "jpg", "scan", "tiff", "pdf"}
        first_pages = {tuple(b[:2] for b in synthfax.fax_invoice(c)[-1].text) for c in cases[:6]}
        assert len(first_pages) > 3
    assert build_fax_case(7, "en") == build_fax_case(7, "en")


def test_fax_companies_and_goods_are_the_family_own() -> None:
    ours = {p.name for p in synthfax.SELLERS + synthfax.BUYERS}
    assert len(ours) == len(synthfax.SELLERS + synthfax.BUYERS)
    assert not {o.upper() for o in ours} & {p.name.upper() for p in synthandes.SELLERS + synthandes.BUYERS}
    assert {good.unit for good in synthfax.GOODS} == {"kg", "pcs", "l", "m2"}
    assert len({good.hs[:2] for good in synthfax.GOODS}) >= 8
    for seller in synthfax.SELLERS:
        assert any(g.trade == seller.trade for g in synthfax.GOODS)
        assert any(seller.trade in b.trades and b.iso == "FR" for b in synthfax.BUYERS)
        assert any(
            seller.trade in b.trades and b.iso != seller.iso and b.iso != "FR" for b in synthfax.BUYERS
        )
        if any(g.botanical for g in synthfax.GOODS if g.trade == seller.trade):
            assert seller.nppo
    assert all(good.hs[:6] in hs_subheadings() for good in synthfax.GOODS)


def test_the_command_writes_fax_cases_in_both_languages_with_their_declaration(tmp_path: Path) -> None:
    main([str(tmp_path), "--cases", "2", "--seed", "6000", "--style", "fax"])
    folders = sorted(tmp_path.iterdir())
    assert [f.name for f in folders] == ["syn-000", "syn-001"]
    for i, (folder, lang) in enumerate(zip(folders, ("fr", "en"), strict=True)):
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        declaration = json.loads((folder / "declaration.json").read_text(encoding="utf-8"))
        assert sorted(expected["documents"]) == sorted(p.name for p in (folder / "documents").iterdir())
        assert expected["discrepancies"] == []
        c = build_fax_case(6000 + i, lang)
        invoice = next(iter(expected["documents"].values()))
        assert invoice == synthfax.fax_invoice_truth(c)
        assert declaration["invoice_number"] == c["invoice_number"]
