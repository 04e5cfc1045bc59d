"""The six charts and the house style: what was drawn, not pixels."""
from __future__ import annotations

import subprocess
import sys

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from workbench import plots, schema, style  # noqa: E402

try:
    import conftest_plots as F  # noqa: E402
except ImportError:  # tests/ is a package
    from tests import conftest_plots as F  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _collections(ax):
    return {c.get_label(): c for c in ax.collections
            if not c.get_label().startswith("_")}


def _legend_texts(ax):
    leg = ax.get_legend()
    return [t.get_text() for t in leg.get_texts()] if leg else []


def _grid(ax):
    (mesh,) = [c for c in ax.collections if c.get_gid() == "grid"]
    return mesh.get_array()


def _texts(ax):
    return [t.get_text() for t in ax.texts]


def _no_overlap(fig, labels):
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(r) for t in labels if t.get_text()]
    for i in range(len(boxes)):
        for j in range(i + 1, len(boxes)):
            a, b = boxes[i], boxes[j]
            overlap_w = min(a.x1, b.x1) - max(a.x0, b.x0)
            overlap_h = min(a.y1, b.y1) - max(a.y0, b.y0)
            assert overlap_w <= 0.5 or overlap_h <= 0.5, (labels[i].get_text(), labels[j].get_text())


# --------------------------------------------------------------------------
# nothing to draw, gca, inputs untouched

EMPTY = [
    (plots.position_track, lambda: (schema.empty("stances"),), "No stances to show"),
    (plots.sentiment_arc, lambda: (F.sentiment().iloc[0:0],), "No sentiment scores to show"),
    (plots.actor_presence, lambda: (schema.empty("mentions"),), "No actor mentions to show"),
    (plots.issue_board, lambda: (schema.empty("stances"),), "No stances to show"),
    (plots.timeline, lambda: (schema.empty("timeline"), schema.empty("citations")), "No dated events to show"),
    (plots.who_acts_on_whom, lambda: (schema.empty("stances"), schema.empty("mentions")), "No stances to show"),
]


@pytest.mark.parametrize("fn,args,message", EMPTY, ids=[e[0].__name__ for e in EMPTY])
def test_nothing_to_draw_says_so(fn, args, message):
    fig, ax = plt.subplots()
    out = fn(*args(), ax=ax)
    assert out is ax
    assert message in _texts(ax)
    assert ax.get_title("left")  # still says what the chart is about


FULL = [
    (plots.position_track, lambda: (F.stances_two(),)),
    (plots.sentiment_arc, lambda: (F.sentiment(),)),
    (plots.actor_presence, lambda: (F.mentions_two(),)),
    (plots.issue_board, lambda: (F.stances_two(),)),
    (plots.timeline, lambda: (F.timeline_two(), F.citations_two())),
    (plots.who_acts_on_whom, lambda: (F.stances_two(), F.mentions_two())),
]


@pytest.mark.parametrize("fn,args", FULL, ids=[e[0].__name__ for e in FULL])
def test_draws_on_gca_returns_axes_and_leaves_inputs_alone(fn, args):
    tables = args()
    before = [t.copy() for t in tables]
    plt.figure()
    ax = fn(*tables)
    assert ax is plt.gca()
    for b, t in zip(before, tables):
        pd.testing.assert_frame_equal(b, t)


@pytest.mark.parametrize("fn,args", FULL, ids=[e[0].__name__ for e in FULL])
def test_source_line_under_the_chart(fn, args):
    fig, ax = plt.subplots(layout="constrained")
    fn(*args(), source=F.articles_two(), ax=ax)
    assert "Source: Monitor, Vol. 6, No. 19; workbench" in _texts(ax)
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    line = next(t for t in ax.texts if t.get_text().startswith("Source:"))
    below = ax.xaxis.get_tightbbox(r)
    assert line.get_window_extent(r).y1 <= min(below.y0, ax.get_window_extent(r).y0) + 0.5


# --------------------------------------------------------------------------
# 1. position track


