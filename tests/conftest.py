"""Shared fixtures: the bundled article, its gold, the team's yardstick."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent
BUNDLED = ROOT / "data" / "articles" / "monitor-2000-v6-i19-russia-japan-kurils.txt"
DEV_ARTICLES = TESTS / "data" / "articles"


@pytest.fixture(scope="session")
def bundled():
    from workbench import load_article
    return load_article(BUNDLED)


@pytest.fixture(scope="session")
def lex():
    from workbench.lexicons import load_lexicons
    return load_lexicons()
