"""Entity resolution: the same organisation or project named differently across sources.

Names are compared after normalising them: case, diacritics, legal-form suffixes
(GmbH, d.o.o., e.V.…), words for the same thing in different languages (Univerza,
University, Universität → ``university``), small words (v, of, di, für…), inflected
endings (Mariboru ~ Maribor, by comparing word stems; a word with a digit is kept whole),
``@`` read as ``a`` and a name in parentheses taken as another name ("sm@rt region
(Smart Region)"). Two records merge when

- an explicit alias says so (``same:`` in an aliases file, or ``accept`` in a review file), or
- their normalised names are equal and, for organisations, so are their countries, or
- their similarity (rapidfuzz ``token_sort_ratio`` of the normalised names) reaches the
  threshold, the numbers in them agree, and, for organisations, so do their countries;

and never when an aliases file says they are ``distinct`` (or a review file ``reject``).

The rules for what is left to a person (:func:`propose_merges`, decision empty):

- Two countries are two organisations, whatever the names: two municipalities called
  Region West in France and Switzerland never merge, and no score makes them one.
- A record without a country is never merged on its own: when its name (normalised) is
  that of records in exactly one country, or it is like another record without a
  country, the pair is proposed for review.
- Names alike with a score from :data:`REVIEW_FLOOR` up to the threshold are proposed for
  review. A word that is there in one name and not in the other counts against the pair,
  so "Mestna občina Ptuj" (the City Municipality of Ptuj, the one municipality's full
  title) and "Občina Ptuj" score about 83: a judgment a person makes, never automatic —
  the same missing word separates "Stadt München" from "Landkreis München", which are two.

Only pairs that can be alike are compared: records in the same block (organisations by
country) sharing a word that few names of the block have, or next to each other in the
block's sorted names (see :func:`_candidate_pairs`); never all pairs.

Every merge is returned as a :class:`Merge`; the kept record takes the other's names as
``aliases`` and its sources, and a note names the merged id. ``helix-graph import cordis
--resolve`` writes the proposals to a review file (:func:`write_review`), makes the
accepted ones in the graph (:func:`apply_merges`) and can undo each (:func:`undo_merges`).
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cpdist
from scipy import sparse

from helix_graph.errors import DataError, UsageError
from helix_graph.ingest.countries import fold
from helix_graph.load import _dump as load_rows
from helix_graph.model import Dataset, Organisation, Participation, Project
from helix_graph.store.base import GraphStore
from helix_graph.store.cypher import cypher

__all__ = [
    "Merge",
    "Aliases",
    "ReviewRow",
    "normalise_name",
    "resolve",
    "propose_merges",
    "read_aliases",
    "write_review",
    "read_review",
    "apply_merges",
    "undo_merges",
    "undo_path",
    "DEFAULT_THRESHOLD",
    "REVIEW_FLOOR",
]

DEFAULT_THRESHOLD = 90.0
REVIEW_FLOOR = 80.0
"""Names alike from this score up to the threshold are proposed for a person to decide."""
MAX_BLOCK = 100
"""A word more names of one country share than this is no blocking key (university, organisation)."""
WINDOW = 3
"""Sorted neighbourhood: each name is compared with this many next to it in sorted order."""
ACCEPT, REJECT, REVIEW = "accept", "reject", ""

_LEGAL_FORMS = re.compile(
    r"(?<![a-z0-9])(?:d\.?\s?o\.?\s?o|d\.?\s?d|gmbh|betriebs-gmbh|ag|kg|e\.?\s?v|s\.?\s?r\.?\s?l|s\.?\s?p\.?\s?a|"
    r"sarl|sas|oy|oyj|ab|ltd|limited|plc|llc|inc|bv|nv|sia|uab|kft|zrt|s\.?\s?r\.?\s?o|a\.?\s?s|r\.?\s?s|"
    r"z\.?\s?s\.?\s?o)\.?(?![a-z0-9])"
)
_SYNONYMS = {
    "university": [
        "univerza",
        "univerzo",
        "univerze",
        "univerzi",
        "university",
        "universitat",
        "universitaet",
        "universita",
        "universite",
        "universidad",
        "universitate",
        "universitati",
        "uniwersytet",
        "univerzita",
        "sveuciliste",
        "egyetem",
        "yliopisto",
    ],
    "municipality": [
        "obcina",
        "obcino",
        "obcine",
        "obcini",
        "municipality",
        "gemeinde",
        "comune",
        "commune",
        "pasvaldiba",
        "gmina",
        "kunta",
        "opcina",
    ],
    "city": [
        "mesto",
        "mestom",
        "mestu",
        "city",
        "ville",
        "citta",
        "stadt",
        "grad",
        "miasto",
        "pilseta",
    ],
    "agency": [
        "agencija",
        "agencijo",
        "agenciji",
        "agency",
        "agentur",
        "agenzia",
        "agence",
        "agentura",
        "agencja",
        "agenturu",
    ],
    "chamber": [
        "zbornica",
        "zbornico",
        "chamber",
        "kammer",
        "camera",
        "chambre",
        "komora",
        "kamara",
        "izba",
    ],
    "institute": ["institut", "institutom", "institute", "istituto", "instytut", "instituts"],
    "centre": [
        "center",
        "centrom",
        "centre",
        "centro",
        "zentrum",
        "centrs",
        "centrum",
        "centar",
        "kozpont",
    ],
    "faculty": ["fakulteta", "faculty", "fakultat", "facolta", "faculte", "fakultate"],
    "region": ["regija", "region", "regione", "reģions", "regions"],
    "development": [
        "razvojna",
        "razvoj",
        "development",
        "entwicklung",
        "sviluppo",
        "developpement",
        "attistibas",
        "rozwoju",
        "fejlesztesi",
    ],
    "technology": [
        # "Technische Universität" is the "University of Technology" (TU Graz, TU München)
        "technische",
        "technischen",
        "technical",
        "tecnica",
        "tecnico",
        "technicka",
        "tehnologij",
        "technology",
        "technologie",
        "tecnologia",
        "technologique",
        "tehnologiju",
        "tehnologijas",
    ],
    "applied sciences": [
        "fachhochschule",
        "university of applied sciences",
        "hogeschool",
        "ammattikorkeakoulu",
    ],
    "society": ["society", "gesellschaft", "societa", "societe", "sociedad", "spolecnost"],
}
_SYNONYM_OF = {fold(word): canonical for canonical, words in _SYNONYMS.items() for word in words}
_STOPWORDS = {
    "v",
    "of",
    "the",
    "za",
    "in",
    "di",
    "de",
    "del",
    "della",
    "der",
    "die",
    "das",
    "fur",
    "la",
    "le",
    "du",
    "des",
    "and",
    "und",
    "et",
    "e",
    "un",
    "na",
    "pri",
    "for",
    "en",
    "y",
    "i",
    "a",
    "an",
    "von",
    "zu",
}


def _stem(word: str) -> str:
    """Words longer than six letters compared by their first six, so inflected endings do not count.

    A word with a digit in it is an identifier (a number, a PIC, "2i") and is kept whole:
    cut to six characters, "Organisation 999123456" and "Organisation 999123789" would be
    one name.
    """
    if len(word) <= 6 or any(c.isdigit() for c in word):
        return word
    return word[:6]


@lru_cache(maxsize=1 << 18)
def normalise_name(name: str) -> str:
    """The comparable form of a name.

    >>> normalise_name("Univerza v Mariboru"), normalise_name("University of Maribor")
    ('maribo university', 'maribo university')
    >>> normalise_name("Sm@rt Region")
    'region smart'
    >>> normalise_name("Organisation 999123456")
    '999123456 organi'
    """
    text = fold(name).replace("@", "a").replace("&", " and ")
    text = _LEGAL_FORMS.sub(" ", text)
    for phrase, canonical in (("university of applied sciences", "applied sciences"),):
        text = text.replace(phrase, canonical)
    # "TU Graz", "TU Munich": the Technische Universität, University of Technology
    text = re.sub(r"(?<![a-z0-9])tu(?![a-z0-9])", "technische universitat", text)
    words = []
    for word in re.findall(r"[a-z0-9]+", text):
        if word in _STOPWORDS:
            continue
        words.append(_SYNONYM_OF.get(word) or _SYNONYM_OF.get(_stem(word)) or _stem(word))
    return " ".join(sorted(words))


@dataclass(frozen=True)
class Merge:
    """One merge: ``merged`` folded into ``kept``.

    ``decision`` is ``"accept"`` (made, or made when the review file is applied),
    ``"reject"`` (the two stay apart) or ``""`` (a person decides: a judgment, see the
    module notes).
    """

    kind: str  # "organisation" or "project"
    kept: str
    kept_name: str
    merged: str
    merged_name: str
    rule: str
    score: float
    decision: str = ACCEPT

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class Aliases:
    """Explicit knowledge: names (or ids) that are the same, and pairs that are not."""

    same: list[list[str]]
    distinct: list[list[str]]


def read_aliases(path: str | Path) -> Aliases:
    """Read an aliases file: ``same: [[name or id, …], …]`` and ``distinct: [[a, b], …]``.

    Also accepted: ``same:`` as a mapping ``canonical name: [other names]``, and a review
    file of proposed merges (``.csv``, see :func:`write_review`), whose accepted rows are
    ``same`` pairs and rejected rows ``distinct`` pairs.
    """
    path = Path(path)
    if path.suffix.lower() == ".csv":
        rows = read_review(path)
        return Aliases(
            same=[[r.kept, r.merged] for r in rows if r.decision == ACCEPT],
            distinct=[[r.kept, r.merged] for r in rows if r.decision == REJECT],
        )
    from helix_graph.ingest.seed_files import load_yaml  # aliases expanded within a budget

    try:
        document = load_yaml(path.read_text(encoding="utf-8-sig"), path)[1] or {}
    except OSError as exc:
        raise DataError(
            f"{path}: the aliases file cannot be read ({exc.strerror}); check the path",
            file=str(path),
        ) from None
    if not isinstance(document, dict) or set(document) - {"same", "distinct"}:
        raise DataError(
            f"{path}: an aliases file is a mapping with the keys same: and distinct:",
            file=str(path),
        )
    same = document.get("same") or []
    if isinstance(same, dict):  # name: [its other names]
        same = [
            [key, *(values if isinstance(values, list) else [values] if values else [])]
            for key, values in same.items()
        ]
    for key in ("same", "distinct"):
        groups = same if key == "same" else document.get("distinct") or []
        if not isinstance(groups, list):
            raise DataError(
                f"{path} ({key}): a list of entries, each a list of two or more names or ids",
                file=str(path),
                field=key,
            )
        for index, group in enumerate(groups, start=1):
            if (
                not isinstance(group, list)
                or len(group) < 2
                or not all(isinstance(v, str) for v in group)
            ):
                raise DataError(
                    f"{path} ({key} entry {index}): each entry is a list of two or more names or ids",
                    file=str(path),
                    record=str(index),
                    field=key,
                )
    return Aliases(same=same, distinct=document.get("distinct") or [])


class _Groups:
    """Union-find over record indexes."""

    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, keep: int, other: int) -> bool:
        a, b = self.find(keep), self.find(other)
        if a == b:
            return False
        if b < a:
            a, b = b, a
        self.parent[b] = a
        return True


def _names(record) -> list[str]:
    if isinstance(record, Project):
        raw = [record.acronym, record.title or "", *record.aliases]
    else:
        raw = [record.name, record.name_local or "", *record.aliases]
    names = []
    for name in filter(None, raw):
        names.append(name)
        inner = re.match(r"^(.*\S)\s*\(([^()]+)\)\s*$", name)  # "sm@rt region (Smart Region)"
        if inner:
            names += [inner.group(1), inner.group(2)]
    return names


_UNKNOWN = "?"  # the block of organisations without a country


def _block(record) -> str:
    """Records are compared only within a block: organisations by country, projects all together."""
    if isinstance(record, Organisation):
        return record.country or _UNKNOWN
    return ""


def _candidate_pairs(keys: list[str], blocks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of names (``a < b``, indexes into ``keys``) worth scoring.

    Two names are candidates when they are in the same block and share a word that at
    most :data:`MAX_BLOCK` names of that block have (a sparse names × words matrix ``E``,
    the pairs read off ``E Eᵀ``), or when they are neighbours once the block's names are
    sorted (sorted neighbourhood, :data:`WINDOW` either side), which finds a typo in the
    first letters' order. A word as common as "university" is no evidence and, as a
    blocking key, would bring back all pairs.
    """
    columns: dict[tuple[int, str], int] = {}
    rows, cols = [], []
    for index, (key, block) in enumerate(zip(keys, blocks.tolist())):
        for word in set(key.split()):
            rows.append(index)
            cols.append(columns.setdefault((block, word), len(columns)))
    rows_a, cols_a = np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)
    sizes = np.bincount(cols_a, minlength=len(columns))
    useful = (sizes[cols_a] >= 2) & (sizes[cols_a] <= MAX_BLOCK)
    incidence = sparse.csr_matrix(
        (np.ones(int(useful.sum()), dtype=np.int32), (rows_a[useful], cols_a[useful])),
        shape=(len(keys), max(len(columns), 1)),
    )
    shared = sparse.triu(incidence @ incidence.T, k=1).tocoo()
    order = np.lexsort((np.asarray(keys, dtype=object), blocks))
    near_a, near_b = [shared.row.astype(np.int64)], [shared.col.astype(np.int64)]
    for step in range(1, WINDOW + 1):
        first, second = order[:-step], order[step:]
        same_block = blocks[first] == blocks[second]
        near_a.append(np.minimum(first, second)[same_block])
        near_b.append(np.maximum(first, second)[same_block])
    pairs = np.unique(np.stack([np.concatenate(near_a), np.concatenate(near_b)]), axis=1)
    return pairs[0], pairs[1]


