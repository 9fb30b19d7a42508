"""Read the collaboration network from a graph store into pandas tables, with filters.

This is the one place of the analysis that talks to the store: three flat reads
(organisations, projects, participations), then every filter is applied in pandas.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from helix_graph.errors import UsageError
from helix_graph.files import keep, read_kept
from helix_graph.model import HELIX_SECTORS, ORGANISATION_KINDS, ROLES, is_country_code
from helix_graph.store.base import GraphStore
from helix_graph.store.cypher import cypher

__all__ = [
    "Filters",
    "Network",
    "read_network",
    "network_from_dataset",
    "filter_network",
    "check_programmes",
    "stored_tables",
    "positions",
]

ORGANISATION_COLUMNS = [
    "id", "name", "kind", "helix_sector", "country", "city", "latitude", "longitude",
]  # fmt: skip
PROJECT_COLUMNS = [
    "id",
    "acronym",
    "title",
    "programme",
    "programme_name",
    "programme_period",
    "start_date",
    "end_date",
]
PARTICIPATION_COLUMNS = ["organisation", "project", "role"]


@dataclass(frozen=True)
class Filters:
    """Which part of the network to analyse. Every field left empty means "all".

    Parameters
    ----------
    programmes : tuple of str
        Programme ids; projects funded by one of them.
    years : (int, int), optional
        Projects whose run overlaps this range of years (inclusive); projects without
        dates are left out when it is set.
    countries : tuple of str
        ISO 3166-1 alpha-2 codes; organisations based in one of them.
    sectors : tuple of str
        Helix sectors (government, industry, academia, civil_society).
    roles : tuple of str
        Participation roles (lead, partner, associated, observer).
    kinds : tuple of str
        Organisation kinds (municipality, university, ...).
    min_weight : int, default 1
        Keep collaboration ties with at least this many shared projects.
    """

    programmes: tuple[str, ...] = ()
    years: tuple[int, int] | None = None
    countries: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    min_weight: int = 1

    def __post_init__(self):
        for name in ("programmes", "countries", "sectors", "roles", "kinds"):
            value = getattr(self, name)
            if isinstance(value, str):
                value = (value,)
            object.__setattr__(self, name, tuple(value or ()))
        object.__setattr__(self, "countries", tuple(c.strip().upper() for c in self.countries))
        object.__setattr__(
            self, "sectors", tuple(s.strip().lower().replace(" ", "_") for s in self.sectors)
        )
        _known("sector", self.sectors, HELIX_SECTORS)
        _known("role", self.roles, ROLES)
        _known("kind", self.kinds, ORGANISATION_KINDS)
        for code in self.countries:
            if not is_country_code(code):
                raise UsageError(
                    f"country filter '{code}' is not an ISO 3166-1 alpha-2 code; "
                    "use a two-letter code such as SI, AT or LV"
                )
        if self.years is not None:
            start, end = (int(y) for y in self.years)
            if start > end:
                raise UsageError(
                    f"year range {start}–{end} ends before it starts; give the earlier year first"
                )
            object.__setattr__(self, "years", (start, end))
        if int(self.min_weight) < 1:
            raise UsageError(
                f"min_weight {self.min_weight} is below 1; a tie needs at least one shared project"
            )
        object.__setattr__(self, "min_weight", int(self.min_weight))

    def as_dict(self) -> dict:
        data = asdict(self)
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in data.items()}

    def is_empty(self) -> bool:
        return self == Filters(min_weight=self.min_weight)


def _known(what: str, values, allowed) -> None:
    for value in values:
        if value not in allowed:
            raise UsageError(f"{what} filter '{value}' is unknown; use one of {', '.join(allowed)}")


@dataclass
class Network:
    """The (filtered) network as three tables.

    Attributes
    ----------
    organisations : DataFrame
        id, name, kind, helix_sector, country, city, latitude, longitude — organisations taking part in at
        least one selected project.
    projects : DataFrame
        id, acronym, title, programme, start_date, end_date — selected projects with at
        least one selected participant.
    participations : DataFrame
        organisation, project, role.
    filters : Filters
        The filters that produced these tables.
    """

    organisations: pd.DataFrame
    projects: pd.DataFrame
    participations: pd.DataFrame
    filters: Filters = field(default_factory=Filters)

    def __len__(self) -> int:
        return len(self.organisations)

    @property
    def empty(self) -> bool:
        return self.participations.empty

    def counts(self) -> dict[str, int]:
        return {
            "organisations": len(self.organisations),
            "projects": len(self.projects),
            "participations": len(self.participations),
        }


def positions(values, ids) -> np.ndarray:
    """The position in ``ids`` of each of ``values``, -1 where it is missing or not among them.

    The one look-up from ids to table rows (a participation's organisation, a tie's
    project): Arrow's hash kernel (``pyarrow.compute.index_in``), which reads pandas' Arrow
    strings where they are and builds no Python object; five times faster than a
    categorical's codes on Arrow strings (145,000 participations: 5 ms against 30 ms). Ids
    of mixed types, which Arrow will not hold in one array, take pandas' look-up.

    >>> positions(["b", "x", None, "a"], ["a", "b"]).tolist()
    [1, -1, -1, 0]
    >>> positions([2, 1, "1"], [1, 2]).tolist()
    [1, 0, -1]
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        keys, known = _arrow_column(values), _arrow_column(ids)
        if keys.type != known.type:
            known = known.cast(keys.type)
        found = pc.index_in(keys, value_set=known)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        index = pd.Index(np.asarray(ids, dtype=object), dtype=object)
        first = np.flatnonzero(~index.duplicated())  # as Arrow: the first of equal ids
        found = index[first].get_indexer(pd.Index(np.asarray(values, dtype=object), dtype=object))
        return np.where(found >= 0, first[found], -1).astype(np.int64)
    return found.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64, copy=False)


