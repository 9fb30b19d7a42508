"""The Cypher statements of ``cypher/``, one statement per file, read once and cached."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from helix_graph.resources import resource_dir

__all__ = ["cypher", "cypher_files", "schema_statements"]


def cypher_dir() -> Path:
    return resource_dir("cypher")


@cache
def cypher(name: str) -> str:
    """The statement in ``cypher/NAME.cypher`` (``name`` like ``"load/projects"``).

    Header comment lines are kept out of the text sent to the database.
    """
    path = cypher_dir() / f"{name}.cypher"
    if not path.is_file():
        raise KeyError(f"no Cypher file {name}.cypher in {cypher_dir()}")
    lines = [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.lstrip().startswith("//")
    ]
    return "\n".join(lines).strip()


def cypher_files(shared_only: bool = True) -> list[Path]:
    """Every ``.cypher`` file; with ``shared_only`` the ones both engines run (not ``schema/``)."""
    files = sorted(cypher_dir().rglob("*.cypher"))
    if shared_only:
        files = [f for f in files if f.parent.name != "schema"]
    return files


@cache
def schema_statements(backend: str) -> tuple[str, ...]:
    """The schema statements of one backend (``"falkordb"`` or ``"neo4j"``)."""
    text = (cypher_dir() / "schema" / f"{backend}.cypher").read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    return tuple(s.strip() for s in body.split(";") if s.strip())
