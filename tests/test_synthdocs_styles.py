"""The synthetic generator's layout families: ``classic`` unchanged, ``grid`` and ``ledger`` truth equal
to what they print."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from eval import synthasia, synthbroker, synthmodern
from eval.synthdocs import PARTIES, _fmt_amount, main, make_case, render_text_pdf_pages
from eval.synthgrid import BUYERS, GRID_KINDS, SELLERS, _fmt_hs, _grid_date, build_grid_case
from eval.synthledger import BUYERS as LEDGER_BUYERS
from eval.synthledger import LEDGER_KINDS, SYMBOLS, WAREHOUSES, _ledger_date, _money, _num, build_ledger_case
from eval.synthledger import SELLERS as LEDGER_SELLERS
from eval.synthsanitary import EXPORTERS as SANITARY_EXPORTERS
from tests.synthpages import Printer, assert_printed, joined, page_count, pdf_page_texts

pytestmark = pytest.mark.unit

# sha256 of make_case(tmp, seed=11, lang="fr")'s files, computed before the grid family was added
# (the PNG and the image-only PDF are left out: Pillow writes them, the latter with a timestamp).
CLASSIC_SEED_11_FR = {
    "expected.json": "83a32391726ee030f6ac94ab765c113b760ac58716228dab8b52e6a31150b7bc",
    "declaration.json": "1261c6e87faeec47699eb40cf2f92646eca8bd4560814c496259eedff6374be9",
    "documents/certificate.pdf": "61215f66bee042843bd449a8dbbe9253425c791567ac0b788657c23ddec4f9cc",
    "documents/packing_list.pdf": "51fb7eb76e0bf35c01561b8cf7b45a4205cf40af3134e03c0b264c1f89f5967a",
    "documents/phytosanitary.pdf": "9b9f56ca54e026ed5340eba13642c6740c03e7d5abaeefaa28153f2ed2722be1",
}
COUNTRIES = {
    lang: {f.iso: f.country_fr if lang == "fr" else f.country_en for f in SELLERS + BUYERS}
    for lang in ("fr", "en")
}


@pytest.mark.parametrize("style", [None, "classic"])
def test_classic_style_writes_the_same_bytes_as_before(tmp_path: Path, style: str | None) -> None:
    make_case(tmp_path, seed=11, lang="fr", **({"style": style} if style else {}))
    digests = {
        name: hashlib.sha256((tmp_path / name).read_bytes()).hexdigest() for name in CLASSIC_SEED_11_FR
    }
    assert digests == CLASSIC_SEED_11_FR


def printed(name: str, value: Any, c: dict[str, Any]) -> str:
    """How the grid family prints a truth value (``value`` normalised as section 3 wants)."""
    lang = c["lang"]
    if name.endswith("_date"):
        return _grid_date(value, lang, c["date_form"])
    if name.endswith("country"):
        return COUNTRIES[lang][value]
    if name == "hs_code":
        return _fmt_hs(value, c["hs_dotted"])
    if name == "quantity":
        return _fmt_amount(value, lang, decimals=0)
    if isinstance(value, float):
        return _fmt_amount(value, lang)
    return str(value)


def pdf_text(path: Path) -> str:
    pdf = pdfium.PdfDocument(path)
    try:
        return str(pdf[0].get_textpage().get_text_range())
    finally:
        pdf.close()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_grid_truth_is_what_the_documents_print(tmp_path: Path, lang: str) -> None:
    text_layers = 0
    for seed in range(6):
        case = tmp_path / f"c{seed}"
        returned = make_case(case, seed=seed, lang=lang, noise=False, style="grid")
        expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        assert expected == returned and expected["discrepancies"] == []
        c = build_grid_case(seed, lang)
        assert len(expected["documents"]) == len(GRID_KINDS)
        for (_, layout, truth), (name, doc) in zip(GRID_KINDS, expected["documents"].items(), strict=True):
            assert doc == truth(c) and (case / "documents" / name).is_file()
            drawn = "\n".join(block[2] for block in layout(c).text)
            assert_printed(doc["fields"], drawn, c, printed)
            if name.endswith(".pdf") and not name.endswith("_scan.pdf"):
                assert_printed(doc["fields"], pdf_text(case / "documents" / name), c, printed)
                text_layers += 1
        invoice = next(
            d["fields"] for d in expected["documents"].values() if d["type"] == "commercial_invoice"
        )
        declaration = json.loads((case / "declaration.json").read_text(encoding="utf-8"))
        assert declaration["invoice_number"] == invoice["invoice_number"]
        assert (
            declaration["total_value"]
            == invoice["total_value"]
            == round(sum(it["value"] for it in declaration["items"]), 2)
        )
    assert text_layers >= 4


def test_grid_invoice_text_layer_prints_number_and_total_with_the_currency_after_it(tmp_path: Path) -> None:
    seeds = {
        lang: next(s for s in range(50) if build_grid_case(s, lang)["formats"]["invoice"] == "pdf")
        for lang in ("en", "fr")
    }
    for lang, seed in seeds.items():
        expected = make_case(tmp_path / lang, seed=seed, lang=lang, noise=False, style="grid")
        name, doc = next(iter(expected["documents"].items()))
        text = pdf_text(tmp_path / lang / "documents" / name)
        fields = doc["fields"]
        total = f"{_fmt_amount(fields['total_value'], lang)} {fields['currency']}"
        assert fields["invoice_number"] in text and total in text
        assert total.rsplit(" ", 1)[0][-3] == ("," if lang == "fr" else ".")


def test_grid_layout_choices_vary_with_the_seed() -> None:
    cases = [build_grid_case(seed, "fr") for seed in range(30)]
    for key in (
        "date_form",
        "hs_dotted",
        "right_party",
        "parties_first",
        "invoice_columns",
        "packing_hs",
        "co_gross",
    ):
        assert len({str(c[key]) for c in cases}) > 1, key
    assert {c["formats"]["invoice"] for c in cases} == {"png", "pdf", "scan"}
    assert _grid_date("2026-02-16", "fr", "long") == "16 février 2026"
    assert _grid_date("2026-03-01", "fr", "long") == "1er mars 2026"
    assert _grid_date("2026-02-16", "en", "long") == "16 February 2026"
    assert _grid_date("2026-02-16", "en", "dotted") == "16.02.2026"


def test_cli_writes_grid_cases_alternating_languages(tmp_path: Path) -> None:
    main([str(tmp_path), "--cases", "2", "--seed", "3", "--style", "grid", "--no-noise"])
    names = [sorted(p.name for p in (tmp_path / f"syn-00{i}" / "documents").iterdir()) for i in range(2)]
    assert any(n.startswith("facture") for n in names[0])
    assert any(n.startswith("commercial_invoice") for n in names[1])


LEDGER_COUNTRIES = {
    lang: {p.iso: p.country_fr if lang == "fr" else p.country_en for p in LEDGER_SELLERS + LEDGER_BUYERS}
    for lang in ("fr", "en")
}


def ledger_printed(name: str, value: Any, c: dict[str, Any]) -> str:
    """How the ledger family prints a truth value, lower-cased (units are upper-case on invoices;
    eval.kie compares strings case-insensitively)."""
    if name.endswith("_date"):
        text = _ledger_date(value, c["lang"], c["date_form"])
    elif name.endswith("country"):
        text = LEDGER_COUNTRIES[c["lang"]][value]
    elif name == "hs_code":
        text = _fmt_hs(value, dotted=True)
    elif name == "currency":
        text = value if c["money"] == "code" else SYMBOLS[value]
    elif name == "quantity":
        text = _num(value, c["num"], decimals=0)
    elif isinstance(value, float):
        text = _num(value, c["num"])
    else:
        text = str(value)
    return text.lower()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_ledger_truth_is_what_the_documents_print(tmp_path: Path, lang: str) -> None:
    text_layers = 0
    for seed in range(8):
        case = tmp_path / f"c{seed}"
        returned = make_case(case, seed=seed, lang=lang, noise=False, style="ledger")
        expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        assert expected == returned and expected["discrepancies"] == []
        c = build_ledger_case(seed, lang)
        assert len(expected["documents"]) == len(LEDGER_KINDS)
        for (_, layout, truth), (name, doc) in zip(LEDGER_KINDS, expected["documents"].items(), strict=True):
            assert doc == truth(c) and (case / "documents" / name).is_file()
            drawn = "\n".join(block[2] for block in layout(c).text).lower()
            assert_printed(doc["fields"], drawn, c, ledger_printed)
            if name.endswith(".pdf") and not name.endswith("_scan.pdf"):
                assert_printed(doc["fields"], pdf_text(case / "documents" / name).lower(), c, ledger_printed)
                text_layers += 1
        declaration = json.loads((case / "declaration.json").read_text(encoding="utf-8"))
        invoice = next(iter(expected["documents"].values()))["fields"]
        goods = round(sum(it["value"] for it in declaration["items"]), 2)
        assert declaration["total_value"] == invoice["total_value"]
        assert invoice["total_value"] == round(goods + c["freight"] + c["insurance"], 2)
    assert text_layers >= 4


def test_ledger_invoice_text_layer_holds_the_number_and_the_total(tmp_path: Path) -> None:
    for lang in ("en", "fr"):
        seed = next(s for s in range(50) if build_ledger_case(s, lang)["formats"]["invoice"] == "pdf")
        expected = make_case(tmp_path / lang, seed=seed, lang=lang, noise=False, style="ledger")
        name, doc = next(iter(expected["documents"].items()))
        fields, c = doc["fields"], build_ledger_case(seed, lang)
        text = pdf_text(tmp_path / lang / "documents" / name)
        assert fields["invoice_number"] in text and _money(fields["total_value"], c) in text


def test_ledger_layout_choices_vary_with_the_seed() -> None:
    for lang in ("en", "fr"):
        cases = [build_ledger_case(seed, lang) for seed in range(40)]
        for key in (
            "date_form",
            "money",
            "hs_mode",
            "co_variant",
            "invoice_masses",
            "mass_headers",
            "phyto_items",
            "title",
            "number_label",
            "incoterm",
        ):
            assert len({str(c[key]) for c in cases}) > 1, key
        assert {c["formats"]["invoice"] for c in cases} == {"png", "pdf", "scan"}
        assert {c["ship_to"] in WAREHOUSES for c in cases} == {True, False}
        assert any(c["freight"] > 0 and c["insurance"] > 0 for c in cases)
        assert len({tuple(b[:2] for b in LEDGER_KINDS[0][1](c).text) for c in cases[:6]}) == 6
    assert {c["num"] for c in (build_ledger_case(s, "fr") for s in range(40))} == {"fr", "dot"}
    assert _ledger_date("2026-03-03", "en", "long") == "March 3, 2026"
    assert _ledger_date("2026-03-03", "fr", "long") == "3 mars 2026"
    assert _ledger_date("2026-03-03", "en", "abbrev") == "03-Mar-2026"
    money = {"currency": "EUR", "num": "dot", "money": "before"}
    assert _money(12345.67, money) == "€ 12.345,67"
    assert _money(12345.67, money | {"num": "fr", "money": "after"}) == "12 345,67 €"
    assert _money(12345.67, {"currency": "USD", "num": "en", "money": "before"}) == "$12,345.67"


def test_cli_writes_ledger_cases_alternating_languages(tmp_path: Path) -> None:
    main([str(tmp_path), "--cases", "2", "--seed", "5", "--style", "ledger", "--no-noise"])
    names = [sorted(p.name for p in (tmp_path / f"syn-00{i}" / "documents").iterdir()) for i in range(2)]
    assert any(n.startswith("facture_vente") for n in names[0])
    assert any(n.startswith("sales_invoice") for n in names[1])


def test_photographed_copies_keep_their_truth_and_change_every_page_image(tmp_path: Path) -> None:
    from PIL import Image

    from eval.photo import photograph_dataset

    make_case(tmp_path / "src" / "case", seed=11, lang="fr", noise=False)
    images = {p.name: Image.open(p).size for p in (tmp_path / "src" / "case" / "documents").glob("*.png")}
    assert photograph_dataset(tmp_path / "src", tmp_path / "photo", seed=3) == len(images) > 0

    documents = tmp_path / "photo" / "case" / "documents"
    expected = json.loads((tmp_path / "photo" / "case" / "expected.json").read_text(encoding="utf-8"))
    for name, size in images.items():
        photo = documents / name.replace(".png", ".jpg")
        assert photo.name in expected["documents"] and name not in expected["documents"]
        assert Image.open(photo).size != size  # on a table, then shrunk: not the page as scanned
    pdfs = sorted(p.name for p in documents.glob("*.pdf"))
    assert pdfs and all(name in expected["documents"] for name in pdfs)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_sanitary_certificate_prints_its_truth_in_both_layouts(tmp_path: Path, lang: str) -> None:
    from eval.synthdocs import render_text_pdf
    from eval.synthsanitary import build_sanitary_case, sanitary_certificate

    for seed in (5, 7):  # a letter, then an EU-model layout
        c = build_sanitary_case(seed, lang)
        expected = make_case(tmp_path / f"{lang}-{seed}", seed=seed, lang=lang, noise=False, style="sanitary")
        truth = next(t for t in expected["documents"].values() if t["type"] == "sanitary_certificate")
        sheet = sanitary_certificate(c)
        pdf = tmp_path / f"{lang}-{seed}.pdf"
        pdf.write_bytes(render_text_pdf(sheet.text, sheet.rules))
        text = pdf_text(pdf)
        for name in ("certificate_number", "exporter_name", "importer_name", "issuing_authority"):
            assert truth["fields"][name] in text, name
        for it in truth["fields"]["items"]:
            assert it["description"] in text
            assert _fmt_amount(it["net_mass_kg"], lang) in text
        declaration = json.loads(
            (tmp_path / f"{lang}-{seed}" / "declaration.json").read_text(encoding="utf-8")
        )
        attached = {d["type"]: d["number"] for d in declaration["attached_documents"]}
        assert attached["sanitary_certificate"] == c["health_number"]
        assert "phytosanitary_certificate" not in attached


def test_sanitary_layout_and_format_vary_with_the_seed() -> None:
    from eval.synthsanitary import build_sanitary_case

    cases = [build_sanitary_case(seed) for seed in range(30)]
    assert {c["layout"] for c in cases} == {"traces", "letter"}
    assert {c["formats"]["sanitary"] for c in cases} == {"png", "pdf", "scan"}
    assert len({c["exporter"][0] for c in cases}) >= 5


MODERN_COUNTRIES = {
    lang: {
        p.iso: p.country_fr if lang == "fr" else p.country_en
        for p in synthmodern.SELLERS + synthmodern.BUYERS
    }
    for lang in ("fr", "en")
}


def modern_printed(name: str, value: Any, c: dict[str, Any]) -> str:
    """How the modern family prints a truth value."""
    if name.endswith("_date"):
        return synthmodern._modern_date(value, c["lang"], c["date_form"])
    if name.endswith("country"):
        return MODERN_COUNTRIES[c["lang"]][value]
    if name == "hs_code":
        return synthmodern._hs_text(value, c["hs_form"])
    if name == "currency":
        return value if c["money"] == "code" else synthmodern.SYMBOLS[value]
    if name == "unit":
        return synthmodern.UNIT_FORMS[c["units"]][value]
    if name == "quantity":
        return synthmodern._num(value, c, decimals=0)
    if name == "total_value":
        return synthmodern._money(value, c)
    if isinstance(value, float):
        return synthmodern._num(value, c)
    return str(value)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_modern_truth_is_what_every_page_prints(tmp_path: Path, lang: str) -> None:
    written_text_layers = 0
    for seed in range(10):
        case = tmp_path / f"c{seed}"
        returned = make_case(case, seed=seed, lang=lang, noise=False, style="modern")
        expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        assert expected == returned and expected["discrepancies"] == []
        c = synthmodern.build_modern_case(seed, lang)
        kinds = synthmodern.modern_kinds(c)
        assert len(expected["documents"]) == len(kinds)
        for (_, layout, truth), (name, doc) in zip(kinds, expected["documents"].items(), strict=True):
            assert doc == truth(c) and (case / "documents" / name).is_file()
            pages = layout(c)
            assert page_count(case / "documents" / name) == len(pages)
            text_layer = tmp_path / f"{seed}-{name}.pdf"  # every document, whatever format the case drew
            text_layer.write_bytes(render_text_pdf_pages([(page.text, page.rules) for page in pages]))
            assert_printed(doc["fields"], "\n".join(pdf_page_texts(text_layer)), c, modern_printed)
            if name.endswith(".pdf") and not name.endswith("_scan.pdf"):
                assert_printed(
                    doc["fields"], "\n".join(pdf_page_texts(case / "documents" / name)), c, modern_printed
                )
                written_text_layers += 1
        invoice = next(iter(expected["documents"].values()))["fields"]
        declaration = json.loads((case / "declaration.json").read_text(encoding="utf-8"))
        goods = round(sum(it["value"] for it in declaration["items"]), 2)
        assert (
            declaration["total_value"]
            == invoice["total_value"]
            == round(goods + c["freight"] + c["insurance"], 2)
        )
        attached = {d["type"]: d["number"] for d in declaration["attached_documents"]}
        assert attached.get("certificate_of_origin") == (c["co_number"] if "co" in c["documents"] else None)
    assert written_text_layers >= 3


def test_a_long_modern_document_runs_onto_a_second_page_that_repeats_the_table_header(tmp_path: Path) -> None:
    long_cases: dict[str, tuple[int, str]] = {}  # the first long case per multi-page format of its invoice
    for lang in ("en", "fr"):
        for seed in range(120):
            c = synthmodern.build_modern_case(seed, lang)
            if len(c["items"]) >= 26:
                long_cases.setdefault(c["formats"]["invoice"]["multi"], (seed, lang))
    assert set(long_cases) == {"pdf", "scan", "tiff"}
    for fmt, (seed, lang) in long_cases.items():
        expected = make_case(tmp_path / fmt, seed=seed, lang=lang, noise=False, style="modern")
        name = next(iter(expected["documents"]))
        assert page_count(tmp_path / fmt / "documents" / name) == 2, fmt

    seed, lang = long_cases["pdf"]
    c, lg = synthmodern.build_modern_case(seed, lang), synthmodern.MODERN[lang]
    name = next(
        iter(make_case(tmp_path / "pdf", seed=seed, lang=lang, noise=False, style="modern")["documents"])
    )
    first, second = (text.lower() for text in pdf_page_texts(tmp_path / "pdf" / "documents" / name))
    for page in (first, second):
        assert lg["hs"].lower() in page and lg["desc"].lower() in page and lg["amount"].lower() in page
    assert (
        c["page_form"].format(p=1, n=2).lower() in first and c["page_form"].format(p=2, n=2).lower() in second
    )
    assert c["items"][0]["description"].lower() in first and c["items"][-1]["description"].lower() in second
    assert c["items"][-1]["description"].lower() not in first
    total = synthmodern._money(
        round(sum(it["value"] for it in c["items"]) + c["freight"] + c["insurance"], 2), c
    ).lower()
    assert lg["subtotal"].lower() in second and total in second
    assert lg["subtotal"].lower() not in first and total not in first


def test_modern_layout_choices_vary_with_the_seed() -> None:
    for lang in ("en", "fr"):
        cases = [synthmodern.build_modern_case(seed, lang) for seed in range(40)]
        for key in (
            "date_form",
            "money",
            "hs_form",
            "units",
            "title",
            "number_label",
            "date_label",
            "total_label",
            "parties",
            "terms",
            "page_form",
            "header_case",
            "info_style",
            "row_rules",
            "repeat_letterhead",
            "sku_column",
            "unit_column",
            "invoice_masses",
            "packing_hs",
            "co_measure",
            "documents",
            "incoterm",
        ):
            assert len({str(c[key]) for c in cases}) > 1, key
        assert {c["formats"]["invoice"]["single"] for c in cases} == {"png", "jpg", "pdf", "scan"}
        assert {c["formats"]["packing"]["multi"] for c in cases} == {"pdf", "scan", "tiff"}
        counts = [len(c["items"]) for c in cases]
        assert min(counts) <= 3 and max(counts) >= 20
        assert {len(synthmodern.modern_invoice(c)) for c in cases} == {1, 2}
        assert all(
            c["freight"] == c["insurance"] == 0 for c in cases if c["incoterm"] in ("EXW", "FCA", "FOB")
        )
        assert any(c["freight"] > 0 and c["insurance"] > 0 for c in cases)
        first_pages = {
            tuple(block[:2] for block in synthmodern.modern_kinds(c)[0][1](c)[0].text) for c in cases[:6]
        }
        assert len(first_pages) == 6
    assert {c["num"] for c in (synthmodern.build_modern_case(s, "fr") for s in range(40))} == {"fr", "dot"}
    assert synthmodern._modern_date("2026-03-14", "en", "short") == "14 Mar 2026"
    assert synthmodern._modern_date("2026-03-14", "en", "long") == "March 14, 2026"
    assert synthmodern._modern_date("2026-02-05", "fr", "short") == "5 févr. 2026"
    assert synthmodern._modern_date("2026-03-14", "fr", "long") == "14 mars 2026"
    assert synthmodern._modern_date("2026-03-14", "fr", "slash") == "14/03/2026"
    assert synthmodern._money(12345.67, {"currency": "EUR", "num": "en", "money": "symbol"}) == "€12,345.67"
    assert synthmodern._money(12345.67, {"currency": "GBP", "num": "fr", "money": "symbol"}) == "12 345,67 £"
    assert synthmodern._money(12345.67, {"currency": "USD", "num": "dot", "money": "symbol"}) == "12.345,67 $"
    assert synthmodern._money(12345.67, {"currency": "USD", "num": "en", "money": "code"}) == "12,345.67"
    assert [synthmodern._hs_text("0902400000", form) for form in ("plain", "dotted", "spaced")] == [
        "0902400000",
        "0902.40.00.00",
        "0902 40 00 00",
    ]


def test_modern_companies_are_the_family_own() -> None:
    others = {p[0] for p in PARTIES} | {f.name for f in SELLERS + BUYERS}
    others |= {p.name for p in LEDGER_SELLERS + LEDGER_BUYERS + WAREHOUSES} | {
        e.party[0] for e in SANITARY_EXPORTERS
    }
    assert not others & {p.name for p in synthmodern.SELLERS + synthmodern.BUYERS}
    other_exporting = {p[3] for p in PARTIES} | {f.iso for f in SELLERS} | {p.iso for p in LEDGER_SELLERS}
    other_exporting |= {e.party[3] for e in SANITARY_EXPORTERS}
    assert not other_exporting & {p.iso for p in synthmodern.SELLERS}


def test_cli_writes_modern_cases_alternating_languages(tmp_path: Path) -> None:
    main([str(tmp_path), "--cases", "2", "--seed", "1", "--style", "modern", "--no-noise"])
    for i, stem in enumerate(("facture", "invoice")):
        case = tmp_path / f"syn-00{i}"
        names = sorted(p.name for p in (case / "documents").iterdir())
        assert any(n.startswith(f"{stem}.") or n.startswith(f"{stem}_scan.") for n in names), names
        expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        assert sorted(expected["documents"]) == names
        declaration = json.loads((case / "declaration.json").read_text(encoding="utf-8"))
        invoice = next(iter(expected["documents"].values()))
        assert invoice["type"] == "commercial_invoice"
        assert declaration["invoice_number"] == invoice["fields"]["invoice_number"]


BROKER_COUNTRIES = {
    lang: {
        p.iso: p.country_fr if lang == "fr" else p.country_en
        for p in synthbroker.SELLERS + synthbroker.BUYERS
    }
    for lang in ("fr", "en")
}


def broker_printed(name: str, value: Any, c: dict[str, Any]) -> str:
    """How the broker family prints a truth value."""
    if name.endswith("_date"):
        return synthbroker._broker_date(value, c["lang"], c["date_form"])
    if name.endswith("country"):
        return BROKER_COUNTRIES[c["lang"]][value]
    if name == "hs_code":
        return synthbroker._hs(value, c)
    if name == "unit":
        return str(c["uom"][value])
    if name == "quantity":
        return synthbroker._num(value, c, decimals=0)
    if name in ("total_value", "value"):
        return synthbroker._money(value, c)
    if isinstance(value, float):
        return synthbroker._num(value, c)
    return str(value)


def assert_a_photographed_invoice(
    folder: Path, built: dict[tuple[int, str], Any], style: str, stem: str
) -> None:
    """The first short case whose invoice is a phone photo, written: the invoice, its first
    document, is a JPEG named ``..._<stem>_photo.jpg`` (``FACTURE`` in French), in colour, and
    not the A4 page as rendered."""
    from PIL import Image

    seed, lang = next(
        k for k, c in built.items() if c["formats"]["invoice"]["single"] == "photo" and len(c["items"]) < 6
    )
    expected = make_case(folder, seed=seed, lang=lang, noise=True, style=style)
    name = next(iter(expected["documents"]))
    assert name.endswith(f"_{stem if lang == 'en' else 'FACTURE'}_photo.jpg")
    with Image.open(folder / "documents" / name) as image:
        assert image.format == "JPEG" and image.mode == "RGB" and image.size != (1240, 1754)


def two_page_text_pdf_invoice(
    folder: Path, built: dict[tuple[int, str], Any], invoice: Callable[[Any], list[Any]], style: str
) -> tuple[dict[str, Any], float, list[str]]:
    """The first case whose invoice runs onto two pages written as a text PDF, written: the case,
    the invoice's total value and the text of each of its pages."""
    seed, lang = next(
        k for k, c in built.items() if len(invoice(c)) == 2 and c["formats"]["invoice"]["multi"] == "pdf"
    )
    expected = make_case(folder, seed=seed, lang=lang, noise=False, style=style)
    name, doc = next(iter(expected["documents"].items()))
    return built[seed, lang], doc["fields"]["total_value"], pdf_page_texts(folder / "documents" / name)


