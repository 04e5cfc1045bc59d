"""Bad input: each gets a clear one-line error (exit 2 on the command line)."""
from __future__ import annotations

import os
import time

import pytest

from workbench import InputError, load_article
from workbench.cli import main
from workbench.reading import EncodingWarning, html_to_text, read_text

from conftest import BUNDLED


def run_cli(capsys, *args):
    rc = main(list(map(str, args)))
    out, err = capsys.readouterr()
    return rc, out, err


def assert_one_line_error(rc, err, *words):
    assert rc == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("workbench: error:")
    assert "Traceback" not in err
    for w in words:
        assert w in lines[0]


def test_missing_path(tmp_path, capsys):
    with pytest.raises(InputError, match="no such file"):
        load_article(tmp_path / "nope.txt")
    rc, _, err = run_cli(capsys, "extract", tmp_path / "nope.txt", "--out", tmp_path / "o")
    assert_one_line_error(rc, err, "no such file")
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())


def test_directory(tmp_path, capsys):
    rc, _, err = run_cli(capsys, "extract", tmp_path, "--out", tmp_path / "o")
    assert_one_line_error(rc, err, "directory")


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n"])
def test_empty_and_whitespace(tmp_path, capsys, content):
    p = tmp_path / "empty.txt"
    p.write_bytes(content)
    with pytest.raises(InputError, match="empty"):
        read_text(p)
    rc, _, err = run_cli(capsys, "extract", p, "--out", tmp_path / "o")
    assert_one_line_error(rc, err, "empty")


def test_binary(tmp_path, capsys):
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    rc, _, err = run_cli(capsys, "extract", p, "--out", tmp_path / "o")
    assert_one_line_error(rc, err, "binary")


def test_cp1252_is_decoded_with_warning(tmp_path):
    text = BUNDLED.read_text(encoding="utf-8")
    p = tmp_path / "cp1252.txt"
    p.write_bytes(text.encode("cp1252"))
    with pytest.warns(EncodingWarning, match="cp1252"):
        art = load_article(p)
    assert art.text == text
    assert len(art.stances) > 0


def test_cp1252_cli_warns_on_one_line(tmp_path, capsys):
    p = tmp_path / "cp1252.txt"
    p.write_bytes(BUNDLED.read_text(encoding="utf-8").encode("cp1252"))
    rc, _, err = run_cli(capsys, "extract", p, "--out", tmp_path / "o", "--quiet")
    assert rc == 0
    assert "warning" in err and "cp1252" in err and "Traceback" not in err
    assert (tmp_path / "o" / "stances.csv").exists()


def test_undecodable(tmp_path, capsys):
    p = tmp_path / "bad.txt"
    # 0x81 and 0x8d are undefined in cp1252, and not valid UTF-8 either
    p.write_bytes(b"Moscow rejected the plan \x81\x8d\x90 today.\n")
    rc, _, err = run_cli(capsys, "extract", p, "--out", tmp_path / "o")
    assert_one_line_error(rc, err, "UTF-8")


def test_html_page_text_is_taken(tmp_path):
    body = "".join(f"<p>{para}</p>\n" for para in
                   BUNDLED.read_text(encoding="utf-8").split("\n\n")[1:])
    p = tmp_path / "page.html"
    p.write_text("<!DOCTYPE html><html><head><title>t</title><script>var x=1;</script></head>"
                 f"<body><nav>Home | About</nav>{body}</body></html>", encoding="utf-8")
    art = load_article(p)
    assert "<p>" not in art.text and "var x" not in art.text
    assert art.articles["n_paragraphs"].iloc[0] == 4
    assert set(art.stances["side"]) == {"Russia", "Japan"}


def test_html_without_text_is_refused(tmp_path, capsys):
    p = tmp_path / "empty.html"
    p.write_text("<html><head><script>1</script></head><body><div></div></body></html>")
    rc, _, err = run_cli(capsys, "extract", p, "--out", tmp_path / "o")
    assert_one_line_error(rc, err, "HTML")


def test_too_large_is_refused(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("WORKBENCH_MAX_BYTES", "1000")
    rc, _, err = run_cli(capsys, "extract", BUNDLED, "--out", tmp_path / "o")
    assert_one_line_error(rc, err, "too large")


def test_no_header(tmp_path):
    text = BUNDLED.read_text(encoding="utf-8").split("\n", 2)[2]
    art = load_article(text=text)
    row = art.articles.iloc[0]
    assert row["publication"] == "" and row["published"] == ""
    assert row["n_paragraphs"] == 4
    assert len(art.stances) > 10


def test_no_known_actor_gives_empty_tables_with_columns():
    from workbench import schema
    art = load_article(text="The weather was mild. Farmers planted wheat early this spring.")
    assert art.stances.empty and art.mentions.empty
    for name in schema.TABLES:
        assert list(getattr(art, name).columns)[:len(schema.COLUMNS[name])] == schema.COLUMNS[name]
    assert len(art.sentences) == 2


def test_ten_megabyte_article_works_in_linear_time(tmp_path):
    unit = BUNDLED.read_text(encoding="utf-8").split("\n", 2)[2]
    small = tmp_path / "small.txt"
    small.write_text("\n\n".join([unit] * 20), encoding="utf-8")
    big = tmp_path / "big.txt"
    reps = 10_000_000 // len(unit.encode()) + 1
    big.write_text("\n\n".join([unit] * reps), encoding="utf-8")
    assert big.stat().st_size >= 10_000_000
    art = load_article(big)
    # linear: every copy yields the same rows (counts scale with the copies)
    one = load_article(text=unit)
    assert len(art.sentences) == reps * len(one.sentences)
    assert len(art.stances) >= reps * (len(one.stances) - 2)


def test_unwritable_output_folder(tmp_path, capsys):
    if os.geteuid() == 0:
        # root ignores permission bits: use a path under a regular file instead
        blocker = tmp_path / "file"
        blocker.write_text("x")
        out = blocker / "sub"
    else:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        out = locked / "o"
    rc, _, err = run_cli(capsys, "extract", BUNDLED, "--out", out)
    assert_one_line_error(rc, err)


def test_existing_tables_survive_a_failed_run(tmp_path, capsys):
    out = tmp_path / "o"
    assert run_cli(capsys, "extract", BUNDLED, "--out", out, "--quiet")[0] == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    rc, _, err = run_cli(capsys, "extract", tmp_path / "missing.txt", "--out", out)
    assert rc == 2
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_html_to_text_blocks():
    assert html_to_text("<p>One &amp; two</p><p>Three</p>") == "One & two\n\nThree\n"


def test_summary_marks_an_estimated_publication_date():
    from workbench import load_article
    from goldsets import ROOT
    art = load_article(ROOT / "data/articles/monitor-2000-v6-i19-russia-japan-kurils.txt")
    assert "published 2000-01-27 (estimated from the volume and issue number)" in art.summary()
    assert "estimated" not in load_article(text="Russia said it would talk.", published="2000-01-02").summary()
