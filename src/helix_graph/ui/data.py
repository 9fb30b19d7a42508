"""Data: the store's status and counts; load the seed or data files, with a progress bar."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from helix_graph.errors import HelixError
from helix_graph.ingest.seed_files import read_dataset
from helix_graph.load import graph_counts, load_dataset
from helix_graph.resources import resource_dir
from helix_graph.store import GraphStore
from helix_graph.ui.common import show_table
from helix_graph.viz import markdown_text

__all__ = ["render", "load_with_progress"]


def load_with_progress(store: GraphStore, paths: list[Path]) -> dict[str, int]:
    """Read, check and load ``paths`` with a Streamlit progress bar; the rows loaded per section."""
    dataset = read_dataset(paths)
    bar = st.progress(0.0, text="checking…")

    def progress(step: str, done: int, total: int) -> None:
        bar.progress(
            min(done / total, 1.0) if total else 1.0, text=f"{step}: {done:,} of {total:,} rows"
        )

    load_dataset(store, dataset, progress=progress)
    bar.progress(1.0, text="loaded")
    return dataset.counts()


def _counts_table(counts: dict) -> pd.DataFrame:
    rows = [{"what": "node", "name": k, "count": v} for k, v in counts["nodes"].items()]
    rows += [
        {"what": "relationship", "name": k, "count": v} for k, v in counts["relationships"].items()
    ]
    return pd.DataFrame(rows)


def render(store: GraphStore) -> None:
    st.header("Data")
    if message := st.session_state.pop("data_message", None):
        st.success(message)
    where = store.describe()
    st.subheader("Store")
    show_table(
        pd.DataFrame([{"setting": k, "value": str(v)} for k, v in where.items()]),
        "data_store_table",
    )
    counts = graph_counts(store)
    show_table(_counts_table(counts), "data_counts_table")
    st.subheader("Load")
    st.caption("Loading merges on ids: loading the same data twice changes nothing.")
    if st.button("Load the seed (the four projects of the seed documents)", key="data_load_seed"):
        try:
            loaded = load_with_progress(store, [resource_dir("seed")])
        except HelixError as exc:
            st.error(markdown_text(exc))
        else:
            st.session_state["data_message"] = (
                "Loaded " + ", ".join(f"{n:,} {k}" for k, n in loaded.items()) + "."
            )
            st.rerun()  # so the counts above show what was loaded
    files = st.file_uploader(
        "Data files in the seed format (YAML or CSV)",
        type=["yaml", "yml", "csv"],
        accept_multiple_files=True,
        key="data_upload",
    )
    if files and st.button("Load these files", key="data_load_files"):
        with tempfile.TemporaryDirectory(prefix="helix-upload-") as folder:
            paths = []
            for upload in files:
                path = (
                    Path(folder) / Path(upload.name).name
                )  # the bare name only: no path from the browser
                path.write_bytes(upload.getvalue())
                paths.append(path)
            try:
                loaded = load_with_progress(store, paths)
            except HelixError as exc:
                st.error(markdown_text(exc))
            else:
                st.session_state["data_message"] = (
                    "Loaded " + ", ".join(f"{n:,} {k}" for k, n in loaded.items()) + "."
                )
                st.rerun()
