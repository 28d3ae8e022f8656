"""What the synthetic generator's pages print: their text layers, page counts, and checks that a
case's truth is printed (shared by the layout families' tests)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PIL import Image

Printer = Callable[[str, Any, dict[str, Any]], str]


def assert_printed(fields: dict[str, Any], text: str, c: dict[str, Any], printer: Printer) -> None:
    """Each truth value (each item's but its line number) is in ``text`` as ``printer`` prints it."""
    for name, value in fields.items():
        if name == "items":
            for item in value:
                assert_printed({k: v for k, v in item.items() if k != "line"}, text, c, printer)
        elif name != "certificate_type":
            assert printer(name, value, c) in text, (name, value)


def joined(texts: list[str]) -> str:
    """Texts as one line of words: a description wrapped in its cell reads as one again."""
    return " ".join(" ".join(texts).split())


def pdf_page_texts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(path)
    try:
        return [str(page.get_textpage().get_text_range()) for page in pdf]
    finally:
        pdf.close()


def page_count(path: Path) -> int:
    if path.suffix == ".pdf":
        return len(pdf_page_texts(path))
    with Image.open(path) as image:
        return int(getattr(image, "n_frames", 1))


def hs_subheadings() -> set[str]:
    """The six-digit subheadings of the HS nomenclature in the corpus (the test skips without it)."""
    nomenclature = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "hs" / "harmonized-system.csv"
    if not nomenclature.is_file():
        pytest.skip("no HS nomenclature here")
    with nomenclature.open(encoding="utf-8") as f:
        return {row["hscode"] for row in csv.DictReader(f) if len(row["hscode"]) == 6}