def _pairs(
    records: list,
    aliases: Aliases | None,
    threshold: float,
    floor: float,
    fixed: int,
    stage=None,
):
    """Candidate merges as ``(i, j, rule, score, decision)``, best evidence first.

    Records ``< fixed`` are already in the graph: they are never paired with each other.
    ``stage(name)`` is called as each stage begins.
    """
    stage = stage or (lambda name: None)
    stage("normalising names")
    lookup: dict[str, int] = {}
    for i, record in enumerate(records if aliases and aliases.same else ()):
        lookup.setdefault(fold(record.id), i)
        for name in _names(record):
            lookup.setdefault(fold(name), i)
    found = []
    for group in aliases.same if aliases else []:
        members = [lookup[fold(v)] for v in group if fold(v) in lookup]
        found += [(members[0], j, "explicit alias", 100.0, ACCEPT) for j in members[1:]]
    # one entry per (record, distinct normalised name)
    owner: list[int] = []
    keys: list[str] = []
    block_of: list[str] = []
    for i, record in enumerate(records):
        block = _block(record)
        for key in dict.fromkeys(normalise_name(n) for n in _names(record)):
            if key:
                owner.append(i)
                keys.append(key)
                block_of.append(block)
    first: dict[tuple[str, str], int] = {}
    countries_of_key: dict[str, set[str]] = {}
    for i, key, block in zip(owner, keys, block_of):
        earlier = first.setdefault((block, key), i)
        if earlier != i and not (earlier < fixed and i < fixed):
            rule, decision = "same name after normalising", ACCEPT
            if block == _UNKNOWN:
                rule, decision = "same name, countries unknown", REVIEW
            found.append((earlier, i, rule, 100.0, decision))
        if block not in (_UNKNOWN, ""):
            countries_of_key.setdefault(key, set()).add(block)
    # a record without a country meets the one country whose records have its name
    for i, key, block in zip(owner, keys, block_of):
        countries = countries_of_key.get(key, ()) if block == _UNKNOWN else ()
        if len(countries) == 1:
            j = first[(next(iter(countries)), key)]
            if not (i < fixed and j < fixed):
                found.append((j, i, "same name, one country unknown", 100.0, REVIEW))
    found += _acronym_pairs(records, fixed)
    if keys:
        stage("comparing names alike")
        block_codes = {b: n for n, b in enumerate(dict.fromkeys(block_of))}
        blocks = np.fromiter((block_codes[b] for b in block_of), dtype=np.int64, count=len(keys))
        a, b = _candidate_pairs(keys, blocks)
        owners = np.asarray(owner, dtype=np.int64)
        keep = (owners[a] != owners[b]) & ~((owners[a] < fixed) & (owners[b] < fixed))
        a, b = a[keep], b[keep]
        left, right = [keys[k] for k in a], [keys[k] for k in b]
        scores = cpdist(left, right, scorer=fuzz.token_sort_ratio, workers=-1)
        # one name all of whose words are in the other ("Fraunhofer-Gesellschaft" in its
        # full legal name): token_set_ratio is 100
        within = cpdist(left, right, scorer=fuzz.token_set_ratio, score_cutoff=100, workers=-1)
        for k in np.flatnonzero((scores >= floor) | (within >= 100)):
            ka, kb, score = keys[a[k]], keys[b[k]], float(scores[k])
            if ka == kb or _numbers(ka) != _numbers(kb):
                continue  # equal names were paired above; "Project 12" is not "Project 13"
            i, j = sorted((int(owners[a[k]]), int(owners[b[k]])))
            unknown = block_of[a[k]] == _UNKNOWN
            if score >= floor:
                decision = ACCEPT if score >= threshold and not unknown else REVIEW
                rule = "similar name" + (", countries unknown" if unknown else "")
            elif min(len(ka.split()), len(kb.split())) >= 2:
                decision, rule = REVIEW, "one name within the other"
            else:
                continue  # one word in a longer name ("graz" in "graz university") says little
            found.append((i, j, rule, score, decision))
    rank = {ACCEPT: 0, REVIEW: 1}
    kind = {"explicit alias": 0, "same name after normalising": 1}
    found.sort(key=lambda f: (rank[f[4]], kind.get(f[2], 2), -f[3], f[0], f[1]))
    return found


