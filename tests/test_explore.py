"""workbench.explore: the stance filter, the highlighted text, the explorer widget.

Synthetic tables only (no extraction, no browser): the article is a small
object with the attributes the explorer reads.
"""
from __future__ import annotations

import re
from types import SimpleNamespace

import pandas as pd
import pytest

from workbench import schema
from workbench.explore import (ALL, EVIDENCE_COLUMNS, evidence_table,
                               filter_stances, highlight_html, side_color)

TEXT = ("Publication: Monitor Volume: 6 Issue: 19\n\n"
        "Moscow might suggest an interim accord. Japan continues to insist on "
        "a return of the islands.\n\n"
        "The Russian Foreign Ministry denied reports that 2 < 3 & \"Tokyo\" agreed.")


def _span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(needle, after)
    return start, start + len(needle)


def _article() -> SimpleNamespace:
    p1 = _span(TEXT, "Moscow might suggest an interim accord. Japan continues to "
                     "insist on a return of the islands.")
    p2 = _span(TEXT, "The Russian Foreign Ministry denied reports that 2 < 3 & "
                     "\"Tokyo\" agreed.")
    s1 = _span(TEXT, "Moscow might suggest an interim accord.")
    s2 = _span(TEXT, "Japan continues to insist on a return of the islands.")
    s3 = p2
    paragraphs = schema.frame("paragraphs", [
        {"article_id": "a", "paragraph": 1, "start": p1[0], "end": p1[1],
         "text": TEXT[slice(*p1)], "n_sentences": 2},
        {"article_id": "a", "paragraph": 2, "start": p2[0], "end": p2[1],
         "text": TEXT[slice(*p2)], "n_sentences": 1},
    ])
    sentences = schema.frame("sentences", [
        {"article_id": "a", "paragraph": p, "sentence": n, "start": s[0],
         "end": s[1], "text": TEXT[slice(*s)], "hedged": h, "reported": r}
        for p, n, s, h, r in ((1, 1, s1, True, False), (1, 2, s2, False, False),
                              (2, 3, s3, False, True))
    ])

    def mention(n, needle, actor, side, kind, role):
        start, end = _span(TEXT, needle)
        return {"article_id": "a", "sentence": n, "start": start, "end": end,
                "text": needle, "actor": actor, "side": side, "kind": kind,
                "role": role}

    mentions = schema.frame("mentions", [
        mention(1, "Moscow", "Russian government", "Russia", "government", "actor"),
        mention(2, "Japan", "Japanese government", "Japan", "government", "actor"),
        mention(3, "Russian Foreign Ministry", "Russian Foreign Ministry",
                "Russia", "ministry", "actor"),
        mention(3, "Tokyo", "Japanese government", "Japan", "government", "target"),
    ])

    def stance(p, n, s, actor, side, issue, kind, cue, hedged, reported, g):
        cue_start, cue_end = _span(TEXT, cue, s[0])
        return {"article_id": "a", "paragraph": p, "sentence": n, "actor": actor,
                "side": side, "issue": issue, "stance": kind, "cue": cue,
                "cameo": "03", "goldstein": g, "polarity": 1 if g > 0 else -1,
                "hedged": hedged, "reported": reported, "start": s[0],
                "end": s[1], "cue_start": cue_start, "cue_end": cue_end,
                "text": TEXT[slice(*s)]}

    stances = schema.frame("stances", [
        stance(1, 1, s1, "Russian government", "Russia", "peace_treaty",
               "propose", "suggest", True, False, 3.0),
        stance(1, 2, s2, "Japanese government", "Japan", "territory",
               "insist", "insist", False, False, -5.0),
        stance(2, 3, s3, "Russian Foreign Ministry", "Russia", "peace_treaty",
               "deny", "denied", False, True, -2.0),
    ])
    return SimpleNamespace(text=TEXT, paragraphs=paragraphs, sentences=sentences,
                           mentions=mentions, stances=stances)


@pytest.fixture
def article():
    return _article()


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    import matplotlib.pyplot as plt
    plt.close("all")


# ---------------------------------------------------------------- filter


def test_filter_all_keeps_everything(article):
    out = filter_stances(article.stances)
    assert len(out) == 3
    assert list(out.columns) == list(article.stances.columns)
    assert list(out.index) == [0, 1, 2]
    out = filter_stances(article.stances, side=ALL, issue=ALL, stance=ALL)
    assert len(out) == 3


