"""Where the shipped Cypher files, seed data and tables live.

An installed wheel carries ``cypher/`` and ``seed/`` inside the package
(``helix_graph/_resources``); a source checkout or an editable install reads them
from the repository root. Both give the same files.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["resource_dir", "data_file", "data_tables"]

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """Return the directory of a shipped resource (``"cypher"`` or ``"seed"``)."""
    installed = _PACKAGE / "_resources" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parents[1] / name


def data_file(name: str) -> Path:
    """Return a table shipped in ``helix_graph/data``."""
    return _PACKAGE / "data" / name


@cache
def data_tables(name: str) -> dict:
    """The tables of a YAML file shipped in ``helix_graph/data``, read once.

    The word tables of the extractor and the classifier live there, so that a language is
    added by editing data, not code. Read through
    :func:`helix_graph.ingest.seed_files.load_yaml`, the one YAML reader (bounded aliases);
    callers turn the lists into the sets, tuples and patterns they use and must not change
    what is returned, which every caller shares.
    """
    from helix_graph.ingest.seed_files import load_yaml

    path = data_file(name)
    return load_yaml(path.read_text(encoding="utf-8"), path)[1]
