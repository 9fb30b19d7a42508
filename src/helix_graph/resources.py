"""Where the shipped Cypher files, seed data and tables live.

An installed wheel carries ``cypher/`` and ``seed/`` inside the package
(``helix_graph/_resources``); a source checkout or an editable install reads them
from the repository root. Both give the same files.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["resource_dir", "data_file"]

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
