"""The ``afrique`` layout family: each document's truth is what every one of its pages prints (and
its text layer, for a PDF with one), in French and in English; formats, multi-page documents and
layout choices drawn from the seed; the declaration agrees with the invoice."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from eval import synthafrique as af
from eval import synthasia, synthbroker, synthgrid, synthledger, synthmodern
from eval.synthdocs import PARTIES, main, make_case
from tests.synthpages import assert_printed, hs_subheadings, joined, page_count, pdf_page_texts

pytestmark = pytest.mark.unit


def printed(name: str, value: Any, c: dict[str, Any]) -> str:
    """How the afrique family prints a truth value (``value`` normalised as section 3 wants)."""
    if name.endswith("_date"):
        return af._date_text(value, c)
    if name.endswith("country"):
        return af._country_name(value, c)
    if name == "hs_code":
        return af._hs(value, c)
    if name == "currency":
        return str(c["currency_label"])
    if name == "unit":
        return str(c["uom"][value])
    if name == "quantity":
        return af._qty(value, c)
    if name in ("value", "total_value"):
        return af._money(value, c)
    if name.endswith("_kg"):
        return af._kg(value, c)
    return str(value)


def check_case(
    folder: Path, seed: int, lang: str
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], int]:
    """Writes the case and checks each document: its file, name, truth and page count, that every
    text it draws can be written in the text layer and lies on the page, and that its truth is what
    its pages (and its text layer) print. Returns the case, expected.json, declaration.json and the
    number of text layers read."""
    c = af.build_afrique_case(seed, lang)
    returned = make_case(folder, seed=seed, lang=lang, noise=False, style="afrique")
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    assert expected == returned and expected["discrepancies"] == []
    assert sorted(expected["documents"]) == sorted(p.name for p in (folder / "documents").iterdir())
    kinds = af.afrique_kinds(c)
    assert len(expected["documents"]) == len(kinds)
    names = af.file_names(c)
    text_layers = 0
    for (kind, layout, truth), (name, doc) in zip(kinds, expected["documents"].items(), strict=True):
        assert doc == truth(c) and name.startswith(names[kind])
        pages = layout(c)
        assert page_count(folder / "documents" / name) == len(pages)
        drawn = [block[2] for page in pages for block in page.text]
        assert all(text.encode("cp1252") for text in drawn)
        assert all(0 < x < 1240 and 0 < y < 1700 for page in pages for x, y, _, _ in page.text)
        assert_printed(doc["fields"], joined(drawn), c, printed)
        if name.endswith(".pdf") and not name.endswith("_scan.pdf"):
            assert_printed(doc["fields"], joined(pdf_page_texts(folder / "documents" / name)), c, printed)
            text_layers += 1
    declaration = json.loads((folder / "declaration.json").read_text(encoding="utf-8"))
    return c, expected, declaration, text_layers


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_afrique_truth_is_what_every_page_prints(tmp_path: Path, lang: str) -> None:
    written_text_layers = 0
    for seed in range(10):
        c, expected, declaration, text_layers = check_case(tmp_path / f"c{seed}", seed, lang)
        written_text_layers += text_layers
        types = [doc["type"] for doc in expected["documents"].values()]
        assert types[:3] == ["commercial_invoice", "packing_list", "certificate_of_origin"]
        invoice = next(iter(expected["documents"].values()))["fields"]
        goods = sum(it["value"] for it in declaration["items"])
        assert declaration["total_value"] == invoice["total_value"]
        assert invoice["total_value"] == pytest.approx(goods + c["freight"] + c["insurance"], abs=0.011)
        assert [it["hs_code"] for it in declaration["items"]] == [it["hs_code"] for it in invoice["items"]]
        assert all(
            len(it["hs_code"]) in (6, 8, 10) and it["hs_code"].isdigit() for it in declaration["items"]
        )
        assert {it["unit"] for it in declaration["items"]} <= {"kg", "pcs", "l", "m2"}
        assert all(it["quantity"] == it["net_mass_kg"] for it in declaration["items"] if it["unit"] == "kg")
        assert declaration["exporter"]["country"] in af.COUNTRIES
        assert declaration["importer"]["country"] in af.BUYER_COUNTRIES
        assert declaration["currency"] in ("EUR", "USD", "XOF", "XAF")
        if declaration["currency"] in ("XOF", "XAF"):  # francs CFA have no cents
            assert all(isinstance(it["value"], int) for it in declaration["items"])
        attached = {d["type"]: d["number"] for d in declaration["attached_documents"]}
        assert attached["certificate_of_origin"] == (
            c["eur1_number"] if "eur1" in c["documents"] else c["co_number"]
        )
        assert attached.get("phytosanitary_certificate") == (
            c["phyto_number"] if "phyto" in c["documents"] else None
        )
        assert attached.get("sanitary_certificate") == (
            c["health_number"] if "sanitary" in c["documents"] else None
        )
    assert written_text_layers >= 3


def test_afrique_formats_and_multi_page_documents(tmp_path: Path) -> None:
    built = {(seed, lang): af.build_afrique_case(seed, lang) for lang in ("fr", "en") for seed in range(80)}
    # a phone photo of a one-page invoice, in colour and not the A4 page as rendered
    seed, lang = next(
        k
        for k, c in built.items()
        if c["formats"]["invoice"]["single"] == "photo" and len(af.afrique_invoice(c)) == 1
    )
    expected = make_case(tmp_path / "photo", seed=seed, lang=lang, noise=True, style="afrique")
    name = next(iter(expected["documents"]))
    assert name.endswith(f"_{af.FILE_NAMES[lang]['invoice']}_photo.jpg")
    with Image.open(tmp_path / "photo" / "documents" / name) as image:
        assert image.format == "JPEG" and image.mode == "RGB" and image.size != (1240, 1754)
    # an invoice of two pages as a PDF with a text layer
    seed, lang = next(
        k
        for k, c in built.items()
        if len(af.afrique_invoice(c)) == 2 and c["formats"]["invoice"]["multi"] == "pdf"
    )
    c = built[seed, lang]
    expected = make_case(tmp_path / "long", seed=seed, lang=lang, noise=False, style="afrique")
    name, doc = next(iter(expected["documents"].items()))
    first, second = (joined([text]) for text in pdf_page_texts(tmp_path / "long" / "documents" / name))
    lg = af.AFR[lang]
    assert lg["continued"].format(p=2) in first and lg["continued"].format(p=2) not in second
    assert c["page_form"].format(p=1, n=2) in first and c["page_form"].format(p=2, n=2) in second
    for page in (first, second):
        assert lg["desc"] in page and c["invoice_number"] in page
    words = af._words(doc["fields"]["total_value"], c)
    assert joined([words]) in second and joined([words]) not in first
    assert af._money(doc["fields"]["total_value"], c) in second
    assert c["items"][0]["description"].split(",")[0] in first
    # multi-page documents written as PDF, image-only PDF or TIFF, one file with every page
    multi = {
        (seed, lang, kind): c["formats"][kind]["multi"]
        for (seed, lang), c in built.items()
        for kind, layout, _ in af.afrique_kinds(c)
        if len(layout(c)) > 1
    }
    assert {"pdf", "scan", "tiff"} >= set(multi.values()) and len(multi) >= 5
    seed, lang, kind = next(k for k, fmt in multi.items() if fmt in ("tiff", "scan"))
    expected = make_case(tmp_path / "multi", seed=seed, lang=lang, noise=True, style="afrique")
    name = next(n for n in expected["documents"] if af.file_names(built[seed, lang])[kind] in n)
    assert page_count(tmp_path / "multi" / "documents" / name) == 2


def test_afrique_layout_choices_vary_with_the_seed() -> None:
    for lang in ("fr", "en"):
        cases = [af.build_afrique_case(seed, lang) for seed in range(80)]
        for key in (
            "date_form",
            "hs_form",
            "uom",
            "title",
            "number_label",
            "client_label",
            "hs_label",
            "packing_title",
            "head",
            "arrangement",
            "particulars",
            "invoice_order",
            "co_layout",
            "co_measure",
            "phyto_layout",
            "health_layout",
            "documents",
            "incoterm",
            "currency",
            "currency_label",
            "transport",
            "caps",
            "row_rules",
            "country_caps",
            "breakdown",
            "packing_hs",
            "co_hs",
            "bilingual",
            "invoice_masses",
        ):
            assert len({str(c[key]) for c in cases}) > 1, (lang, key)
        assert {c["formats"]["co"]["single"] for c in cases} == {"png", "jpg", "photo", "pdf", "scan"}
        assert {c["formats"]["invoice"]["multi"] for c in cases} == {"pdf", "scan", "tiff"}
        assert {len(af.afrique_invoice(c)) for c in cases} == {1, 2}
        documents = {kind for c in cases for kind in c["documents"]}
        assert documents == {"invoice", "packing", "weight", "co", "eur1", "phyto", "sanitary"}
        assert {c["currency"] for c in cases} >= {"EUR", "USD", "XOF", "XAF"}
        assert any(c["freight"] > 0 and c["insurance"] > 0 for c in cases)
        assert all(c["freight"] == c["insurance"] == 0 for c in cases if not c["breakdown"])
        for c in cases:
            goods = [af.GOODS[it["key"]] for it in c["items"]]
            if "phyto" in c["documents"]:  # a phytosanitary certificate only for plant products
                assert all(g.botanical for g in goods)
            if "sanitary" in c["documents"]:  # a health certificate only for fishery products
                assert all(g.species for g in goods)
            if "eur1" in c["documents"]:  # an EUR.1 only where the EU has an agreement
                assert af.COUNTRIES[c["seller"].iso].eur1 and len(c["items"]) <= 8
            if "weight" in c["documents"]:  # a weight note for one bulk product in bags
                assert len(c["items"]) == 1 and goods[0].bulk and c["containers"]
                assert sum(k["net"] for k in c["containers"]) == c["items"][0]["net_mass_kg"]
            if c["currency"] in ("XOF", "XAF"):
                assert c["currency"] == af.COUNTRIES[c["seller"].iso].cfa
        first_pages = {tuple(b[:2] for b in af.afrique_invoice(c)[0].text) for c in cases[:8]}
        assert len(first_pages) == 8
    if_fr = [af.build_afrique_case(seed, "fr") for seed in range(60)]
    assert sum(c["buyer"].iso in ("FR", "BE") for c in if_fr) > 40


def test_afrique_words_numbers_dates_and_codes() -> None:
    c = {"lang": "fr", "currency": "XOF", "words_caps": False, "num": "fr", "mass_decimals": False}
    assert af._words(12_500_000, c) == "Douze millions cinq cent mille francs CFA"
    assert af._money(12_500_000, c) == "12 500 000"
    c |= {"currency": "EUR", "words_caps": True}
    assert af._words(29375.5, c) == "VINGT-NEUF MILLE TROIS CENT SOIXANTE-QUINZE EUROS ET CINQUANTE CENTIMES"
    assert af._money(29375.0, c) == "29 375,00" and af._money(29375.0, c | {"num": "dot"}) == "29.375,00"
    c = {"lang": "en", "currency": "USD", "words_caps": False, "num": "en", "mass_decimals": True}
    assert af._words(1250.05, c) == "One thousand two hundred fifty US dollars and five cents only"
    assert af._kg(12980, c) == "12,980.00" and af._kg(12980, c | {"mass_decimals": False}) == "12,980"
    hs = {form: af._hs(af._hs_digits("1801000000", form), {"hs_form": form}) for form in af.HS_FORMS}
    assert hs == {
        "dotted": "1801.00.00.00",
        "dotted8": "1801.00.00",
        "plain": "1801000000",
        "plain8": "18010000",
        "spaced": "1801 00 00 00",
        "dotted6": "1801.00",
    }
    dates = {
        form: af._date_text("2026-03-14", {"lang": "fr", "date_form": form}) for form in af.DATE_FORMS["fr"]
    }
    assert dates == {
        "slash": "14/03/2026",
        "long": "14 mars 2026",
        "dotted": "14.03.2026",
        "dash": "14-03-2026",
    }
    assert af._date_text("2026-03-14", {"lang": "en", "date_form": "long"}) == "14 March 2026"


def test_afrique_documents_print_what_real_ones_do() -> None:
    """The invoice's words, bank and signatory; the chamber's or the customs' certificate; the
    administration's header of the phytosanitary and health certificates."""
    seen = set()
    for lang in ("fr", "en"):
        for seed in range(40):
            c = af.build_afrique_case(seed, lang)
            lg, seller = af.AFR[lang], c["seller"]
            text = joined([b[2] for page in af.afrique_invoice(c) for b in page.text])
            assert lg["words"] in text and joined([af._words(af._total(c), c)]) in text
            assert f"{c['incoterm']} {c['incoterm_place']}" in text and seller.bank[0] in text
            assert all(number in text for number in seller.legal) and seller.signatory[0] in text
            if "eur1" in c["documents"]:
                seen.add("eur1")
                eur1 = joined([b[2] for b in af.afrique_eur1(c)[0].text])
                assert f"EUR.1 {af.EUR1[lang]['no']} {c['eur1_number']}" in eur1 and seller.customs in eur1
            else:
                seen.add("co")
                co = joined([b[2] for page in af.afrique_co(c) for b in page.text])
                assert af.COUNTRIES[seller.iso].chamber in co and c["co_number"] in co
                assert af._date_text(c["co_date"], c) in co
            for kind, layout in (("phyto", af.afrique_phyto), ("sanitary", af.afrique_sanitary)):
                if kind in c["documents"]:
                    seen.add(kind)
                    cert = joined([b[2] for b in layout(c)[0].text])
                    assert af.COUNTRIES[seller.iso].republic in cert and c["officer"] in cert
    assert seen == {"eur1", "co", "phyto", "sanitary"}


