"""Write measured numbers into the README's results tables, between ``<!-- results:NAME -->`` markers."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

README = Path(__file__).resolve().parent.parent / "README.md"


def markdown_table(header: list[str], rows: list[list[Any]]) -> str:
    def cell(value: Any) -> str:
        if value is None:
            return "-"
        return f"{value:.3f}" if isinstance(value, float) else str(value)

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def write_results(name: str, table: str, command: str, readme: Path = README) -> None:
    """Replace the named block (or append it) with the table and the command that measured it."""
    block = f"<!-- results:{name} -->\n{table}\n\nMeasured {date.today().isoformat()} with `{command}`.\n<!-- /results:{name} -->"
    text = readme.read_text(encoding="utf-8")
    pattern = re.compile(
        rf"<!-- results:{re.escape(name)} -->.*?<!-- /results:{re.escape(name)} -->", re.DOTALL
    )
    text = pattern.sub(lambda _: block, text) if pattern.search(text) else f"{text.rstrip()}\n\n{block}\n"
    readme.write_text(text, encoding="utf-8")
