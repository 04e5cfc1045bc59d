"""Faults and hostile input (issue 8): nothing outside the output folder is
touched, nothing is half-written, nothing hangs, every bad input is one line."""
from __future__ import annotations

import functools
import json
import os

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from workbench import WorkbenchError, brief  # noqa: E402

try:
    import conftest_plots as F  # noqa: E402
except ImportError:
    from tests import conftest_plots as F  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture
def fast(monkeypatch):
    """Low-resolution PNGs: what is written where is what these tests are about."""
    real = brief.save_figure

    def low(fig, path, *args, **kw):
        kw["dpi"] = 20
        return real(fig, path, *args, **kw)

    monkeypatch.setattr(brief, "save_figure", low)


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
