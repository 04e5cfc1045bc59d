"""Faults and hostile input (issue 8): nothing outside the output folder is
touched, nothing is half-written, nothing hangs, every bad input is one line."""
from __future__ import annotations

import json
import os

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402

from workbench import WorkbenchError, brief  # noqa: E402

try:
    import conftest_plots as F  # noqa: E402
except ImportError:
    from tests import conftest_plots as F  # noqa: E402
from conftest_plots import close_figures, fast  # noqa: E402,F401  (shared fixtures)






# ---------------------------------------------------------------- marker file

def _marker(folder, files):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / brief.MARKER).write_text(json.dumps({"files": files}))


@pytest.mark.parametrize("name", ["{victim}", "../victim.txt", "sub/../../victim.txt",
                                  "link/victim.txt", "linkfile"])
def test_marker_naming_a_file_outside_leaves_it_intact(tmp_path, fast, name):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    out = tmp_path / "d"
    out.mkdir()
    (out / "link").symlink_to(tmp_path)
    (out / "linkfile").symlink_to(victim)
    _marker(out, [name.format(victim=victim)])
    with pytest.raises(brief.BriefExistsError, match="not inside") as err:
        brief.write_brief(F.make_article(), out)
    assert isinstance(err.value, WorkbenchError) and "\n" not in str(err.value)
    assert victim.read_text() == "precious"
    if name != "{victim}":
        return
    # --force goes ahead, but treats everything there as foreign: nothing is removed
    brief.write_brief(F.make_article(), out, force=True)
    assert victim.read_text() == "precious" and (out / "linkfile").is_symlink()
    assert (out / "brief.pdf").exists()


def test_marker_absolute_victim_via_cli(tmp_path, monkeypatch):
    from workbench.cli import main
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    out = tmp_path / "d"
    _marker(out, [str(victim)])
    rc = main(["brief", str(tmp_path / "whatever.txt"), "--out", str(out), "-q"])
    assert rc == 2
    assert victim.read_text() == "precious"


@pytest.mark.parametrize("content", ["not json", "[1, 2]", '{"files": "brief.pdf"}',
                                     '{"files": [1]}'])
def test_malformed_marker_is_refused(tmp_path, fast, content):
    out = tmp_path / "d"
    out.mkdir()
    (out / brief.MARKER).write_text(content)
    (out / "keep.txt").write_text("x")
    with pytest.raises(brief.BriefExistsError, match="marker"):
        brief.write_brief(F.make_article(), out)
    assert (out / "keep.txt").read_text() == "x"


# ---------------------------------------------------------------- helpers

import signal  # noqa: E402
import stat  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pandas as pd  # noqa: E402

from workbench import InputError, load_article, load_corpus  # noqa: E402
from workbench.cli import main  # noqa: E402
from workbench.errors import UsageError  # noqa: E402

SHORT = ("Publication: Monitor Volume: 6 Issue: 19\n\n"
         "Russia rejected the Japanese proposal on the islands on January 14. "
         "Japan continues to insist on the return of the four islands.\n\n"
         "Moscow may agree to more economic cooperation, Interfax reported.\n")
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def article(tmp_path):
    p = tmp_path / "short.txt"
    p.write_text(SHORT, encoding="utf-8")
    return p


def one_line(rc, err, *words, status=2):
    assert rc == status, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("workbench: error:") and "Traceback" not in err
    for w in words:
        assert w in lines[0], lines[0]


def cli(capsys, *args):
    rc = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return rc, out, err


