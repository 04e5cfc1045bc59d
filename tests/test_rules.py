"""Each named stance rule (workbench/rules.py) on real sentences.

The sentences are those of real published articles in ../shared/realdev,
read from there at test time (third-party text never enters the project);
the tests skip with a message when ../shared is absent."""
from __future__ import annotations

import csv
import functools

import pytest

from goldsets import REALDEV
from workbench import rules
from workbench.dates import dateline

needs_realdev = pytest.mark.skipif(not (REALDEV / "published.tsv").exists(),
                                   reason="../shared/realdev is absent: rule tests on real sentences skipped")


@functools.lru_cache(maxsize=None)
def _article(slug: str):
    from workbench import load_article
    with open(REALDEV / "published.tsv", newline="", encoding="utf-8") as f:
        published = {r["slug"]: r["published"] for r in csv.DictReader(f, delimiter="\t")}
    return load_article(REALDEV / "articles" / f"{slug}.txt", published=published[slug])


def at(slug: str, sentence: int):
    """The stances and the sides of sentence *sentence* (1-based) of a real article."""
    art = _article(slug)
    sent = art.sentences[art.sentences.sentence == sentence].iloc[0]
    st = art.stances[art.stances.sentence == sentence]
    return st, set(filter(None, sent.sides.split(";")))


def by(st, side):
    return st[st.side == side]


def test_rules_are_registered_in_order():
    names = [fn.__name__ for fn in rules.RULES]
    assert names.index("complement_carries_position") < names.index("reported_speech") \
        < names.index("subject_acts")
    assert all(fn.__doc__ for fn in rules.RULES)


@needs_realdev
def test_reported_speech_he_said_is_the_previous_subject():
    # two leaders met; the next sentences open with "he said": the first of the two, the article's subject
    st, _ = at("armenia-azerbaijan-karabakh-1999", 4)
    assert list(st.side) == ["Armenia"] and list(st.rule) == ["reported_speech"]


@needs_realdev
def test_reported_speech_speaker_after_the_quote():
    st, _ = at("greece-turkey-ministers-ready-for-talks-2020", 4)
    assert "Turkey" in set(st.side)


@needs_realdev
def test_what_was_said_obligation_is_a_demand():
    st, _ = at("greece-turkey-ministers-ready-for-talks-2020", 2)
    turkey = by(st, "Turkey")
    assert list(turkey.stance) == ["demand"] and (turkey.polarity < 0).all()


@needs_realdev
def test_quotation_over_sentences_belongs_to_its_speaker():
    st, _ = at("greece-turkey-ministers-ready-for-talks-2020", 3)
    assert list(st.side) == ["Turkey"] and list(st.rule) == ["quotation_speakers"]
    assert st.reported.all()


@needs_realdev
def test_subject_acts_with_a_verb_no_cue_knows():
    st, _ = at("kazakhstan-russia-baikonur-1998-partial", 7)
    assert list(by(st, "Kazakhstan").rule) == ["subject_acts"]


@needs_realdev
def test_subject_acts_not_when_done_to():
    st, _ = at("armenia-azerbaijan-karabakh-1999", 8)
    assert "subject_acts" not in set(st.rule)


@needs_realdev
def test_subject_acts_joint_subjects_each_act():
    st, _ = at("india-pakistan-foreign-secretary-talks-fail-1997", 1)
    assert set(st.side) == {"India", "Pakistan"}


@needs_realdev
def test_envoys_acting_together_are_both_sides():
    st, _ = at("india-pakistan-foreign-secretary-talks-fail-1997", 5)
    assert set(st.side) == {"India", "Pakistan"}


@needs_realdev
def test_dateline_places_are_not_actors():
    st, sides = at("iran-eu3-agree-restart-talks-2005", 1)
    assert "Spain" not in sides
    assert {"United Kingdom", "France", "Germany"} <= set(by(st, "United Kingdom").side) | set(st.side)
    assert "Iran" not in set(st.side)


@pytest.mark.parametrize("line, span, when", [
    ("Baku, 3 March 2004 (Turan) -- The Azerbaijani president …", 30, "2004-03-03"),
    ("MOSCOW, Russia / TOKYO, Japan -- Both governments …", 33, None),
    ("MINSK (Reuters) - Belarus said …", 18, None),
    ("May 2 2010 (KIEV) – The Ukrainian government …", 20, "2010-05-02"),
    ("TBILISI, June 19 Georgia warned …", 17, None),
])
def test_dateline_forms(line, span, when):
    a, b, d = dateline(line, 0)
    assert (a, b) == (0, span) and (d.isoformat() if d else None) == when


@pytest.mark.parametrize("line", ["Russian President Vladimir Putin - who met …", "Russia - the country - said",
                                  "The talks broke up with no result in Riga on Monday."])
