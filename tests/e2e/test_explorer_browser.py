"""notebooks/05-explorer.ipynb in a real JupyterLab, driven by headless Chromium.

Runs every cell, checks the explorer rendered as live controls (not as a
``VBox(children=...)`` repr), picks a side in the Side dropdown and checks that
the highlighted text and the evidence table follow. Leaves a screenshot in
``tests/output/explorer.png``; copies it to ``docs/explorer.png`` (the
README's picture) when that is missing or WORKBENCH_UPDATE_SCREENSHOTS is set.
"""
from __future__ import annotations

import json
import os
import re
import shutil

import pytest

from _lab import browser, lab, page  # noqa: F401 (fixtures)
from _lab import OUTPUT, ROOT, error_outputs, open_notebook, run_all_cells

pytestmark = pytest.mark.browser

NOTEBOOK = ROOT / "notebooks" / "05-explorer.ipynb"
PREFERRED_SIDE = "Japan"

EVIDENCE_SIDES = """() => {
    const table = document.querySelector('.wb-explorer table.wb-evidence');
    if (!table) return null;
    const heads = [...table.querySelectorAll('thead th')].map(th => th.textContent.trim());
    const col = heads.indexOf('side');
    if (col < 0) return null;
    return [...table.querySelectorAll('tbody tr')].map(
        tr => (tr.children[col] || {}).textContent.trim());
}"""

MENTION_SIDES = """() => [...document.querySelectorAll(
    '.wb-explorer .wb-text .wb-mention')].map(el => el.dataset.side)"""

CUE_SIDES = """() => [...document.querySelectorAll(
    '.wb-explorer .wb-text .wb-cue')].map(el => el.dataset.side)"""


def _parameter(name: str) -> str | None:
    """The value of NAME in the notebook's `parameters` cell, if it is a string."""
    nb = json.loads(NOTEBOOK.read_text())
    for cell in nb["cells"]:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            match = re.search(rf"^{name}\s*=\s*['\"](.+?)['\"]",
                              "".join(cell["source"]), flags=re.M)
            if match:
                return match.group(1)
    return None


def _expected_count(side: str) -> int | None:
    """How many stances of *side* the notebook's article has, if computable here."""
    article = _parameter("ARTICLE")
    if not article:
        return None
    try:
        from workbench import load_article
        from workbench.explore import filter_stances
    except ImportError:
        return None
    path = (NOTEBOOK.parent / article).resolve()
    return len(filter_stances(load_article(path).stances, side=side))


def test_explorer_renders_and_filters(lab, page):
    if not NOTEBOOK.exists():
        pytest.skip(f"{NOTEBOOK.relative_to(ROOT)} does not exist yet")

    open_notebook(page, lab, NOTEBOOK.name)
    run_all_cells(page)
    assert error_outputs(page) == []

    # The widgets rendered as controls, not as a text repr.
    explorer = page.locator(".wb-explorer")
    explorer.wait_for(state="visible", timeout=60_000)
    assert page.locator(".jupyter-widgets.widget-dropdown select").count() >= 3
    labels = page.locator(".wb-explorer .widget-dropdown label").all_inner_texts()
    assert [t.strip() for t in labels] == ["Side", "Issue", "Stance"]
    checkbox_labels = " ".join(
        page.locator(".wb-explorer .widget-checkbox").all_inner_texts())
    assert "Include hedged" in checkbox_labels and "Include reported" in checkbox_labels
    outputs = " ".join(page.locator(".jp-OutputArea-output").all_inner_texts())
    assert "VBox(children=" not in outputs
    assert "Error displaying widget" not in outputs
    page.locator(".wb-explorer .wb-text").wait_for(state="visible")
    page.locator(".wb-explorer table.wb-evidence").wait_for(state="visible")

    chart_img = page.locator(".wb-explorer .wb-chart img")
    before_chart = chart_img.get_attribute("src") if chart_img.count() else None
    before_summary = page.locator(".wb-explorer .wb-summary").inner_text()
    before_sides = page.evaluate(EVIDENCE_SIDES)
    before_text = page.locator(".wb-explorer .wb-text").inner_html()
    assert before_sides, "the evidence table is empty before filtering"
    assert len(set(page.evaluate(MENTION_SIDES))) >= 2

    side_select = page.locator(".wb-explorer .widget-dropdown",
                               has=page.locator("label", has_text=re.compile(r"^Side$"))
                               ).locator("select")
    options = [o.strip() for o in side_select.locator("option").all_inner_texts()]
    assert options[0] == "All" and len(options) >= 3
    side = PREFERRED_SIDE if PREFERRED_SIDE in options else options[1]
    side_select.select_option(label=side)

    # The kernel answers the change: evidence, highlighted text, chart and
    # (last) the summary line follow.
    page.wait_for_function(
        """before => {
            const el = document.querySelector('.wb-explorer .wb-summary');
            return !!el && el.innerText !== before;
        }""", arg=before_summary, timeout=60_000)
    page.wait_for_function(
        f"""() => {{
            const sides = ({EVIDENCE_SIDES})();
            const mentions = ({MENTION_SIDES})();
            return sides !== null && sides.length > 0 && sides.every(s => s === {side!r})
                && mentions.length > 0 && mentions.every(s => s === {side!r});
        }}""", timeout=60_000)
    after_sides = page.evaluate(EVIDENCE_SIDES)
    assert set(after_sides) == {side}
    assert len(after_sides) < len(before_sides)
    assert len(after_sides) == before_sides.count(side)
    expected = _expected_count(side)
    if expected is not None:
        assert len(after_sides) == expected
    after_text = page.locator(".wb-explorer .wb-text").inner_html()
    assert after_text != before_text
    assert set(page.evaluate(MENTION_SIDES)) == {side}
    assert set(page.evaluate(CUE_SIDES)) <= {side}
    summary = page.locator(".wb-explorer .wb-summary").inner_text()
    assert summary.startswith(f"{len(after_sides)} of {len(before_sides)}")

    # The chart redrew too (or says why it could not).
    chart = page.locator(".wb-explorer .wb-chart")
    if before_chart is not None:
        page.wait_for_function(
            """before => {
                const img = document.querySelector('.wb-explorer .wb-chart img');
                return !!img && img.getAttribute('src') !== before;
            }""", arg=before_chart, timeout=60_000)
        assert chart.locator("img").count() == 1
    else:
        assert "unavailable" in chart.inner_text()

    OUTPUT.mkdir(parents=True, exist_ok=True)
    shot = OUTPUT / "explorer.png"
    explorer.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    # The README's picture: written when missing, refreshed on request only,
    # so a test run does not dirty the work tree.
    docs = ROOT / "docs" / "explorer.png"
    if not docs.exists() or os.environ.get("WORKBENCH_UPDATE_SCREENSHOTS"):
        docs.parent.mkdir(exist_ok=True)
        shutil.copyfile(shot, docs)
