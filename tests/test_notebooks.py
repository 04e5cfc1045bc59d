"""The curated notebooks: thin, parameterised, and runnable on another article.

The notebooks' own outputs are checked by nbval
(``pytest notebooks --nbval-lax --nbval-current-env``); these tests check
what nbval cannot: that the ``parameters`` cell really drives a notebook (run
through papermill on a different article), and the house rules every curated
notebook follows (a first markdown cell saying what question it answers, a
``parameters`` cell, no functions or classes defined in it).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
OTHER_ARTICLE = ROOT / "tests" / "data" / "articles" / "monitor-2000-russia-ukraine-fleet.txt"
ALL_NOTEBOOKS = sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))

# A definition at the start of a line (indented or not), not the words in a string.
DEFINITION = re.compile(r"^\s*(?:async\s+def|def|class)\s+\w", re.MULTILINE)


def _output_text(nb) -> str:
    """All text a notebook shows: streams, plain-text and HTML reprs, errors."""
    parts: list[str] = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                parts.append(out.get("text", ""))
            elif out.get("output_type") == "error":
                parts.append(f"{out.get('ename')}: {out.get('evalue')}")
            else:
                data = out.get("data", {})
                for mime in ("text/plain", "text/html", "text/markdown"):
                    value = data.get(mime, "")
                    parts.append(value if isinstance(value, str) else "".join(value))
    return "\n".join(parts)


def test_notebooks_found():
    names = [p.name for p in ALL_NOTEBOOKS]
    for expected in ("01-read-the-article.ipynb", "02-positions.ipynb", "03-sentiment.ipynb",
                     "04-timeline-and-sources.ipynb", "06-briefing.ipynb"):
        assert expected in names


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_thin_and_parameterised(path):
    nb = nbformat.read(path, as_version=4)
    assert nb.cells, "empty notebook"
    first = nb.cells[0]
    assert first.cell_type == "markdown" and first.source.strip(), \
        "the first cell must be markdown saying what question the notebook answers"
    tagged = [c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1, "exactly one cell tagged 'parameters'"
    assert tagged[0].cell_type == "code"
    assert re.search(r"^(?:ARTICLE|ARCHIVE)\s*=", tagged[0].source, re.MULTILINE), \
        "the parameters cell sets ARTICLE (or ARCHIVE: a folder, pattern or manifest)"
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            assert not DEFINITION.search(cell.source), \
                f"cell {i} defines a function or class: logic belongs in the package"


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_saved_with_outputs(path):
    """nbval compares only cells that were run: every code cell must have been."""
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code" and c.source.strip()]
    assert all(c.get("execution_count") for c in code), "save the notebook executed"
    errors = [o for c in code for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors


def test_positions_notebook_runs_on_another_article(tmp_path):
    pm = pytest.importorskip("papermill")
    out = tmp_path / "02-positions-ukraine.ipynb"
    pm.execute_notebook(
        str(NOTEBOOKS / "02-positions.ipynb"),
        str(out),
        parameters={"ARTICLE": str(OTHER_ARTICLE)},
        kernel_name="python3",
        cwd=str(NOTEBOOKS),
        progress_bar=False,
    )
    nb = nbformat.read(out, as_version=4)
    assert any("injected-parameters" in c.get("metadata", {}).get("tags", []) for c in nb.cells)
    errors = [o for c in nb.cells if c.cell_type == "code"
              for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors, errors
    text = _output_text(nb)
    assert "Ukraine" in text
    # The bundled article's other side must not leak in: the parameter was used.
    assert "Japan" not in text