def test_filter_by_side_issue_stance(article):
    st = article.stances
    assert set(filter_stances(st, side="Russia")["side"]) == {"Russia"}
    assert len(filter_stances(st, side="Russia")) == 2
    assert list(filter_stances(st, side="Japan")["stance"]) == ["insist"]
    assert list(filter_stances(st, issue="peace_treaty")["sentence"]) == [1, 3]
    assert list(filter_stances(st, side="Russia", stance="deny")["sentence"]) == [3]
    assert list(filter_stances(st, side=["Japan", "Russia"], issue="territory")
                ["actor"]) == ["Japanese government"]
    assert filter_stances(st, side="China").empty
    assert list(filter_stances(st, side="China").columns) == list(st.columns)


def test_filter_hedged_and_reported(article):
    st = article.stances
    assert list(filter_stances(st, hedged=False)["sentence"]) == [2, 3]
    assert list(filter_stances(st, reported=False)["sentence"]) == [1, 2]
    assert list(filter_stances(st, hedged=False, reported=False)["sentence"]) == [2]
    assert filter_stances(st, side="Russia", hedged=False, reported=False).empty


def test_filter_does_not_change_input(article):
    before = article.stances.copy()
    filter_stances(article.stances, side="Japan", hedged=False)
    pd.testing.assert_frame_equal(article.stances, before)


def test_filter_works_on_categoricals(article):
    st = article.stances.copy()
    st["side"] = st["side"].astype("category")
    assert len(filter_stances(st, side="Russia")) == 2


def test_evidence_table_columns_and_sentence_text(article):
    table = evidence_table(article.stances)
    assert list(table.columns) == EVIDENCE_COLUMNS
    assert table.loc[1, "text"].startswith("Japan continues")
    # Without a text column the sentence text comes from article.sentences.
    table = evidence_table(article.stances.drop(columns="text"), article)
    assert table.loc[2, "text"].startswith("The Russian Foreign Ministry")


# ---------------------------------------------------------------- highlight


def test_highlight_root_paragraphs_and_mentions(article):
    out = highlight_html(article)
    assert out.startswith('<div class="wb-text"')
    assert out.endswith("</div>")
    # One <p> per paragraph; the header line is not a paragraph.
    assert out.count('<p class="wb-para"') == 2
    assert "Publication:" not in out
    for needle in ("Moscow", "Japan", "Russian Foreign Ministry", "Tokyo"):
        assert re.search(r'<span class="wb-mention"[^>]*>' + needle + "</span>", out)
    assert out.count('class="wb-mention"') == 4
    assert 'data-side="Russia"' in out and 'data-side="Japan"' in out


def test_highlight_colours_by_side(article):
    out = highlight_html(article)
    russia, japan = side_color("Russia"), side_color("Japan")
    assert russia != japan
    assert re.fullmatch(r"#[0-9A-F]{6}", russia)
    assert russia in out and japan in out


def test_highlight_escapes_text(article):
    out = highlight_html(article)
    assert "2 &lt; 3 &amp;" in out
    assert "2 < 3" not in out
    # The mention inside the escaped stretch is still wrapped.
    assert '>Tokyo</span>' in out


def test_highlight_escapes_attributes():
    text = 'A <b>"quoted"</b> actor spoke.'
    mentions = schema.frame("mentions", [
        {"article_id": "x", "sentence": 1, "start": 0, "end": 1, "text": "A",
         "actor": 'Evil "<actor>"', "side": "Russia", "kind": "person",
         "role": "actor"}])
    art = SimpleNamespace(text=text, mentions=mentions, paragraphs=None,
                          stances=schema.empty("stances"))
    out = highlight_html(art)
    assert "<b>" not in out
    assert "&lt;b&gt;" in out
    assert 'data-actor="Evil &quot;&lt;actor&gt;&quot;"' in out
    assert out.count('<p class="wb-para"') == 1


def test_highlight_cues_of_given_stances(article):
    out = highlight_html(article)
    assert out.count('class="wb-cue"') == 3
    only_japan = filter_stances(article.stances, side="Japan")
    out = highlight_html(article, stances=only_japan)
    assert out.count('class="wb-cue"') == 1
    assert re.search(r'<span class="wb-cue"[^>]*data-stance="insist"[^>]*>insist</span>', out)
    assert "text-decoration: underline" in out and "font-weight: bold" in out


def test_highlight_restricted_to_sides(article):
    out = highlight_html(article, sides="Japan")
    assert out.count('class="wb-mention"') == 2
    assert 'data-side="Russia"' not in out
    # Default stances follow the side filter.
    assert out.count('class="wb-cue"') == 1