def test_position_track_points_per_side_and_markings():
    st = F.stances_two()
    fig, ax = plt.subplots()
    plots.position_track(st, ax=ax)
    cols = _collections(ax)
    assert list(cols) == ["Russia", "Japan"]  # reading order
    for side in ("Russia", "Japan"):
        d = st[st["side"] == side]
        offsets = cols[side].get_offsets()
        assert len(offsets) == len(d)
        np.testing.assert_allclose(np.sort(offsets[:, 1]), np.sort(d["goldstein"]))
        # hedged → hollow (white face), firm → the side's colour
        faces = cols[side].get_facecolors()
        white = np.all(np.isclose(faces[:, :3], 1.0), axis=1)
        assert white.sum() == int(d["hedged"].sum())
    rings = [c for c in ax.collections if c.get_label() == "_reported"]
    assert len(rings) == 1 and len(rings[0].get_offsets()) == int(st["reported"].sum())
    legend = _legend_texts(ax)
    assert legend[:2] == ["Russia", "Japan"]
    assert any("hedged" in t for t in legend) and any("reported" in t for t in legend)
    assert any("firm" in t for t in legend)
    label = ax.get_ylabel()
    assert label.index("−10 conflict") < label.index("+10 cooperation")
    assert "Russia and Japan" in ax.get_title("left")


def test_position_track_same_sentence_points_do_not_sit_on_each_other():
    fig, ax = plt.subplots()
    plots.position_track(F.stances_two(), ax=ax)
    japan = _collections(ax)["Japan"].get_offsets()
    xs = japan[:, 0][np.isclose(japan[:, 1], -5.0)]
    assert len(xs) == 2 and abs(xs[0] - xs[1]) >= 0.4


def test_position_track_five_sides_and_one_side():
    fig, ax = plt.subplots()
    plots.position_track(F.stances_five(), ax=ax)
    cols = _collections(ax)
    assert list(cols) == F.FIVE
    colours = {tuple(np.round(c.get_edgecolors()[0], 3)) for c in cols.values()}
    assert len({tuple(np.round(cols[s].get_facecolors()[0], 3)) for s in F.FIVE
                if not np.allclose(cols[s].get_facecolors()[0][:3], 1)}) >= 4
    assert len(colours) >= 4
    assert _legend_texts(ax)[:5] == F.FIVE
    assert len({cols[s].get_paths()[0].vertices.shape for s in F.FIVE}) >= 3  # markers differ

    fig, ax = plt.subplots()
    plots.position_track(F.stances_five(), sides="Japan", ax=ax)
    assert list(_collections(ax)) == ["Japan"]
    assert ax.get_title("left").startswith("Japan")


def test_position_track_reading_order_joins_no_points():
    fig, ax = plt.subplots()
    plots.position_track(F.stances_two(), ax=ax)
    assert not [l for l in ax.get_lines() if l.get_label().startswith("_track")]
    assert "reading order" in ax.get_xlabel() and "not time" in ax.get_xlabel()


def test_position_track_by_date_joins_points_in_time_order():
    st = F.stances_two()
    dates = ["", "2000-01-14", "2000-01-14", "2000-01-20", "2000-01-23", "1998-11", "",
             "", "", "1998-11-13", "", "1999-12-17"]
    st = st.assign(event_date=dates, event_precision=["" if not d else "month" if len(d) == 7
                                                       else "day" for d in dates])
    fig, ax = plt.subplots()
    plots.position_track(st, order="date", ax=ax)
    cols = _collections(ax)
    assert sum(len(c.get_offsets()) for c in cols.values()) == sum(bool(d) for d in dates)
    lines = {l.get_label(): l for l in ax.get_lines() if l.get_label().startswith("_track")}
    assert set(lines) == {"_track Russia", "_track Japan"}
    for line in lines.values():
        x = np.asarray(line.get_xdata(), dtype=float)
        assert np.all(np.diff(x) >= 0)  # joined in date order
    assert "5 undated stances left out" in ax.get_xlabel()
    with pytest.raises(ValueError, match="dated_stances"):
        plots.position_track(F.stances_two(), order="date", ax=ax)
    with pytest.raises(ValueError, match="order"):
        plots.position_track(st, order="time", ax=ax)


def test_position_track_hue_order_and_categorical_order():
    st = F.stances_two()
    fig, ax = plt.subplots()
    plots.position_track(st, hue_order=["Japan", "Russia"], ax=ax)
    assert list(_collections(ax)) == ["Japan", "Russia"]
    st = st.assign(side=pd.Categorical(st["side"], categories=["Japan", "Russia", "China"]))
    fig, ax = plt.subplots()
    plots.position_track(st, ax=ax)
    assert list(_collections(ax)) == ["Japan", "Russia"]


# --------------------------------------------------------------------------
# 2. sentiment arc


