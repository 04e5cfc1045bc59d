"""End-to-end helpers: a throwaway JupyterLab server and headless Chromium.

The browser tests import their fixtures from here (``from _lab import
browser, lab, page``); there is deliberately no conftest.py in tests/e2e, so
``from conftest import ...`` in the other tests keeps meaning tests/conftest.py.

The server runs from the project's virtualenv on 127.0.0.1 with a random
token, in a temporary copy of ``notebooks/`` and ``data/`` (so the notebooks'
relative paths work and nothing they write lands in the repo), with its own
config, data, runtime, settings and workspace folders, and with everything
that would reach the internet turned off (news, update checks, the PyPI
extension manager). Its kernel is the default ``python3`` kernel of the same
interpreter; ``PYTHONPATH`` points at the repo so ``import workbench`` works
even when the package is not installed.

The browser is Debian's ``/usr/bin/chromium`` driven by Playwright for
Python; no Playwright-downloaded browser is ever used. Tests skip, with the
reason, when either is missing (``.ci/install-browser.sh`` installs chromium).
"""
from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]
OUTPUT = ROOT / "tests" / "output"
SERVER_START_TIMEOUT = 120  # s
RUN_ALL_TIMEOUT = 300_000  # ms
#: The notebook in the visible tab.
CURRENT_NOTEBOOK = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook"

# Lab settings that keep the session offline and every cell in the DOM.
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings":
        {"fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings":
        {"windowingMode": "none"},
}


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _require_browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: run `sudo bash .ci/install-browser.sh` "
                    "(Debian's chromium) to enable the browser tests")
    try:
        from playwright.sync_api import sync_playwright  # noqa: F401
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"playwright is not importable ({exc}): "
                    "`pip install playwright` (no `playwright install` needed)")
    try:
        import jupyterlab  # noqa: F401
        import ipywidgets  # noqa: F401
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"jupyterlab / ipywidgets not installed ({exc}): "
                    "`pip install -e '.[test]'`")


class LabServer:
    """A running JupyterLab; ``url(path)`` gives a tokenised address."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.root = workdir / "root"
        self.port = _free_port()
        self.token = secrets.token_hex(24)
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = workdir / "jupyterlab.log"
        self.proc: subprocess.Popen | None = None

    def url(self, path: str) -> str:
        sep = "&" if "?" in path else "?"
        return f"{self.base}/{path.lstrip('/')}{sep}token={self.token}"

    def prepare(self) -> None:
        self.root.mkdir(parents=True)
        for name in ("notebooks", "data"):
            if (ROOT / name).exists():
                shutil.copytree(ROOT / name, self.root / name,
                                ignore=shutil.ignore_patterns(
                                    ".ipynb_checkpoints", "__pycache__"))
        settings = self.workdir / "settings"
        for rel, values in LAB_SETTINGS.items():
            path = settings / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(values))
        for name in ("config", "data", "runtime", "workspaces", "ipython", "mpl"):
            (self.workdir / name).mkdir(exist_ok=True)

    def start(self) -> None:
        self.prepare()
        env = dict(os.environ)
        env.update({
            "JUPYTER_CONFIG_DIR": str(self.workdir / "config"),
            "JUPYTER_DATA_DIR": str(self.workdir / "data"),
            "JUPYTER_RUNTIME_DIR": str(self.workdir / "runtime"),
            "IPYTHONDIR": str(self.workdir / "ipython"),
            "MPLCONFIGDIR": str(self.workdir / "mpl"),
            "JUPYTER_PLATFORM_DIRS": "1",
            "PYTHONPATH": os.pathsep.join(
                [str(ROOT)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else [])),
            "PYDEVD_DISABLE_FILE_VALIDATION": "1",
        })
        env.pop("JUPYTER_PATH", None)
        cmd = [
            sys.executable, "-m", "jupyter", "lab", "--no-browser",
            "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={self.port}",
            "--ServerApp.port_retries=0",
            f"--ServerApp.token={self.token}",
            f"--ServerApp.root_dir={self.root}",
            "--ServerApp.allow_root=True",
            "--ServerApp.open_browser=False",
            "--LabApp.news_url=None",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            "--LabApp.extension_manager=readonly",
            f"--LabApp.user_settings_dir={self.workdir / 'settings'}",
            f"--LabApp.workspaces_dir={self.workdir / 'workspaces'}",
            "--LanguageServerManager.autodetect=False",
        ]
        self.log = open(self.log_path, "w")
        self.proc = subprocess.Popen(cmd, cwd=self.root, env=env, stdout=self.log,
                                     stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                     start_new_session=True)
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("JupyterLab exited early:\n" + self.tail())
            try:
                with urllib.request.urlopen(self.url("api/status"), timeout=2) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            time.sleep(0.5)
        self.stop()
        raise RuntimeError("JupyterLab did not start in time:\n" + self.tail())

    def tail(self, n: int = 60) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        try:  # a clean shutdown also ends the kernels it started
            req = urllib.request.Request(self.url("api/shutdown"), method="POST")
            urllib.request.urlopen(req, timeout=5).close()
            self.proc.wait(timeout=20)
        except Exception:  # noqa: BLE001
            pass
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
        self.log.close()


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server over a temporary copy of notebooks/ and data/."""
    _require_browser()
    server = LabServer(tmp_path_factory.mktemp("jupyterlab"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def browser():
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM),
                                      headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, lab, request):
    """A fresh browser tab; on failure its screenshot and the server log are kept."""
    context = browser.new_context(viewport={"width": 1400, "height": 3200},
                                  device_scale_factor=1)
    page = context.new_page()
    page.set_default_timeout(60_000)
    failed_before = request.session.testsfailed
    yield page
    # The call phase is reported before teardown: a new failure is this test's.
    if request.session.testsfailed > failed_before:
        OUTPUT.mkdir(parents=True, exist_ok=True)
        try:
            page.screenshot(path=str(OUTPUT / f"{request.node.name}-failure.png"))
        except Exception:  # noqa: BLE001
            pass
        (OUTPUT / f"{request.node.name}-jupyterlab.log").write_text(lab.tail(400))
    context.close()