MAX_ACRONYM_RECORDS = 3
"""An acronym that is the initials of more records of one country than this says nothing."""


def _initials(name: str) -> str:
    words = re.findall(r"[a-z0-9]+", _LEGAL_FORMS.sub(" ", fold(name)))
    return "".join(w[0] for w in words if w not in _STOPWORDS) if len(words) > 1 else ""


def _acronym_pairs(records: list, fixed: int) -> list[tuple]:
    """An acronym ("IJS", "UL") paired with the records whose names it abbreviates, for review.

    Only within a country, only a name written in capitals as one word of two to six
    letters, and only when at most :data:`MAX_ACRONYM_RECORDS` records of that country
    have those initials: "UL" is the University of Ljubljana in Slovenia and the
    University of Limerick in Ireland.
    """
    acronyms: list[tuple[int, str, str]] = []
    for i, record in enumerate(records):
        block = _block(record)
        for name in _names(record) if block not in (_UNKNOWN, "") else ():
            text = name.strip()
            if text.isupper() and text.isalpha() and 2 <= len(text) <= 6:
                acronyms.append((i, block, fold(text)))
    # initials only where there is an acronym to meet (most downloads have few)
    wanted = {(block, acronym) for _, block, acronym in acronyms}
    blocks = {block for block, _ in wanted}
    of_initials: dict[tuple[str, str], list[int]] = {}
    for i, record in enumerate(records if acronyms else ()):
        block = _block(record)
        for name in _names(record) if block in blocks else ():
            key = (block, _initials(name))
            if key in wanted and i not in of_initials.setdefault(key, []):
                of_initials[key].append(i)
    found = []
    for i, block, acronym in acronyms:
        members = [j for j in of_initials.get((block, acronym), []) if j != i]
        if len(members) <= MAX_ACRONYM_RECORDS:
            for j in members:
                if not (i < fixed and j < fixed):
                    found.append((j, i, "acronym of the name", 100.0, REVIEW))
    return found