def test_sentiment_arc_both_methods_per_side():
    fig, ax = plt.subplots()
    plots.sentiment_arc(F.sentiment(gap=("Japan", 2)), ax=ax)
    labels = [l.get_label() for l in ax.get_lines() if not l.get_label().startswith("_")]
    assert labels == ["Russia · TextBlob polarity", "Russia · VADER compound",
                      "Japan · TextBlob polarity", "Japan · VADER compound"]
    lines = {l.get_label(): l for l in ax.get_lines()}
    assert lines["Russia · TextBlob polarity"].get_linestyle() != lines["Russia · VADER compound"].get_linestyle()
    japan = lines["Japan · VADER compound"].get_ydata()
    assert np.isnan(japan[1]) and not np.isnan(japan[0])  # the gap stays a gap
    legend = _legend_texts(ax)
    assert "TextBlob polarity" in legend and "VADER compound" in legend
    assert "−1 negative" in ax.get_ylabel() and ax.get_xlabel() == "Paragraph"


def test_sentiment_arc_one_method_and_five_sides():
    fig, ax = plt.subplots()
    plots.sentiment_arc(F.sentiment(F.FIVE), method="vader", ax=ax)
    labels = [l.get_label() for l in ax.get_lines() if not l.get_label().startswith("_")]
    assert labels == [f"{s} · VADER compound" for s in F.FIVE]
    assert len({l.get_color() for l in ax.get_lines() if not l.get_label().startswith("_")}) == 5


# --------------------------------------------------------------------------
# 3. actor presence


def test_actor_presence_counts_and_labels():
    m = F.mentions_two()
    fig, ax = plt.subplots(figsize=(9, 6))
    plots.actor_presence(m, ax=ax)
    grid = _grid(ax)
    counted = m[m["role"].isin(["actor", "target"])]
    assert grid.shape == (counted["actor"].nunique(), 4)
    assert int(grid.sum()) == len(counted)  # masked zeros sum to nothing
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert "Japanese government (Japan)" in labels
    assert not any("Kyodo" in t for t in labels)  # a source, not an actor
    row = labels.index("Japanese government (Japan)")
    assert list(np.ma.filled(grid[row], 0)) == [0, 2, 2, 1]
    _no_overlap(fig, ax.get_yticklabels())


def test_actor_presence_top_and_sentence_lookup():
    m = F.mentions_two().drop(columns="paragraph")
    fig, ax = plt.subplots()
    plots.actor_presence(m, top=3, sentences=F.sentences_two(), ax=ax)
    assert _grid(ax).shape[0] == 3
    assert ax.get_xlabel().startswith("Paragraph")
    assert "3 most mentioned" in ax.get_title("left")


# --------------------------------------------------------------------------
# 4. issue board


def _patches(ax, gid):
    return [p for p in ax.patches if p.get_gid() == gid]


def test_issue_board_shows_the_balance_not_the_mean():
    st = F.stances_two()
    fig, ax = plt.subplots(figsize=(9, 6))
    plots.issue_board(st, ax=ax)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Russia", "Japan"]
    issues = [t.get_text() for t in ax.get_yticklabels()]
    assert issues[:3] == ["Relations", "Peace treaty", "Territory"]
    grid = _grid(ax)
    assert grid.shape == (st["issue"].nunique(), 2)
    terr = issues.index("Territory")
    assert grid[terr, 0] == 2 and grid[terr, 1] == 2  # counts, not a mean
    # Japan on territory: yield +5 and insist −5 are one bar each side, equally long
    conflict, coop = _patches(ax, "conflict"), _patches(ax, "cooperation")
    japan = [p for p in conflict + coop if abs(p.get_y() + p.get_height() / 2 - (terr - 0.3)) < 1e-6
             and 0.5 < p.get_x() + p.get_width() / 2 < 1.5]
    assert sorted(p.get_gid() for p in japan) == ["conflict", "cooperation"]
    assert japan[0].get_width() == pytest.approx(japan[1].get_width())
    # Russia on territory: two conflictual, no cooperative, the longest bar on the board
    russia = [p for p in conflict if abs(p.get_y() + p.get_height() / 2 - (terr - 0.3)) < 1e-6
              and p.get_x() < 0.5]
    assert len(russia) == 1 and russia[0].get_width() == max(p.get_width() for p in conflict + coop)
    texts = _texts(ax)
    assert "reject ×2 [1 h, 1 r]" in texts and "insist" in texts and "criticize [r]" in texts
    assert not any("more" in t for t in texts)  # nothing hidden
    italic = [t.get_text() for t in ax.texts if t.get_fontstyle() == "italic"]
    assert "yield [h, r]" in italic and "insist" not in italic


