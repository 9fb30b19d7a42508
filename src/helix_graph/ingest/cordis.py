"""Read CORDIS bulk downloads (a zip with ``project.csv`` and ``organization.csv``, or the
two files) into a checked Dataset.

CORDIS files are UTF-8, separated by ``;``, with fields in double quotes that may hold
``;`` and doubled quotes. Rows are streamed from the zip; the whole input is read and
checked before anything is written, so a bad row leaves the store as it was.

Mapping
-------
- ``activityType`` → helix sector: HES, REC → academia; PRC → industry; PUB → government;
  OTH → civil_society. The code itself is kept (``sector_source_code``); a row without one
  is classified from the name and marked inferred.
- ``role``: coordinator → lead; participant, partner, beneficiary → partner; thirdParty,
  associatedPartner → associated.
- ``country``: EL → GR, UK → GB; an empty country is imported as unknown and counted.
- ``ecContribution`` → the participation's ``budget_eur``; ``totalCost`` → the project's
  ``total_budget_eur``; ``frameworkProgramme`` → the Programme.
- Columns not listed here are ignored.
"""

from __future__ import annotations

import io
import math
import os
import zipfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from helix_graph.errors import DataError
from helix_graph.ingest.classify import classify
from helix_graph.ingest.countries import EU_CODES
from helix_graph.ingest.seed_files import explain_validation_error
from helix_graph.ingest.text_files import (
    csv_rows,
    decoded_lines,
    parse_date,
    parse_number,
)
from helix_graph.model import (
    Dataset,
    Organisation,
    Participation,
    Programme,
    Project,
    is_country_code,
)

__all__ = [
    "read_cordis",
    "CordisReport",
    "ACTIVITY_TYPES",
    "CORDIS_ROLES",
    "ORGANISATION_COLUMNS",
    "PROJECT_COLUMNS",
]

ACTIVITY_TYPES: dict[str, tuple[str, str, str]] = {
    # code: (helix sector, kind, what CORDIS means by it)
    "HES": ("academia", "university", "higher or secondary education establishment"),
    "REC": ("academia", "research_centre", "research organisation"),
    "PRC": ("industry", "company", "private for-profit entity"),
    "PUB": ("government", "agency", "public body"),
    "OTH": ("civil_society", "other", "other"),
}
CORDIS_ROLES = {
    "coordinator": "lead",
    "participant": "partner",
    "partner": "partner",
    "beneficiary": "partner",
    "thirdparty": "associated",
    "associatedpartner": "associated",
    "associated": "associated",
    "internationalpartner": "partner",
}
FRAMEWORKS = {
    "FP4": ("Fourth Framework Programme", "1994–1998"),
    "FP5": ("Fifth Framework Programme", "1998–2002"),
    "FP6": ("Sixth Framework Programme", "2002–2006"),
    "FP7": ("Seventh Framework Programme", "2007–2013"),
    "H2020": ("Horizon 2020", "2014–2020"),
    "HORIZON": ("Horizon Europe", "2021–2027"),
}
ORGANISATION_COLUMNS = (
    "projectID",
    "organisationID",
    "name",
    "activityType",
    "country",
    "role",
    "ecContribution",
)
PROJECT_COLUMNS = (
    "id",
    "acronym",
    "title",
    "startDate",
    "endDate",
    "totalCost",
    "frameworkProgramme",
)

Progress = Callable[[int], None]
"""Called with the number of rows read since the last call."""