def test_no_dateline_in_a_sentence(line):
    assert dateline(line, 0) is None


@needs_realdev
def test_what_was_said_needs_to_is_a_demand_and_not_a_rejection():
    st, _ = at("saudi-iran-rapprochement-laughable-2017-partial", 2)  # an obligation laid on Iran
    assert list(st.stance) == ["demand"]
    st, _ = at("saudi-iran-rapprochement-laughable-2017-partial", 13)  # "this is not …," he said
    assert list(st.stance) == ["reject"] and (st.polarity < 0).all()


@needs_realdev
def test_reported_speech_an_accusation_is_criticism():
    # the Saudi side calls Iran's talk of rapprochement ridiculous (a word of accusation)
    st, _ = at("saudi-iran-rapprochement-laughable-2017-partial", 1)
    assert "criticize" in set(by(st, "Saudi Arabia").stance)


@needs_realdev
def test_owned_act_by_agent_of_a_participle():
    # the rebels reject an amnesty that a participle ("offered by") gives to Kabila
    st, _ = at("drcongo-lusaka-ceasefire-monitoring-1999", 12)
    assert list(by(st, "DR Congo").stance) == ["offer"] and list(by(st, "DR Congo").rule) == ["owned_act"]


@needs_realdev
def test_owned_act_possessor_of_a_noun_cue():
    # China rebuffs an offer that the Taiwanese president owns ("X's offer")
    st, _ = at("taiwan-china-rejects-talks-offer-2001", 1)
    assert set(st.side) == {"China", "Taiwan"} and list(by(st, "Taiwan").stance) == ["offer"]


@needs_realdev
def test_reported_speech_family_name_first():
    # a spokesman named in full in sentence 3, by his family name alone in sentence 4
    st, _ = at("india-china-arunachal-visit-objection-2017", 4)
    assert set(st.side) == {"China"} and list(st.actor) == ["Lu Kang"]


@needs_realdev
def test_reported_speech_after_a_quote_that_ends_in_an_if_clause():
    # a quotation that ends in an if-clause, then "he told reporters"
    st, _ = at("iran-eu3-agree-restart-talks-2005", 3)
    assert set(st.side) == {"European Union"}


@needs_realdev
def test_a_demand_laid_on_another_side_in_a_that_clause():
    # a Russian region claims that Azerbaijan is obliged to do something: Dagestan (Russia)
    # demands; Azerbaijan does not propose
    st, _ = at("azerbaijan-russia-lezgin-1996", 4)
    assert "Azerbaijan" not in set(st.side) and "demand" in set(by(st, "Russia").stance)


@needs_realdev
def test_quotation_with_no_speaker_goes_on_in_the_voice_before():
    # a quoted Saudi minister in sentence 7; sentence 8 opens a new quotation with no speaker
    # and an obligation laid on Iran
    st8, _ = at("saudi-iran-rapprochement-laughable-2017-partial", 8)
    assert list(by(st8, "Saudi Arabia").stance) == ["demand"]
    assert list(st8.rule) == ["quotation_speakers"]


@needs_realdev
def test_meeting_partner_of_an_opening_adverbial():
    # an opening adverbial: after talks with the German minister, the Turkish minister speaks
    st, _ = at("greece-turkey-ministers-ready-for-talks-2020", 2)
    assert list(by(st, "Germany").stance) == ["consult"] and list(by(st, "Germany").rule) == ["meeting_partner"]


@needs_realdev
def test_meeting_partner_attended_by_both():
    # a meeting "attended by both" the Guyanese and the Venezuelan presidents
    st, _ = at("venezuela-guyana-essequibo-accusations-2015-partial", 4)
    assert "consult" in set(by(st, "Guyana").stance)


@needs_realdev
def test_cue_a_list_of_subjects_each_acts():
    # a subject listed with commas and "and": Kabila's government and its three allies signed
    st, _ = at("drcongo-lusaka-ceasefire-monitoring-1999", 3)
    assert {"DR Congo", "Zimbabwe", "Angola", "Namibia"} <= set(st.side)


@needs_realdev
def test_reported_speech_a_claim_of_title_is_insistence():
    # China says the islands are its own: a claim of title
    st, _ = at("japan-china-gas-field-talks-2007", 11)
    assert list(by(st, "China").stance) == ["insist"]


@needs_realdev
def test_suggested_with_a_clause_is_a_report_not_a_proposal():
    # "suggested" followed by a clause about the United States: not a Russian proposal
    st, _ = at("russia-us-missile-defense-2007", 4)
    assert "propose" not in set(by(st, "Russia").stance) and len(by(st, "Russia")) == 1


# --- what was said: the polarity of a reported position -----------------------------

