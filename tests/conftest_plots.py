"""Synthetic tables for the chart, export and brief tests (built with schema.frame).

Not a conftest: the test modules import it (``from conftest_plots import ...``).
The two-side tables follow the bundled Monitor article (Russia–Japan); the
five-side ones stress the legends and the grids.
"""
from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from workbench import schema

AID = "monitor-2000-v6-i19"

# (paragraph, sentence, actor, side, issue, stance, cue, cameo, goldstein, hedged, reported, text)
_RJ = [
    (1, 1, "Vladimir Putin", "Russia", "relations", "endorse", "appreciated", "05", 3.5, True, False,
     "But while Putin's gesture may be appreciated in Tokyo, the manner matters."),
    (1, 3, "Russian ambassador to Japan", "Russia", "peace_treaty", "statement", "saying", "012", -0.1, True, True,
     "On January 14 the Russian ambassador to Japan was quoted as saying that the two sides were unlikely to reach agreement."),
    (1, 3, "Russian government", "Russia", "peace_treaty", "propose", "suggest", "03", 4.0, True, True,
     "On January 14 the Russian ambassador to Japan was quoted as saying that the two sides were unlikely to reach agreement."),
    (1, 5, "Russian Foreign Ministry", "Russia", "peace_treaty", "deny", "denied", "016", -2.0, False, True,
     "The second appeared to suffer the same fate when on January 20 the Russian Foreign Ministry denied what it said were Japanese newspaper accounts."),
    (2, 7, "Japanese government", "Japan", "territory", "yield", "abandoning", "08", 5.0, True, True,
     "Reports out of Tokyo suggested on January 23 that the Japanese government was considering abandoning its own proposal."),
    (2, 10, "Boris Yeltsin", "Russia", "territory", "reject", "rejected", "12", -4.0, True, True,
     "It reportedly rejected the Japanese proposal."),
    (3, 13, "Japanese government", "Japan", "territory", "insist", "insist", "10", -5.0, False, False,
     "Japan continues to insist on a return of the four islands, however that return might be dressed up."),
    (3, 13, "Japanese government", "Japan", "economic_cooperation", "demand", "depend", "10", -5.0, False, False,
     "Japan continues to insist on a return of the four islands, however that return might be dressed up."),
    (3, 14, "Russian government", "Russia", "territory", "reject", "no intention", "12", -4.0, False, False,
     "Moscow, in turn, has made it clear that it has no intention of making any territorial concessions to Japan."),
    (4, 17, "Russian government", "Russia", "un_security_council", "offer", "sweeten the pot", "03", 4.0, True, True,
     "Moscow has intimated that it may be willing to sweeten the pot for Tokyo."),
    (4, 20, "Russian government", "Russia", "missile_defense", "oppose", "opposition", "11", -2.0, False, False,
     "The most important of them is Russia's strong opposition to U.S.-Japanese missile defense plans."),
    (4, 21, "Japanese government", "Japan", "chechnya", "criticize", "harden", "11", -2.0, False, True,
     "Japan, moreover, moved in December to harden its position on the issue of Russia's war in Chechnya."),
]


def stance_rows(rows=_RJ, article_id=AID):
    out = []
    for k, (p, s, actor, side, issue, stance, cue, cameo, g, h, r, text) in enumerate(rows):
        start = 100 * s
        out.append(dict(article_id=article_id, paragraph=p, sentence=s, actor=actor,
                        side=side, issue=issue, stance=stance, cue=cue, cameo=cameo,
                        goldstein=g, polarity=(1 if g >= 1 else -1 if g <= -1 else 0),
                        hedged=h, reported=r, start=start, end=start + 40,
                        cue_start=None, cue_end=None, text=text))
    return out


def stances_two():
    return schema.frame("stances", stance_rows())


FIVE = ["Russia", "Japan", "United States", "China", "Ukraine"]


def stances_five():
    rows = []
    issues = ["territory", "peace_treaty", "missile_defense", "relations"]
    stances = [("propose", 4.0), ("reject", -4.0), ("insist", -5.0), ("endorse", 3.5)]
    s = 0
    for i, side in enumerate(FIVE):
        for j in range(3):
            s += 1
            st, g = stances[(i + j) % 4]
            rows.append((1 + s // 4, s, f"{side} government", side, issues[(i + 2 * j) % 4],
                         st, st, "03", g, j == 1, j == 2, f"Sentence {s} about {side}."))
    return schema.frame("stances", stance_rows(rows))


def mentions_two():
    rows = []
    for st in stance_rows():
        rows.append(dict(article_id=AID, sentence=st["sentence"], start=st["start"],
                         end=st["start"] + 5, text=st["actor"], actor=st["actor"],
                         side=st["side"], kind="government", role="actor",
                         paragraph=st["paragraph"]))
    # targets: Japan named in sentences 10 and 14, Russia in 13 and 21
    for s, p, actor, side in [(10, 2, "Japanese government", "Japan"),
                              (14, 3, "Japan", "Japan"),
                              (13, 3, "Russia", "Russia"),
                              (21, 4, "Russia", "Russia"),
                              (3, 1, "Tokyo", "Japan")]:
        rows.append(dict(article_id=AID, sentence=s, start=100 * s + 50, end=100 * s + 55,
                         text=actor, actor=actor, side=side, kind="state",
                         role="target", paragraph=p))
    rows.append(dict(article_id=AID, sentence=3, start=390, end=396, text="Kyodo",
                     actor="Kyodo", side="Japan", kind="media", role="source", paragraph=1))
    return schema.frame("mentions", rows)


