"""The ``andes`` family of the synthetic trade documents: its truth is what every page prints, its
documents are written in every format and run onto a second page, and its layout choices vary with
the seed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eval import synthandes, synthasia, synthbroker, synthmodern
from eval.synthandes import T, build_andes_case
from eval.synthdocs import PARTIES, STYLES, _declaration, main
from eval.synthgrid import BUYERS, SELLERS
from eval.synthledger import BUYERS as LEDGER_BUYERS
from eval.synthledger import SELLERS as LEDGER_SELLERS
from eval.synthledger import WAREHOUSES
from eval.synthsanitary import EXPORTERS as SANITARY_EXPORTERS
from tests.synthpages import assert_printed, hs_subheadings, joined, page_count, pdf_page_texts

pytestmark = pytest.mark.unit


def andes_printed(name: str, value: Any, c: dict[str, Any]) -> str:
    """How the andes family prints a truth value (a whole quantity without the decimals the case may
    print after it)."""
    if name.endswith("_date"):
        return synthandes._andes_date(value, c["date_form"], c["seller"].lang)
    if name.endswith("country"):
        return synthandes.COUNTRIES[value][c["seller"].lang]
    if name == "hs_code":
        return synthandes._hs(value, c)
    if name == "unit":
        return str(c["uom"][value])
    if name == "quantity":
        return synthandes._num(value, c, decimals=0 if float(value).is_integer() else 2)
    if isinstance(value, int | float):
        return synthandes._num(value, c)
    return str(value)


def write_case(
    folder: Path, seed: int, lang: str, noise: bool = False
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Writes a case's documents the way eval.synthdocs.make_case does; returns its truths and its
    declaration."""
    docs = folder / "documents"
    docs.mkdir(parents=True)
    items, truths = STYLES["andes"](docs, seed, lang, noise)
    return truths, _declaration(seed, items, truths)


def check_case(folder: Path, seed: int, lang: str) -> tuple[dict[str, Any], dict[str, Any], int]:
    """Writes the case and checks each document: its file, its truth, its page count, that every text
    it draws can go into the text layer and sits on the page, and that its truth is what its pages
    (and its text layer, for a text PDF) print. Returns the truths, the declaration and the number of
    text layers read."""
    c = build_andes_case(seed, lang)
    kinds = synthandes.andes_kinds(c)
    truths, declaration = write_case(folder, seed, lang)
    assert sorted(truths) == sorted(p.name for p in (folder / "documents").iterdir())
    assert len(truths) == len(kinds)
    stem = synthandes.file_names(c)["invoice"].rsplit("_", 1)[0]
    text_layers = 0
    for (_, layout, truth), (name, doc) in zip(kinds, truths.items(), strict=True):
        assert doc == truth(c) and name.startswith(stem)
        pages = layout(c)
        assert page_count(folder / "documents" / name) == len(pages)
        drawn = [block[2] for page in pages for block in page.text]
        assert all(text.encode("cp1252") for text in drawn)  # the text layer can write every character
        assert all(0 < y < 1700 for page in pages for _, y, _, _ in page.text)
        assert all(min(r[1], r[3]) >= 0 and max(r[1], r[3]) < 1700 for page in pages for r in page.rules)
        assert_printed(doc["fields"], joined(drawn), c, andes_printed)
        if name.endswith(".pdf") and not name.endswith("_scan.pdf"):
            assert_printed(
                doc["fields"], joined(pdf_page_texts(folder / "documents" / name)), c, andes_printed
            )
            text_layers += 1
    return truths, declaration, text_layers


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_andes_truth_is_what_every_page_prints(tmp_path: Path, lang: str) -> None:
    written_text_layers = 0
    for seed in range(12):
        c = build_andes_case(seed, lang)
        truths, declaration, text_layers = check_case(tmp_path / f"c{seed}", seed, lang)
        written_text_layers += text_layers
        types = [doc["type"] for doc in truths.values()]
        assert types[:2] == ["commercial_invoice", "packing_list"]
        assert ("certificate_of_origin" in types) == (c["co_form"] != "declaration")
        invoice = next(iter(truths.values()))["fields"]
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
        assert {it["unit"] for it in declaration["items"]} <= {"kg", "pcs", "l"}
        assert all(it["quantity"] == it["net_mass_kg"] for it in declaration["items"] if it["unit"] == "kg")
        assert declaration["exporter"]["country"] in {"PE", "CL", "EC", "CO", "BR", "MX", "AR"}
        assert declaration["importer"]["country"] in (
            ("FR", "BE") if lang == "fr" else ("FR", "BE", "ES", "NL", "DE")
        )
        attached = {d["type"]: d["number"] for d in declaration["attached_documents"]}
        assert attached.get("certificate_of_origin") == (c["co_number"] if "co" in c["documents"] else None)
        assert attached.get("phytosanitary_certificate") == (
            c["phyto_number"] if "phyto" in c["documents"] else None
        )
        assert attached.get("sanitary_certificate") == (
            c["health_number"] if "sanitary" in c["documents"] else None
        )
    assert written_text_layers >= 3