def _numbers(key: str) -> set[str]:
    return {word for word in key.split() if any(c.isdigit() for c in word)}


class _Distinct:
    """The ``distinct:`` groups of an aliases file, looked up by any name or id of a record.

    Each record is marked with the (group, member) places its names and id take; two records,
    or two groups of merged records, are distinct when they take different members of one
    group. Two records that both match one member ("Zavod Brda" twice, where the file says
    "Zavod Brda" is not "Zavod Brdo") are not kept apart by it.
    """

    def __init__(self, aliases: Aliases | None):
        self.places_of: dict[str, set[tuple[int, int]]] = {}
        for index, group in enumerate(aliases.distinct if aliases else []):
            for member, value in enumerate(group):
                self.places_of.setdefault(fold(value), set()).add((index, member))

    def marks(self, record) -> frozenset[tuple[int, int]]:
        """The (group, member) places a record's id and names take."""
        found: set[tuple[int, int]] = set()
        for value in (record.id, *_names(record)):
            found |= self.places_of.get(fold(value), set())
        return frozenset(found)

    @staticmethod
    def apart(a: frozenset, b: frozenset) -> bool:
        """Whether two sets of marks take different members of one group."""
        members_of: dict[int, set[int]] = {}
        for group, member in a:
            members_of.setdefault(group, set()).add(member)
        return any(members_of.get(group, set()) - {member} for group, member in b)