def _arrow_column(values):
    """``values`` as one Arrow array (Arrow strings as they are, without a copy)."""
    import pyarrow as pa

    if isinstance(values, pd.Index | pd.Series):
        values = values.array
    if not isinstance(values, pa.Array | pa.ChunkedArray):
        values = pa.array(values, from_pandas=True)
    return values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values


def _frame(values: dict[str, list], columns: list[str]) -> pd.DataFrame:
    """A table of Python objects (None where missing) from a store's columns (see ``read_columns``)."""
    if not values or not len(values[columns[0]]):
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame({column: values[column] for column in columns}, columns=columns)
    return frame.astype(object).where(frame.notna(), None)


def read_network(store: GraphStore, filters: Filters | None = None) -> Network:
    """Read organisations, projects and participations from ``store`` and filter them.

    Parameters
    ----------
    store : GraphStore
        An open store (embedded FalkorDB or Neo4j).
    filters : Filters, optional
        Default: everything.

    Returns
    -------
    Network
        Three tables; empty tables when nothing matches (never an error).

    Raises
    ------
    UsageError
        If a programme filter names a programme the store does not hold.
    """
    filters = filters or Filters()
    network = stored_tables(store)
    check_programmes(store, filters)
    return filter_network(network, filters)


def stored_tables(store: GraphStore) -> Network:
    """The three tables as the store holds them, unfiltered (organisations without a project too).

    Where the store has a ``cache_dir`` (the embedded one), the tables are kept there under
    the store's data version, so the next command on unchanged data reads one file instead
    of the graph (a second on Horizon 2020); any write bumps the version, so a kept copy is
    never used for data that has changed since.
    """
    version = store.data_version() if store.cache_dir else None
    kept = _kept_tables(store, version)
    if version is not None:
        network = read_kept(kept)
        if network is not None:
            return network
    organisations = _frame(
        store.read_columns(cypher("read/analysis_organisations")), ORGANISATION_COLUMNS
    )
    projects = _frame(store.read_columns(cypher("read/analysis_projects")), PROJECT_COLUMNS)
    participations = _frame(
        store.read_columns(cypher("read/analysis_participations")), PARTICIPATION_COLUMNS
    )
    network = Network(organisations, projects, participations)
    if version is not None and store.data_version() == version:  # no write while reading
        keep(kept, network)
    return network


