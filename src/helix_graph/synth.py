"""Synthetic Interreg-like data in the seed format, for benchmarks and tests.

The shape follows what real cooperation programmes look like: project sizes from 2 to 60
partners with a heavy tail; organisations that take part again and again by
preferential attachment (a few hubs, many one-off partners); about 30 countries and the
four helix sectors in uneven, realistic shares; municipalities that take part rarely.
The same seed gives the same files.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from helix_graph.errors import UsageError

__all__ = ["SynthDataset", "synthesize", "write_synth"]

# (code, weight): a Zipf-like spread, the larger programme countries first
COUNTRIES = [
    ("IT", 12),
    ("DE", 11),
    ("ES", 10),
    ("FR", 8),
    ("AT", 6),
    ("SI", 5),
    ("PL", 5),
    ("GR", 5),
    ("HU", 4),
    ("NL", 4),
    ("BE", 4),
    ("PT", 4),
    ("HR", 3),
    ("CZ", 3),
    ("SK", 3),
    ("RO", 3),
    ("SE", 3),
    ("FI", 3),
    ("DK", 2),
    ("LV", 2),
    ("LT", 2),
    ("EE", 2),
    ("BG", 2),
    ("IE", 2),
    ("CH", 2),
    ("NO", 2),
    ("RS", 1),
    ("BA", 1),
    ("LU", 1),
    ("CY", 1),
]
SECTOR_SHARES = {"government": 0.36, "academia": 0.27, "industry": 0.24, "civil_society": 0.13}
KINDS = {
    "government": (("region", 0.30), ("agency", 0.45), ("municipality", 0.25)),
    "academia": (("university", 0.65), ("research_centre", 0.35)),
    "industry": (("company", 0.70), ("chamber", 0.20), ("other", 0.10)),
    "civil_society": (("association", 0.70), ("foundation", 0.30)),
}
MUNICIPALITY_REUSE = 0.15
"""Chance that a municipality picked for reuse takes part again (they rarely do)."""


@dataclass
class SynthDataset:
    programmes: pd.DataFrame
    projects: pd.DataFrame
    organisations: pd.DataFrame
    participations: pd.DataFrame

    def counts(self) -> dict[str, int]:
        return {
            name: len(getattr(self, name))
            for name in ("programmes", "projects", "organisations", "participations")
        }


def _project_sizes(n: int, rng: np.random.Generator) -> np.ndarray:
    """Project sizes summing exactly to ``n``: 2–60 partners, log-normal body with a heavy tail."""
    expected = int(n / 7) + 64
    sizes = np.clip(np.rint(rng.lognormal(mean=1.75, sigma=0.8, size=expected)), 2, 60).astype(int)
    while sizes.sum() < n:
        more = np.clip(np.rint(rng.lognormal(mean=1.75, sigma=0.8, size=expected)), 2, 60).astype(
            int
        )
        sizes = np.concatenate([sizes, more])
    cut = int(np.searchsorted(np.cumsum(sizes), n))  # the project that reaches n
    sizes = sizes[: cut + 1].copy()
    sizes[-1] -= int(sizes.sum()) - n
    if sizes[-1] == 1:  # one partner left over: give it to a project with room
        sizes = sizes[:-1]
        sizes[int(np.flatnonzero(sizes < 60)[0])] += 1
    return sizes


def synthesize(
    participations: int, seed: int = 0, *, new_organisation_share: float = 0.24
) -> SynthDataset:
    """A synthetic dataset with about ``participations`` participations.

    Parameters
    ----------
    participations : int
        At least 2.
    seed : int, default 0
    new_organisation_share : float, default 0.24
        Chance that a partner slot brings a new organisation rather than a returning one
        (0.24 gives about 36,000 organisations for 150,000 participations).

    Returns
    -------
    SynthDataset
        Four tables in the seed format's columns.

    Raises
    ------
    UsageError
        If ``participations`` is below 2.
    """
    if participations < 2:
        raise UsageError(
            f"--participations {participations} is too small; a project needs at least 2 partners"
        )
    rng = np.random.default_rng(seed)
    sizes = _project_sizes(participations, rng)
    n_slots = int(sizes.sum())
    sectors = list(SECTOR_SHARES)
    codes = [c for c, _ in COUNTRIES]
    country_p = np.array([w for _, w in COUNTRIES], dtype=float)
    country_p /= country_p.sum()

    # organisation of every slot: new with some chance, else a past slot's organisation
    # (picking a past slot uniformly is preferential attachment by participation count)
    slot_org = np.empty(n_slots, dtype=np.int64)
    is_municipality: list[bool] = []
    org_sector: list[int] = []
    org_kind: list[str] = []
    sector_draw = rng.choice(len(sectors), size=n_slots, p=list(SECTOR_SHARES.values()))
    kind_draw = rng.random(n_slots)
    new_draw = rng.random(n_slots)
    pick_draw = rng.random((n_slots, 4))
    reuse_draw = rng.random((n_slots, 4))
    position = 0
    for size in sizes:
        members: set[int] = set()
        for _ in range(size):
            t = position
            org = -1
            if t > 0 and new_draw[t] >= new_organisation_share:
                for attempt in range(4):
                    candidate = int(slot_org[int(pick_draw[t, attempt] * t)])
                    if candidate in members:
                        continue
                    if is_municipality[candidate] and reuse_draw[t, attempt] > MUNICIPALITY_REUSE:
                        continue
                    org = candidate
                    break
            if org < 0:
                org = len(org_sector)
                sector = int(sector_draw[t])
                kinds = KINDS[sectors[sector]]
                cumulative = np.cumsum([p for _, p in kinds])
                kind = kinds[int(np.searchsorted(cumulative, kind_draw[t] * cumulative[-1]))][0]
                org_sector.append(sector)
                org_kind.append(kind)
                is_municipality.append(kind == "municipality")
            members.add(org)
            slot_org[position] = org
            position += 1
    n_orgs = len(org_sector)
    org_country = rng.choice(len(codes), size=n_orgs, p=country_p)
    width = len(str(n_orgs))
    organisations = pd.DataFrame(
        {
            "id": [f"synth-org-{i:0{width}d}" for i in range(n_orgs)],
            "name": [
                f"Synthetic {org_kind[i].replace('_', ' ')} {i} ({codes[org_country[i]]})"
                for i in range(n_orgs)
            ],
            "kind": org_kind,
            "helix_sector": [sectors[s] for s in org_sector],
            "country": [codes[c] for c in org_country],
        }
    )

    n_projects = len(sizes)
    n_programmes = max(1, min(12, n_projects // 50 or 1))
    programmes = pd.DataFrame(
        {
            "id": [f"synth-programme-{i + 1:02d}" for i in range(n_programmes)],
            "name": [f"Synthetic Interreg programme {i + 1}" for i in range(n_programmes)],
            "period": ["2014–2020" if i % 2 == 0 else "2021–2027" for i in range(n_programmes)],
        }
    )
    programme = rng.integers(0, n_programmes, size=n_projects)
    period_start = np.where(programme % 2 == 0, 2015, 2022)
    start_year = period_start + rng.integers(0, 4, size=n_projects)
    start_month = rng.integers(1, 13, size=n_projects)
    months = rng.integers(18, 49, size=n_projects)
    end_total = start_year * 12 + (start_month - 1) + months - 1
    end_year, end_month = end_total // 12, end_total % 12 + 1
    last_day = pd.to_datetime(
        {"year": end_year, "month": end_month, "day": 1}
    ) + pd.offsets.MonthEnd(0)
    pwidth = len(str(n_projects))
    projects = pd.DataFrame(
        {
            "id": [f"synth-project-{i:0{pwidth}d}" for i in range(n_projects)],
            "acronym": [f"SYN{i}" for i in range(n_projects)],
            "title": [f"Synthetic cooperation project {i}" for i in range(n_projects)],
            "programme": programmes["id"].to_numpy()[programme],
            "start_date": [f"{y:04d}-{m:02d}-01" for y, m in zip(start_year, start_month)],
            "end_date": last_day.dt.strftime("%Y-%m-%d").to_numpy(),
        }
    )
    project_of_slot = np.repeat(np.arange(n_projects), sizes)
    first_slot = np.r_[True, project_of_slot[1:] != project_of_slot[:-1]]
    role = np.where(
        first_slot, "lead", np.where(rng.random(n_slots) < 0.06, "associated", "partner")
    )
    participations_table = pd.DataFrame(
        {
            "project": projects["id"].to_numpy()[project_of_slot],
            "organisation": organisations["id"].to_numpy()[slot_org],
            "role": role,
        }
    )
    return SynthDataset(programmes, projects, organisations, participations_table)


def write_synth(dataset: SynthDataset, out_dir: str | Path) -> list[Path]:
    """Write ``programmes.csv``, ``projects.csv``, ``organisations.csv`` and ``participations.csv``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in ("programmes", "projects", "organisations", "participations"):
        path = out / f"{name}.csv"
        getattr(dataset, name).to_csv(
            path, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n"
        )
        paths.append(path)
    return paths
