from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from workbench import __version__, schema
from workbench.cli import main

from conftest import BUNDLED, DEV_ARTICLES


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0
    assert __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "extract" in out and "brief" in out


def test_extract_writes_the_seven_tables(tmp_path, capsys):
    assert main(["extract", str(BUNDLED), "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Russia" in out and "Japan" in out and "stances" in out
    for name in schema.TABLES:
        df = pd.read_csv(tmp_path / f"{name}.csv")
        assert list(df.columns)[:len(schema.COLUMNS[name])] == schema.COLUMNS[name]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_extract_several_articles_stacks_by_article_id(tmp_path):
    others = sorted(DEV_ARTICLES.glob("*.txt"))[:2]
    assert main(["extract", str(BUNDLED), *map(str, others), "--out", str(tmp_path), "-q"]) == 0
    arts = pd.read_csv(tmp_path / "articles.csv")
    assert len(arts) == 1 + len(others)
    st = pd.read_csv(tmp_path / "stances.csv")
    assert set(st["article_id"]) <= set(arts["article_id"])


def test_parquet(tmp_path):
    pytest.importorskip("pyarrow")
    assert main(["extract", str(BUNDLED), "--out", str(tmp_path), "--format", "parquet", "-q"]) == 0
    df = pd.read_parquet(tmp_path / "stances")  # a dataset folder, partitioned by year
    assert len(df) > 10


def test_module_entry_point_bad_input_exit_status(tmp_path):
    r = subprocess.run([sys.executable, "-m", "workbench", "extract", str(tmp_path / "x.txt"),
                        "--out", str(tmp_path / "o")], capture_output=True, text=True)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr


def test_import_is_light():
    code = ("import sys, workbench; bad = [m for m in ('matplotlib', 'textblob', 'vaderSentiment', "
            "'pandas') if m in sys.modules]; print(bad)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert r.stdout.strip() == "[]"


def test_read_tables_restores_the_dtypes(tmp_path):
    from workbench import load_article, read_tables
    from workbench.cli import main
    assert main(["extract", str(BUNDLED), "--out", str(tmp_path / "t"), "--quiet"]) == 0
    back = read_tables(tmp_path / "t")
    art = load_article(BUNDLED)
    for name in ("stances", "sentences", "timeline", "mentions"):
        assert list(back[name].columns) == list(getattr(art, name).columns)
        assert dict(back[name].dtypes) == dict(getattr(art, name).dtypes), name
    st = back["stances"]
    assert "010" in set(st.cameo) or all(len(c) >= 2 for c in st.cameo)
    assert (st.cameo == art.stances.cameo).all() and (st.hedged == art.stances.hedged).all()