def check_paged_documents(
    case: Path, c: dict[str, Any], kinds: Any, style: str, printer: Printer, prefix: str
) -> tuple[dict[str, Any], dict[str, Any], int]:
    """Writes the case (seed and language from ``c``'s build) and checks each document of a paged
    family: its file under ``prefix``, its truth, its page count, that every text it draws is in
    the text layer's encoding and on the page, and that its truth is what its pages (and its text
    layer, for a text PDF) print. Returns expected.json, declaration.json and the text layers read."""
    returned = make_case(case, seed=c["seed"], lang=c["lang"], noise=False, style=style)
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    assert expected == returned and expected["discrepancies"] == []
    assert sorted(expected["documents"]) == sorted(p.name for p in (case / "documents").iterdir())
    assert len(expected["documents"]) == len(kinds)
    text_layers = 0
    for (_, layout, truth), (name, doc) in zip(kinds, expected["documents"].items(), strict=True):
        assert doc == truth(c) and name.startswith(prefix)
        pages = layout(c)
        assert page_count(case / "documents" / name) == len(pages)
        drawn = [block[2] for page in pages for block in page.text]
        assert all(text.encode("cp1252") for text in drawn)  # the text layer can write every character
        assert all(0 < y < 1700 for page in pages for _, y, _, _ in page.text)
        assert_printed(doc["fields"], joined(drawn), c, printer)
        if name.endswith(".pdf") and not name.endswith("_scan.pdf"):
            assert_printed(doc["fields"], joined(pdf_page_texts(case / "documents" / name)), c, printer)
            text_layers += 1
    declaration = json.loads((case / "declaration.json").read_text(encoding="utf-8"))
    return expected, declaration, text_layers


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_broker_truth_is_what_every_page_prints(tmp_path: Path, lang: str) -> None:
    written_text_layers = 0
    for seed in range(12):
        c = synthbroker.build_broker_case(seed, lang) | {"seed": seed}
        kinds = synthbroker.broker_kinds(c)
        expected, declaration, text_layers = check_paged_documents(
            tmp_path / f"c{seed}", c, kinds, "broker", broker_printed, c["job"]
        )
        written_text_layers += text_layers
        invoice = next(iter(expected["documents"].values()))
        assert invoice["type"] == "commercial_invoice"
        goods = round(sum(it["value"] for it in declaration["items"]), 2)
        assert (
            declaration["total_value"]
            == invoice["fields"]["total_value"]
            == round(goods + c["freight"] + c["insurance"], 2)
        )
        assert [it["hs_code"] for it in declaration["items"]] == [
            it["hs_code"] for it in invoice["fields"]["items"]
        ]
        assert {it["unit"] for it in declaration["items"]} <= {"kg", "pcs", "l", "m2"}
        attached = {d["type"]: d["number"] for d in declaration["attached_documents"]}
        assert attached["certificate_of_origin"] == c["co_number"]
        assert attached.get("phytosanitary_certificate") == (
            c["phyto_number"] if "phyto" in c["documents"] else None
        )
    assert written_text_layers >= 3


