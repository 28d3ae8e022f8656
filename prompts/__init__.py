"""Versioned prompt templates, one file each: ``<name>.v<N>.txt`` with ``$placeholders``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from string import Template

_DIR = Path(__file__).parent


@lru_cache
def load_prompt(name: str, version: int = 1) -> Template:
    path = _DIR / f"{name}.v{version}.txt"
    if not path.is_file():
        raise FileNotFoundError(f"prompt template not found: {path.name}")
    return Template(path.read_text(encoding="utf-8"))
