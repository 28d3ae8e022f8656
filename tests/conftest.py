"""Shared fixtures: a small regulation corpus made on the fly and settings in a temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

SHARED = Path(__file__).resolve().parents[2] / "shared"

ARTICLES = {
    "code/README.md": "# Code des douanes\n\n- [Titre Ier : Principes](titre-ier)\n- [Titre XI : Zones franches](titre-xi)\n",
    "code/titre-ier/README.md": "# Titre Ier : Principes généraux\n\n- [Chapitre Ier](chapitre-ier)\n",
    "code/titre-ier/chapitre-ier/article-27.md": (
        "# Article 27\n\n1. Les produits importés ou exportés sont soumis à la loi tarifaire dans l'état où ils "
        "se trouvent au moment où celle-ci leur devient applicable.\n\n2. Les droits, taxes et surtaxes "
        "spécifiques sont perçus sans égard à la valeur relative des marchandises."
    ),
    "code/titre-xi/README.md": "# Titre XI : Zones franches\n",
    "code/titre-xi/article-290.md": (
        "# Article 290\n\nLa durée de séjour des marchandises dans une zone franche n'est pas limitée. "
        "Les marchandises placées en zone franche sont considérées comme n'étant pas sur le territoire douanier."
    ),
    "code/titre-xi/article-291.md": (
        "# Article 291\n\nLes navires de plaisance peuvent recevoir du gazole en exonération des taxes "
        "lorsqu'ils naviguent en haute mer, sous réserve d'une déclaration préalable au bureau de douane."
    ),
}


def write_corpus(root: Path, files: dict[str, str] = ARTICLES) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus")


@pytest.fixture
def settings(tmp_path: Path, corpus: Path):  # type: ignore[no-untyped-def]
    from api.settings import Settings

    return Settings(data_dir=tmp_path / "data", corpus_path=corpus / "code")


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The ``customs`` typer app with ``CUSTOMS_DATA_DIR`` in ``tmp_path / "data"`` (the ``settings`` data_dir)."""
    from api.settings import get_settings

    monkeypatch.setenv("CUSTOMS_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    from api.cli import app

    yield app
    get_settings.cache_clear()