def test_broker_formats_and_multi_page_documents(tmp_path: Path) -> None:
    built = {
        (seed, lang): synthbroker.build_broker_case(seed, lang) for lang in ("en", "fr") for seed in range(60)
    }
    assert_a_photographed_invoice(tmp_path / "photo", built, "broker", "CI")
    c, total_value, pages = two_page_text_pdf_invoice(
        tmp_path / "long", built, synthbroker.broker_invoice, "broker"
    )
    lg = synthbroker.BROKER[c["lang"]]
    first, second = (text.lower() for text in pages)
    assert lg["continued"].format(p=2).lower() in first
    assert (
        c["page_form"].format(p=1, n=2).lower() in first and c["page_form"].format(p=2, n=2).lower() in second
    )
    for page in (first, second):
        assert lg["desc"].lower() in page and c["hs_label"].lower() in page
    total = synthbroker._money(total_value, c).lower()
    assert total in second and total not in first and lg["subtotal"].lower() not in first
    last = c["items"][-1]["description"].lower()
    assert last.split()[0] in second and c["items"][0]["description"].split()[0].lower() in first


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_broker_certificate_of_origin_is_a_chamber_letter(lang: str) -> None:
    for seed in range(6):
        c = synthbroker.build_broker_case(seed, lang)
        pages = synthbroker.broker_co(c)
        blocks = [block for block in pages[0].text]
        text = joined([block[2] for block in blocks])
        chamber, country = c["seller"].chamber, BROKER_COUNTRIES[lang][c["seller"].iso]
        if lang == "en":
            assert f"The undersigned, authorised by the {chamber}, certifies that the goods" in text
            assert f"originate in {country}." in text
        else:
            assert f"Nous soussignés, {chamber}, certifions que les marchandises" in text
            assert country in text
        assert f"{c['co_number_label']} {c['co_number']}" in text
        truth = synthbroker.broker_co_truth(c)["fields"]
        assert truth["issuing_authority"] == chamber and truth["certificate_type"] == "certificate_of_origin"
        last = [block[2] for page in pages for block in page.text]
        issued = synthbroker._broker_date(c["co_date"], lang, c["date_form"])
        place = next(t for t in last if issued in t)
        assert c["seller"].chamber_town in place
        last_page = pages[-1].text
        issued_y = next(y for _, y, t, _ in last_page if issued in t)
        table_y = max(
            y for _, y, t, _ in last_page if t == c["items"][-1]["description"] or t.startswith(c["marks"])
        )
        assert issued_y > table_y  # place and date of issue at the foot, under the goods