def _kept_tables(store: GraphStore, version: str | None) -> Path | None:
    if version is None:
        return None
    graph = hashlib.sha1(str(store.describe().get("graph")).encode()).hexdigest()[:12]
    # the data's version, and what the tables are read as (their columns, the statements)
    statements = [
        cypher(f"read/analysis_{t}") for t in ("organisations", "projects", "participations")
    ]
    shape = repr([ORGANISATION_COLUMNS, PROJECT_COLUMNS, PARTICIPATION_COLUMNS, statements])
    key = hashlib.sha1(f"{version}|{shape}".encode()).hexdigest()[:16]
    return Path(store.cache_dir) / f"tables-{graph}-{key}.pickle"


def check_programmes(store: GraphStore, filters: Filters) -> None:
    """Refuse, in one sentence, a programme filter that names no programme in ``store``."""
    if filters.programmes:
        known = {row["id"] for row in store.read(cypher("read/analysis_programmes"))}
        for programme in filters.programmes:
            if programme not in known:
                raise UsageError(
                    f"programme filter '{programme}' names no programme in the store; "
                    f"use one of {', '.join(sorted(known)) or '(none loaded)'}"
                )


def network_from_dataset(
    dataset, filters: Filters | None = None, *, unfiltered: bool = False
) -> Network:
    """The same tables from a :class:`~helix_graph.model.Dataset`, without a store (tests, synth).

    ``unfiltered=True`` keeps every record, organisations without a project too (as
    :func:`stored_tables` reads a store).
    """
    organisations = pd.DataFrame(
        [o.model_dump(include=set(ORGANISATION_COLUMNS)) for o in dataset.organisations],
        columns=ORGANISATION_COLUMNS,
    )
    programmes = {g.id: g for g in dataset.programmes}
    projects = pd.DataFrame(
        [
            {
                **p.model_dump(include=set(PROJECT_COLUMNS), mode="json"),
                # the programme as a person reads it: its name and period, beside its id
                "programme_name": getattr(programmes.get(p.programme), "name", None),
                "programme_period": getattr(programmes.get(p.programme), "period", None),
            }
            for p in dataset.projects
        ],
        columns=PROJECT_COLUMNS,
    )
    participations = pd.DataFrame(
        [p.model_dump(include=set(PARTICIPATION_COLUMNS)) for p in dataset.participations],
        columns=PARTICIPATION_COLUMNS,
    )
    network = Network(organisations, projects, participations)
    return network if unfiltered else filter_network(network, filters or Filters())


def _year_overlap(projects: pd.DataFrame, years: tuple[int, int]) -> pd.Series:
    start = pd.to_datetime(projects["start_date"], errors="coerce")
    end = pd.to_datetime(projects["end_date"], errors="coerce")
    end = end.fillna(start)
    start = start.fillna(end)
    lo, hi = pd.Timestamp(date(years[0], 1, 1)), pd.Timestamp(date(years[1], 12, 31))
    return (start <= hi) & (end >= lo) & start.notna()


def filter_network(network: Network, filters: Filters) -> Network:
    """Apply ``filters`` to the three tables (see :class:`Filters`)."""
    orgs, projects, parts = network.organisations, network.projects, network.participations
    if filters.programmes:
        projects = projects[projects["programme"].isin(filters.programmes)]
    if filters.years is not None:
        projects = projects[_year_overlap(projects, filters.years)]
    if filters.countries:
        orgs = orgs[orgs["country"].isin(filters.countries)]
    if filters.sectors:
        orgs = orgs[orgs["helix_sector"].isin(filters.sectors)]
    if filters.kinds:
        orgs = orgs[orgs["kind"].isin(filters.kinds)]
    if filters.roles:
        parts = parts[parts["role"].isin(filters.roles)]
    parts = parts[parts["organisation"].isin(orgs["id"]) & parts["project"].isin(projects["id"])]
    orgs = orgs[orgs["id"].isin(parts["organisation"])]
    projects = projects[projects["id"].isin(parts["project"])]
    return Network(
        orgs.reset_index(drop=True),
        projects.reset_index(drop=True),
        parts.drop_duplicates(["organisation", "project"]).reset_index(drop=True),
        filters,
    )
