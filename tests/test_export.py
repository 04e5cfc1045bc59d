"""save_figure: reproducible bytes, atomic writes, no silent overwrites."""
from __future__ import annotations

import os

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from workbench import export, plots  # noqa: E402

try:
    import conftest_plots as F  # noqa: E402
except ImportError:
    from tests import conftest_plots as F  # noqa: E402
from conftest_plots import close_figures  # noqa: E402,F401  (shared fixtures)




def _figure():
    fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
    plots.position_track(F.stances_two(), source=F.articles_two(), ax=ax)
    return fig


@pytest.mark.parametrize("epoch", [None, "946684800"])
def test_same_figure_same_bytes(tmp_path, monkeypatch, epoch):
    if epoch is None:
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    else:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    first = export.save_figure(_figure(), tmp_path / "a" / "chart", dpi=100)
    plt.close("all")
    second = export.save_figure(_figure(), tmp_path / "b" / "chart", dpi=100)
    assert [p.name for p in first] == ["chart.png", "chart.svg", "chart.pdf"]
    for a, b in zip(first, second):
        assert a.read_bytes() == b.read_bytes(), a.name
    svg = first[1].read_text(encoding="utf-8")
    pdf = first[2].read_bytes()
    assert b"Matplotlib" not in first[0].read_bytes()  # no Software chunk
    if epoch is None:
        assert "<dc:date>" not in svg and b"CreationDate" not in pdf
    else:
        assert "<dc:date>2000-01-01T00:00:00+00:00</dc:date>" in svg
        assert b"D:20000101000000" in pdf


def test_png_resolution_and_suffix_is_the_stem(tmp_path):
    fig = _figure()
    paths = export.save_figure(fig, tmp_path / "track.png", formats=("png",), dpi=200)
    assert paths == [tmp_path / "track.png"]
    from PIL import Image

    with Image.open(paths[0]) as im:
        width, _ = im.size
    assert width >= 6 * 200 * 0.8  # print resolution, tight bbox trims a little
    paths = export.save_figure(fig, tmp_path / "track.v2", formats="svg")
    assert paths == [tmp_path / "track.v2.svg"]


def test_refuses_to_replace_unless_told(tmp_path):
    fig = _figure()
    target = tmp_path / "chart.png"
    target.write_bytes(b"old")
    with pytest.raises(FileExistsError, match="overwrite=True"):
        export.save_figure(fig, tmp_path / "chart")
    assert target.read_bytes() == b"old"
    # nothing at all was written: the check comes first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png"]
    paths = export.save_figure(fig, tmp_path / "chart", overwrite=True)
    assert len(paths) == 3 and target.read_bytes().startswith(b"\x89PNG")


def test_failed_write_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    fig = _figure()
    target = tmp_path / "chart.pdf"
    target.write_bytes(b"old pdf")

    def broken(fname, *args, **kwargs):
        with open(fname, "wb") as fh:
            fh.write(b"half a file")
        raise RuntimeError("disk full")

    monkeypatch.setattr(fig, "savefig", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        export.save_figure(fig, tmp_path / "chart", formats=("pdf",), overwrite=True)
    assert target.read_bytes() == b"old pdf"
    assert [p.name for p in tmp_path.iterdir()] == ["chart.pdf"]


def test_written_files_have_normal_permissions(tmp_path):
    (path,) = export.save_figure(_figure(), tmp_path / "c", formats=("png",))
    mask = os.umask(0)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask


def test_unknown_format(tmp_path):
    with pytest.raises(ValueError, match="unsupported"):
        export.save_figure(_figure(), tmp_path / "c", formats=("gif",))