def test_broker_layout_choices_vary_with_the_seed() -> None:
    for lang in ("en", "fr"):
        cases = [synthbroker.build_broker_case(seed, lang) for seed in range(60)]
        for key in (
            "date_form",
            "num" if lang == "fr" else "money",
            "hs_form",
            "uom",
            "title",
            "number_label",
            "date_label",
            "total_label",
            "parties",
            "hs_label",
            "co_number_label",
            "header",
            "terms_order",
            "invoice_order",
            "notify",
            "part_column",
            "co_column",
            "zero_charges",
            "invoice_masses",
            "packing_hs",
            "co_measure",
            "documents",
            "incoterm",
            "currency",
        ):
            assert len({str(c[key]) for c in cases}) > 1, key
        assert {c["formats"]["co"]["single"] for c in cases} == {"png", "jpg", "photo", "pdf", "scan"}
        assert {c["formats"]["packing"]["multi"] for c in cases} == {"pdf", "scan", "tiff"}
        assert {len(synthbroker.broker_invoice(c)) for c in cases} == {1, 2}
        assert any(c["freight"] > 0 and c["insurance"] > 0 for c in cases)
        assert any(c["ship_to"] is not c["buyer"] for c in cases)
        for c in cases:  # a phytosanitary certificate only for produce that needs one
            if "phyto" in c["documents"]:
                assert all(it["botanical"] for it in c["items"]) and c["seller"].nppo
        assert any("phyto" in c["documents"] for c in cases)
        first_pages = {tuple(b[:2] for b in synthbroker.broker_invoice(c)[0].text) for c in cases[:6]}
        assert len(first_pages) == 6
    assert [synthbroker._broker_date("2026-03-14", "en", f) for f in ("long", "abbrev", "iso", "dotted")] == [
        "March 14, 2026",
        "14-Mar-2026",
        "2026-03-14",
        "14.03.2026",
    ]
    assert synthbroker._broker_date("2026-03-14", "fr", "long") == "14 mars 2026"
    hs = {
        form: synthbroker._hs(synthbroker._hs_digits("08044000", form), {"hs_form": form})
        for form in synthbroker.HS_FORMS
    }
    assert hs == {"dotted6": "0804.40", "dotted": "0804.40.00", "spaced": "0804 40 00", "plain": "08044000"}
    assert synthbroker._num(1234.56, {"num": "fr"}) == "1 234,56"
    assert synthbroker._num(1234.56, {"num": "dot"}) == "1.234,56"
    assert synthbroker._money(1234.56, {"num": "en", "money": "symbol", "currency": "USD"}) == "$1,234.56"


