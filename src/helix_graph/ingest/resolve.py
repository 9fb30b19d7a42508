"""Entity resolution: the same organisation or project named differently across sources.

Names are compared after normalising them: case, diacritics, legal-form suffixes
(GmbH, d.o.o., e.V.…), words for the same thing in different languages (Univerza,
University, Universität → ``university``), small words (v, of, di, für…), inflected
endings (Mariboru ~ Maribor, by comparing word stems), ``@`` read as ``a`` and a name in
parentheses taken as another name ("sm@rt region (Smart Region)"). Two records merge when

- an explicit alias says so (``same:`` in an aliases file), or
- their normalised names are equal, or
- their similarity (rapidfuzz ``token_sort_ratio`` of the normalised names) reaches the
  threshold and, for organisations, their countries do not differ;

and never when an aliases file says they are ``distinct``. Every merge is returned as a
:class:`Merge`; the kept record takes the other's names as ``aliases`` and its sources,
and a note names the merged id, so a merge can be undone: list the pair under
``distinct:`` and import again.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from helix_graph.errors import DataError
from helix_graph.ingest.countries import fold
from helix_graph.model import Dataset, Organisation, Participation, Project
from helix_graph.store.base import GraphStore
from helix_graph.store.cypher import cypher

__all__ = ["Merge", "Aliases", "normalise_name", "resolve", "read_aliases", "DEFAULT_THRESHOLD"]

DEFAULT_THRESHOLD = 90.0

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
    """Words longer than six letters compared by their first six, so inflected endings do not count."""
    return word[:6] if len(word) > 6 else word


def normalise_name(name: str) -> str:
    """The comparable form of a name.

    >>> normalise_name("Univerza v Mariboru"), normalise_name("University of Maribor")
    ('maribo university', 'maribo university')
    >>> normalise_name("Sm@rt Region")
    'region smart'
    """
    text = fold(name).replace("@", "a").replace("&", " and ")
    text = _LEGAL_FORMS.sub(" ", text)
    for phrase, canonical in (("university of applied sciences", "applied sciences"),):
        text = text.replace(phrase, canonical)
    words = []
    for word in re.findall(r"[a-z0-9]+", text):
        if word in _STOPWORDS:
            continue
        words.append(_SYNONYM_OF.get(word) or _SYNONYM_OF.get(_stem(word)) or _stem(word))
    return " ".join(sorted(words))


@dataclass(frozen=True)
class Merge:
    """One merge: ``merged`` folded into ``kept``."""

    kind: str  # "organisation" or "project"
    kept: str
    kept_name: str
    merged: str
    merged_name: str
    rule: str
    score: float

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class Aliases:
    """Explicit knowledge: names (or ids) that are the same, and pairs that are not."""

    same: list[list[str]]
    distinct: list[list[str]]


def read_aliases(path: str | Path) -> Aliases:
    """Read an aliases file: ``same: [[name or id, …], …]`` and ``distinct: [[a, b], …]``.

    Also accepted: ``same:`` as a mapping ``canonical name: [other names]``.
    """
    path = Path(path)
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8-sig")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(
            f"{path}: the aliases file cannot be read ({exc}); check the path and the YAML",
            file=str(path),
        ) from None
    if not isinstance(document, dict) or set(document) - {"same", "distinct"}:
        raise DataError(
            f"{path}: an aliases file is a mapping with the keys same: and distinct:",
            file=str(path),
        )
    same = document.get("same") or []
    if isinstance(same, dict):
        same = [[key, *(values or [])] for key, values in same.items()]
    for key in ("same", "distinct"):
        groups = same if key == "same" else document.get("distinct") or []
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


def _pairs(records: list, kind: str, aliases: Aliases | None, threshold: float):
    """Candidate merges as (i, j, rule, score), best evidence first."""
    keys = [[normalise_name(n) for n in _names(r)] for r in records]
    lookup: dict[str, int] = {}
    for i, record in enumerate(records):
        lookup.setdefault(fold(record.id), i)
        for name in _names(record):
            lookup.setdefault(fold(name), i)
    found = []
    for group in aliases.same if aliases else []:
        members = [lookup[fold(v)] for v in group if fold(v) in lookup]
        found += [(members[0], j, "explicit alias", 100.0) for j in members[1:]]
    exact: dict[str, int] = {}
    for i, names in enumerate(keys):
        for key in names:
            if key in exact and exact[key] != i:
                found.append((exact[key], i, "same name after normalising", 100.0))
            exact.setdefault(key, i)
    # fuzzy, within blocks of the same country (organisations) so the work stays small
    blocks: dict[str | None, list[int]] = {}
    for i, record in enumerate(records):
        blocks.setdefault(getattr(record, "country", None), []).append(i)
    for country, members in blocks.items():
        others = members if country is None else members + blocks.get(None, [])
        flat = [(i, key) for i in members for key in keys[i] if key]
        other_flat = [(i, key) for i in others for key in keys[i] if key]
        if not flat or not other_flat:
            continue
        scores = cdist(
            [k for _, k in flat],
            [k for _, k in other_flat],
            scorer=fuzz.token_sort_ratio,
            score_cutoff=threshold,
            workers=1,
        )
        for a, b in zip(*scores.nonzero()):
            i, j = flat[a][0], other_flat[b][0]
            # "Project 12" and "Project 13" are alike but not the same: numbers must agree
            if i != j and _numbers(flat[a][1]) == _numbers(other_flat[b][1]):
                found.append((min(i, j), max(i, j), "similar name", float(scores[a, b])))
    rank = {"explicit alias": 0, "same name after normalising": 1, "similar name": 2}
    found.sort(key=lambda f: (rank[f[2]], -f[3], f[0], f[1]))
    return found


def _numbers(key: str) -> set[str]:
    return {word for word in key.split() if word.isdigit()}


def _distinct(aliases: Aliases | None, a, b) -> bool:
    if not aliases:
        return False
    names_a = {fold(a.id), *(fold(n) for n in _names(a))}
    names_b = {fold(b.id), *(fold(n) for n in _names(b))}
    for pair in aliases.distinct:
        folded = {fold(v) for v in pair}
        if folded & names_a and folded & names_b:
            return True
    return False


def _merge_records(
    records: list, kind: str, aliases: Aliases | None, threshold: float, fixed: int = 0
):
    """Merge alike records; the first ``fixed`` ones (already in the graph) never merge with each other."""
    groups = _Groups(len(records))
    merges: list[Merge] = []
    for i, j, rule, score in _pairs(records, kind, aliases, threshold):
        keep, other = records[groups.find(i)], records[groups.find(j)]
        if keep is other or (groups.find(i) < fixed and groups.find(j) < fixed):
            continue
        if (
            kind == "organisation"
            and keep.country
            and other.country
            and keep.country != other.country
            and rule != "explicit alias"
        ):
            continue
        if _distinct(aliases, keep, other):
            continue
        if groups.union(i, j):
            root = groups.find(i)
            kept = records[root]
            merged = other if kept is keep else keep
            merges.append(
                Merge(kind, kept.id, _label(kept), merged.id, _label(merged), rule, score)
            )
    survivors: dict[int, object] = {}
    renamed: dict[str, str] = {}
    grew: set[int] = set()
    for index, record in enumerate(records):
        root = groups.find(index)
        if root == index:
            survivors[root] = record.model_copy(deep=True)
    for index, record in enumerate(records):
        root = groups.find(index)
        if root != index:
            kept = survivors[root]
            renamed[record.id] = kept.id
            _absorb(kept, record)
            grew.add(root)
    # records already in the graph come back only when they took in a new one
    kept = [survivors[k] for k in sorted(survivors) if k >= fixed or k in grew]
    return kept, renamed, merges


def _label(record) -> str:
    return record.acronym if isinstance(record, Project) else record.name


def _absorb(kept, other) -> None:
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
        if kept.sector_inferred and not other.sector_inferred:
            kept.helix_sector, kept.sector_rationale, kept.sector_inferred = (
                other.helix_sector,
                other.sector_rationale,
                False,
            )
    note = f"merged with '{other.id}' ({_label(other)}) by entity resolution"
    kept.notes = f"{kept.notes}; {note}" if kept.notes else note


def resolve(
    dataset: Dataset,
    aliases: Aliases | None = None,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    store: GraphStore | None = None,
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

    Returns
    -------
    (Dataset, list of Merge)
        The checked, merged dataset (participations re-pointed, duplicates combined) and
        the merges made.
    """
    existing = _stored_organisations(store) if store is not None else []
    new_ids = {o.id for o in dataset.organisations}
    organisations, org_ids, org_merges = _merge_records(
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
    projects, project_ids, project_merges = _merge_records(
        dataset.projects, "project", aliases, threshold
    )
    participations: dict[tuple[str, str], Participation] = {}
    for part in dataset.participations:
        key = (
            org_ids.get(part.organisation, part.organisation),
            project_ids.get(part.project, part.project),
        )
        if key in participations:
            earlier = participations[key]
            earlier.role = earlier.role or part.role
            earlier.budget_eur = (
                earlier.budget_eur if earlier.budget_eur is not None else part.budget_eur
            )
            earlier.sources += [s for s in part.sources if s not in earlier.sources]
            continue
        participations[key] = part.model_copy(
            update={"organisation": key[0], "project": key[1]}, deep=True
        )
        participations[key].located(part.origin)
    merged = Dataset(
        programmes=dataset.programmes,
        projects=projects,
        organisations=organisations,
        participations=list(participations.values()),
    )
    # an organisation of the graph that new participations now point at took in a new record,
    # so it is in ``organisations`` and the dataset checks as a whole
    return merged.check(), org_merges + project_merges


def _stored_organisations(store: GraphStore) -> list[Organisation]:
    records = []
    for row in store.read(cypher("read/resolution_organisations")):
        values = {k: v for k, v in row.items() if v is not None}
        records.append(Organisation(**values).located(f"the graph (organisation '{row['id']}')"))
    return records
