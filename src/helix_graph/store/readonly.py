"""Refuse Cypher that would write, before it reaches a database.

The engines enforce read-only access too (FalkorDB ``GRAPH.RO_QUERY``; Neo4j a read
transaction plus the planner's query type), but neither stops everything: FalkorDB's
read-only command still runs ``LOAD CSV`` (which reads files on the server) and a single
Neo4j server runs writes inside a read transaction. This lexical check comes first and
names the clause it refuses.
"""

from __future__ import annotations

import re

from helix_graph.errors import ReadOnlyError

__all__ = ["ensure_read_only"]

_STRINGS_AND_COMMENTS = re.compile(
    r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL
)
_WRITE_CLAUSES = re.compile(
    r"(?<![\w.:$])(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|FOREACH|LOAD\s+CSV|ALTER|GRANT|DENY|REVOKE"
    r"|START\s+DATABASE|STOP\s+DATABASE|TERMINATE)\b",
    re.IGNORECASE,
)
_CALL = re.compile(r"\bCALL\s+([A-Za-z_][\w.]*)", re.IGNORECASE)
_READ_PROCEDURES = re.compile(
    r"^(db\.labels|db\.relationshiptypes|db\.propertykeys|db\.indexes|db\.constraints|db\.schema\.\w+"
    r"|db\.idx\.fulltext\.querynodes|db\.idx\.fulltext\.queryrelationships|db\.idx\.vector\.querynodes"
    r"|db\.meta\.stats|algo\.\w+|dbms\.components|dbms\.procedures|dbms\.functions"
    r"|show\w*)$",
    re.IGNORECASE,
)


def ensure_read_only(query: str) -> None:
    """Raise ReadOnlyError if ``query`` contains a clause or procedure that writes.

    Parameters
    ----------
    query : str
        A Cypher query.

    Raises
    ------
    ReadOnlyError
        Naming the first writing clause (CREATE, MERGE, SET, DELETE, REMOVE, DROP,
        LOAD CSV, …) or a procedure call not known to be read-only.

    Examples
    --------
    >>> ensure_read_only("MATCH (n:Project) WHERE n.title = 'CREATE' RETURN n")
    >>> ensure_read_only("MATCH (n) DETACH DELETE n")
    Traceback (most recent call last):
    ...
    helix_graph.errors.ReadOnlyError: The query console is read-only: DETACH would change the graph; use MATCH … RETURN to read.
    """
    code = _STRINGS_AND_COMMENTS.sub(" ", query)
    found = _WRITE_CLAUSES.search(code)
    if found:
        clause = " ".join(found.group(1).upper().split())
        raise ReadOnlyError(
            f"The query console is read-only: {clause} would change the graph; use MATCH … RETURN to read."
        )
    for call in _CALL.finditer(code):
        if not _READ_PROCEDURES.match(call.group(1)):
            raise ReadOnlyError(
                f"The query console is read-only: procedure {call.group(1)} is not known to be read-only; "
                "use MATCH … RETURN to read."
            )