def hs_subheadings() -> set[str]:
    """The six-digit subheadings of the HS nomenclature in the corpus (the test skips without it)."""
    import csv

    nomenclature = Path("/work/shared/corpus/hs/harmonized-system.csv")
    if not nomenclature.is_file():
        pytest.skip("no HS nomenclature here")
    with nomenclature.open(encoding="utf-8") as f:
        return {row["hscode"] for row in csv.DictReader(f) if len(row["hscode"]) == 6}


def test_broker_companies_and_goods_are_the_family_own() -> None:
    others = {p[0] for p in PARTIES} | {f.name for f in SELLERS + BUYERS}
    others |= {p.name for p in LEDGER_SELLERS + LEDGER_BUYERS + WAREHOUSES}
    others |= {e.party[0] for e in SANITARY_EXPORTERS} | {
        p.name for p in synthmodern.SELLERS + synthmodern.BUYERS
    }
    ours = {p.name for p in synthbroker.SELLERS + synthbroker.BUYERS}
    assert len(ours) == len(synthbroker.SELLERS + synthbroker.BUYERS) and not others & ours
    exporting = {p[3] for p in PARTIES} | {f.iso for f in SELLERS} | {p.iso for p in LEDGER_SELLERS}
    exporting |= {e.party[3] for e in SANITARY_EXPORTERS} | {p.iso for p in synthmodern.SELLERS}
    assert not exporting & {p.iso for p in synthbroker.SELLERS}
    assert {good.unit for good in synthbroker.GOODS.values()} == {"kg", "pcs", "l", "m2"}
    assert all(
        set(p.goods) <= set(synthbroker.GOODS) and p.iso in synthbroker.DETAILS for p in synthbroker.SELLERS
    )
    assert all(p.nppo for p in synthbroker.SELLERS if any(g in synthbroker.BOTANICAL for g in p.goods))
    assert all(good.hs[:6] in hs_subheadings() for good in synthbroker.GOODS.values())


