"""Archives (issue 11): folders, patterns and manifests in; one Parquet
dataset per table out, partitioned by year; resumable; local processes or a
Dask cluster giving the same tables."""
from __future__ import annotations

import hashlib
import shutil

import pandas as pd
import pytest

from workbench import archive, load_corpus, schema
from workbench.archive import TABLES as archive_tables
from workbench.archive import Source, extract_archive, read_archive, sources
from workbench.cli import main
from workbench.errors import InputError, OutputError, UsageError

from conftest import DEV_ARTICLES

pytest.importorskip("pyarrow")

FOUR = sorted(DEV_ARTICLES.glob("*.txt"))[:4]


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """Four team-written articles in a folder with a manifest that dates them."""
    d = tmp_path_factory.mktemp("archive")
    src = d / "articles"
    src.mkdir()
    for p in FOUR:
        shutil.copy(p, src / p.name)
    rows = ["path,published,source,title"]
    for i, p in enumerate(FOUR):
        rows.append(f"articles/{p.name},{2000 + i}-0{i + 1}-15,Team test set,Item {i}")
    (d / "manifest.csv").write_text("\n".join(rows) + "\n")
    return d


@pytest.fixture(scope="module")
def local_run(small, tmp_path_factory):
    out = tmp_path_factory.mktemp("local") / "out"
    run = extract_archive([small / "manifest.csv"], out)
    return out, run


def _sorted(df: pd.DataFrame) -> pd.DataFrame:
    keys = [c for c in ("article_id", "sentence", "start", "end", "actor", "side", "cue",
                        "date", "source", "paragraph") if c in df.columns]
    return df.sort_values(keys, kind="stable").reset_index(drop=True)


def assert_same_archive(a, b) -> None:
    for t in archive_tables:
        pd.testing.assert_frame_equal(_sorted(getattr(a, t)), _sorted(getattr(b, t)))


# ---------------------------------------------------------------- sources


def test_sources_folder_pattern_manifest(small, tmp_path):
    (small / "articles" / ".hidden.txt").write_text("Japan protested.")
    try:
        folder = list(sources([small / "articles"]))
    finally:
        (small / "articles" / ".hidden.txt").unlink()
    assert [s.path.rsplit("/", 1)[1] for s in folder] == [p.name for p in FOUR]
    pattern = list(sources([str(small / "articles" / "*1999*.txt")]))
    assert pattern and all("1999" in s.path for s in pattern)
    listed = list(sources([small / "manifest.csv"], published="1990-01-01"))
    assert listed[1] == Source(str(small / "articles" / FOUR[1].name), "2001-02-15",
                               "Team test set", "Item 1")
    assert list(sources(["x.txt"], published="2000-01-01")) == [Source("x.txt", "2000-01-01")]


def test_sources_bad_input_says_what(tmp_path):
    (tmp_path / "m.csv").write_text("file,date\na.txt,2000\n")
    with pytest.raises(InputError, match="'path' column"):
        list(sources([tmp_path / "m.csv"]))
    (tmp_path / "n.csv").write_text("path,published\n,2000-01-01\n")
    with pytest.raises(InputError, match="line 2"):
        list(sources([tmp_path / "n.csv"]))
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no article files"):
        list(sources([tmp_path / "empty"]))
    with pytest.raises(InputError, match="matches no file"):
        list(sources([str(tmp_path / "*.nothing")]))


def test_content_hash(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"Japan protested.")
    assert archive.content_hash(p) == hashlib.sha256(b"Japan protested.").hexdigest()
    assert archive.content_hash(tmp_path) is None and archive.content_hash(tmp_path / "no") is None


# ---------------------------------------------------------------- the datasets


def test_one_dataset_per_table_partitioned_by_year(local_run):
    out, run = local_run
    assert run.written == 4 and not run.errors
    for t in ("articles", "sentences", "stances", "mentions"):
        years = sorted(p.name for p in (out / t).iterdir())
        assert years == ["year=2000", "year=2001", "year=2002", "year=2003"], t
    # pandas reads a dataset folder directly, the year from the folder names
    st = pd.read_parquet(out / "stances")
    assert len(st) > 10 and set(st["year"].astype(int)) <= {2000, 2001, 2002, 2003}
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".")]  # no staging left