def run(*args, timeout=120, env=None, **kw):
    e = dict(os.environ, **(env or {}))
    return subprocess.run([sys.executable, "-m", "workbench", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout, env=e, **kw)


# ---------------------------------------------------------------- path or text

def test_missing_file_is_an_error_not_text(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match="no such file"):
        load_article("nosuchfile")
    rc, out, err = cli(capsys, "extract", "nosuchfile", "--out", tmp_path / "x")
    one_line(rc, err, "nosuchfile", "no such file")
    assert not (tmp_path / "x").exists()


def test_text_with_a_slash_is_text_only_when_asked(tmp_path):
    with pytest.raises(InputError, match="text="):
        load_article("Russia rejected the 50/50 proposal.")
    art = load_article(text="Russia rejected the 50/50 proposal.")
    assert len(art.sentences) == 1
    assert len(load_article(text=SHORT.encode("utf-8")).sentences) >= 3
    from workbench import Article
    assert len(Article.from_text("Japan protested.").sentences) == 1


@pytest.mark.parametrize("bad", [None, 42, b"some/path.txt", ["a.txt"]])
def test_load_article_wrong_types(bad):
    with pytest.raises(UsageError):
        load_article(bad)
    with pytest.raises(UsageError):
        load_article(text=42)
    with pytest.raises(UsageError):
        load_article("a.txt", text="both")


def test_symlink_loop(tmp_path, capsys):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    rc, _, err = cli(capsys, "extract", loop, "--out", tmp_path / "o")
    one_line(rc, err, "loop")


def test_load_corpus_arguments(tmp_path, article):
    with pytest.raises(UsageError):
        load_corpus(None)
    with pytest.raises(UsageError):
        load_corpus(42)
    with pytest.raises(UsageError):
        load_corpus([article, 3])
    with pytest.raises(InputError, match="no such file"):
        load_corpus("a.txt")  # one path, not the characters 'a', '.', 't' …
    c = load_corpus(str(article))
    assert len(c) == 1 and c.articles["article_id"].tolist() == ["short"]
    assert len(load_corpus(tmp_path)) == 1  # a folder: its article files
    assert len(load_corpus(texts=[SHORT, "Japan protested."])) == 2


def test_stdin_dash(tmp_path):
    r = run("extract", "-", "--out", tmp_path / "o", "-q", input=SHORT)
    assert r.returncode == 0, r.stderr
    assert pd.read_csv(tmp_path / "o" / "articles.csv")["article_id"].tolist() == ["stdin"]


# ---------------------------------------------------------------- bounded reads

def test_dev_zero_is_refused_quickly(tmp_path):
    r = run("extract", "/dev/zero", "--out", tmp_path / "o", timeout=60)
    assert r.returncode == 2 and r.stderr.count("\n") == 1, r.stderr
    assert "character device" in r.stderr and "Traceback" not in r.stderr


def test_fifo_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    r = run("extract", fifo, "--out", tmp_path / "o", timeout=60)
    assert r.returncode == 2 and "FIFO" in r.stderr and r.stderr.count("\n") == 1, r.stderr


def test_unix_socket_is_refused(tmp_path, capsys):
    import socket
    path = tmp_path / "s.txt"
    s = socket.socket(socket.AF_UNIX)
    try:
        s.bind(str(path))
        rc, _, err = cli(capsys, "extract", path, "--out", tmp_path / "o")
        one_line(rc, err, "socket")
    finally:
        s.close()


def test_stdin_is_read_with_the_limit(tmp_path):
    with open("/dev/zero", "rb") as zero:
        r = run("extract", "-", "--out", tmp_path / "o", stdin=zero, timeout=60,
                env={"WORKBENCH_MAX_BYTES": "100000"})
    assert r.returncode == 2 and "too large" in r.stderr, r.stderr


def test_limit_holds_whatever_size_is_reported(tmp_path, monkeypatch):
    from workbench import reading
    p = tmp_path / "a.txt"
    p.write_text("Japan protested. " * 1000)
    monkeypatch.setenv("WORKBENCH_MAX_BYTES", "5000")
    real = os.fstat
    monkeypatch.setattr(reading.os, "fstat", lambda fd: os.stat_result(
        (*real(fd)[:6], 0, *real(fd)[7:])))  # claims to be empty
    with pytest.raises(InputError, match="too large"):
        reading.read_text(p)


def test_nul_bytes_after_8k_are_refused(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_bytes(SHORT.encode() * 100 + b"\x00 hidden" + SHORT.encode())
    rc, _, err = cli(capsys, "extract", p, "--out", tmp_path / "o")
    one_line(rc, err, "binary")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_with_bom_is_decoded(tmp_path, codec):
    p = tmp_path / "a.txt"
    data = SHORT.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    p.write_bytes(data)
    art = load_article(p)
    assert art.text.startswith("Publication") and len(art.stances) >= 1


def test_utf16_without_bom_is_named(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(SHORT.encode("utf-16-le"))
    with pytest.raises(InputError, match="UTF-16"):
        load_article(p)


# ---------------------------------------------------------------- one write path

def _snapshot(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _siblings(folder):
    return sorted(p.name for p in folder.parent.iterdir() if ".wb-" in p.name)


def test_extract_files_keep_the_umask(tmp_path, article):
    old = os.umask(0o022)
    try:
        assert main(["extract", str(article), "--out", str(tmp_path / "o"), "-q"]) == 0
    finally:
        os.umask(old)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "o").iterdir()}
    assert set(modes.values()) == {0o644}, modes
    assert stat.S_IMODE((tmp_path / "o").stat().st_mode) == 0o755


def test_extract_killed_before_the_swap_leaves_old_tables_then_is_cleaned(tmp_path, article):
    out = tmp_path / "o"
    assert run("extract", article, "--out", out, "-q").returncode == 0
    (out / "notes.md").write_text("mine")
    (out / ".stances.abcd1234.tmp").write_text("left by an old version")
    before = _snapshot(out)
    article.write_text(SHORT.replace("Russia rejected", "Russia firmly rejected"))
    r = run("extract", article, "--out", out, "-q", env={"WORKBENCH_TEST_FAULT": "staged"})
    assert r.returncode == -signal.SIGKILL
    assert _snapshot(out) == before  # the old set, whole
    assert _siblings(out)  # the dead run's staging folder
    assert run("extract", article, "--out", out, "-q").returncode == 0
    assert _siblings(out) == []  # cleaned by the next run
    after = _snapshot(out)
    assert after["notes.md"] == b"mine" and ".stances.abcd1234.tmp" not in after
    assert b"firmly" in after["sentences.csv"]


def test_extract_failing_rename_leaves_no_mix(tmp_path, article, monkeypatch):
    from workbench import export
    out = tmp_path / "o"
    assert main(["extract", str(article), "--out", str(out), "-q"]) == 0
    before = _snapshot(out)

    def broken(*a, **k):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(export, "_exchange", broken)
    monkeypatch.setattr(export.os, "rename", broken)
    article.write_text(SHORT.replace("Russia rejected", "Russia firmly rejected"))
    with pytest.raises(Exception) as e:
        from workbench.cli import write_tables
        write_tables(load_corpus(str(article)).tables(), out)
    assert str(out) in str(e.value) and "No space" in str(e.value)
    monkeypatch.undo()
    assert _snapshot(out) == before and _siblings(out) == []


def test_extract_default_stops_at_first_bad_and_writes_nothing(tmp_path, article, capsys):
    out = tmp_path / "o"
    rc, _, err = cli(capsys, "extract", article, tmp_path / "missing.txt", article, "--out", out)
    one_line(rc, err, "missing.txt")
    assert not out.exists() and _siblings(out) == []


def test_extract_keep_going(tmp_path, article, capsys):
    out = tmp_path / "o"
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01" * 100)
    rc, _, err = cli(capsys, "extract", article, tmp_path / "missing.txt", tmp_path / "bin.txt",
                     "--out", out, "--keep-going", "-q")
    assert rc == 1
    lines = err.strip().splitlines()
    assert len(lines) == 2 and "missing.txt" in lines[0] and "binary" in lines[1]
    assert pd.read_csv(out / "articles.csv")["article_id"].tolist() == ["short"]
    rc, _, err = cli(capsys, "extract", tmp_path / "missing.txt", "--out", tmp_path / "p",
                     "--keep-going")
    assert rc == 2 and not (tmp_path / "p").exists()


def test_out_must_not_be_empty_or_hold_the_current_folder(tmp_path, article, capsys,
                                                           monkeypatch):
    monkeypatch.chdir(tmp_path)
    rc, _, err = cli(capsys, "extract", article, "--out", "")
    one_line(rc, err, "--out")
    rc, _, err = cli(capsys, "extract", article, "--out", ".")
    one_line(rc, err, "subfolder")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["short.txt"]


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path, article):
    r = run("extract", article, article, tmp_path / "missing.txt", "--out", tmp_path / "o")
    assert r.returncode == 2 and r.stderr.count("\n") == 1, r.stderr
    assert r.stderr.startswith("workbench: error:")
    r = run("extract", article, article, "--out", tmp_path / "o", "-q", "--progress")
    assert r.returncode == 0 and "article" in r.stderr


def test_brief_refusal_names_the_flag(tmp_path, article, capsys):
    out = tmp_path / "o"
    out.mkdir()
    (out / "notes.txt").write_text("x")
    rc, _, err = cli(capsys, "brief", article, "--out", out)
    one_line(rc, err, "--force")


def test_failed_brief_into_a_new_folder_leaves_nothing(tmp_path, fast, monkeypatch):
    from workbench import plots
    calls = []
    real = plots.timeline

    def fail(*a, **k):
        calls.append(1)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(*a, **k)
    monkeypatch.setattr(plots, "timeline", fail)
    out = tmp_path / "new"
    arts = [F.make_article("one"), F.make_article("two"), F.make_article("three")]
    with pytest.raises(WorkbenchError, match="No space") as e:
        brief.write_brief(arts, out, progress=False)
    assert str(out) in str(e.value)
    assert not out.exists() and _siblings(out) == []


def test_brief_killed_mid_run_leaves_the_old_pack_whole(tmp_path, article):
    out = tmp_path / "pack"
    env = {"MPLBACKEND": "Agg"}
    assert run("brief", article, "--out", out, "-q", env=env, timeout=300).returncode == 0
    before = _snapshot(out)
    assert ".workbench-brief" in before and "brief.pdf" in before
    article.write_text(SHORT.replace("Russia rejected", "Russia firmly rejected"))
    for point in ("brief-chart", "staged"):
        r = run("brief", article, "--out", out, "-q", timeout=300,
                env={**env, "WORKBENCH_TEST_FAULT": point})
        assert r.returncode == -signal.SIGKILL
        assert _snapshot(out) == before
    assert run("brief", article, "--out", out, "-q", env=env, timeout=300).returncode == 0
    assert _siblings(out) == []
    after = _snapshot(out)
    assert b"firmly" in after["sentences.csv"] and set(after) == set(before)
    modes = {stat.S_IMODE((out / n).stat().st_mode) for n in after}
    assert modes == {0o666 & ~_umask()}


def _umask():
    m = os.umask(0)
    os.umask(m)
    return m


# ---------------------------------------------------------------- fuzz

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_FUZZ = settings(max_examples=60, deadline=None, derandomize=True,
                 suppress_health_check=[HealthCheck.function_scoped_fixture,
                                        HealthCheck.too_slow])
_WORDS = st.sampled_from(["Russia", "Japan", "Moscow", "Tokyo", "rejected", "insists", "may",
                          "the", "islands", "proposal", "on", "January 14", "(Interfax)", ".",
                          ",", "–", "\n\n", "Putin", "said", "peace treaty", "“", "”", "1998"])


class _Hang(Exception):
    pass


@pytest.fixture
def no_hang():
    def alarm(*_):
        raise _Hang("took longer than 20 s")
    old = signal.signal(signal.SIGALRM, alarm)
    yield lambda: signal.alarm(20)
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def _tables_or_workbench_error(fn):
    try:
        art = fn()
    except WorkbenchError as exc:
        assert "\n" not in str(exc)
        return
    from workbench import schema
    for name in schema.TABLES:
        assert isinstance(getattr(art, name), pd.DataFrame)


@_FUZZ
@given(text=st.one_of(st.text(max_size=400), st.lists(_WORDS, max_size=80).map(" ".join)))
def test_fuzz_text(text, no_hang):
    no_hang()
    _tables_or_workbench_error(lambda: load_article(text=text))


@pytest.mark.filterwarnings("ignore::UserWarning")
@_FUZZ
@given(data=st.one_of(st.binary(max_size=600),
                      st.lists(_WORDS, max_size=80).map(lambda w: " ".join(w).encode("utf-16"))))
def test_fuzz_bytes_file(tmp_path_factory, data, no_hang):
    p = tmp_path_factory.mktemp("fuzz") / "a.txt"
    p.write_bytes(data)
    no_hang()
    _tables_or_workbench_error(lambda: load_article(p))


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.binary(max_size=400))
def test_fuzz_cli_extract(tmp_path_factory, data, capsys, no_hang):
    d = tmp_path_factory.mktemp("fuzz")
    (d / "a.txt").write_bytes(data)
    no_hang()
    rc = main(["extract", str(d / "a.txt"), "--out", str(d / "o"), "-q"])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if rc == 0:
        assert (d / "o" / "stances.csv").exists()
    else:
        assert rc == 2 and len(err.strip().splitlines()) == 1, err


def test_sigterm_during_extract_removes_its_staging_folder(tmp_path, article):
    out = tmp_path / "o"
    assert run("extract", article, "--out", out, "-q").returncode == 0
    before = _snapshot(out)
    r = run("extract", article, "--out", out, "-q", env={"WORKBENCH_TEST_FAULT": "staged:TERM"})
    assert r.returncode == 143 and r.stderr.count("\n") == 1, r.stderr
    assert _snapshot(out) == before and _siblings(out) == []

