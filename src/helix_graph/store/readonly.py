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

__all__ = ["ensure_read_only", "limited", "LIMIT_PARAMETER"]

LIMIT_PARAMETER = "helix_row_limit"
"""The parameter :func:`limited` adds to a query (a name no person's query is likely to use)."""

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


def _masked(query: str) -> str:
    """``query`` with its strings and comments blanked, every character kept in place."""
    return _STRINGS_AND_COMMENTS.sub(lambda m: " " * len(m.group()), query)


_UNION = re.compile(r"\bUNION(\s+ALL)?\b", re.IGNORECASE)
_TRAILING_LIMIT = re.compile(r"\bLIMIT\s+(\d+)\s*$", re.IGNORECASE)
_RETURN = re.compile(r"\bRETURN\b", re.IGNORECASE)


def _top_level(masked: str, pattern: re.Pattern) -> list[re.Match]:
    """Matches of ``pattern`` outside every ``{…}`` (subqueries, maps) of a masked query."""
    depth, found, depths = 0, [], []
    for char in masked:
        depth += char == "{"
        depth -= char == "}"
        depths.append(depth)
    for match in pattern.finditer(masked):
        if depths[match.start()] == 0:
            found.append(match)
    return found


def _limit_part(part: str, masked: str, limit: int) -> str:
    """One part of a query (no UNION) with ``LIMIT $helix_row_limit`` as its last word."""
    end = len(masked.rstrip())
    trailing = _TRAILING_LIMIT.search(masked[:end])
    if trailing:  # a LIMIT of its own: the smaller of the two
        if int(trailing.group(1)) <= limit:
            return part
        return part[: trailing.start()] + f"LIMIT ${LIMIT_PARAMETER}" + part[end:]
    if not _top_level(masked, _RETURN):
        return part  # a procedure call, or a subquery on its own: cut after reading
    return part[:end] + f" LIMIT ${LIMIT_PARAMETER}" + part[end:]


def limited(query: str, limit: int) -> str:
    """``query`` made to return at most ``$helix_row_limit`` rows, so the server stops there.

    A final ``RETURN`` gets ``LIMIT $helix_row_limit`` (which the caller sets to ``limit``),
    each part of a UNION too; one with a LIMIT of its own keeps it if it is no larger. A
    query the rule does not fit (a procedure call on its own) is returned as it is and
    cut by the caller.

    Examples
    --------
    >>> limited("MATCH (n) RETURN n.id // the ids", 5)
    'MATCH (n) RETURN n.id LIMIT $helix_row_limit // the ids'
    >>> limited("MATCH (n) RETURN n.name AS name ORDER BY name LIMIT 3;", 5)
    'MATCH (n) RETURN n.name AS name ORDER BY name LIMIT 3;'
    >>> limited("MATCH (n) RETURN n.name LIMIT 30 UNION MATCH (m) RETURN m.name", 5)
    'MATCH (n) RETURN n.name LIMIT $helix_row_limit UNION MATCH (m) RETURN m.name LIMIT $helix_row_limit'
    >>> limited("CALL db.labels()", 5)
    'CALL db.labels()'
    """
    masked = _masked(query)
    body_end = len(masked.rstrip().rstrip(";").rstrip())
    # the comment or semicolon after the last clause stays after it
    body, tail, masked_body = query[:body_end], query[body_end:], masked[:body_end]
    cuts = [m.span() for m in _top_level(masked_body, _UNION)]
    pieces, start = [], 0
    for begin, end in cuts:
        pieces.append(_limit_part(body[start:begin], masked_body[start:begin], limit))
        pieces.append(body[begin:end])
        start = end
    pieces.append(_limit_part(body[start:], masked_body[start:], limit))
    return "".join(pieces) + tail
