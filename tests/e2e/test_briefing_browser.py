"""notebooks/06-briefing.ipynb in a real JupyterLab, driven by headless Chromium.

Runs every cell from the Run menu and checks that the briefing pack was
written to the folder named by ``OUT`` in the notebook's parameters cell
(resolved in the server's temporary copy of the repo, so nothing lands in the
working tree): a multi-page ``brief.pdf`` and the charts.
"""
from __future__ import annotations

import json
import re

import pytest

from _lab import browser, lab, page  # noqa: F401 (fixtures)
from _lab import OUTPUT, ROOT, error_outputs, open_notebook, run_all_cells

pytestmark = pytest.mark.browser

NOTEBOOK = ROOT / "notebooks" / "06-briefing.ipynb"


def _parameter(name: str) -> str | None:
    nb = json.loads(NOTEBOOK.read_text())
    for cell in nb["cells"]:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            match = re.search(rf"^{name}\s*=\s*['\"](.+?)['\"]",
                              "".join(cell["source"]), flags=re.M)
            if match:
                return match.group(1)
    return None


def test_briefing_notebook_writes_the_pack(lab, page):
    if not NOTEBOOK.exists():
        pytest.skip(f"{NOTEBOOK.relative_to(ROOT)} does not exist yet "
                    "(another session writes it)")
    out = _parameter("OUT")
    assert out, "06-briefing.ipynb has no OUT = '...' in its parameters cell"
    pack = (lab.root / "notebooks" / out).resolve()
    assert not (pack / "brief.pdf").exists()

    open_notebook(page, lab, NOTEBOOK.name)
    run_all_cells(page)
    errors = error_outputs(page)
    assert errors == [], errors[0][:2000] if errors else ""

    pdf = pack / "brief.pdf"
    assert pdf.is_file(), f"no {pdf.name} in {pack}: {sorted(p.name for p in pack.glob('*'))}"
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) >= 2, "brief.pdf has one page"
    assert list(pack.rglob("*.png")), "no PNG charts in the pack"

    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / "briefing.png"))