def test_issue_board_no_stance_looks_different_from_balanced():
    st = F.stances_two()
    fig, ax = plt.subplots(figsize=(9, 6))
    plots.issue_board(st, ax=ax)
    issues = [t.get_text() for t in ax.get_yticklabels()]
    empty = _patches(ax, "no_stance")
    n_empty = int(np.ma.count_masked(_grid(ax)))
    assert len(empty) == n_empty == sum(t == "no stance" for t in _texts(ax)) > 0
    chech = issues.index("Chechnya")
    assert any(abs(p.get_y() + 0.5 - chech) < 1e-6 and p.get_x() < 0 for p in empty)
    for p in empty:  # hatched grey, unlike the white cell of a balanced side
        assert p.get_hatch() and np.allclose(p.get_facecolor()[:3], p.get_facecolor()[0], atol=0.02)
    terr = issues.index("Territory")
    assert not any(abs(p.get_y() + 0.5 - terr) < 1e-6 and p.get_x() > 0 for p in empty)


def test_issue_board_five_sides_and_repeats():
    st = F.stances_five()
    fig, ax = plt.subplots(figsize=(11, 6))
    plots.issue_board(st, ax=ax)
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        "Russia", "Japan", "United States", "China", "Ukraine"]
    rows = pd.concat([st, st.assign(sentence=st["sentence"] + 100)])
    fig, ax = plt.subplots()
    plots.issue_board(rows, sides=["Russia"], ax=ax)
    assert any("×2" in t for t in _texts(ax))


# --------------------------------------------------------------------------
# 5. timeline


def test_timeline_rows_dates_and_sources():
    fig, ax = plt.subplots(figsize=(12, 7), layout="constrained")
    plots.timeline(F.timeline_two(), F.citations_two(), ax=ax)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == len(F.timeline_two())
    assert labels[0].startswith("Kawana summit")  # earliest first
    assert labels[-1].startswith("Russian statements contradict")
    kyodo = next(l for l in labels if l.startswith("Russian ambassador"))
    assert "14 Jan 2000" in kyodo and "source: Kyodo" in kyodo
    assert "Nov 1998" in labels[1] and "author's account" in labels[1]
    assert "week of 24 Jan 2000" in labels[-1]
    points = sum(len(c.get_offsets()) for c in _collections(ax).values())
    assert points == len(labels)
    assert list(_collections(ax)) == ["Russia", "Japan"]
    spans = [l for l in ax.get_lines() if l.get_label() == "_span"]
    assert len(spans) == 5  # week, 3 months, year
    _no_overlap(fig, ax.get_yticklabels())


def _events():
    return pd.DataFrame([
        dict(date="1998-04", date_precision="month", kind="background", sides="Japan;Russia",
             summary="Background: the April 1998 summit in Kawana", sentence=8, hedged=False,
             reported=False, sources=""),
        dict(date="1998-11", date_precision="month", kind="event", sides="Russia",
             summary="Boris Yeltsin proposes (territory)", sentence=10, hedged=False,
             reported=False, sources=""),
        dict(date="1999-12-26", date_precision="day", kind="event", sides="Japan",
             summary="Keizo Obuchi concedes (chechnya)", sentence=22, hedged=True,
             reported=True, sources="Kyodo"),
        dict(date="2000", date_precision="year", kind="deadline", sides="Russia;Japan",
             summary="Deadline: the year 2000", sentence=11, hedged=False, reported=False,
             sources=""),
        dict(date="2000-01-20", date_precision="day", kind="event", sides="Russia",
             summary="Russian Foreign Ministry denies (peace treaty)", sentence=5, hedged=False,
             reported=True, sources=""),
    ])


def test_timeline_draws_events_like_the_position_track():
    fig, ax = plt.subplots(figsize=(11.7, 8.3), layout="constrained")
    plots.timeline(_events(), ax=ax)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0].startswith("Background:") and "background" in labels[0]
    cols = _collections(ax)
    japan = cols["Japan"]
    assert np.allclose(japan.get_facecolors()[0][:3], 1.0)  # hedged: hollow
    assert not np.allclose(cols["Russia"].get_facecolors()[0][:3], 1.0)  # firm: filled
    rings = [c for c in ax.collections if c.get_label() == "_reported"]
    assert len(rings) == 1 and len(rings[0].get_offsets()) == 2
    for kind in ("_background", "_deadline"):
        (c,) = [c for c in ax.collections if c.get_label() == kind]
        assert len(c.get_offsets()) == 1
    assert any("deadline" in t for t in _legend_texts(ax))
    _no_overlap(fig, ax.get_yticklabels())