def mentions_five():
    rows = []
    st = stances_five()
    for _, r in st.iterrows():
        rows.append(dict(article_id=AID, sentence=r["sentence"], start=r["start"],
                         end=r["start"] + 5, text=r["actor"], actor=r["actor"],
                         side=r["side"], kind="government", role="actor",
                         paragraph=r["paragraph"]))
        target = FIVE[(FIVE.index(r["side"]) + 1) % 5]
        rows.append(dict(article_id=AID, sentence=r["sentence"], start=r["start"] + 10,
                         end=r["start"] + 15, text=target, actor=target, side=target,
                         kind="state", role="target", paragraph=r["paragraph"]))
    return schema.frame("mentions", rows)


def timeline_two():
    rows = [
        (3, "2000-01-14", "day", "On January 14", "Russia;Japan",
         "Russian ambassador says no treaty this year; Moscow might suggest an interim accord"),
        (4, "2000-01-24", "week", "This week", "Russia", "Russian statements contradict the ambassador"),
        (5, "2000-01-20", "day", "on January 20", "Russia", "Foreign Ministry denies wanting an interim agreement"),
        (6, "1998-11", "month", "November 1998", "Russia;Japan", "Yeltsin–Obuchi summit in Moscow; Yeltsin proposal"),
        (7, "1998-04", "month", "April 1998", "Japan;Russia", "Kawana summit: Japanese proposal on the border"),
        (17, "1998-11-13", "day", "November 13, 1998", "Russia", "Moscow hints at support for a Japanese UN Security Council seat"),
        (21, "1999-12", "month", "in December", "Japan", "Japan hardens its position on Chechnya"),
        (22, "1999-12-26", "day", "December 26", "Japan", "Obuchi appears to soften the Chechnya stance"),
        (11, "2000", "year", "by the year 2000", "Russia;Japan", "Deadline for signing a peace treaty under the Yeltsin plan"),
    ]
    return schema.frame("timeline", [
        dict(article_id=AID, sentence=s, date=d, date_precision=p, date_text=t,
             sides=sd, summary=sm, start=100 * s, end=100 * s + 10)
        for s, d, p, t, sd, sm in rows])


def citations_two():
    rows = [(3, "Kyodo", "2000-01-14"), (17, "Itar-Tass", "1998-11-13"),
            (21, "Kyodo", "1999-12-17"), (22, "Kyodo", "1999-12-26")]
    return schema.frame("citations", [
        dict(article_id=AID, sentence=s, source=src, date=d, date_precision="day",
             start=None, end=None, text=f"({src})") for s, src, d in rows])


def sentiment(sides=("Russia", "Japan"), paragraphs=4, gap=None):
    rows = []
    for i, side in enumerate(sides):
        for p in range(1, paragraphs + 1):
            if gap and (side, p) == gap:
                continue
            for m, scale in (("textblob", 0.3), ("vader", 0.6)):
                rows.append(dict(paragraph=p, side=side, method=m,
                                 score=round(scale * ((-1) ** (p + i)) * ((p + i) % (paragraphs + 1) + 1)
                                             / (paragraphs + 1), 3),
                                 n_sentences=2))
    return pd.DataFrame(rows, columns=["paragraph", "side", "method", "score", "n_sentences"])


def articles_two(article_id=AID, title="Russia and Japan: no deal on the Kurils"):
    return schema.frame("articles", [dict(
        article_id=article_id, publication="Monitor", volume=6, issue="19",
        published="2000-01-25", title=title, path=f"data/articles/{article_id}.txt",
        n_paragraphs=4, n_sentences=22, n_words=600)])


def sentences_two():
    rows = []
    for s in range(1, 23):
        p = 1 if s <= 6 else 2 if s <= 11 else 3 if s <= 15 else 4
        rows.append(dict(article_id=AID, paragraph=p, sentence=s, start=100 * s,
                         end=100 * s + 90, text=f"Sentence {s}.", polarity=0.1 * ((-1) ** s),
                         subjectivity=0.3, vader=0.2 * ((-1) ** (s + 1)),
                         hedged=s % 3 == 0, reported=s % 4 == 0,
                         sides="Russia;Japan" if s % 2 else "Russia"))
    return schema.frame("sentences", rows)


def paragraphs_two():
    return schema.frame("paragraphs", [
        dict(article_id=AID, paragraph=p, start=p * 1000, end=p * 1000 + 900,
             text=f"Paragraph {p}.", n_sentences=5, polarity=0.0, subjectivity=0.3,
             vader=0.1) for p in range(1, 5)])


def make_article(article_id=AID, title="Russia and Japan: no deal on the Kurils"):
    """An Article-like object: the tables as attributes, plus ``text``."""
    def keyed(df):
        return df.assign(article_id=article_id)

    return SimpleNamespace(
        articles=articles_two(article_id, title),
        paragraphs=keyed(paragraphs_two()),
        sentences=keyed(sentences_two()),
        mentions=keyed(mentions_two()),
        stances=keyed(stances_two()),
        citations=keyed(citations_two()),
        timeline=keyed(timeline_two()),
        text="Publication: Monitor Volume: 6 Issue: 19\n\nSynthetic text.",
    )


# --- fixtures the chart, export, brief and fault tests share (import them by name)
import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    """Close every figure a test left open."""
    yield
    import matplotlib.pyplot as plt
    plt.close("all")


@pytest.fixture
def fast(monkeypatch):
    """Low-resolution PNGs: what is drawn and written where is what these tests are about."""
    from workbench import brief
    real = brief.save_figure

    def low(fig, path, *args, **kw):
        kw["dpi"] = 30
        return real(fig, path, *args, **kw)

    monkeypatch.setattr(brief, "save_figure", low)