def _merge_records(
    records: list,
    kind: str,
    aliases: Aliases | None,
    threshold: float,
    fixed: int = 0,
    floor: float | None = None,
    stage=None,
):
    """Merge alike records; the first ``fixed`` ones (already in the graph) never merge with each other.

    Returns the records after merging, the ids merged away (to the id kept), the merges
    made, and the pairs left for a person or refused (``decision`` ``""`` or ``"reject"``),
    named by the records they would join once the merges are made.
    """
    groups = _Groups(len(records))
    distinct = _Distinct(aliases)
    # the distinct marks of each group of merged records, kept on its root: a pair is refused
    # when any record of one group is declared distinct from any of the other
    marks = [distinct.marks(r) for r in records] if distinct.places_of else None
    merges: list[Merge] = []
    undecided: list[Merge] = []
    floor = threshold if floor is None else floor
    pairs = _pairs(records, aliases, threshold, floor, fixed, stage)
    if stage:
        stage("deciding the merges")
    for i, j, rule, score, decision in pairs:
        root_i, root_j = groups.find(i), groups.find(j)
        keep, other = records[root_i], records[root_j]
        if keep is other or (root_i < fixed and root_j < fixed):
            continue
        if (
            kind == "organisation"
            and keep.country
            and other.country
            and keep.country != other.country
            and rule != "explicit alias"
        ):
            continue  # two countries: never the same organisation (the same name is not evidence)
        if marks is not None and distinct.apart(marks[root_i], marks[root_j]):
            decision = REJECT
        if decision != ACCEPT:
            # the graph's record is kept (its id is known); otherwise the first, the better evidence
            kept, merged = (other, keep) if root_j < fixed <= root_i else (keep, other)
            undecided.append(
                Merge(kind, kept.id, _label(kept), merged.id, _label(merged), rule, score, decision)
            )
            continue
        if groups.union(i, j):
            if marks is not None:
                marks[groups.find(i)] = marks[root_i] | marks[root_j]
            kept = records[groups.find(i)]
            merged = other if kept is keep else keep
            merges.append(
                Merge(kind, kept.id, _label(kept), merged.id, _label(merged), rule, score)
            )
    # a record that took in none is returned as it is; one that did, as a copy
    survivors: dict[int, object] = {i: r for i, r in enumerate(records) if groups.find(i) == i}
    renamed: dict[str, str] = {}
    grew: set[int] = set()
    for index, record in enumerate(records):
        root = groups.find(index)
        if root != index:
            if root not in grew:
                survivors[root] = survivors[root].model_copy(deep=True)
                grew.add(root)
            kept = survivors[root]
            renamed[record.id] = kept.id
            _absorb(kept, record)
    # a pair left to a person names the records as they are after the merges
    index_of = {r.id: n for n, r in enumerate(records)}
    seen: set[tuple[str, str]] = set()
    left: list[Merge] = []
    for m in undecided:
        a = records[groups.find(index_of[m.kept])]
        b = records[groups.find(index_of[m.merged])]
        if a is b or (a.id, b.id) in seen:
            continue
        seen.add((a.id, b.id))
        left.append(Merge(kind, a.id, _label(a), b.id, _label(b), m.rule, m.score, m.decision))
    # records already in the graph come back only when they took in a new one
    kept = [survivors[k] for k in sorted(survivors) if k >= fixed or k in grew]
    return kept, renamed, merges, left


def _label(record) -> str:
    return record.acronym if isinstance(record, Project) else record.name


def _absorb(kept, other) -> None:
    """Fold ``other`` into ``kept``: its names become aliases, its sources and missing facts are kept."""
    names = set(_names(kept))
    for name in _names(other):
        if name not in names and name not in kept.aliases:
            kept.aliases.append(name)
    for source in other.sources:
        if source not in kept.sources:
            kept.sources.append(source)
    if isinstance(kept, Organisation):
        kept.country = kept.country or other.country
        kept.city = kept.city or other.city
        if kept.latitude is None and other.latitude is not None:  # a place is both numbers or none
            kept.latitude, kept.longitude = other.latitude, other.longitude
        if kept.sector_inferred and not other.sector_inferred:
            kept.helix_sector, kept.sector_rationale, kept.sector_inferred = (
                other.helix_sector,
                other.sector_rationale,
                False,
            )
    note = f"merged with '{other.id}' ({_label(other)}) by entity resolution"
    if note not in (kept.notes or ""):
        kept.notes = f"{kept.notes}; {note}" if kept.notes else note


def _combine_tie(earlier: Participation, later: Participation) -> None:
    """Two ties of one organisation to one project, once merged: the first role and budget known."""
    earlier.role = earlier.role or later.role
    earlier.budget_eur = earlier.budget_eur if earlier.budget_eur is not None else later.budget_eur
    earlier.sources += [s for s in later.sources if s not in earlier.sources]


