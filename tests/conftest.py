"""Shared fixtures: the seed article, the project's folders, a built seed graph."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_fcb1b967e6373516.txt"
ARTICLES = Path(__file__).resolve().parent / "articles"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    """The seed built once into a temporary folder (kg build seeds --out DIR)."""
    from click.testing import CliRunner

    from kg.cli import main

    out = tmp_path_factory.mktemp("seed-build")
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(out), "--no-cache"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="session")
def seed_graph():
    """The seed's KnowledgeGraph (in memory)."""
    from kg.pipeline import build_graph

    return build_graph([SEED])
