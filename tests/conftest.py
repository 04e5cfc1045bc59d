"""Shared fixtures: the bundled article, its gold, the team's yardstick."""
from __future__ import annotations

import contextlib
import importlib.util
import io
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent
BUNDLED = ROOT / "data" / "articles" / "monitor-2000-v6-i19-russia-japan-kurils.txt"
GOLD = TESTS / "gold"
DEV_ARTICLES = TESTS / "data" / "articles"


def _score_module():
    spec = importlib.util.spec_from_file_location("wb_score", TESTS / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def score_article(article: Path, prefix: str, out: Path, gold: Path = GOLD) -> dict:
    """Run `workbench extract` on *article* into *out* and score it with the
    team's yardstick (a copy of ../shared/eval/score.py) against tests/gold."""
    from workbench.cli import main
    assert main(["extract", str(article), "--out", str(out), "--quiet"]) == 0
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        _score_module().main([str(article), str(gold), str(out), f"--prefix={prefix}", "--json"])
    return json.loads(buf.getvalue())


@pytest.fixture(scope="session")
def bundled():
    from workbench import load_article
    return load_article(BUNDLED)


@pytest.fixture(scope="session")
def lex():
    from workbench.lexicons import load_lexicons
    return load_lexicons()