def resolve(
    dataset: Dataset,
    aliases: Aliases | None = None,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    store: GraphStore | None = None,
    projects: bool = True,
) -> tuple[Dataset, list[Merge]]:
    """Merge organisations and projects that are the same, and report every merge.

    Parameters
    ----------
    dataset : Dataset
        Records from one or more sources.
    aliases : Aliases, optional
        Explicit ``same`` and ``distinct`` knowledge; it wins over similarity.
    threshold : float, default 90
        The least rapidfuzz ``token_sort_ratio`` (0–100) of two normalised names to merge.
    store : GraphStore, optional
        Also match the new organisations against those already in this graph: a match
        takes the graph's id, and the graph's record comes back (to be loaded again) with
        the new names as aliases. Organisations already in the graph are never merged
        with each other.
    projects : bool, default True
        Also merge projects named alike (False for sources whose project ids are the
        funder's own, like CORDIS grant numbers).

    Returns
    -------
    (Dataset, list of Merge)
        The checked, merged dataset (participations re-pointed, duplicates combined) and
        the merges made. Pairs left to a person (see :func:`propose_merges`) are not merged.
    """
    existing = _stored_organisations(store) if store is not None else []
    new_ids = {o.id for o in dataset.organisations}
    organisations, org_ids, org_merges, _ = _merge_records(
        existing + dataset.organisations, "organisation", aliases, threshold, fixed=len(existing)
    )
    stored_ids = {o.id for o in existing}
    for organisation in organisations:
        if (
            organisation.id in stored_ids
            and organisation.id in new_ids
            and organisation.id not in org_ids.values()
        ):
            raise DataError(
                f"{next(o.origin for o in dataset.organisations if o.id == organisation.id)}: "
                f"organisation id '{organisation.id}' is already in the graph for "
                f"'{next(o.name for o in existing if o.id == organisation.id)}', which this record "
                "does not match; give it another id or list both names under same: in an aliases file",
                record=organisation.id,
                field="id",
            )
    project_ids: dict[str, str] = {}
    project_merges: list[Merge] = []
    project_records = dataset.projects
    if projects:
        project_records, project_ids, project_merges, _ = _merge_records(
            dataset.projects, "project", aliases, threshold
        )
    participations: dict[tuple[str, str], Participation] = {}
    for part in dataset.participations:
        key = (
            org_ids.get(part.organisation, part.organisation),
            project_ids.get(part.project, part.project),
        )
        if key in participations:
            _combine_tie(participations[key], part)
            continue
        participations[key] = part.model_copy(
            update={"organisation": key[0], "project": key[1]}, deep=True
        )
        participations[key].located(part.origin)
    merged = Dataset(
        programmes=dataset.programmes,
        projects=project_records,
        organisations=organisations,
        participations=list(participations.values()),
    )
    # an organisation of the graph that new participations now point at took in a new record,
    # so it is in ``organisations`` and the dataset checks as a whole
    return merged.check(), org_merges + project_merges


def propose_merges(
    dataset: Dataset,
    aliases: Aliases | None = None,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    floor: float = REVIEW_FLOOR,
    store: GraphStore | None = None,
    stage=None,
) -> list[Merge]:
    """The organisation merges a person can review: made ones (accepted) and judgments.

    ``stage(name)`` is called as each stage begins (reading the graph's organisations,
    normalising names, comparing names alike, deciding the merges).

    Like :func:`resolve`, against the organisations of ``store`` too, but nothing is
    merged: each proposal names the record to keep and the one to fold into it, with
    ``decision`` ``"accept"`` (what :func:`resolve` would merge), ``""`` (names alike
    with a score from ``floor`` up to ``threshold``, or a country unknown: for a person)
    or ``"reject"`` (refused by ``aliases``). A new record with the id of one in the graph
    is that record (a second import of the same download) and is not proposed.

    Returns
    -------
    list of Merge
        Accepted proposals first, in the order they are to be applied.
    """
    if stage:
        stage("reading the graph's organisations")
    existing = _stored_organisations(store) if store is not None else []
    stored = {o.id for o in existing}
    new = [o for o in dataset.organisations if o.id not in stored]
    _, _, accepted, left = _merge_records(
        existing + new,
        "organisation",
        aliases,
        threshold,
        fixed=len(existing),
        floor=floor,
        stage=stage,
    )
    return accepted + left


# -- the review file ----------------------------------------------------------------------
REVIEW_COLUMNS = (
    "decision",
    "kept",
    "kept_name",
    "merged",
    "merged_name",
    "rule",
    "score",
    "status",
)
_DECISIONS = {
    "accept": ACCEPT,
    "accepted": ACCEPT,
    "yes": ACCEPT,
    "y": ACCEPT,
    "merge": ACCEPT,
    "reject": REJECT,
    "rejected": REJECT,
    "no": REJECT,
    "n": REJECT,
    "distinct": REJECT,
    "": REVIEW,
}
APPLIED, UNDONE = "applied", "undone"


def write_review(path: str | Path, proposals: list[Merge]) -> Path:
    """Write proposed organisation merges to a CSV file for a person to decide.

    One row per merge: ``decision`` (accept, reject, or empty: undecided), the kept and
    the merged organisation (id and name), why it was proposed (``rule``, ``score``) and
    ``status`` (empty, ``applied`` or ``undone``, kept up by :func:`apply_merges` and
    :func:`undo_merges`). Rows already in the file keep their decision and status, and
    rows no longer proposed stay, so a person's decisions are never lost.
    """
    path = Path(path)
    old = {(r.kept, r.merged): r for r in read_review(path)} if path.exists() else {}
    rows = []
    for m in proposals:
        before = old.pop((m.kept, m.merged), None)
        if before and (before.decision or before.status):
            m = Merge(
                m.kind,
                m.kept,
                m.kept_name,
                m.merged,
                m.merged_name,
                m.rule,
                m.score,
                before.decision,
            )
        rows.append(ReviewRow.of(m, before.status if before else ""))
    rows += old.values()
    _write_rows(path, rows)
    return path


@dataclass
class ReviewRow:
    """One row of a review file."""

    decision: str
    kept: str
    kept_name: str
    merged: str
    merged_name: str
    rule: str
    score: float
    status: str = ""

    @classmethod
    def of(cls, merge: Merge, status: str = "") -> ReviewRow:
        return cls(
            merge.decision,
            merge.kept,
            merge.kept_name,
            merge.merged,
            merge.merged_name,
            merge.rule,
            merge.score,
            status,
        )

    def as_merge(self) -> Merge:
        return Merge(
            "organisation",
            self.kept,
            self.kept_name,
            self.merged,
            self.merged_name,
            self.rule,
            self.score,
            self.decision,
        )