@pytest.mark.parametrize(
    ("style", "seed", "stems"), [("broker", 4, ("FACTURE", "CI")), ("asia", 7, ("FACTURE", "INVOICE"))]
)
def test_cli_writes_broker_and_asia_cases_alternating_languages(
    tmp_path: Path, style: str, seed: int, stems: tuple[str, str]
) -> None:
    main([str(tmp_path), "--cases", "2", "--seed", str(seed), "--style", style, "--no-noise"])
    for i, stem in enumerate(stems):
        case = tmp_path / f"syn-00{i}"
        names = sorted(p.name for p in (case / "documents").iterdir())
        expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        assert sorted(expected["documents"]) == names
        invoice_name, invoice = next(iter(expected["documents"].items()))
        assert invoice["type"] == "commercial_invoice" and f"_{stem}" in invoice_name
        declaration = json.loads((case / "declaration.json").read_text(encoding="utf-8"))
        assert declaration["invoice_number"] == invoice["fields"]["invoice_number"]


ASIA_COUNTRIES = {
    lang: {
        p.iso: (p.country_fr if lang == "fr" else p.country_en).upper()
        for p in synthasia.SELLERS + synthasia.BUYERS
    }
    for lang in ("fr", "en")
}


def asia_printed(name: str, value: Any, c: dict[str, Any]) -> str:
    """How the asia family prints a truth value (a whole quantity without its decimals, which the
    case may print after it)."""
    if name.endswith("_date"):
        return synthasia._asia_date(value, c["lang"], c["date_form"])
    if name.endswith("country"):
        return ASIA_COUNTRIES[c["lang"]][value]
    if name == "hs_code":
        return synthasia._hs(value, c)
    if name == "unit":
        return str(c["uom"][value])
    if name == "quantity":
        return synthasia._num(value, c, decimals=0 if float(value).is_integer() else 2)
    if isinstance(value, int | float):
        return synthasia._num(value, c)
    return str(value)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_asia_truth_is_what_every_page_prints(tmp_path: Path, lang: str) -> None:
    written_text_layers = 0
    for seed in range(12):
        c = synthasia.build_asia_case(seed, lang) | {"seed": seed}
        stem = synthasia.file_names(c)["invoice"].rsplit("_", 1)[0]
        kinds = synthasia.asia_kinds(c)
        expected, declaration, text_layers = check_paged_documents(
            tmp_path / f"c{seed}", c, kinds, "asia", asia_printed, stem
        )
        written_text_layers += text_layers
        assert [doc["type"] for doc in expected["documents"].values()][:3] == [
            "commercial_invoice",
            "packing_list",
            "certificate_of_origin",
        ]
        invoice = next(iter(expected["documents"].values()))["fields"]
        assert invoice["exporter_name"] == invoice["exporter_name"].upper()  # in capitals, as printed
        goods = round(sum(it["value"] for it in declaration["items"]), 2)
        assert (
            declaration["total_value"]
            == invoice["total_value"]
            == round(goods + c["freight"] + c["insurance"], 2)
        )
        assert [it["hs_code"] for it in declaration["items"]] == [it["hs_code"] for it in invoice["items"]]
        assert all(
            len(it["hs_code"]) in (6, 8, 10) and it["hs_code"].isdigit() for it in declaration["items"]
        )
        assert {it["unit"] for it in declaration["items"]} <= {"kg", "pcs", "l", "m2"}
        assert all(it["quantity"] == it["net_mass_kg"] for it in declaration["items"] if it["unit"] == "kg")
        assert declaration["exporter"]["country"] in {"VN", "IN", "BD", "KH", "LK", "ID", "CN"}
        if lang == "fr":
            assert declaration["importer"]["country"] in ("FR", "BE")
        attached = {d["type"]: d["number"] for d in declaration["attached_documents"]}
        assert attached["certificate_of_origin"] == c["co_number"]
        assert attached.get("phytosanitary_certificate") == (
            c["phyto_number"] if "phyto" in c["documents"] else None
        )
    assert written_text_layers >= 3


