"""The world-wide actor lexicon derived from Phoenix (scripts/derive_actors.py)
and how the loader combines it with the hand-written one."""
from __future__ import annotations

import csv
import datetime as dt
import filecmp
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from workbench import schema
from workbench.lexicons import load_lexicons, pick

ROOT = Path(__file__).resolve().parent.parent
LEX = ROOT / "data" / "lexicons"
PETRARCH = ROOT.parent / "shared" / "reference" / "petrarch2"


def rows(name):
    with open(LEX / name, encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f) if not next(iter(r.values()), "").startswith("#")]


def side_of(alias, when):
    lex = load_lexicons()
    entry = pick(lex.aliases[alias], when)
    return entry.side_at(when)


def test_derived_rows_are_well_formed():
    both = rows("actors.csv") + rows("actors_derived.csv")
    actors = {r["actor"] for r in both}
    sides = ({r["side"] for r in both if r["kind"] == "state"}
             | {r["actor"] for r in both if r["actor"] == r["side"]})
    for r in rows("actors_derived.csv"):
        assert r["kind"] in schema.KINDS, r
        assert r["side"] in sides, r
        assert not r["government"] or r["government"] in actors, r
        if r["kind"] == "person":
            assert r["start"] or r["end"], r
    for r in rows("demonyms_derived.csv"):
        assert r["side"] in sides and r["government"] in actors, r


def test_world_actors_resolve_to_their_sides():
    day = dt.date(2012, 6, 1)
    assert side_of("Colombia", day) == "Colombia"
    assert side_of("FARC", day) == "FARC"
    assert side_of("Asmara", day) == "Eritrea"
    assert side_of("Polisario Front", day) == "Polisario Front"
    assert side_of("Kinshasa", day) == "DR Congo"
    assert load_lexicons().demonyms["Turkish Cypriot"].side == "Northern Cyprus"
    assert load_lexicons().demonyms["Greek Cypriot"].side == "Cyprus"
    assert load_lexicons().demonyms["Zimbabwean"].side == "Zimbabwe"


def test_offices_are_date_bounded():
    # Ban Ki-moon: South Korea's foreign minister (hand-written), then UN Secretary-General
    assert side_of("Ban Ki-moon", dt.date(2005, 6, 1)) == "South Korea"
    assert side_of("Ban Ki-moon", dt.date(2010, 6, 1)) == "United Nations"
    assert side_of("Trump", dt.date(2018, 6, 12)) == "United States"
    assert side_of("Kim Jong Un", dt.date(2018, 6, 12)) == "North Korea"


def test_hand_written_entries_win():
    lex = load_lexicons()
    hand = {}
    for r in rows("actors.csv"):
        for a in [r["actor"]] + r["aliases"].split("|"):
            hand.setdefault(a, r["actor"])
    hand_actors = {r["actor"] for r in rows("actors.csv")}
    for alias, entries in lex.aliases.items():
        if alias in hand:  # a hand-written alias never resolves to a derived-only actor
            assert hand[alias] in {e.actor for e in entries}, alias
            assert all(e.actor in hand_actors for e in entries), alias
    hand_dem = {r["demonym"]: r["side"] for r in rows("demonyms.csv")}
    for word, side in hand_dem.items():
        assert lex.demonyms[word].side == side


@pytest.mark.skipif(not PETRARCH.is_dir(), reason="../shared/reference/petrarch2 is not there")
def test_derivation_is_reproducible(tmp_path):
    work = tmp_path / "repo"
    shutil.copytree(ROOT / "scripts", work / "scripts")
    shutil.copytree(LEX, work / "data" / "lexicons")
    subprocess.run([sys.executable, str(work / "scripts" / "derive_actors.py"), str(PETRARCH)],
                   check=True, capture_output=True)
    for name in ("actors_derived.csv", "demonyms_derived.csv", "officials_derived.csv"):
        assert filecmp.cmp(work / "data" / "lexicons" / name, LEX / name, shallow=False), name
