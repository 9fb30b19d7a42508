"""The app's fixtures: the seed plus an organisation whose name is an HTML injection, and the
real app (``helix-graph app``) started on a free port against the test's graph."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from helix_graph.load import load_dataset
from helix_graph.model import Dataset, Organisation, Participation

APP = Path(__file__).resolve().parents[2] / "app.py"
HOSTILE_NAME = "<img src=x onerror=alert(1)>"
HOSTILE_ID = "hostile-org"


@pytest.fixture
def hostile_store(store, seed_dataset):
    """The seed, plus an association named ``<img src=x onerror=alert(1)>`` in the smartvillages project."""
    extra = Dataset(
        organisations=[
            Organisation(
                id=HOSTILE_ID,
                name=HOSTILE_NAME,
                kind="association",
                helix_sector="civil_society",
                country="SI",
            )
        ],
        participations=[
            Participation(project="smartvillages", organisation=HOSTILE_ID, role="partner")
        ],
    )
    load_dataset(store, seed_dataset.merged(extra))
    return store


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_healthy(url: str, process: subprocess.Popen, deadline_s: float = 60.0) -> None:
    """Poll Streamlit's health endpoint until it answers (or the process dies, or the deadline passes)."""
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"the app exited with code {process.returncode}: {process.stderr.read()}"
            )
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.1)
    raise TimeoutError(f"the app at {url} did not answer within {deadline_s:.0f} s")


def start_app(env: dict) -> tuple[subprocess.Popen, str]:
    """``helix-graph app --port P`` as a child process; returns it and its URL once healthy."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "helix_graph", "app", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(url, process)
    except Exception:
        stop_app(process)
        raise
    return process, url


def stop_app(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture
def running_app(hostile_store, cli_env):
    """The real app, serving the test's graph (seed + hostile name), on a free port."""
    process, url = start_app(cli_env)
    yield url
    stop_app(process)


@pytest.fixture
def progress_texts(monkeypatch):
    """The text of every progress bar drawn, in order. A bar's texts are replaced as it
    moves, so a finished page shows only the last; they are recorded on their way in."""
    import streamlit as st
    from streamlit.elements.progress import ProgressMixin

    texts = []
    new_bar, move = st.progress, ProgressMixin.progress

    def draw(value, text=None, **kwargs):
        texts.append(text)
        return new_bar(value, text, **kwargs)

    def moved(self, value, text=None, **kwargs):
        texts.append(text)
        return move(self, value, text, **kwargs)

    monkeypatch.setattr(st, "progress", draw)  # st.progress(…): a new bar
    monkeypatch.setattr(ProgressMixin, "progress", moved)  # bar.progress(…): the bar moves
    return texts


@pytest.fixture
def spinner_texts(monkeypatch):
    """The text of every spinner the pages' helpers show, in order (a spinner is gone when
    its work is done, so they are recorded on their way in)."""
    import streamlit as st

    texts = []
    spin = st.spinner

    def recorded(text="In progress...", **kwargs):
        texts.append(text)
        return spin(text, **kwargs)

    monkeypatch.setattr(st, "spinner", recorded)
    return texts


@pytest.fixture
def offered_files(monkeypatch):
    """Each file a page offers for download, by file name: (mime type, its data or the
    function that makes it). AppTest shows a download button's label and key but not its
    file's name, so the files are recorded on their way to Streamlit."""
    from streamlit.runtime.media_file_manager import MediaFileManager

    offered = {}
    add_deferred = MediaFileManager.add_deferred

    def record(self, data, mimetype, coordinates, file_name=None, **kwargs):
        offered[file_name] = (mimetype, data)
        return add_deferred(self, data, mimetype, coordinates, file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", record)
    return offered