def _write_rows(path: Path, rows: list[ReviewRow]) -> None:
    try:
        _write_csv(path, rows)
    except OSError as exc:
        raise DataError(
            f"{path}: the review file cannot be written ({exc.strerror or exc}); "
            "name a file in a folder you can write to with --review",
            file=str(path),
        ) from None


def _write_csv(path: Path, rows: list[ReviewRow]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(REVIEW_COLUMNS)
        for r in rows:
            writer.writerow(
                [
                    r.decision,
                    r.kept,
                    r.kept_name,
                    r.merged,
                    r.merged_name,
                    r.rule,
                    f"{r.score:.0f}",
                    r.status,
                ]
            )
    temporary.replace(path)  # a half-written review file never replaces a person's decisions


def read_review(path: str | Path) -> list[ReviewRow]:
    """Read a review file written by :func:`write_review` (and edited by a person)."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            table = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise DataError(
            f"{path}: the review file cannot be read ({exc}); check the path, and save it as UTF-8 CSV",
            file=str(path),
        ) from None
    missing = [c for c in ("decision", "kept", "merged") if table and c not in table[0]]
    if missing:
        raise DataError(
            f"{path}: the review file has no column {missing[0]!r}; keep the header "
            f"{','.join(REVIEW_COLUMNS)}",
            file=str(path),
            field=missing[0],
        )
    rows = []
    for number, row in enumerate(table, start=2):
        decision = (row.get("decision") or "").strip().lower()
        if decision not in _DECISIONS:
            raise DataError(
                f"{path} (row {number}): field 'decision' is {row['decision']!r}; write accept, "
                "reject, or leave it empty to decide later",
                file=str(path),
                record=str(number),
                field="decision",
            )
        kept, merged = (row.get("kept") or "").strip(), (row.get("merged") or "").strip()
        if not kept or not merged:
            raise DataError(
                f"{path} (row {number}): field '{'kept' if not kept else 'merged'}' is empty; "
                "each row names the organisation kept and the one merged into it by id",
                file=str(path),
                record=str(number),
                field="kept" if not kept else "merged",
            )
        try:
            score = float(row.get("score") or 0)
        except ValueError:
            score = 0.0
        rows.append(
            ReviewRow(
                _DECISIONS[decision],
                kept,
                row.get("kept_name") or "",
                merged,
                row.get("merged_name") or "",
                row.get("rule") or "",
                score,
                (row.get("status") or "").strip().lower(),
            )
        )
    return rows


def undo_path(review: str | Path) -> Path:
    """Where what each applied merge changed is kept, to undo it: ``NAME.undo.json`` beside the review file."""
    review = Path(review)
    return review.with_name(review.stem + ".undo.json")


def _read_undo(review: Path) -> dict:
    path = undo_path(review)
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(
            f"{path}: the record of applied merges cannot be read ({exc}); it is written by "
            "'helix-graph merges apply' and is not to be edited",
            file=str(path),
        ) from None


def _write_undo(review: Path, undo: dict) -> None:
    path = undo_path(review)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(undo, ensure_ascii=False, indent=1), encoding="utf-8")
    temporary.replace(path)


def _organisations_by_id(store: GraphStore, ids) -> dict[str, Organisation]:
    rows = store.read(cypher("read/organisation_records"), {"ids": sorted(ids)})
    return {r["id"]: Organisation(**{k: v for k, v in r.items() if v is not None}) for r in rows}


def _ties_by_organisation(store: GraphStore, ids) -> dict[str, dict[str, Participation]]:
    ties: dict[str, dict[str, Participation]] = {}
    for row in store.read(cypher("read/organisation_participations"), {"ids": sorted(ids)}):
        values = {k: v for k, v in row.items() if v is not None}
        ties.setdefault(row["organisation"], {})[row["project"]] = Participation(**values)
    return ties


def _dump(record) -> dict:
    """One record as the load writes it (the load's own row shape)."""
    return load_rows([record])[0]


def _write_organisations(store: GraphStore, organisations: list[Organisation]) -> None:
    """Organisation nodes with their country and sector ties, by the load's own statements."""
    rows = load_rows(organisations)
    store.write(cypher("load/organisations"), {"rows": rows})
    store.write(
        cypher("load/organisation_countries"),
        {"rows": [{"id": r["id"], "country": r["country"]} for r in rows if r.get("country")]},
    )
    store.write(
        cypher("write/unlink_countries"),
        {"rows": [{"id": r["id"]} for r in rows if not r.get("country")]},
    )
    store.write(
        cypher("load/organisation_sectors"),
        {"rows": [{"id": r["id"], "helix_sector": r["helix_sector"]} for r in rows]},
    )


def apply_merges(store: GraphStore, review: str | Path) -> list[Merge]:
    """Make the accepted merges of a review file in the graph.

    Each accepted row whose merged organisation is in the graph is merged into the kept
    one (following earlier merges when the kept one was itself merged away): its names
    become aliases, its participations move to the kept organisation (a project both
    took part in keeps one tie), and its node is deleted. What each merge changed is
    written to :func:`undo_path` so :func:`undo_merges` can restore it, and the row's
    status becomes ``applied``. All merges are written at once, or none.

    Returns
    -------
    list of Merge
        The merges made, in order.
    """
    review = Path(review)
    rows = read_review(review)
    undo = _read_undo(review)
    into = {r.merged: r.kept for r in rows if r.status == APPLIED}
    accepted = [r for r in rows if r.decision == ACCEPT]
    ids = {i for r in accepted for i in (r.kept, r.merged)} | set(into.values())
    records = _organisations_by_id(store, ids)
    ties = _ties_by_organisation(store, ids)
    made: list[Merge] = []
    touched: dict[str, set[str]] = {}  # kept id -> projects whose tie changed
    deleted: list[str] = []
    sequence = max((u["sequence"] for u in undo.values()), default=0)
    for row in accepted:
        kept_id = row.kept
        while kept_id in into and kept_id not in records:
            kept_id = into[kept_id]
        if row.merged not in records or kept_id not in records or kept_id == row.merged:
            continue
        kept, merged = records[kept_id], records.pop(row.merged)
        merged_ties = ties.pop(row.merged, {})
        kept_ties = ties.setdefault(kept_id, {})
        sequence += 1
        undo[row.merged] = {
            "sequence": sequence,
            "kept": kept_id,
            "kept_before": _dump(kept),
            "merged": _dump(merged),
            "merged_ties": [_dump(t) for t in merged_ties.values()],
            "kept_ties_before": {
                p: (_dump(kept_ties[p]) if p in kept_ties else None) for p in merged_ties
            },
        }
        _absorb(kept, merged)
        for project, tie in merged_ties.items():
            if project in kept_ties:
                _combine_tie(kept_ties[project], tie)
            else:
                kept_ties[project] = tie.model_copy(update={"organisation": kept_id}, deep=True)
            touched.setdefault(kept_id, set()).add(project)
        into[row.merged] = kept_id
        deleted.append(row.merged)
        row.status = APPLIED
        row.kept = kept_id
        made.append(row.as_merge())
    if not made:
        return []
    with store.staged() as target:
        target.write(cypher("write/delete_organisations"), {"rows": [{"id": i} for i in deleted]})
        _write_organisations(target, [records[k] for k in touched])
        target.write(
            cypher("load/participations"),
            {"rows": load_rows(ties[k][p] for k, projects in touched.items() for p in projects)},
        )
    _write_undo(review, undo)
    _write_rows(review, rows)
    return made


def undo_merges(
    store: GraphStore, review: str | Path, merged_ids: list[str] | None = None
) -> list[Merge]:
    """Undo applied merges of a review file: the graph is as it was before each.

    Parameters
    ----------
    store : GraphStore
        The graph the merges were applied to.
    review : path
        The review file; its undo record (:func:`undo_path`) says what each merge changed.
    merged_ids : list of str, optional
        The merged organisations to bring back (default: every applied merge).

    Returns
    -------
    list of Merge
        The merges undone, latest first. Their rows become ``reject`` and ``undone``, so
        importing again with the review file keeps the two apart.

    Raises
    ------
    UsageError
        If an id is not an applied merge of the file, or a later merge into the same
        organisation is still applied (undo that one too, or first).
    """
    review = Path(review)
    rows = read_review(review)
    undo = _read_undo(review)
    applied = {r.merged: r for r in rows if r.status == APPLIED and r.merged in undo}
    wanted = list(applied) if merged_ids is None else list(dict.fromkeys(merged_ids))
    for merged_id in wanted:
        if merged_id not in applied:
            raise UsageError(
                f"'{merged_id}' is not an applied merge in {review}; name the merged id of a "
                "row whose status is applied"
            )
    for merged_id in wanted:
        later = [
            other
            for other in applied
            if other not in wanted
            and undo[other]["kept"] == undo[merged_id]["kept"]
            and undo[other]["sequence"] > undo[merged_id]["sequence"]
        ]
        if later:
            raise UsageError(
                f"'{later[0]}' was merged into '{undo[merged_id]['kept']}' after '{merged_id}'; "
                f"undo '{later[0]}' as well (or first)"
            )
    order = sorted(wanted, key=lambda m: undo[m]["sequence"], reverse=True)
    restored: dict[str, Organisation] = {}
    delete_ties: list[dict] = []
    write_ties: dict[tuple[str, str], dict] = {}
    for merged_id in order:
        snapshot = undo[merged_id]
        kept_id = snapshot["kept"]
        restored[kept_id] = Organisation(**snapshot["kept_before"])
        restored[merged_id] = Organisation(**snapshot["merged"])
        for project, before in snapshot["kept_ties_before"].items():
            if before is None:
                delete_ties.append({"organisation": kept_id, "project": project})
                write_ties.pop((kept_id, project), None)
            else:
                write_ties[(kept_id, project)] = before
        for tie in snapshot["merged_ties"]:
            write_ties[(merged_id, tie["project"])] = tie
    with store.staged() as target:
        target.write(cypher("write/delete_participations"), {"rows": delete_ties})
        _write_organisations(target, list(restored.values()))
        target.write(cypher("load/participations"), {"rows": list(write_ties.values())})
    undone = []
    for merged_id in order:
        row = applied[merged_id]
        row.status, row.decision = UNDONE, REJECT
        undo.pop(merged_id)
        undone.append(row.as_merge())
    _write_undo(review, undo)
    _write_rows(review, rows)
    return undone


def _stored_organisations(store: GraphStore) -> list[Organisation]:
    records = []
    for row in store.read(cypher("read/resolution_organisations")):
        values = {k: v for k, v in row.items() if v is not None}
        records.append(Organisation(**values).located(f"the graph (organisation '{row['id']}')"))
    return records