@needs_realdev
def test_what_was_said_a_cooperative_word_beside_an_accusation_is_criticism():
    # the speaker says the other leader's offer of talks lacked sincerity: not an offer of his own
    st, _ = at("taiwan-china-rejects-talks-offer-2001", 4)
    assert list(by(st, "China").stance) == ["criticize"]
    # the speaker says the neighbour's exploration violated an agreement: not a signing
    st, _ = at("azerbaijan-turkmenistan-caspian-2012", 8)
    assert (by(st, "Azerbaijan").polarity < 0).all()


@needs_realdev
def test_what_was_said_negation_after_the_cue_only_within_its_clause():
    # one side's officials agreed in principle, ", but" the other's leader said no: the first stays positive
    st, _ = at("cyprus-annan-talks-fail-2003", 7)
    assert list(by(st, "Cyprus").polarity) == [1]


def test_what_was_said_unit_cases():
    from workbench.lexicons import load_lexicons

    lex = load_lexicons()

    def said(text):
        return rules.said_class(lex, text, 0, len(text), [])

    assert said("the talks can not be held in that framework").stance == "reject"
    assert said("we need to keep the negotiation process going").stance != "demand"  # binds the speaker
    assert said("Tokyo needs to return to the table").stance == "demand"
    assert said("Moscow will not halt the talks on the islands").stance != "reject"  # not stopping continues
    assert said("the session achieved no results and resolved nothing good").stance != "endorse"
    assert said("the meeting went in a warm and friendly spirit").stance == "endorse"


@needs_realdev
def test_intent_aim_a_hostile_aim_makes_an_intent_a_threat():
    st, _ = at("drcongo-lusaka-ceasefire-monitoring-1999", 5)  # the rebels vow to carry on fighting
    rcd = by(st, "Congolese Rally for Democracy")
    assert list(rcd.stance) == ["threaten"] and list(rcd.rule) == ["cue"]
    st, _ = at("greece-turkey-ministers-ready-for-talks-2020", 6)  # a minister says his state stands ready to fight for what it holds
    assert list(by(st, "Greece").stance) == ["threaten"]


def test_intent_aim_unit_cases():
    from workbench import load_article

    text = ("Russia and Japan\n\nTOKYO, Jan 12 (Wire) - Japan vowed to resume the talks. "
            "Russia vowed to extend the blockade of the islands.\n")
    import tempfile
    from pathlib import Path
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "a.txt"
        p.write_text(text, encoding="utf-8")
        st = load_article(p, published="2000-01-12").stances
    assert list(st[st.side == "Japan"].polarity)[:1] == [1]
    assert list(st[st.side == "Russia"].stance) == ["threaten"]


@needs_realdev
def test_summoning_an_ambassador_is_a_protest():
    # a foreign ministry summons the neighbour's ambassador over exploration in a disputed field
    st, _ = at("azerbaijan-turkmenistan-caspian-2012", 2)
    az = by(st, "Azerbaijan")
    assert "protest" in set(az.stance) and (az.polarity < 0).all()


def test_calling_in_an_envoy_is_a_protest_unit():
    from workbench import load_article
    art = load_article(text="Japan's Foreign Ministry called in the Russian ambassador on Monday. "
                            "Tokyo later summoned Russia's envoy again.", published="2000-01-12")
    st = art.stances
    assert list(st.side) == ["Japan", "Japan"] and set(st.stance) == {"protest"}


def test_a_quotation_over_paragraphs_belongs_to_its_speaker():
    text = ("Title: Siege\n\nThe minister told the radio: \"Our staff have been shut in for three days.\n\n"
            "\"We got one employee out at night.\n\n"
            "\"Because Moscow is breaking its obligations, we will ask Brussels to act.\"\n\n"
            "Talks are due on Monday.")
    assert rules.running_quotations(text) == [(text.index('"Our'), text.index('act."') + 5)]
    from workbench import load_article
    st = load_article(text=text.replace("The minister", "Urmas Paet, Estonia's foreign minister,"),
                      published="2007-04-30").stances
    assert set(zip(st.sentence, st.side)) == {(1, "Estonia"), (2, "Estonia"), (3, "Estonia")}


@pytest.mark.parametrize("text", ["He said: \"We will wait.\n\nNothing more.", "“Open.\n\nShut.”"])
def test_no_running_quotation_without_a_reopened_paragraph(text):
    assert rules.running_quotations(text) == []


def test_a_quotation_speaker_may_stand_seven_words_after_the_quote():
    from workbench import load_article
    text = "“If Belgrade agrees, we can talk at once,” the agency quoted the Croatian president as saying."
    st = load_article(text=text, published="2010-01-11").stances
    assert list(st.side) == ["Croatia"]  # an "if" clause, but said: the quotation closes before the verb
