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

    The word tables of the extractor and the classifier and the Interreg programmes live
    there, so that a language or a programme is added by editing data, not code. The files
    are the package's own, so they are read with libyaml's safe loader where it is
    installed (about ten times faster than the pure-Python one); a person's files go through
    :func:`helix_graph.ingest.seed_files.load_yaml`, which bounds aliases. Callers turn the
    lists into the sets, tuples and patterns they use and must not change what is returned,
    which every caller shares.
    """
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with data_file(name).open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)