@dataclass
class CordisReport:
    """What an import read, and what a person should know about it."""

    projects: int = 0
    organisations: int = 0
    participations: int = 0
    rows_without_country: int = 0
    organisations_without_country: int = 0
    sectors_inferred: int = 0
    duplicate_participations_merged: int = 0
    # geolocation cells that are not "latitude,longitude" in range: left out (placed by city)
    unreadable_geolocations: int = 0
    # Organisations whose sector the classifier could not place, or only guessed, and why.
    review: list[str] = field(default_factory=list)
    ignored_columns: dict[str, list[str]] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def _members(
    path: Path, stack: ExitStack
) -> tuple[tuple[str, io.BufferedIOBase], tuple[str, io.BufferedIOBase]]:
    """Open project.csv and organization.csv inside a zip, a folder, or named directly."""
    shown = str(path)
    if path.is_file() and path.suffix.lower() == ".zip" and not zipfile.is_zipfile(path):
        raise DataError(
            f"{shown}: this is not a readable zip file (damaged, or cut short while downloading); "
            "download it again",
            file=shown,
        )
    if path.is_file() and zipfile.is_zipfile(path):
        archive = stack.enter_context(zipfile.ZipFile(path))
        names = {Path(n).name.lower(): n for n in archive.namelist() if not n.endswith("/")}
        found = {}
        for wanted in ("project.csv", "organization.csv"):
            if wanted not in names:
                raise DataError(
                    f"{shown}: the zip holds no {wanted} (it holds "
                    f"{', '.join(sorted(names)) or 'nothing'}); use the CORDIS bulk download "
                    "of projects in CSV",
                    file=shown,
                )
            _check_size(f"{shown}:{names[wanted]}", archive.getinfo(names[wanted]).file_size)
            found[wanted] = (
                f"{shown}:{names[wanted]}",
                stack.enter_context(archive.open(names[wanted])),
            )
        return found["project.csv"], found["organization.csv"]
    folder = path if path.is_dir() else path.parent
    if not path.exists():
        raise DataError(f"{shown}: no such file or folder; check the path", file=shown)
    project, organisation = folder / "project.csv", folder / "organization.csv"
    for needed in (project, organisation):
        if not needed.is_file():
            raise DataError(
                f"{needed}: no such file; CORDIS data is a zip holding project.csv and "
                "organization.csv, or those two files side by side",
                file=str(needed),
            )
    for needed in (project, organisation):
        _check_size(str(needed), needed.stat().st_size)
    return (
        (str(project), stack.enter_context(project.open("rb"))),
        (str(organisation), stack.enter_context(organisation.open("rb"))),
    )


CORDIS_BYTES_MAX = 8 << 30
"""A CORDIS table larger than this (8 GiB, uncompressed) is refused before it is read;
Horizon 2020's whole download is about 0.2 GB."""


def _check_size(shown: str, size: int) -> None:
    if size > CORDIS_BYTES_MAX:
        raise DataError(
            f"{shown}: the table holds {size / 1e9:,.1f} GB, more than the "
            f"{CORDIS_BYTES_MAX / 1e9:,.1f} GB a CORDIS table may; import the download in parts",
            file=shown,
        )


def _counting(rows: Iterator, progress: Progress | None, every: int = 5000) -> Iterator:
    pending = 0
    for row in rows:
        yield row
        pending += 1
        if progress and pending >= every:
            progress(pending)
            pending = 0
    if progress and pending:
        progress(pending)