def test_highlight_nests_overlapping_spans():
    text = "Russian statements contradicted it."
    mentions = schema.frame("mentions", [
        {"article_id": "x", "sentence": 1, "start": 0, "end": 7,
         "text": "Russian", "actor": "Russian government", "side": "Russia",
         "kind": "government", "role": "actor"}])
    stances = schema.frame("stances", [
        {"article_id": "x", "paragraph": 1, "sentence": 1,
         "actor": "Russian government", "side": "Russia", "issue": "relations",
         "stance": "statement", "cue": "statements contradicted", "cameo": "01",
         "goldstein": 0.0, "polarity": 0, "hedged": False, "reported": True,
         "start": 0, "end": len(text), "cue_start": 3, "cue_end": 31,
         "text": text}])
    art = SimpleNamespace(text=text, mentions=mentions, stances=stances,
                          paragraphs=None)
    out = highlight_html(art)
    body = re.sub(r"<[^>]+>", "", out.split("</div>", 1)[1])
    assert body == text  # every character once, in order
    # Well nested: every opened span is closed in order.
    depth = 0
    for tag in re.findall(r"</?span\b", out):
        depth += -1 if tag.startswith("</") else 1
        assert depth >= 0
    assert depth == 0


def test_highlight_cue_found_without_offsets(article):
    st = article.stances.drop(columns=["cue_start", "cue_end"])
    out = highlight_html(article, stances=st)
    assert out.count('class="wb-cue"') == 3


# ---------------------------------------------------------------- widget


def _table(html_text):
    """(header, rows) of the one HTML table in *html_text*, cells as text."""
    header = re.findall(r"<th>(.*?)</th>", html_text)
    body = html_text.split("<tbody>", 1)[1]
    rows = [re.findall(r"<td>(.*?)</td>", tr, flags=re.S)
            for tr in re.findall(r"<tr>(.*?)</tr>", body, flags=re.S)]
    return header, rows


def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


def test_explorer_controls(article):
    widgets = pytest.importorskip("ipywidgets")
    from workbench.explore import explorer

    box = explorer(article)
    assert isinstance(box, widgets.VBox)
    dropdowns = {w.description: w for w in _walk(box)
                 if isinstance(w, widgets.Dropdown)}
    assert set(dropdowns) == {"Side", "Issue", "Stance"}
    assert list(dropdowns["Side"].options) == ["All", "Russia", "Japan"]
    assert list(dropdowns["Issue"].options) == ["All", "peace_treaty", "territory"]
    assert dropdowns["Stance"].value == "All"
    checks = {w.description: w for w in _walk(box)
              if isinstance(w, widgets.Checkbox)}
    assert set(checks) == {"Include hedged", "Include reported"}
    assert all(c.value for c in checks.values())
    assert any(isinstance(w, widgets.Output) for w in _walk(box))
    html_values = [w.value for w in _walk(box) if isinstance(w, widgets.HTML)]
    assert any('class="wb-text"' in v for v in html_values)
    assert any('class="dataframe wb-evidence"' in v for v in html_values)


def test_explorer_updates_when_side_changes(article):
    pytest.importorskip("ipywidgets")
    from workbench.explore import explorer

    box = explorer(article)
    text_before = box.text_view.value
    evidence_before = box.evidence_view.value
    assert evidence_before.count("<tr") == 4  # header + 3 stances

    box.controls["Side"].value = "Japan"
    assert box.text_view.value != text_before
    assert 'data-side="Russia"' not in box.text_view.value
    assert box.text_view.value.count('class="wb-cue"') == 1
    header, rows = _table(box.evidence_view.value)
    assert header == EVIDENCE_COLUMNS
    assert [row[header.index("side")] for row in rows] == ["Japan"]
    assert len(box.current()) == 1

    box.controls["Side"].value = "All"
    assert box.text_view.value == text_before
    assert box.evidence_view.value == evidence_before


def test_explorer_checkboxes_and_issue(article):
    pytest.importorskip("ipywidgets")
    from workbench.explore import explorer

    box = explorer(article)
    box.controls["Include reported"].value = False
    assert list(box.current()["sentence"]) == [1, 2]
    assert "denied" not in re.findall(r'class="wb-cue"[^>]*>([^<]*)<',
                                       box.text_view.value)
    box.controls["Include hedged"].value = False
    assert list(box.current()["sentence"]) == [2]
    box.controls["Issue"].value = "peace_treaty"
    assert box.current().empty
    assert box.evidence_view.value.count("<tr") == 1  # header only
    assert 'class="dataframe wb-evidence"' in box.evidence_view.value


def test_import_workbench_does_not_import_ipywidgets():
    import subprocess
    import sys

    code = ("import sys, workbench, workbench.explore; "
            "print('ipywidgets' in sys.modules, 'matplotlib.pyplot' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True,
                         text=True, check=True).stdout.split()
    assert out == ["False", "False"]
