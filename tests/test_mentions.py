"""Mentions: metonyms, places, demonyms, agents, groups and pronouns."""
from __future__ import annotations

import pytest

from workbench import load_article


def mentions(text):
    return load_article(text=text).mentions


def row(df, text):
    hit = df[df["text"] == text]
    assert len(hit), f"no mention {text!r} in {df['text'].tolist()}"
    return hit.iloc[0]


def test_capital_acting_is_its_government_and_locative_is_a_place():
    m = mentions("Moscow would stick to its plan, whatever was said at a summit in Moscow.")
    first, second = m[m["text"] == "Moscow"].iloc[0], m[m["text"] == "Moscow"].iloc[1]
    assert (first["actor"], first["kind"], first["role"]) == ("Russian government", "government", "actor")
    assert (second["kind"], second["role"]) == ("place", "place")


def test_audience_in_a_capital_is_a_side():
    m = mentions("Putin's gesture may be appreciated in Tokyo.")
    tokyo = row(m, "Tokyo")
    assert tokyo["side"] == "Japan" and tokyo["role"] != "place"


def test_ambassador_to_japan_is_one_russian_actor():
    m = mentions("The Russian ambassador to Japan was quoted as saying that talks would go on.")
    amb = row(m, "Russian ambassador to Japan")
    assert amb["side"] == "Russia" and amb["kind"] == "person"
    assert "Japan" not in set(m["text"])


@pytest.mark.parametrize("pair, sides", [
    ("U.S.-Japanese missile defense plans", {"United States", "Japan"}),
    ("the Russian-Japanese border", {"Russia", "Japan"}),
    ("NATO-Russia relations", {"NATO", "Russia"}),
    ("the Russia-Belarus union", {"Russia", "Belarus"}),
])
def test_hyphenated_pairs_name_two_sides(pair, sides):
    s = load_article(text=f"Moscow opposed {pair} again.").sentences.iloc[0]
    assert sides <= set(s["sides"].split(";"))


def test_pronouns_and_groups_resolve():
    text = ("Boris Yeltsin's proposal was a response to the Japanese plan. "
            "It reportedly rejected the Japanese proposal, and he offered a treaty instead. "
            "Barring a change by either government, the two sides will not agree.")
    m = mentions(text)
    it = m[(m["text"] == "It")].iloc[0]
    assert it["actor"] == "Boris Yeltsin"
    assert m[m["text"] == "he"].iloc[0]["actor"] == "Boris Yeltsin"
    either = m[m["text"] == "either government"]
    assert set(either["side"]) == {"Russia", "Japan"}


def test_expletive_it_is_no_mention():
    m = mentions("Moscow has made it clear that it has no intention of yielding. It is not clear why.")
    its = m[m["text"].str.lower() == "it"]
    assert len(its) == 1 and its.iloc[0]["side"] == "Russia"


def test_person_office_dates_choose_the_side():
    # Robert Kocharian led Nagorno-Karabakh, then Armenia (from 1998)
    art = load_article(text="Robert Kocharian met Heydar Aliyev.", published="2000-03-01")
    assert row(art.mentions, "Robert Kocharian")["side"] == "Armenia"
    art = load_article(text="Robert Kocharian met Heydar Aliyev.", published="1995-03-01")
    assert row(art.mentions, "Robert Kocharian")["side"] == "Nagorno-Karabakh"


def test_unknown_name_placed_by_title_and_apposition():
    m = mentions("Gazprom chief Rem Vyakhirev complained. Yuri Koptev, the head of the Russian "
                 "Space Agency, disagreed. Koptev later conceded.")
    assert row(m, "Rem Vyakhirev")["side"] == "Russia"
    assert row(m, "Yuri Koptev")["side"] == "Russia"
    assert row(m, "Koptev")["side"] == "Russia"


def test_news_agency_is_a_source_not_a_side():
    art = load_article(text="Japan protested (Itar-Tass, November 13, 1998).")
    assert row(art.mentions, "Itar-Tass")["role"] == "source"
    assert art.sentences.iloc[0]["sides"] == "Japan"


def test_seat_on_the_security_council_is_no_side():
    s = load_article(text="Moscow may support Japan's bid for a permanent seat on the UN Security Council.")
    assert "United Nations" not in s.sentences.iloc[0]["sides"]


def test_surname_after_full_name_is_that_person():
    """ "Ilham Aliyev … Aliyev said": in 1999 the lexicon's bare "Aliyev" is his
    father, the president then; the article's own full name wins."""
    from workbench import load_article
    art = load_article(text="Publication: Monitor Volume: 5 Issue: 1\n\nIlham Aliyev met Vladimir Putin "
                            "in Moscow. Aliyev said the talks went well.", published="1999-05-01")
    m = art.mentions
    assert list(m[m.text == "Aliyev"].actor) == ["Ilham Aliyev"]
