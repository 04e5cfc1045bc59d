"""Citations and the timeline: years inferred, relative dates anchored."""
from __future__ import annotations

import datetime as dt

import pytest

from workbench import load_article
from workbench.dates import monitor_date


def test_monitor_issue_number_gives_the_date():
    assert monitor_date("Monitor", 6, 19) == dt.date(2000, 1, 27)
    assert monitor_date("Foreign Affairs", 6, 19) is None


def test_bundled_citations_and_timeline(bundled):
    c = bundled.citations
    assert set(zip(c["source"], c["date"])) == {
        ("Kyodo", "2000-01-14"), ("Itar-Tass", "1998-11-13"),
        ("Kyodo", "1999-12-17"), ("Kyodo", "1999-12-26")}
    t = bundled.timeline
    week = t[t["date_text"] == "This week"].iloc[0]
    assert (week["date"], week["date_precision"]) == ("2000-01-24", "week")
    assert "2000" in set(t["date"]) and "1998-11" in set(t["date"])


def test_several_sources_share_a_date():
    art = load_article(text="Moscow agreed (Itar-Tass, Interfax, November 12; Kyodo, November 14).",
                       published="2000-01-10")
    assert sorted(zip(art.citations["source"], art.citations["date"])) == [
        ("Interfax", "1999-11-12"), ("Itar-Tass", "1999-11-12"), ("Kyodo", "1999-11-14")]


def test_year_from_the_articles_own_years_without_a_header():
    text = ("In March 1999 Moscow froze ties. On March 24, 1999, talks stopped. "
            "Washington protested on December 7.")
    t = load_article(text=text).timeline
    assert "1999-12-07" in set(t["date"])


def test_next_day_is_anchored_on_the_last_date():
    art = load_article(text="On March 9 Kyiv objected. The next day Moscow replied.", published="2000-03-20")
    t = art.timeline
    assert set(t[t["sentence"] == 2]["date"]) == {"2000-03-10"}


def test_may_the_modal_is_not_a_date_or_a_hedge_the_month_is_not_a_hedge():
    art = load_article(text="Moscow may agree. The May 1997 accords stand.", published="2000-03-20")
    assert list(art.sentences["hedged"]) == [True, False]
    assert list(art.timeline["date"]) == ["1997-05"]


def test_no_year_anywhere_keeps_dates_with_their_precision_and_warns():
    from workbench import load_article
    with pytest.warns(UserWarning, match="3 dates kept without a year"):
        art = load_article(text="Russia said on Monday it would hold talks with Japan on June 19. "
                                "Japan rejected the offer last week.")
    tl = art.timeline
    assert list(zip(tl.date, tl.date_precision)) == [("", "day"), ("--06-19", "day"), ("", "week")]


def test_dateline_gives_the_publication_date():
    from workbench import load_article
    art = load_article(text="Baku, 3 March 2004 (Turan) -- Azerbaijani President Ilham Aliyev says "
                            "he is ready for more talks with Armenia.")
    assert art.articles.published.iloc[0] == "2004-03-03"
    assert art.articles.published_source.iloc[0] == "dateline"
    assert "Azerbaijan" in art.sentences.sides.iloc[0]


@pytest.mark.parametrize("cite, want", [
    ("(Interfax, June 5 and 6)", [("Interfax", "2000-06-05"), ("Interfax", "2000-06-06")]),
    ("(Itar-Tass & Interfax, April 18)", [("Itar-Tass", "2000-04-18"), ("Interfax", "2000-04-18")]),
    ("(Western agencies, Panorama [Almaty], May 2)",
     [("Western agencies", "2000-05-02"), ("Panorama", "2000-05-02")]),
])
def test_citation_forms(cite, want):
    art = load_article(text=f"Moscow rejected the plan {cite}.", published="2000-09-01")
    assert list(zip(art.citations.source, art.citations.date)) == want


def test_a_bare_weekday_after_a_verb_is_dated_but_not_a_name():
    # wire style: "announced Tuesday", "said, Friday" count back from the publication date
    from workbench import load_article
    art = load_article(text="Japan announced Tuesday that it would send a delegation to Moscow. "
                            "Russia said, Friday, that the talks would go on. "
                            "The Black Tuesday crash was not mentioned.", published="2000-01-14")
    tl = art.timeline
    assert list(zip(tl.date, tl.date_precision)) == [("2000-01-11", "day"), ("2000-01-14", "day")]


def test_date_rules_are_named_and_run_in_order():
    from workbench import dates
    names = [fn.__name__ for fn in dates.DATE_RULES]
    assert names == ["written_dates", "anchored_dates", "relative_dates"]
    assert all(fn.__doc__ for fn in dates.DATE_RULES)


def test_each_date_rule_on_its_own():
    import datetime as dt

    from workbench import dates
    text = "Talks began on January 14, 2000. The next day Japan left. Russia answered on Monday."
    ctx = dates.DateContext(text, dt.date(2000, 1, 20))
    ctx.prescan([(0, 32), (33, 58), (59, len(text))])

    def run(rule, a, b):
        scan = dates.DateScan(text, a, b, ctx)
        rule(scan)
        return [(h.text, h.date, h.precision) for h in scan.hits]

    assert run(dates.written_dates, 0, 32) == [("January 14, 2000", "2000-01-14", "day")]
    assert run(dates.anchored_dates, 33, 58) == [("The next day", "2000-01-15", "day")]
    assert run(dates.relative_dates, 59, len(text)) == [("on Monday", "2000-01-17", "day")]