def test_andes_formats_and_multi_page_documents(tmp_path: Path) -> None:
    from PIL import Image

    built = {(seed, lang): build_andes_case(seed, lang) for lang in ("en", "fr") for seed in range(80)}
    seed, lang = next(
        k for k, c in built.items() if c["formats"]["invoice"]["single"] == "photo" and len(c["items"]) < 5
    )
    truths, _ = write_case(tmp_path / "photo", seed, lang, noise=True)
    name = next(iter(truths))
    assert name.endswith("_photo.jpg")
    with Image.open(tmp_path / "photo" / "documents" / name) as image:
        assert image.format == "JPEG" and image.mode == "RGB" and image.size != (1240, 1754)
    seed, lang = next(
        k
        for k, c in built.items()
        if len(synthandes.andes_invoice(c)) == 2 and c["formats"]["invoice"]["multi"] == "pdf"
    )
    c = built[seed, lang]
    truths, _ = write_case(tmp_path / "long", seed, lang)
    name, doc = next(iter(truths.items()))
    first, second = (joined([text]) for text in pdf_page_texts(tmp_path / "long" / "documents" / name))
    d = c["docs"]["invoice"]
    continued = T["continued"][d["local"]].format(p=2)
    assert continued in first and continued not in second
    assert (
        T["page"][d["local"]].format(p=1, n=2) in first and T["page"][d["local"]].format(p=2, n=2) in second
    )
    for page in (first, second):
        assert T["desc"][d["local"]] in page and c["invoice_number"] in page
    words = synthandes._words(c, d)
    assert words in second and words not in first
    assert synthandes._money(doc["fields"]["total_value"], c) in second
    assert c["items"][0]["description"] in first and c["items"][-1]["description"] in second
    formats = {c["formats"][kind]["single"] for c in built.values() for kind in c["documents"]}
    assert formats == {"png", "jpg", "photo", "pdf", "scan"}
    assert {c["formats"]["packing"]["multi"] for c in built.values()} == {"pdf", "scan", "tiff"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_andes_documents_are_bilingual(lang: str) -> None:
    seconds = set()
    for seed in range(16):
        c = build_andes_case(seed, lang)
        for kind, layout, _ in synthandes.andes_kinds(c):
            d = c["docs"][kind]
            seconds.add(d["second"])
            text = joined([block[2] for page in layout(c) for block in page.text])
            assert d["local"] == c["seller"].lang
            if kind in ("invoice", "packing"):
                for key in ("desc", "consignee", "qty" if kind == "invoice" else "net_col"):
                    local, second = T[key][d["local"]], T[key][d["second"]]
                    assert (f"{local} / {second}" if not d["stacked"] else f"{local} {second}") in text, key
                assert ("Notes :" in text or "Note :" in text) == d["notes"]
            if kind in ("phyto", "sanitary"):
                assert d["second"] == "en"  # the authorities' certificates are in their language and English
            if lang == "en":
                assert d["second"] == "en" and not d["notes"]
    assert seconds == ({"en"} if lang == "en" else {"en", "fr"})


def test_andes_certificates_of_origin() -> None:
    forms = set()
    for lang in ("en", "fr"):
        for seed in range(40):
            c = build_andes_case(seed, lang)
            seller, form = c["seller"], c["co_form"]
            forms.add(form)
            invoice = joined([block[2] for page in synthandes.andes_invoice(c) for block in page.text])
            if form == "declaration":
                assert "co" not in c["documents"] and seller.iso in ("PE", "CL", "EC", "CO", "MX")
                assert f"{seller.declaration}) " in invoice and "preferencial" in invoice
                continue
            assert seller.declaration not in invoice or not seller.declaration
            text = joined([block[2] for page in synthandes.andes_co(c) for block in page.text])
            truth = synthandes.andes_co_truth(c)["fields"]
            assert truth["issuing_authority"] in text and truth["certificate_number"] in text
            if form == "eur1":
                assert "EUR.1" in text and all("hs_code" not in it for it in truth["items"])
                assert seller.iso in ("PE", "EC", "CO", "MX") and truth["issuing_authority"] == seller.eur1
            else:
                assert truth["issuing_authority"] == seller.chamber
                assert all(
                    len(it["hs_code"]) == (6 if c["co_hs6"] else len(c["items"][0]["hs_code"]))
                    for it in truth["items"]
                )
    assert forms == {"declaration", "eur1", "chamber"}


def test_andes_health_and_phytosanitary_certificates() -> None:
    seen = set()
    for seed in range(80):
        c = build_andes_case(seed, "en")
        if "phyto" in c["documents"]:
            seen.add("phyto")
            assert all(it["botanical"] for it in c["items"]) and c["seller"].nppo
            text = joined([block[2] for block in synthandes.andes_phyto(c)[0].text])
            assert "PHYTOSANITARY CERTIFICATE" in text and c["seller"].nppo in text
            assert all(it["botanical"] in text for it in c["items"])
        if "sanitary" in c["documents"]:
            seen.add("sanitary")
            assert all(it["species"] for it in c["items"]) and c["seller"].health
            text = joined([block[2] for block in synthandes.andes_sanitary(c)[0].text])
            assert "HEALTH CERTIFICATE" in text and c["health_number"] in text
        assert not {"phyto", "sanitary"} <= set(c["documents"])
    assert seen == {"phyto", "sanitary"}


def test_andes_dates_numbers_words_and_codes() -> None:
    forms = ("slash", "dash", "dotted", "long", "us", "abbrev")
    assert [synthandes._andes_date("2026-03-14", f, "es") for f in forms] == [
        "14/03/2026",
        "14-03-2026",
        "14.03.2026",
        "14 de marzo de 2026",
        "March 14, 2026",
        "14-MAR-2026",
    ]
    assert synthandes._andes_date("2026-01-05", "abbrev", "es") == "05-ENE-2026"
    assert synthandes._andes_date("2026-02-01", "long", "pt") == "1 de fevereiro de 2026"
    assert synthandes._num(1234.56, {"num": "dot"}) == "1.234,56"
    assert synthandes._num(1234.56, {"num": "en"}) == "1,234.56"
    assert synthandes._amount_in_words(29375.5, "USD", "es") == (
        "SON: VEINTINUEVE MIL TRESCIENTOS SETENTA Y CINCO CON 50/100 DÓLARES AMERICANOS"
    )
    assert synthandes._amount_in_words(21001.0, "EUR", "es") == "SON: VEINTIÚN MIL UNO CON 00/100 EUROS"
    assert synthandes._amount_in_words(29375.5, "USD", "pt") == (
        "VALOR TOTAL: VINTE E NOVE MIL TREZENTOS E SETENTA E CINCO DÓLARES NORTE-AMERICANOS E CINQUENTA CENTAVOS"
    )
    spanish = {n: synthandes._words_es(n) for n in (16, 31, 100, 101, 500, 1000, 131001, 2_500_100)}
    assert spanish == {
        16: "dieciséis",
        31: "treinta y uno",
        100: "cien",
        101: "ciento uno",
        500: "quinientos",
        1000: "mil",
        131001: "ciento treinta y un mil uno",
        2_500_100: "dos millones quinientos mil cien",
    }
    portuguese = {n: synthandes._words_pt(n) for n in (100, 115, 1100, 1300, 1375, 2_000_000)}
    assert portuguese == {
        100: "cem",
        115: "cento e quinze",
        1100: "mil e cem",
        1300: "mil e trezentos",
        1375: "mil trezentos e setenta e cinco",
        2_000_000: "dois milhões",
    }
    seller = {iso: next(s for s in synthandes.SELLERS if s.iso == iso) for iso in ("PE", "CL", "BR")}
    codes = {
        iso: synthandes._hs(synthandes.GOODS[s.goods[0]].hs, {"hs_form": "national", "seller": s})
        for iso, s in seller.items()
    }
    assert codes == {"PE": "0804.40.00.00", "CL": "0806.1000", "BR": "0901.11.10"}
    assert synthandes._hs("080610", {"hs_form": "sub6", "seller": seller["CL"]}) == "0806.10"
    assert synthandes._hs("0804400000", {"hs_form": "plain", "seller": seller["PE"]}) == "0804400000"


def test_andes_layout_choices_vary_with_the_seed() -> None:
    for lang in ("en", "fr"):
        cases = [build_andes_case(seed, lang) for seed in range(80)]
        for key in (
            "date_form",
            "num",
            "hs_form",
            "uom",
            "head",
            "logo",
            "layout",
            "invoice_order",
            "packing_form",
            "phyto_layout",
            "co_form",
            "co_measure",
            "desc_form",
            "title_form",
            "documents",
            "incoterm",
            "currency",
            "money",
            "caps",
            "brand",
            "hs_column",
            "unit_column",
            "item_column",
            "invoice_masses",
            "breakdown",
            "notify_broker",
        ):
            assert len({str(c[key]) for c in cases}) > 1, (lang, key)
        assert {c["seller"].iso for c in cases} == {"PE", "CL", "EC", "CO", "BR", "MX", "AR"}
        assert {len(synthandes.andes_invoice(c)) for c in cases} == {1, 2}
        assert {len(synthandes.andes_packing(c)) for c in cases} == {1, 2}
        assert {c["docs"]["invoice"]["stacked"] for c in cases} == {True, False}
        assert any(c["breakdown"] and c["freight"] > 0 and c["insurance"] > 0 for c in cases)
        assert all(c["freight"] == c["insurance"] == 0 for c in cases if not c["breakdown"])
        assert any(c["air"] for c in cases) and any(c["reefer"] for c in cases)
        assert all(c["incoterm"] in ("FCA", "CPT", "CIP", "EXW") for c in cases if c["air"])
        first_pages = {tuple(b[:2] for b in synthandes.andes_invoice(c)[0].text) for c in cases[:6]}
        assert len(first_pages) == 6
        if lang == "fr":
            assert {c["buyer"].iso for c in cases} == {"FR", "BE"}
            assert {c["docs"]["invoice"]["second"] for c in cases} == {"en", "fr"}
    assert build_andes_case(7, "en") == build_andes_case(7, "en")


def test_andes_companies_and_goods_are_the_family_own() -> None:
    others = {p[0] for p in PARTIES} | {f.name for f in SELLERS + BUYERS}
    others |= {p.name for p in LEDGER_SELLERS + LEDGER_BUYERS + WAREHOUSES}
    others |= {e.party[0] for e in SANITARY_EXPORTERS} | {
        p.name for p in synthmodern.SELLERS + synthmodern.BUYERS
    }
    others |= {p.name for p in synthbroker.SELLERS + synthbroker.BUYERS}
    others |= {p.name for p in synthasia.SELLERS + synthasia.BUYERS}
    ours = {p.name for p in synthandes.SELLERS + synthandes.BUYERS}
    assert len(ours) == len(synthandes.SELLERS + synthandes.BUYERS)
    assert not {o.upper() for o in others} & {o.upper() for o in ours}
    assert {p.iso for p in synthandes.BUYERS} == {"FR", "BE", "ES", "NL", "DE"}
    assert {good.unit for good in synthandes.GOODS.values()} == {"kg", "pcs", "l"}
    for seller in synthandes.SELLERS:
        assert set(seller.goods) <= set(synthandes.GOODS) and seller.lang == (
            "pt" if seller.iso == "BR" else "es"
        )
        assert len({synthandes.GOODS[g].trade for g in seller.goods}) == 1
        trade = synthandes.GOODS[seller.goods[0]].trade
        assert any(trade in b.trades and b.iso in ("FR", "BE") for b in synthandes.BUYERS)
        assert seller.eur1 or seller.chamber or seller.declaration
        if any(synthandes.GOODS[g].botanical for g in seller.goods):
            assert seller.nppo
        if any(synthandes.GOODS[g].species for g in seller.goods):
            assert seller.health
    assert all(good.hs[:6] in hs_subheadings() for good in synthandes.GOODS.values())


def test_the_command_writes_andes_cases_in_both_languages_with_their_declaration(tmp_path: Path) -> None:
    main([str(tmp_path), "--cases", "2", "--seed", "5000", "--style", "andes"])
    folders = sorted(tmp_path.iterdir())
    assert [f.name for f in folders] == ["syn-000", "syn-001"]
    for folder, lang in zip(folders, ("fr", "en"), strict=True):
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        declaration = json.loads((folder / "declaration.json").read_text(encoding="utf-8"))
        assert sorted(expected["documents"]) == sorted(p.name for p in (folder / "documents").iterdir())
        assert expected["discrepancies"] == []
        c = build_andes_case(5000 + folders.index(folder), lang)
        invoice = next(iter(expected["documents"].values()))
        assert invoice == synthandes.andes_invoice_truth(c)
        assert declaration["declaration_id"] == f"DEC-SYN-{5000 + folders.index(folder):06d}"
        assert declaration["invoice_number"] == invoice["fields"]["invoice_number"] == c["invoice_number"]