def test_asia_invoice_prints_the_exporter_grid_the_words_and_the_origin_statement() -> None:
    rex_seen = breakdown_seen = 0
    for lang in ("en", "fr"):
        lg = synthasia.ASIA[lang]
        for seed in range(30):
            c = synthasia.build_asia_case(seed, lang)
            blocks = [block[2] for page in synthasia.asia_invoice(c) for block in page.text]
            text = joined(blocks)
            date_text = synthasia._asia_date(c["invoice_date"], lang, c["date_form"])
            # the number and its date in one box, under its label
            assert any(c["invoice_number"] in b and date_text in b for b in blocks)
            assert lg["inv"] in blocks and lg["consignee"] in blocks and lg["terms"] in blocks
            assert f"{c['incoterm']} {c['incoterm_place']}" in text
            words = synthasia._amount_words(synthasia._total(c), c["currency"], lang, c["say"])
            assert words in text
            assert lg["for"].format(name=c["seller"].name) in text and lg["signatory"] in text
            if c["rex"]:
                rex_seen += 1
                assert f"(REX No. {c['seller'].rex})" in text or c["seller"].rex in text
                assert ("preferential origin" if lang == "en" else "origine préférentielle") in text
            else:
                assert c["seller"].rex == "" or c["seller"].rex not in text
            if c["breakdown"]:
                breakdown_seen += 1
                assert lg["fob"] in text and synthasia._num(c["freight"], c) in text
    assert rex_seen and breakdown_seen


def test_asia_certificate_of_origin_is_a_form_a_or_a_non_preferential_certificate() -> None:
    forms = set()
    for lang in ("en", "fr"):
        for seed in range(30):
            c = synthasia.build_asia_case(seed, lang)
            box = synthasia.FORMS[lang][c["co_form"]]
            text = joined([block[2] for page in synthasia.asia_co(c) for block in page.text])
            truth = synthasia.asia_co_truth(c)["fields"]
            forms.add(c["co_form"])
            assert f"{box['reference']} {c['co_number']}" in text
            assert truth["issuing_authority"] in text and box["cert"] in text and box["decl"] in text
            produced = ASIA_COUNTRIES[lang][c["seller"].iso]
            if c["co_form"] == "form_a":
                assert truth["issuing_authority"] == c["seller"].gsp_authority
                assert ("FORM A" if lang == "en" else "FORMULE A") in text
                if lang == "en":
                    assert f"were produced in {produced} (country)" in text
                    assert f"exported to {ASIA_COUNTRIES[lang][c['buyer'].iso]} (importing country)" in text
                assert all(("hs_code" in it) == c["co_hs_line"] for it in truth["items"])
            else:
                assert truth["issuing_authority"] == c["seller"].co_authority
                assert all("hs_code" in it for it in truth["items"])
            if c["seller"].iso == "CN":  # no GSP for China: a chamber's certificate
                assert c["co_form"] == "plain"
    assert forms == {"form_a", "plain"}


def test_asia_formats_and_multi_page_documents(tmp_path: Path) -> None:
    built = {
        (seed, lang): synthasia.build_asia_case(seed, lang) for lang in ("en", "fr") for seed in range(80)
    }
    assert_a_photographed_invoice(tmp_path / "photo", built, "asia", "INVOICE")
    c, total_value, pages = two_page_text_pdf_invoice(
        tmp_path / "long", built, synthasia.asia_invoice, "asia"
    )
    lg = synthasia.ASIA[c["lang"]]
    first, second = (joined([text]) for text in pages)
    assert lg["continued"].format(p=2) in first and lg["continued"].format(p=2) not in second
    assert c["page_form"].format(p=1, n=2) in first and c["page_form"].format(p=2, n=2) in second
    for page in (first, second):
        assert lg["desc"] in page and c["invoice_number"] in page
    words = synthasia._amount_words(total_value, c["currency"], c["lang"], c["say"])
    assert words in second and words not in first
    assert (
        c["items"][0]["description"].split(",")[0] in first
        and c["items"][-1]["description"].split(",")[0] in second
    )