# ------------------------------------------------------------ lab helpers


def open_notebook(page, lab: LabServer, name: str) -> None:
    """Open notebooks/*name* in JupyterLab and wait for an idle kernel."""
    # ?reset: a fresh workspace, so tabs of an earlier test do not come back.
    page.goto(lab.url(f"lab/tree/notebooks/{name}?reset"), wait_until="domcontentloaded")
    page.wait_for_selector(f"{CURRENT_NOTEBOOK} .jp-Cell", timeout=120_000)
    wait_kernel_idle(page, timeout=120_000)


def wait_kernel_idle(page, timeout: int = 120_000) -> None:
    page.wait_for_function(
        """() => {
            const bar = document.querySelector('#jp-main-statusbar');
            return !!bar && /\\|\\s*Idle/.test(bar.textContent || '');
        }""", timeout=timeout)


def run_all_cells(page, timeout: int = RUN_ALL_TIMEOUT) -> None:
    """Run → Run All Cells from the menu bar, then wait until every cell ran.

    A saved notebook already shows execution counts, so "every prompt has a
    number" only counts once a prompt was seen queued (``[*]``) after the click.
    """
    page.evaluate(
        """CURRENT => {
            window.__wbQueued = false;
            const seen = () => {
                if ([...document.querySelectorAll(CURRENT + ' .jp-CodeCell .jp-InputArea-prompt')]
                        .some(p => (p.textContent || '').includes('*'))) {
                    window.__wbQueued = true;
                }
            };
            const notebook = document.querySelector(CURRENT);
            new MutationObserver(seen).observe(
                notebook, {subtree: true, childList: true, characterData: true});
        }""", CURRENT_NOTEBOOK)
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
    page.locator(".lm-Menu-itemLabel",
                 has_text=re.compile(r"^Run All Cells$")).click()
    # Every code cell ends with an execution count and the kernel goes idle.
    page.wait_for_function(
        """CURRENT => {
            const prompts = [...document.querySelectorAll(
                CURRENT + ' .jp-CodeCell .jp-InputArea-prompt')];
            return window.__wbQueued && prompts.length > 0 && prompts.every(
                p => /\\[\\d+\\]/.test(p.textContent || ''));
        }""", arg=CURRENT_NOTEBOOK, timeout=timeout)
    wait_kernel_idle(page, timeout=timeout)


def error_outputs(page) -> list[str]:
    """Texts of the outputs that are Python errors (tracebacks)."""
    texts = page.locator(
        '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'
    ).all_inner_texts()
    return [t for t in texts if "Traceback" in t]