def test_timeline_unreadable_dates_are_left_out_and_sides_filter():
    tl = F.timeline_two()
    tl.loc[0, "date"] = "sometime"
    fig, ax = plt.subplots()
    plots.timeline(tl, ax=ax, sides="Japan")
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert all("Japan" in l for l in labels)
    assert not any(l.startswith("Russian ambassador") for l in labels)


# --------------------------------------------------------------------------
# 6. who acts on whom


def test_targets_pairs():
    from workbench.analysis import targets

    pairs = targets(F.stances_two(), F.mentions_two())
    yeltsin = pairs[(pairs["sentence"] == 10)]
    assert list(yeltsin["target"]) == ["Japan"]
    assert set(pairs[pairs["sentence"] == 5]["target"]) == {"(no other side)"}
    # Tokyo (role target) in sentence 3: two Russian stances target Japan
    assert list(pairs[pairs["sentence"] == 3]["target"]) == ["Japan", "Japan"]
    assert len(pairs) == len(F.stances_two())


def test_who_acts_on_whom_matrix():
    fig, ax = plt.subplots()
    plots.who_acts_on_whom(F.stances_two(), F.mentions_two(), ax=ax)
    rows = [t.get_text() for t in ax.get_yticklabels()]
    cols = [t.get_text().replace("\n", " ") for t in ax.get_xticklabels()]
    assert rows == ["Russia", "Japan"]
    assert cols == ["Russia", "Japan", "(no other side)"]
    grid = np.ma.filled(_grid(ax), 0)
    assert grid.tolist() == [[0, 4, 4], [3, 0, 1]]
    assert "+1 / −2" in _texts(ax)
    assert ax.get_ylabel() == "Acting side"


def test_who_acts_on_whom_by_actor_five_sides_and_bad_by():
    fig, ax = plt.subplots(figsize=(10, 6))
    plots.who_acts_on_whom(F.stances_five(), F.mentions_five(), ax=ax)
    grid = np.ma.filled(_grid(ax), 0)
    assert grid.shape == (5, 5) and grid.sum() == 15
    fig, ax = plt.subplots()
    plots.who_acts_on_whom(F.stances_two(), F.mentions_two(), by="actor", ax=ax)
    assert "Japanese government (Japan)" in [t.get_text() for t in ax.get_yticklabels()]
    with pytest.raises(ValueError, match="by must be"):
        plots.who_acts_on_whom(F.stances_two(), F.mentions_two(), by="issue")


# --------------------------------------------------------------------------
# style


def test_side_colours_fixed_distinct_and_deterministic():
    assert style.side_color("Russia") == "#D55E00"
    assert style.side_color("Japan") == "#0072B2"
    assert style.side_color("Atlantis") == style.side_color("Atlantis")
    assert style.side_color(None) == style.NO_SIDE_COLOR
    pal = style.palette(["Russia", "Japan", "Atlantis", "Lilliput", "Oz"])
    assert len({p["color"] for p in pal.values()}) == 5
    assert len({p["marker"] for p in pal.values()}) == 5
    assert len({str(p["linestyle"]) for p in pal.values()}) == 5
    assert pal == style.palette(["Russia", "Japan", "Atlantis", "Lilliput", "Oz"])
    assert set(pal["Russia"]["color"] for _ in range(2)) == {"#D55E00"}
    assert all(c in style.OKABE_ITO.values() for c in style.SIDE_COLORS.values())


def test_source_text_variants():
    arts = F.articles_two()
    assert style.source_text(arts) == "Source: Monitor, Vol. 6, No. 19; workbench"
    assert style.source_text(F.make_article()) == "Source: Monitor, Vol. 6, No. 19; workbench"
    no_pub = arts.assign(publication=None)
    assert style.source_text(no_pub) == f"Source: {arts['title'][0]}; workbench"
    assert style.source_text(None) == "Source: workbench"
    assert style.source_text(schema.empty("articles")) == "Source: workbench"
    assert style.source_text("Kyodo") == "Source: Kyodo; workbench"


def test_house_style_is_a_context():
    before = matplotlib.rcParams["axes.spines.top"]
    with style.house_style() as rc:
        assert matplotlib.rcParams["svg.hashsalt"] == "workbench"
        assert rc["font.size"] >= 10
    assert matplotlib.rcParams["axes.spines.top"] == before


def test_importing_the_chart_modules_does_not_import_matplotlib():
    code = ("import sys; import workbench.plots, workbench.style, workbench.export, "
            "workbench.brief; assert 'matplotlib' not in sys.modules, 'matplotlib imported'")
    subprocess.run([sys.executable, "-c", code], check=True)