def test_asia_dates_numbers_and_words() -> None:
    forms = ("slash", "dotted", "abbrev", "us", "ordinal")
    assert [synthasia._asia_date("2026-03-14", "en", f) for f in forms] == [
        "14/03/2026",
        "14.03.2026",
        "14-Mar-2026",
        "Mar. 14, 2026",
        "14th March 2026",
    ]
    assert [synthasia._asia_date(f"2026-05-{d:02d}", "en", "ordinal") for d in (1, 2, 3, 11, 22)] == [
        "1st May 2026",
        "2nd May 2026",
        "3rd May 2026",
        "11th May 2026",
        "22nd May 2026",
    ]
    assert synthasia._asia_date("2026-03-14", "fr", "long") == "14 mars 2026"
    assert synthasia._asia_date("2026-03-04", "fr", "dash") == "04-03-2026"
    assert synthasia._num(123456.0, {"num": "in"}) == "1,23,456.00"
    assert synthasia._num(12345678.5, {"num": "in"}) == "1,23,45,678.50"
    assert synthasia._num(999.0, {"num": "in"}, decimals=0) == "999"
    assert synthasia._num(1234.56, {"num": "en"}) == "1,234.56"
    assert synthasia._num(1234.56, {"num": "fr"}) == "1 234,56"
    assert synthasia._amount_words(29375.5, "USD", "en") == (
        "SAY US DOLLARS TWENTY NINE THOUSAND THREE HUNDRED SEVENTY FIVE AND CENTS FIFTY ONLY"
    )
    assert synthasia._amount_words(1_000_000, "EUR", "en", say=False) == "EURO ONE MILLION ONLY"
    assert synthasia._amount_words(29375.5, "USD", "fr") == (
        "VINGT-NEUF MILLE TROIS CENT SOIXANTE-QUINZE DOLLARS US ET CINQUANTE CENTS"
    )
    french = {n: synthasia._words_fr(n) for n in (21, 71, 80, 81, 91, 200, 280000, 200000, 1_200_000)}
    assert french == {
        21: "vingt et un",
        71: "soixante et onze",
        80: "quatre-vingts",
        81: "quatre-vingt-un",
        91: "quatre-vingt-onze",
        200: "deux cents",
        280000: "deux cent quatre-vingt mille",
        200000: "deux cent mille",
        1_200_000: "un million deux cent mille",
    }
    hs = {
        form: synthasia._hs(synthasia._hs_digits("03061719", form), {"hs_form": form})
        for form in set(synthasia.HS_FORMS)
    }
    assert hs == {"dotted": "0306.17.19", "plain": "03061719", "spaced": "0306 17 19", "dotted6": "0306.17"}


def test_asia_layout_choices_vary_with_the_seed() -> None:
    for lang in ("en", "fr"):
        cases = [synthasia.build_asia_case(seed, lang) for seed in range(60)]
        for key in (
            "date_form",
            "num",
            "hs_form",
            "uom",
            "title",
            "reference",
            "grid",
            "head",
            "invoice_order",
            "packing_form",
            "co_form",
            "co_measure",
            "documents",
            "incoterm",
            "currency",
            "fill",
            "hs_column",
            "pkgs_column",
            "unit_column",
            "invoice_masses",
            "rex",
            "to_order",
            "caps",
        ):
            assert len({str(c[key]) for c in cases}) > 1, (lang, key)
        assert {c["formats"]["co"]["single"] for c in cases} == {"png", "jpg", "photo", "pdf", "scan"}
        assert {c["formats"]["invoice"]["multi"] for c in cases} == {"pdf", "scan", "tiff"}
        assert {len(synthasia.asia_invoice(c)) for c in cases} == {1, 2}
        assert any(c["breakdown"] and c["freight"] > 0 and c["insurance"] > 0 for c in cases)
        assert all(c["freight"] == c["insurance"] == 0 for c in cases if not c["breakdown"])
        for c in cases:  # a phytosanitary certificate only for produce that needs one
            if "phyto" in c["documents"]:
                assert all(it["botanical"] for it in c["items"]) and c["seller"].nppo
        assert any("phyto" in c["documents"] for c in cases)
        first_pages = {tuple(b[:2] for b in synthasia.asia_invoice(c)[0].text) for c in cases[:6]}
        assert len(first_pages) == 6
    india = [synthasia.build_asia_case(s, "en") for s in range(200)]
    assert {c["num"] for c in india if c["seller"].iso == "IN"} == {"en", "in"}
    assert {c["num"] for c in india if c["seller"].iso != "IN"} == {"en"}


def test_asia_companies_and_goods_are_the_family_own() -> None:
    others = {p[0] for p in PARTIES} | {f.name for f in SELLERS + BUYERS}
    others |= {p.name for p in LEDGER_SELLERS + LEDGER_BUYERS + WAREHOUSES}
    others |= {e.party[0] for e in SANITARY_EXPORTERS} | {
        p.name for p in synthmodern.SELLERS + synthmodern.BUYERS
    }
    others |= {p.name for p in synthbroker.SELLERS + synthbroker.BUYERS}
    ours = {p.name for p in synthasia.SELLERS + synthasia.BUYERS}
    assert len(ours) == len(synthasia.SELLERS + synthasia.BUYERS) and not {o.upper() for o in others} & {
        o.upper() for o in ours
    }
    assert {p.iso for p in synthasia.SELLERS} == {"VN", "IN", "BD", "KH", "LK", "ID", "CN"}
    assert {p.iso for p in synthasia.BUYERS} == {"FR", "BE", "DE", "NL", "IT", "ES"}
    assert all(p.name == p.name.upper() for p in synthasia.SELLERS)
    assert {good.unit for good in synthasia.GOODS.values()} == {"kg", "pcs", "l", "m2"}
    assert all(set(p.goods) <= set(synthasia.GOODS) for p in synthasia.SELLERS)
    assert all(p.nppo for p in synthasia.SELLERS if any(synthasia.GOODS[g].botanical for g in p.goods))
    assert all(p.gsp_authority == "" for p in synthasia.SELLERS if p.iso == "CN")
    for trade in {synthasia.TRADES[p.code] for p in synthasia.SELLERS}:  # French or Belgian buyers too
        assert any(
            synthasia.BUYER_TRADES[b.name] == trade and b.iso in ("FR", "BE") for b in synthasia.BUYERS
        )
    names = {b.street: b.name for b in synthasia.BUYERS}  # a case's buyer may be in capitals
    for seed in range(40):
        c = synthasia.build_asia_case(seed, "en")
        assert synthasia.BUYER_TRADES[names[c["buyer"].street]] == synthasia.TRADES[c["seller"].code]
    assert all(good.hs[:6] in hs_subheadings() for good in synthasia.GOODS.values())
