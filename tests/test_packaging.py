"""The package outside the checkout: a wheel, installed into a fresh virtual
environment, runs `workbench extract` and `brief` from another folder with its
own lexicons (nothing read from the checkout)."""
from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

from conftest import BUNDLED, ROOT


def test_wheel_runs_outside_the_checkout(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(ROOT)],
                   check=True, capture_output=True)
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", *map(str, wheels.glob("*.whl"))],
                   check=True, capture_output=True)
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "WORKBENCH_LEXICONS")}
    lex = subprocess.run([str(py), "-c", "from workbench.lexicons import lexicon_dir; print(lexicon_dir())"],
                         cwd=work, env=env, check=True, capture_output=True, text=True).stdout.strip()
    assert str(env_dir) in lex and str(ROOT) not in lex
    wb = env_dir / "bin" / "workbench"
    subprocess.run([str(wb), "extract", str(BUNDLED), "--out", "tables", "--quiet"], cwd=work, env=env,
                   check=True, capture_output=True)
    subprocess.run([str(wb), "brief", str(BUNDLED), "--out", "pack"], cwd=work, env=env,
                   check=True, capture_output=True)
    assert (work / "tables" / "stances.csv").stat().st_size > 0
    # the tone model came with the wheel: the tone table has a row per mention of a side
    assert len((work / "tables" / "tone.csv").read_text().splitlines()) > 20
    assert (work / "pack" / "brief.pdf").stat().st_size > 0