def read_cordis(
    paths: list[str | os.PathLike] | str | os.PathLike,
    *,
    encoding: str = "utf-8",
    progress: Progress | None = None,
) -> tuple[Dataset, CordisReport]:
    """Read one or more CORDIS downloads into one checked Dataset.

    Parameters
    ----------
    paths : path or list of paths
        Zips holding ``project.csv`` and ``organization.csv``, folders holding them, or
        one of the two files (the other is looked for beside it).
    encoding : str, default "utf-8"
        The files' encoding (a UTF-8 byte-order mark is always accepted).
    progress : callable, optional
        ``progress(rows)`` as rows are read, for a progress bar.

    Returns
    -------
    (Dataset, CordisReport)

    Raises
    ------
    DataError
        One sentence naming the file, row and field of the first problem.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    programmes: dict[str, Programme] = {}
    projects: dict[str, Project] = {}
    organisations: dict[str, Organisation] = {}
    participations: dict[tuple[str, str], Participation] = {}
    report = CordisReport()
    for path in paths:
        with ExitStack() as stack:
            (project_file, project_stream), (org_file, org_stream) = _members(Path(path), stack)
            _read_projects(
                project_file, project_stream, encoding, programmes, projects, report, progress
            )
            _read_organisations(
                org_file,
                org_stream,
                encoding,
                projects,
                organisations,
                participations,
                report,
                progress,
            )
    report.projects, report.organisations, report.participations = (
        len(projects),
        len(organisations),
        len(participations),
    )
    report.organisations_without_country = sum(
        1 for values, _ in organisations.values() if values["country"] is None
    )
    if paths and not projects and not organisations:  # as for every other input: a mistake
        raise DataError(
            f"{paths[0]}: the download holds no project and no organisation rows; check that "
            "it is the CORDIS projects download (project.csv and organization.csv with their rows)",
            file=str(paths[0]),
        )
    dataset = Dataset(
        programmes=list(programmes.values()),
        projects=_validated(Project, projects),
        organisations=_validated(Organisation, organisations),
        participations=_validated(Participation, participations),
    )
    # Checked by construction: ids are dictionary keys, a repeated project id was refused, and
    # every reference was looked up as its row was read (load_dataset checks again anyway).
    return dataset, report


def _ignored(header: dict, known: set[str]) -> list[str]:
    return [name for name in header if name not in known]


_PROJECT_KNOWN = {
    "id",
    "acronym",
    "status",
    "title",
    "startDate",
    "endDate",
    "totalCost",
    "ecMaxContribution",
    "frameworkProgramme",
    "legalBasis",
    "topics",
    "masterCall",
    "subCall",
    "fundingScheme",
    "nature",
    "objective",
    "contentUpdateDate",
    "rcn",
    "grantDoi",
}


def _read_projects(shown, stream, encoding, programmes, projects, report, progress) -> None:
    rows = csv_rows(
        decoded_lines(stream, shown, encoding),
        shown,
        delimiter=";",
        required=PROJECT_COLUMNS,
        expected_delimiter_hint=" as CORDIS writes it",
    )
    first = True
    for number, row in _counting(rows, progress):
        if first:
            report.ignored_columns[Path(shown.rsplit(":", 1)[-1]).name] = _ignored(
                row, _PROJECT_KNOWN
            )
            first = False
        where = f"{shown} {number}"
        grant = row["id"].strip()
        if not grant:
            raise DataError(
                f"{where}: field 'id' is empty; every CORDIS project needs its id",
                file=shown,
                record=number,
                field="id",
            )
        framework = row["frameworkProgramme"].strip()
        programme_id = None
        if framework:
            # ASCII only: an id is letters, digits and - _ . : (a stray 'ä' must not break it)
            programme_id = "cordis-" + "".join(
                c if c.isascii() and c.isalnum() else "-" for c in framework.lower()
            )
            if programme_id not in programmes:
                name, period = FRAMEWORKS.get(framework.upper(), (framework, None))
                programmes[programme_id] = Programme(
                    id=programme_id, name=name, period=period, sources=["CORDIS"]
                ).located(where)
        project_id = f"cordis-{grant}"
        if project_id in projects:
            raise DataError(
                f"{where}: field 'id' repeats project {grant}, already at "
                f"{projects[project_id][1]}; keep one row per project",
                file=shown,
                record=number,
                field="id",
            )
        start = parse_date(row["startDate"], where, "startDate")
        end = parse_date(row["endDate"], where, "endDate")
        if start and end and end < start:
            raise DataError(
                f"{where}: field 'endDate' {end} is before startDate {start}; correct one of them",
                file=shown,
                record=number,
                field="endDate",
            )
        projects[project_id] = (
            dict(
                id=project_id,
                acronym=row["acronym"].strip() or grant,
                title=row["title"].strip() or None,
                code=grant,
                programme=programme_id,
                start_date=start,
                end_date=end,
                date_variants=[],
                total_budget_eur=_non_negative(
                    parse_number(row["totalCost"], where, "totalCost"), where, "totalCost"
                ),
                erdf_eur=None,
                url=f"https://cordis.europa.eu/project/id/{grant}",
                status=(row.get("status") or "").strip().lower() or None,
                observers_count=None,
                aliases=[],
                sources=["CORDIS"],
                notes=None,
            ),
            where,
        )


def _validated(model, pending: dict) -> list:
    """Validate all records of one kind in one call (fast), or name the first bad row and field.

    ``pending`` maps an id to ``(values, where)``.
    """
    entries = list(pending.values())
    try:
        return _adapter(model).validate_python([values for values, _ in entries])
    except ValidationError as exc:
        index = exc.errors()[0]["loc"][0]
        values, where = entries[index]
        try:
            model(**values)
        except ValidationError as single:
            field, problem = explain_validation_error(single)
            field = _COLUMN_OF.get(
                (model, field), field
            )  # name the column a person can find in the file
            raise DataError(
                f"{where}: field '{field}' {problem}", record=where, field=field
            ) from None
        raise  # pragma: no cover - the list failed, so one of its records does


_COLUMN_OF = {
    (Organisation, "id"): "organisationID",
    (Organisation, "name"): "name",
    (Project, "id"): "id",
    (Project, "acronym"): "acronym",
    (Participation, "budget_eur"): "ecContribution",
}


@cache
def _adapter(model) -> TypeAdapter:
    return TypeAdapter(list[model])


def _non_negative(value: float | None, where: str, field: str) -> float | None:
    if value is not None and value < 0:
        raise DataError(
            f"{where}: field '{field}' is {value}, below zero; correct it",
            record=where,
            field=field,
        )
    return value


_ORG_KNOWN = {
    "projectID",
    "projectAcronym",
    "organisationID",
    "vatNumber",
    "name",
    "shortName",
    "SME",
    "activityType",
    "street",
    "postCode",
    "city",
    "country",
    "nutsCode",
    "geolocation",
    "organizationURL",
    "contactForm",
    "order",
    "role",
    "ecContribution",
    "netEcContribution",
    "totalCost",
    "endOfParticipation",
    "active",
}
_ROLE_RANK = {"lead": 0, "partner": 1, "associated": 2, "observer": 3}


def _read_organisations(
    shown, stream, encoding, projects, organisations, participations, report, progress
) -> None:
    rows = csv_rows(
        decoded_lines(stream, shown, encoding),
        shown,
        delimiter=";",
        required=ORGANISATION_COLUMNS,
        expected_delimiter_hint=" as CORDIS writes it",
    )
    first = True
    for number, row in _counting(rows, progress):
        if first:
            report.ignored_columns[Path(shown.rsplit(":", 1)[-1]).name] = _ignored(row, _ORG_KNOWN)
            first = False
        where = f"{shown} {number}"
        project_id = f"cordis-{row['projectID'].strip()}"
        if project_id not in projects:
            raise DataError(
                f"{where}: field 'projectID' names project {row['projectID']!r}, which project.csv "
                "does not hold; use the organization.csv of the same download",
                file=shown,
                record=number,
                field="projectID",
            )
        org_key = row["organisationID"].strip()
        name = " ".join(row["name"].split())
        if not org_key:
            raise DataError(
                f"{where}: field 'organisationID' is empty; every CORDIS participant has one",
                file=shown,
                record=number,
                field="organisationID",
            )
        if not name:
            raise DataError(
                f"{where}: field 'name' is empty; every organisation needs a name",
                file=shown,
                record=number,
                field="name",
            )
        country = row["country"].strip().upper()
        if country:
            country = EU_CODES.get(country, country)
            if not is_country_code(country):
                raise DataError(
                    f"{where}: field 'country' is '{row['country']}', which is not a country code; "
                    "use ISO 3166-1 alpha-2 (or CORDIS's EL, UK) or leave it empty",
                    file=shown,
                    record=number,
                    field="country",
                )
        else:
            country = None
            report.rows_without_country += 1
        role_text = row["role"].strip()
        role = CORDIS_ROLES.get(role_text.lower().replace(" ", "").replace("_", ""))
        if role is None and role_text:
            raise DataError(
                f"{where}: field 'role' is '{role_text}', which is not a CORDIS role; use "
                "coordinator, participant, partner, thirdParty or associatedPartner",
                file=shown,
                record=number,
                field="role",
            )
        budget = _non_negative(
            parse_number(row["ecContribution"], where, "ecContribution"), where, "ecContribution"
        )
        org_id = f"cordis-org-{org_key}"
        if org_id not in organisations:
            organisations[org_id] = _organisation(org_id, name, row, country, where, report)
        elif organisations[org_id][0]["country"] is None and country:
            organisations[org_id][0]["country"] = country
        pair = (org_id, project_id)
        if pair in participations:
            # the same organisation twice in one project (two roles or two entries): one tie, budgets added
            report.duplicate_participations_merged += 1
            earlier = participations[pair][0]
            if role and (earlier["role"] is None or _ROLE_RANK[role] < _ROLE_RANK[earlier["role"]]):
                earlier["role"] = role
            if budget is not None:
                earlier["budget_eur"] = (earlier["budget_eur"] or 0.0) + budget
            continue
        participations[pair] = (
            dict(
                project=project_id,
                organisation=org_id,
                role=role,
                budget_eur=budget,
                sources=["CORDIS"],
                notes=None,
            ),
            where,
        )


def _geolocation(cell, report: CordisReport) -> tuple[float | None, float | None]:
    """CORDIS's ``geolocation`` ("46.0569,14.5058"): latitude and longitude, or two Nones.

    >>> _geolocation("46.0569,14.5058", CordisReport())
    (46.0569, 14.5058)
    """
    text = (cell or "").strip().strip("()[]")
    if not text:
        return None, None
    parts = [p.strip() for p in text.replace(";", ",").split(",")]
    try:
        lat, lon = (float(p) for p in parts) if len(parts) == 2 else (math.nan, math.nan)
    except ValueError:
        lat = lon = math.nan
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):  # NaN fails both
        report.unreadable_geolocations += 1
        return None, None
    return lat, lon


def _organisation(org_id, name, row, country, where, report) -> Organisation:
    code = row["activityType"].strip().upper()
    short = (row.get("shortName") or "").strip()
    if code:
        if code not in ACTIVITY_TYPES:
            raise DataError(
                f"{where}: field 'activityType' is '{row['activityType']}', which CORDIS does not "
                f"use; use one of {', '.join(ACTIVITY_TYPES)} or leave it empty to let the "
                "classifier decide",
                record=where,
                field="activityType",
            )
        sector, kind, meaning = ACTIVITY_TYPES[code]
        rationale, inferred = f"CORDIS activityType {code} ({meaning}) → {sector}", False
        if code == "PUB":
            guessed = classify(name, learned=False)
            kind = guessed.kind if guessed.sector == "government" else "agency"
        elif code == "OTH":  # "other" is generic: a rule on the name decides, not a guess
            guessed = classify(name, learned=False)
            if guessed.placed and guessed.sector != sector:
                sector, kind, inferred = guessed.sector, guessed.kind, True
                rationale = f"CORDIS activityType OTH (other) is generic; the name says {sector}: {guessed.rationale}"
    else:
        guessed = classify(name, country=country)
        sector, kind, inferred = guessed.sector, guessed.kind, True
        rationale = f"no CORDIS activityType; classifier rule {guessed.rationale}" + (
            "" if guessed.guessed else f", confidence {guessed.confidence:.2f}"
        )
        report.sectors_inferred += 1
        if guessed.review_note:
            report.review.append(f"{where}: '{name}': {guessed.review_note}")
    return (
        dict(
            id=org_id,
            name=name,
            name_local=None,
            aliases=[short] if short and short != name else [],
            kind=kind,
            helix_sector=sector,
            sector_rationale=rationale,
            sector_inferred=inferred,
            sector_source_code=code or None,
            country=country,
            city=(row.get("city") or "").strip() or None,
            **dict(zip(("latitude", "longitude"), _geolocation(row.get("geolocation"), report))),
            sources=["CORDIS"],
            notes=None,
        ),
        where,
    )
