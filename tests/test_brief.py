"""write_brief: the briefing pack for one or several articles."""
from __future__ import annotations

import re

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from workbench import brief  # noqa: E402
from workbench.plots import CHARTS  # noqa: E402

try:
    import conftest_plots as F  # noqa: E402
except ImportError:
    from tests import conftest_plots as F  # noqa: E402
from conftest_plots import close_figures, fast  # noqa: E402,F401  (shared fixtures)

TABLES = ["articles", "paragraphs", "sentences", "mentions", "stances",
          "citations", "timeline", "side_sentiment", "events"]






def _pages(pdf_bytes: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", pdf_bytes))


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    out = tmp_path_factory.mktemp("brief") / "pack"
    written = brief.write_brief(F.make_article(), out)
    plt.close("all")
    return out, written


def test_one_article_writes_charts_tables_and_pdf(pack):
    out, written = pack
    names = sorted(p.name for p in out.iterdir())
    expected = sorted([f"{c}.{ext}" for c in CHARTS for ext in ("png", "svg")]
                      + [f"{t}.csv" for t in TABLES] + ["brief.pdf", brief.MARKER])
    assert names == expected
    assert sorted(p.name for p in written) == sorted(n for n in expected if n != brief.MARKER)
    stances = pd.read_csv(out / "stances.csv", dtype=str)
    assert len(stances) == len(F.stances_two())
    cols = list(stances.columns)
    assert cols[cols.index("cameo") + 1] == "cameo_name"
    assert dict(zip(stances["cameo"], stances["cameo_name"]))["012"] == "Make pessimistic comment"
    sent = pd.read_csv(out / "side_sentiment.csv")
    assert {"paragraph", "side", "method", "score", "n_sentences"} <= set(sent.columns)
    assert set(sent["method"]) == {"textblob", "vader"}


def test_pngs_are_print_resolution(pack):
    from PIL import Image

    out, _ = pack
    with Image.open(out / "position_track.png") as im:
        dpi = im.info.get("dpi")
        width = im.size[0]
    assert dpi and round(dpi[0]) == 300
    assert width > 2500


def test_pdf_has_findings_page_then_one_chart_per_page(pack):
    out, _ = pack
    data = (out / "brief.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    assert 1 + len(CHARTS) <= _pages(data) <= 2 + len(CHARTS)  # findings: one or two pages
    assert b"CreationDate" not in data and b"Matplotlib" not in data


def test_rerun_into_its_own_folder_is_allowed_and_reproducible(pack, fast):
    out, _ = pack
    before = (out / "brief.pdf").read_bytes()
    brief.write_brief(F.make_article(), out)
    assert (out / "brief.pdf").read_bytes() == before


def test_refuses_a_foreign_non_empty_folder(tmp_path, fast):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(brief.BriefExistsError) as err:
        brief.write_brief(F.make_article(), tmp_path)
    assert isinstance(err.value, FileExistsError)
    message = str(err.value)
    assert "\n" not in message and "force=True" in message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    brief.write_brief(F.make_article(), tmp_path, force=True)
    assert (tmp_path / brief.MARKER).exists() and (tmp_path / "notes.txt").exists()
    assert (tmp_path / "brief.pdf").exists()


def test_empty_existing_folder_is_fine(tmp_path, fast):
    brief.write_brief(F.make_article(), tmp_path)
    assert (tmp_path / "issue_board.svg").exists()


def test_several_articles_get_a_subfolder_each_and_progress(tmp_path, fast, capsys):
    arts = [F.make_article("one"), F.make_article("two", title="Second piece")]
    written = brief.write_brief(arts, tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [brief.MARKER, "one", "two"]
    assert (tmp_path / "out" / "two" / "brief.pdf").exists()
    assert len(written) == 2 * (2 * len(CHARTS) + len(TABLES) + 1)
    assert capsys.readouterr().err.strip()  # a progress bar or counter
    # a later run with one article removes what the earlier one left behind
    brief.write_brief(arts[0], tmp_path / "out")
    assert not (tmp_path / "out" / "two").exists()
    assert (tmp_path / "out" / "brief.pdf").exists()


def test_one_article_shows_no_progress(tmp_path, fast, capsys):
    brief.write_brief(F.make_article(), tmp_path / "o")
    assert capsys.readouterr().err == ""


def test_key_findings_core_position_by_the_rule():
    found = brief.key_findings(F.make_article())
    assert list(found["side"].unique()) == ["Russia", "Japan"]
    russia = found[found["side"] == "Russia"]
    assert len(russia) == russia["issue"].nunique() == 5  # every issue, none dropped
    terr = russia[russia["issue"] == "territory"].iloc[0]
    # the firm, first-hand reject beats Yeltsin's hedged, reported one
    assert terr["firmness"] == "firm; author's own account"
    assert terr["quote"].startswith("Moscow, in turn") and "no intention" in terr["quote"]
    japan = found[(found["side"] == "Japan") & (found["issue"] == "territory")].iloc[0]
    assert japan["stance"] == "insist" and (japan["n_coop"], japan["n_conflict"]) == (1, 1)


def test_chart_pages_keep_the_print_margins():
    """Every chart page of the PDF: no ink within MARGIN_MM of the page edge."""
    art = F.make_article()
    sentiment = brief._side_sentiment(art)
    for name in CHARTS:
        fig = brief.chart_page(name, art, sentiment, art.articles)
        fig.canvas.draw()
        box = fig.get_tightbbox(fig.canvas.get_renderer())  # inches
        w, h = fig.get_size_inches()
        m = 12 / 25.4
        assert box.x0 >= m and box.y0 >= m and box.x1 <= w - m and box.y1 <= h - m, name
        plt.close(fig)


def test_pdf_title_is_the_articles_title(pack):
    out, _ = pack
    data = (out / "brief.pdf").read_bytes()
    assert b"/Title (Russia and Japan: no deal on the Kurils)" in data


def test_no_sources(tmp_path):
    with pytest.raises(ValueError, match="no articles"):
        brief.write_brief([], tmp_path)


def test_paths_go_through_load_article(tmp_path, fast, monkeypatch):
    import workbench

    seen = []

    def fake_load(path):
        seen.append(path)
        return F.make_article()

    monkeypatch.setattr(workbench, "load_article", fake_load, raising=False)
    brief.write_brief("some/article.txt", tmp_path / "o")
    assert seen == ["some/article.txt"]