def test_read_archive_restores_the_tables(local_run):
    out, _ = local_run
    a = read_archive(out)
    assert len(a) == 4 and a.name == "out"
    arts = a.articles.sort_values("published")
    assert arts["published"].tolist() == ["2000-01-15", "2001-02-15", "2002-03-15", "2003-04-15"]
    assert arts["year"].tolist() == [2000, 2001, 2002, 2003]
    assert set(arts["publication"]) <= {"Monitor", "Team test set"}
    assert arts["content_hash"].str.len().eq(64).all()
    for t in schema.TABLES:
        if t in schema.LAZY_TABLES:
            assert not hasattr(a, t)  # tone is read per article, not kept in an archive
            continue
        df = getattr(a, t)
        assert list(df.columns[:len(schema.COLUMNS[t])]) == schema.COLUMNS[t]
    assert a.stances["hedged"].dtype == bool and a.stances["sentence"].dtype == "int64"
    assert a.stances["cameo"].str.startswith("0").any()  # CAMEO codes stay zero-padded text
    # the same rows as extracting the articles one by one
    one = load_corpus([DEV_ARTICLES / p.name for p in FOUR], published="2000-01-15")
    assert len(a.stances) == len(one.stances) and len(a.sentences) == len(one.sentences)


def test_load_corpus_reads_an_archive_eager_and_lazy(local_run):
    out, _ = local_run
    c = load_corpus(out)
    assert isinstance(c.stances, pd.DataFrame) and len(c) == 4
    pytest.importorskip("dask.dataframe")
    lazy = load_corpus(out, lazy=True)
    assert hasattr(lazy.stances, "compute") and lazy.lazy
    pd.testing.assert_frame_equal(_sorted(lazy.stances.compute()), _sorted(c.stances))
    with pytest.raises(UsageError, match="lazy"):
        load_corpus(FOUR[0], lazy=True)
    with pytest.raises(InputError, match="not an archive"):
        read_archive(FOUR[0].parent)


def test_resume_skips_what_is_done(small, tmp_path):
    out = tmp_path / "out"
    first = extract_archive([small / "articles" / FOUR[0].name, small / "articles" / FOUR[1].name],
                            out, published="2000-01-01")
    assert first.written == 2
    again = extract_archive([small / "articles"], out, published="2000-01-01")
    assert (again.written, again.skipped) == (2, 2)
    a = read_archive(out)
    assert sorted(a.articles["article_id"]) == sorted(p.stem for p in FOUR)
    assert extract_archive([small / "articles"], out).written == 0


