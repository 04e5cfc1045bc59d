"""workbench.analysis: event dating, events, core positions, the author's bottom line,
checked against the bundled article's gold (tests/gold/seed-event-dates.csv, and the
`kind` column of tests/gold/seed-timeline.csv)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from workbench import analysis, load_article

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "data" / "articles" / "monitor-2000-v6-i19-russia-japan-kurils.txt"
GOLD = ROOT / "tests" / "gold"
OTHER = ROOT / "tests" / "data" / "articles" / "monitor-1999-nato-russia.txt"


@pytest.fixture(scope="module")
def art():
    return load_article(BUNDLED)


def _gold(name):
    with open(GOLD / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _sentence_of(art, anchor):
    pos = art.text.find(anchor)
    assert pos >= 0 and art.text.find(anchor, pos + 1) < 0, anchor
    s = art.sentences
    return int(s[(s["start"] <= pos) & (pos < s["end"])]["sentence"].iloc[0])


def test_every_stance_is_dated_by_its_own_event(art):
    """No stance is misdated: each gets its gold date, or a coarser or no date where
    the gold allows it; deadlines and background dates are never an event's date."""
    st = analysis.dated_stances(art)
    gold = _gold("seed-event-dates.csv")
    assert len(gold) == len(st)
    exact, used = 0, set()
    for g in gold:
        sid = _sentence_of(art, g["anchor"])
        cand = st[(st["sentence"] == sid) & (st["side"] == g["side"]) & (st["stance"] == g["stance"])]
        cand = cand[~cand.index.isin(used)]
        assert len(cand), g
        row = cand.iloc[0]
        used.add(cand.index[0])
        got = row["event_date"]
        ok = {g["date"]} | ({"" if g["accept"] == "(undated)" else g["accept"]} if g["accept"] else set())
        assert got in ok, (g["anchor"], g["stance"], got, ok)
        exact += got == g["date"]
    assert exact >= len(gold) - 2


def test_timeline_kinds_match_the_gold(art):
    tl = art.timeline
    for g in _gold("seed-timeline.csv"):
        sid = _sentence_of(art, g["anchor"])
        rows = tl[(tl["sentence"] == sid) & tl["date"].str.startswith(g["date"][:7])]
        assert g["kind"] in set(rows["kind"]), (g["anchor"], list(rows["kind"]))
    # the stances of a sentence are not pinned on its background or deadline dates
    for _, r in tl[tl["kind"].isin(["background", "deadline"])].iterrows():
        assert r["summary"].startswith(("Background:", "Deadline:")), r["summary"]


def test_events_one_row_per_event(art):
    ev = analysis.events(art)
    dated = ev[ev["kind"] == "event"]
    assert not dated["date"].duplicated().any()
    assert set(dated["date"]) == {"1998", "1998-11", "1998-11-13", "1999-12-17", "1999-12-26",
                                  "2000-01-14", "2000-01-20", "2000-01-23", "2000-01-24"}
    assert "1999-12" not in set(ev["date"])  # 'in December' is the 17 December event
    assert list(ev[ev["date"] == "2000"]["kind"]) == ["deadline"]  # not the 1998 events
    assert list(ev[ev["date"] == "1998-04"]["kind"]) == ["background"]
    jan14 = dated[dated["date"] == "2000-01-14"].iloc[0]
    assert jan14["hedged"] and jan14["reported"] and jan14["sources"] == "Kyodo"
    nov = dated[dated["date"] == "1998-11"].iloc[0]
    assert "Boris Yeltsin proposes (territory)" in nov["summary"] and not nov["hedged"]


def test_core_positions_and_bottom_line(art):
    f = analysis.findings(art)
    bl = f["bottom_line"]
    assert bl and "little reason to believe that this fundamental difference can be bridged" in bl["text"]
    core = f["core"]
    assert core["issue"].iloc[0] == "territory"  # the issue with most stances leads
    ru = core[(core["side"] == "Russia") & (core["issue"] == "territory")].iloc[0]
    jp = core[(core["side"] == "Japan") & (core["issue"] == "territory")].iloc[0]
    assert "no intention of making any territorial concessions" in ru["quote"]
    assert ru["stance"] == "reject" and ru["firmness"] == "firm; author's own account"
    assert jp["stance"] == "insist" and "return of the four islands" in jp["quote"]
    assert "missile_defense" in set(core[core["side"] == "Russia"]["issue"])  # none dropped
    for q in core["quote"]:
        assert not q.endswith(("of that, not surprisingly", "of that,"))


def test_quote_clause_keeps_whole_clauses():
    s = ("Because of that, not surprisingly, Moscow has tried to decouple the territorial issue "
         "both from the peace treaty negotiations and from talks on economic aid; meanwhile "
         "Tokyo kept its demands and Japanese officials repeated them at every meeting in the "
         "months that followed, which the author finds telling.")
    q = analysis.quote_clause(s, s.index("decouple"), s.index("decouple") + 8, width=120)
    assert q.startswith("Because of that") and q.endswith("economic aid …")
    assert analysis.quote_clause("Short one.", 0, 5) == "Short one."


def test_bottom_line_needs_the_authors_own_judgement():
    art = load_article(text="Publication: Monitor Volume: 6 Issue: 19\n\n"
                            "Russia said on Monday that there is little reason to believe a deal "
                            "can be bridged now.\n")
    assert analysis.bottom_line(art) is None  # reported: a side's view, not the author's


def test_findings_follow_the_article(art):
    other = load_article(OTHER)
    for about in ("read", "positions", "timeline", "briefing"):
        a, b = analysis.finding(art, about), analysis.finding(other, about)
        assert a.text and b.text and a.text != b.text
        assert len(a.evidence)
    assert "Russia" in analysis.finding(art, "positions").text
    with pytest.raises(ValueError):
        analysis.finding(art, "nonsense")


def test_cameo_names_and_read_tables(tmp_path, art):
    from workbench.brief import write_brief
    from workbench.schema import read_tables

    names = analysis.cameo_names()
    assert names["010"] == "Make statement, not specified below" and names["10"] == "Demand"
    write_brief(art, tmp_path / "pack")
    back = read_tables(tmp_path / "pack")["stances"]
    assert back["cameo"].tolist() == art.stances["cameo"].tolist()
    assert "012" in set(back["cameo"]) and back["cameo_name"].map(type).eq(str).all()
    assert back["cameo_name"][back["cameo"] == "012"].iloc[0] == "Make pessimistic comment"


def test_title_is_made_when_the_text_has_none(art):
    title, made = analysis.article_title(art)
    assert made and title.startswith("Russia and Japan on territory")


def test_bundled_timeline_page_labels_do_not_overlap(art):
    """Page 'timeline' of the PDF, drawn from the events: one label per event, none
    overlapping another, all inside the print margins."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from workbench import brief

    fig = brief.chart_page("timeline", art, brief._side_sentiment(art), art.articles)
    ax = fig.axes[0]
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    labels = [t for t in ax.get_yticklabels() if t.get_text()]
    assert len(labels) == len(analysis.events(art))
    boxes = [t.get_window_extent(r) for t in labels]
    for a, b in zip(boxes, boxes[1:]):
        assert min(a.y1, b.y1) - max(a.y0, b.y0) <= 0.5
    box = fig.get_tightbbox(r)
    m = 12 / 25.4
    assert box.x0 >= m and box.y0 >= m and box.x1 <= 11.69 - m and box.y1 <= 8.27 - m
    plt.close(fig)
