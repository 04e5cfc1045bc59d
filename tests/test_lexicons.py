"""The lexicons are data an analyst edits: check their shape and consistency."""
from __future__ import annotations

import csv
from pathlib import Path

from workbench import schema
from workbench.lexicons import load_lexicons, noun_forms, verb_forms

LEX = Path(__file__).resolve().parent.parent / "data" / "lexicons"
CAMEO = Path(__file__).resolve().parent.parent.parent / "shared" / "reference" / "cameo" / "goldstein.tsv"


def rows(name):
    with open(LEX / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_inflection():
    assert {"reject", "rejects", "rejected", "rejecting"} == verb_forms("reject")
    assert {"signaled", "signalled"} <= verb_forms("signal")
    assert "stopped" in verb_forms("stop") and "offered" in verb_forms("offer")
    assert noun_forms("proposal") == {"proposal", "proposals"}


def test_cues_use_the_stance_classes_and_goldstein_signs():
    for r in rows("cues.csv"):
        assert r["stance"] in schema.STANCES or r["stance"] == "evaluate", r
        g = float(r["goldstein"])
        assert -10 <= g <= 10
        assert r["form"] in ("verb", "noun", "phrase"), r


def test_actor_kinds_and_sides():
    sides = {r["side"] for r in rows("actors.csv") if r["kind"] == "state"}
    for r in rows("actors.csv"):
        assert r["kind"] in schema.KINDS, r
        assert r["side"], r


def test_every_demonym_side_is_a_known_side():
    actor_sides = {r["side"] for r in rows("actors.csv")}
    for r in rows("demonyms.csv"):
        assert r["side"] in actor_sides, r


def test_loaded_lexicons_resolve_key_names():
    lex = load_lexicons()
    assert lex.aliases["Moscow"][0].government == "Russian government"
    assert lex.demonyms["Japanese"].side == "Japan"
    assert lex.agencies["Itar-Tass"][0] == "Itar-Tass"
    assert "territory" in set(lex.issue_of.values())


def test_derived_cues_are_consistent_and_overridden_by_hand_cues():
    derived = [r for r in rows("cues_derived.csv") if not r["cue"].startswith("#")]
    assert derived, "cues_derived.csv is empty: rerun scripts/derive_cues.py"
    weights = {}
    if CAMEO.exists():
        with open(CAMEO, encoding="utf-8") as f:
            weights = {line.split("\t")[0]: float(line.split("\t")[1]) for line in list(f)[1:]}
    for r in derived:
        assert r["stance"] in schema.STANCES, r
        assert r["form"] in ("verb", "phrase"), r
        assert not weights or weights[r["cameo"]] == float(r["goldstein"]), r
        if r["form"] == "verb":
            assert r["forms"], r  # every inflection written out (lemminflect)
    # a hand-written cue with the same pattern wins
    lex = load_lexicons()
    hand = {r["cue"]: r["stance"] for r in rows("cues.csv")}
    for cues in lex.cues_by_first.values():
        for c in cues:
            if c.pattern in hand:
                assert c.stance == hand[c.pattern] or c.stance == "stance", c


def test_wordlists_hold_every_list_the_rules_read():
    from workbench.lexicons import load_lexicons
    words = load_lexicons().words
    for name in ("office", "speaks_for", "accusation", "frame", "say", "fear", "negation",
                 "motion", "frontier", "people", "motion_object", "place_noun", "topic_noun", "body",
                 "hostile_aim", "cessation", "shortfall", "document", "hostile_measure", "condition"):
        assert words.get(name), name
    assert "spokesman" in words["office"] and "refused to" in words["negation"]