def test_afrique_companies_and_goods_are_the_family_own() -> None:
    others = {p[0] for p in PARTIES} | {f.name for f in synthgrid.SELLERS + synthgrid.BUYERS}
    others |= {p.name for p in synthledger.SELLERS + synthledger.BUYERS + synthledger.WAREHOUSES}
    others |= {p.name for p in synthmodern.SELLERS + synthmodern.BUYERS}
    others |= {p.name for p in synthbroker.SELLERS + synthbroker.BUYERS}
    others |= {p.name for p in synthasia.SELLERS + synthasia.BUYERS}
    ours = {p.name for p in af.SELLERS + af.BUYERS}
    assert len(ours) == len(af.SELLERS + af.BUYERS)
    assert not {o.upper() for o in others} & {o.upper() for o in ours}
    assert {p.iso for p in af.SELLERS} == {"CI", "SN", "MA", "CM", "MG", "TN", "BF"}
    assert {p.iso for p in af.BUYERS} == {"FR", "BE", "ES", "IT", "DE"}
    assert {good.unit for good in af.GOODS.values()} == {"kg", "pcs", "l", "m2"}
    assert all(set(p.goods) <= set(af.GOODS) for p in af.SELLERS)
    assert all(p.approval for p in af.SELLERS if any(af.GOODS[g].species for g in p.goods))
    assert all(len(good.hs) == 10 for good in af.GOODS.values())
    assert all(good.hs[:6] in hs_subheadings() for good in af.GOODS.values())


def test_the_command_writes_afrique_cases_in_both_languages_with_their_declaration(tmp_path: Path) -> None:
    main([str(tmp_path), "--cases", "2", "--seed", "4000", "--no-noise", "--style", "afrique"])
    folders = sorted(tmp_path.iterdir())
    assert [f.name for f in folders] == ["syn-000", "syn-001"]
    for folder, lang in zip(folders, ("fr", "en"), strict=True):
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        declaration = json.loads((folder / "declaration.json").read_text(encoding="utf-8"))
        invoice_name, invoice = next(iter(expected["documents"].items()))
        assert (
            invoice["type"] == "commercial_invoice" and f"_{af.FILE_NAMES[lang]['invoice']}" in invoice_name
        )
        assert declaration["invoice_number"] == invoice["fields"]["invoice_number"]
        assert declaration["declaration_id"].startswith("DEC-SYN-")
        assert sorted(expected["documents"]) == sorted(p.name for p in (folder / "documents").iterdir())