def test_same_name_in_two_folders_gets_two_ids(tmp_path):
    for sub, extra in (("a", ""), ("b", "\nMoscow protested again.")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text(FOUR[0].read_text() + extra)
    run = extract_archive([tmp_path / "a", tmp_path / "b"], tmp_path / "out")
    ids = read_archive(tmp_path / "out").articles["article_id"].tolist()
    assert run.written == 2 and len(set(ids)) == 2 and "x" in ids


def test_a_batch_that_fails_leaves_the_batches_before_it(small, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    real, calls = archive._write_parts, []

    def fail_second(stage, frames, stem):
        calls.append(stem)
        if len(calls) == 2:
            (stage / "stances").mkdir(exist_ok=True)
            (stage / "stances" / "half.parquet").write_bytes(b"PAR1")
            raise OSError(28, "No space left on device")
        real(stage, frames, stem)

    monkeypatch.setattr(archive, "_write_parts", fail_second)
    monkeypatch.setattr(archive, "CHUNK", 1)
    with pytest.raises(OutputError, match="cannot be written"):
        extract_archive([small / "articles"], out, published="2000-01-01", batch=1)
    assert (out / "notes.txt").read_text() == "mine"  # what the tool did not write is kept
    assert len(read_archive(out).articles) == 1  # the first batch, whole
    assert not list(out.rglob("half.parquet"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no staging folder left
    monkeypatch.setattr(archive, "_write_parts", real)
    assert extract_archive([small / "articles"], out, published="2000-01-01").written == 3


def test_two_processes_give_the_same_tables(small, local_run, tmp_path):
    out, _ = local_run
    run = extract_archive([small / "manifest.csv"], tmp_path / "out", jobs=2)
    assert run.written == 4
    assert_same_archive(read_archive(out), read_archive(tmp_path / "out"))


def test_dask_cluster_gives_the_same_tables(small, local_run, tmp_path):
    distributed = pytest.importorskip("distributed")
    out, _ = local_run
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        run = extract_archive([small / "manifest.csv"], tmp_path / "out",
                              dask_address=cluster.scheduler_address)
    assert run.written == 4 and not run.errors
    assert_same_archive(read_archive(out), read_archive(tmp_path / "out"))


# ---------------------------------------------------------------- bad articles and the CLI


def test_bad_articles_are_reported_one_by_one(small, tmp_path, capsys):
    bad = tmp_path / "in"
    shutil.copytree(small / "articles", bad)
    (bad / "empty.txt").write_text("")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02")
    rc = main(["extract", str(bad), "--out", str(tmp_path / "o"), "--keep-going",
               "--published", "2001-05-05"])
    captured = capsys.readouterr()
    errs = [line for line in captured.err.splitlines() if line.startswith("workbench: error")]
    assert rc == 1 and len(errs) == 2, captured.err
    assert any("empty" in e for e in errs) and any("binary" in e for e in errs)
    assert "4 articles written" in captured.out
    assert len(read_archive(tmp_path / "o").articles) == 4
    rc = main(["extract", str(bad), "--out", str(tmp_path / "p"), "-q"])
    err = capsys.readouterr().err
    assert rc == 2 and "stopped" in err and "Traceback" not in err


def test_cli_archive_options(small, tmp_path, capsys, monkeypatch):
    rc = main(["extract", str(small / "articles"), "--out", str(tmp_path / "o"), "--format", "csv"])
    assert rc == 2 and "Parquet" in capsys.readouterr().err
    rc = main(["extract", str(small / "articles" / FOUR[0].name), "--out", str(tmp_path / "o"),
               "--jobs", "0"])
    assert rc == 2 and "--jobs" in capsys.readouterr().err
    rc = main(["extract", str(small / "manifest.csv"), "--out", str(tmp_path / "o"), "-q"])
    assert rc == 0 and len(read_archive(tmp_path / "o")) == 4
    monkeypatch.setenv(archive.DASK_ENV, "tcp://127.0.0.1:9")
    assert archive.dask_address(None) == "tcp://127.0.0.1:9"
    assert archive.dask_address("tcp://h:8786") == "tcp://h:8786"


# ---------------------------------------------------------------- over time


def _timed() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Three articles: Russia conflictual in 2000, cooperative in 2002 (one of
    them hedged, one reported); Japan cooperative throughout; one undated."""
    arts = pd.DataFrame({"article_id": ["a", "b", "c", "d"],
                         "published": ["2000-03-01", "2002-06-01", "2002-07-01", ""]})
    rows = [("a", "Russia", "territory", -1, -5.0, False, False),
            ("a", "Russia", "territory", -1, -4.0, False, True),
            ("a", "Japan", "territory", 1, 3.0, False, False),
            ("b", "Russia", "territory", 1, 3.0, False, False),
            ("b", "Russia", "peace_treaty", 1, 4.0, True, False),
            ("c", "Russia", "territory", 1, 3.0, False, False),
            ("c", "Japan", "peace_treaty", 1, 3.0, True, True),
            ("d", "Russia", "territory", -1, -5.0, False, False)]
    st = pd.DataFrame(rows, columns=["article_id", "side", "issue", "polarity", "goldstein",
                                     "hedged", "reported"])
    st["sentence"] = range(1, len(st) + 1)
    return st, arts


def test_stance_balance_by_year_and_firmness():
    from workbench.trends import stance_balance
    st, arts = _timed()
    b = stance_balance(st, arts).set_index(["period", "side", "firmness"])
    assert b.loc[("2000", "Russia", "all"), "balance"] == -1.0
    assert b.loc[("2000", "Russia", "reported"), "n"] == 1
    assert b.loc[("2002", "Russia", "all"), ["n", "n_articles", "balance"]].tolist() == [3, 2, 1.0]
    assert b.loc[("2002", "Russia", "hedged"), "n"] == 1
    assert b.loc[("2002", "Japan", "hedged"), "n"] == 1  # hedged and reported: hedged
    assert "2001" not in b.index.get_level_values(0)  # the undated article is left out
    m = stance_balance(st, arts, freq="month", by_issue=True)
    assert set(m["period"]) == {"2000-03", "2002-06", "2002-07"}
    assert set(m["issue"]) == {"territory", "peace_treaty"}
    with pytest.raises(UsageError):
        stance_balance(st, arts, freq="week")
    assert stance_balance(st.iloc[:0], arts).empty


def _language_stub() -> pd.DataFrame:
    t = pd.DataFrame({"term": ["talks", "islands"], "z": [2.5, -0.5], "side": ["Russia", ""]})
    t.attrs.update(side_a="Russia", side_b="Japan")
    return t


def test_trend_finding_and_archive_source(local_run):
    from workbench.trends import archive_finding, archive_source, trend_finding
    st, arts = _timed()
    assert trend_finding(st, "Russia", arts) == (
        "Russia's firm stances grew more cooperative: a balance of -1.00 in 2000 (1 stance), "
        "+1.00 in 2002 (2 stances).")
    assert "no firm" in trend_finding(st, "China", arts)
    assert "only year" in trend_finding(st, "Japan", arts)  # firm only in 2000
    from types import SimpleNamespace
    f = archive_finding(SimpleNamespace(stances=st, articles=arts), "Russia", "Japan",
                        language=_language_stub())
    assert f.startswith("Russia's firm stances grew more cooperative") and "'talks'" in f
    out, _ = local_run
    assert archive_source(read_archive(out)) == "Source: archive 'out' (4 articles, 2000–2003); workbench"


def test_position_over_time_draws_firm_hedged_reported_apart(local_run):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from workbench.plots_archive import position_over_time
    st, arts = _timed()
    from workbench.trends import stance_balance
    fig, ax = plt.subplots()
    position_over_time(stance_balance(st, arts), source="test", ax=ax)
    labels = {c.get_label(): c for c in ax.collections}
    assert {"Russia · firm", "Russia · hedged", "Russia · reported", "Japan · firm"} <= set(labels)
    assert "_reported" in labels  # the ring
    firm = labels["Russia · firm"]
    assert len(firm.get_offsets()) == 2 and list(firm.get_sizes()) == sorted(firm.get_sizes())
    hedged = labels["Russia · hedged"]
    assert tuple(hedged.get_facecolors()[0][:3]) == (1.0, 1.0, 1.0)  # hollow
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2000", "2002"]
    assert any("Source: test" in t.get_text() for t in ax.texts)
    plt.close(fig)
    fig, ax = plt.subplots()
    position_over_time(read_archive(local_run[0]), ax=ax)
    assert any("archive 'out'" in t.get_text() for t in ax.texts)
    plt.close("all")


def test_issue_over_time_cells_and_hatching():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from workbench.plots_archive import issue_over_time
    from workbench.trends import stance_balance
    st, arts = _timed()
    fig, ax = plt.subplots()
    issue_over_time(stance_balance(st, arts, by_issue=True), source="test", ax=ax)
    rows = [t.get_text() for t in ax.get_yticklabels()]
    assert rows == ["Territory · Russia", "Territory · Japan", "Peace treaty · Russia",
                    "Peace treaty · Japan"]
    texts = [t.get_text() for t in ax.texts]
    assert texts.count("2") == 1 and "2 · 1r" in texts and texts.count("1 · 1h") == 2
    hatched = [p for p in ax.patches if p.get_gid() == "qualified"]
    assert len(hatched) == 2  # the peace-treaty cells; 1 reported of 2 is not hatched
    fig2, ax2 = plt.subplots()
    issue_over_time(stance_balance(st.iloc[:0], arts, by_issue=True), ax=ax2)
    assert any("No dated stances" in t.get_text() for t in ax2.texts)
    plt.close("all")


def test_briefing_an_archive_adds_the_language_chart(local_run, tmp_path, capsys):
    out, _ = local_run
    rc = main(["brief", str(out), "--out", str(tmp_path / "pack"), "-q"])
    assert rc == 0, capsys.readouterr().err
    names = sorted(p.name for p in (tmp_path / "pack").iterdir())
    for chart in ("position_over_time", "issue_over_time", "language_chart"):
        assert f"{chart}.png" in names and f"{chart}.svg" in names
    assert {"archive.pdf", "compare_language.csv", "stance_balance.csv"} <= set(names)
    lang = pd.read_csv(tmp_path / "pack" / "compare_language.csv")
    assert list(lang.columns[:4]) == ["term", "n_words", "count_a", "count_b"] and len(lang)
    assert (tmp_path / "pack" / "archive.pdf").read_bytes().startswith(b"%PDF")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_archive_notebook_runs_on_another_folder(small, tmp_path):
    pm = pytest.importorskip("papermill")
    nbformat = pytest.importorskip("nbformat")
    from conftest import ROOT
    out = tmp_path / "07.ipynb"
    pm.execute_notebook(str(ROOT / "notebooks" / "07-archive.ipynb"), str(out),
                        parameters={"ARCHIVE": str(small / "manifest.csv"),
                                    "OUT": str(tmp_path / "tables")},
                        kernel_name="python3", cwd=str(ROOT / "notebooks"), progress_bar=False)
    nb = nbformat.read(out, as_version=4)
    text = "\n".join(o.get("text", "") for c in nb.cells if c.cell_type == "code"
                     for o in c.get("outputs", []))
    assert "4 articles, 4 publication years" in text
    assert "firm stances" in text  # the finding
    assert len(read_archive(tmp_path / "tables")) == 4


def test_read_tables_reads_the_datasets_too(local_run):
    out, _ = local_run
    tables = schema.read_tables(out)
    assert set(tables) == set(archive_tables) and len(tables["articles"]) == 4
    assert tables["stances"]["hedged"].dtype == bool


def test_progress_bar_shows_rate_and_eta(small, tmp_path, capsys):
    extract_archive([small / "articles" / FOUR[0].name], tmp_path / "o", progress=True)
    err = capsys.readouterr().err
    assert "extracting" in err and "article/s" in err and "<" in err  # elapsed<remaining
