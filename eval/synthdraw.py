"""Text mechanics that the layout families share: measuring, fitting and wrapping text in the
shared font, a table cell's lines and a table's description column that takes the spare width,
centring a line and setting a paragraph on a page (``eval.synthgrid.Sheet``), and the
``Label: value`` of a French or English page. Each family keeps its own margins, sizes and line
spacing, and passes them in."""

from __future__ import annotations

from typing import TypeVar

from eval.synthdocs import _font
from eval.synthgrid import Sheet


def text_width(text: str, size: int) -> float:
    return float(_font(size).getlength(text))


def fitted_size(text: str, size: int, width: float) -> int:
    """The largest size up to ``size`` (and down to 12) at which ``text`` fits in ``width``."""
    while size > 12 and text_width(text, size) > width:
        size -= 1
    return size


def wrap(text: str, size: int, width: float) -> list[str]:
    """``text`` broken between words into lines no wider than ``width`` (a longer word keeps its line)."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def cell_lines(text: str, size: int, width: float) -> list[str]:
    """A table cell's text wrapped to ``width`` (``\\n`` starts a new line); an empty cell has one line."""
    return [line for part in text.split("\n") for line in (wrap(part, size, width) or [""])]


Header = TypeVar("Header")  # a column's header: one text, or a family's pair of texts in two languages


def desc_filling(
    columns: list[tuple[str, Header, float, bool]], width: float
) -> list[tuple[str, Header, float, bool]]:
    """Table columns (key, header, width, right-aligned) whose ``desc`` column takes what the others
    leave of ``width``, whatever width it was given."""
    spare = width - sum(column_width for key, _, column_width, _ in columns if key != "desc")
    return [
        (key, header, spare if key == "desc" else column_width, right)
        for key, header, column_width, right in columns
    ]


def centred(s: Sheet, y: float, text: str, size: int, x0: float, x1: float, margin: float) -> None:
    """``text`` centred between ``x0`` and ``x1``, smaller where it would not fit between them with
    ``margin`` clear on either side."""
    size = fitted_size(text, size, x1 - x0 - 2 * margin)
    s.put((x0 + x1 - text_width(text, size)) / 2, y, text, size)


def paragraph(s: Sheet, y: float, text: str, size: int, x0: float, x1: float, leading: int) -> float:
    """``text`` wrapped from ``x0`` to ``x1``, each line ``size + leading`` under the one before;
    returns where it ends."""
    lines = wrap(text, size, x1 - x0)
    for i, line in enumerate(lines):
        s.put(x0, y + (size + leading) * i, line, size)
    return y + (size + leading) * len(lines)


def label_value(label: str, value: str, lang: str) -> str:
    """``Label: value``, with the space French puts before the colon."""
    return f"{label}{' : ' if lang == 'fr' else ': '}{value}"
