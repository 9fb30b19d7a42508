"""Generic CSV and Excel import: one row per organisation in a project, columns named by a mapping.

For keep.eu exports and people's own spreadsheets. The mapping says which column holds
what (``project=Acronym,organisation=Partner,country=Country,…``); columns it does not
name are ignored. A missing sector is filled by the helix classifier and marked inferred
(a sector given in the data always wins). The whole table is read and checked before
anything is written.

Fields
------
Required: ``project`` (acronym or name) and ``organisation`` (name).
Optional: ``project_id``, ``project_title``, ``programme``, ``start_date``, ``end_date``,
``total_budget``, ``url``, ``organisation_id``, ``name_local``, ``legal_form``, ``kind``,
``country``, ``city``, ``latitude``, ``longitude`` (degrees), ``sector``, ``role``, ``budget``.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from helix_graph.errors import DataError, UsageError
from helix_graph.ingest.classify import sector_for, sector_from_text
from helix_graph.ingest.countries import country_code
from helix_graph.ingest.seed_files import explain_validation_error, load_yaml
from helix_graph.ingest.text_files import (
    csv_rows,
    decoded_lines,
    parse_date,
    parse_number,
)
from helix_graph.model import (
    ORGANISATION_KINDS,
    Dataset,
    Organisation,
    Participation,
    Programme,
    Project,
    slugify,
)

__all__ = ["FIELDS", "Mapping", "TableReport", "read_mapping", "read_table", "role_from_text"]

FIELDS = (
    "project",
    "project_id",
    "project_title",
    "programme",
    "start_date",
    "end_date",
    "total_budget",
    "url",
    "organisation",
    "organisation_id",
    "name_local",
    "legal_form",
    "kind",
    "country",
    "city",
    "latitude",
    "longitude",
    "sector",
    "role",
    "budget",
)
_REQUIRED = ("project", "organisation")
_ROLES = {
    "lead": "lead",
    "lead partner": "lead",
    "leadpartner": "lead",
    "coordinator": "lead",
    "lp": "lead",
    "vodilni partner": "lead",
    "vadošais partneris": "lead",
    "project lead": "lead",
    "lead beneficiary": "lead",
    "partner": "partner",
    "project partner": "partner",
    "pp": "partner",
    "participant": "partner",
    "beneficiary": "partner",
    "projektni partner": "partner",
    "associated": "associated",
    "associated partner": "associated",
    "associatedpartner": "associated",
    "ap": "associated",
    "third party": "associated",
    "thirdparty": "associated",
    "pridruženi partner": "associated",
    "observer": "observer",
    "opazovalec": "observer",
}


def role_from_text(value: str) -> str | None:
    """``"Lead Partner"`` → ``"lead"``; None if not recognised."""
    return _ROLES.get(" ".join(value.lower().replace("_", " ").split()))


@dataclass
class Mapping:
    """Which column holds which field, and how the file is written."""

    columns: dict[str, str]
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None


def read_mapping(
    *, mapping_text: str | None = None, mapping_file: str | os.PathLike | None = None
) -> Mapping:
    """A mapping from ``--map field=column,…`` or from a YAML/JSON file.

    The file is ``{columns: {field: column}, encoding:, delimiter:, sheet:}`` or just the
    ``{field: column}`` mapping.
    """
    if mapping_file is None:  # an empty --map is a mapping that names nothing
        columns: dict[str, str] = {}
        for part in re.split(r",(?=\s*[a-z_]+\s*=)", mapping_text or ""):
            name, sep, column = part.partition("=")
            if not sep or not column.strip():
                raise UsageError(
                    f"--map part '{part}' is not FIELD=COLUMN; write e.g. --map project=Acronym,"
                    "organisation=Partner"
                )
            columns[name.strip()] = column.strip()
        mapping = Mapping(columns)
    else:
        path = Path(mapping_file)
        try:
            text = path.read_text(encoding="utf-8-sig")
            document = (
                json.loads(text) if path.suffix.lower() == ".json" else load_yaml(text, path)[1]
            )
        except (OSError, ValueError) as exc:
            raise DataError(
                f"{path}: the mapping file cannot be read ({exc}); check the path and its syntax",
                file=str(path),
            ) from None
        if not isinstance(document, dict):
            raise DataError(
                f"{path}: the mapping file must map fields to columns (project: Acronym, …)",
                file=str(path),
            )
        columns = document.get(
            "columns",
            {k: v for k, v in document.items() if k not in ("encoding", "delimiter", "sheet")},
        )
        if not isinstance(columns, dict):
            raise DataError(
                f"{path}: 'columns' must map fields to column names (columns: {{project: Acronym, "
                f"organisation: Partner}}), not a {type(columns).__name__}",
                file=str(path),
            )
        delimiter = document.get("delimiter")
        if delimiter is not None and (not isinstance(delimiter, str) or len(delimiter) != 1):
            raise DataError(
                f"{path}: 'delimiter' must be one character such as ';' or ',', not {delimiter!r:.40}",
                file=str(path),
            )
        encoding = document.get("encoding")
        if encoding is not None and not isinstance(encoding, str):
            raise DataError(
                f"{path}: 'encoding' must be the name of an encoding such as cp1250, "
                f"not {encoding!r:.40}",
                file=str(path),
            )
        sheet = document.get("sheet")
        mapping = Mapping(
            {str(k): str(v) for k, v in columns.items()},
            encoding,
            delimiter,
            None if sheet is None else str(sheet),  # a sheet named 2024 reads as a number
        )
    unknown = [name for name in mapping.columns if name not in FIELDS]
    if unknown:
        raise UsageError(
            f"the mapping names field '{unknown[0]}', which is not known; use {', '.join(FIELDS)}"
        )
    missing = [name for name in _REQUIRED if name not in mapping.columns]
    if missing:
        raise UsageError(
            f"the mapping does not say which column holds '{missing[0]}'; add {missing[0]}=COLUMN"
        )
    return mapping


@dataclass
class TableReport:
    rows: int = 0
    projects: int = 0
    organisations: int = 0
    participations: int = 0
    rows_without_country: int = 0
    sectors_inferred: int = 0
    uncertain_sectors: list[str] = field(default_factory=list)
    duplicate_rows_merged: int = 0
    ignored_columns: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def _excel_rows(path: Path, shown: str, sheet: str | None) -> Iterator[tuple[str, dict]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise DataError(
            f"{shown}: cannot be read as an Excel workbook ({exc}); save it as .xlsx or CSV",
            file=shown,
        ) from None
    try:
        if sheet and sheet not in book.sheetnames:
            raise DataError(
                f"{shown}: there is no sheet '{sheet}' (sheets: {', '.join(book.sheetnames)})",
                file=shown,
                field="sheet",
            )
        rows = (book[sheet] if sheet else book.worksheets[0]).iter_rows(values_only=True)
        header = next(rows, None)
        if not header:
            raise DataError(
                f"{shown} row 1: the sheet is empty; it needs a header row", file=shown, record="1"
            )
        names = ["" if h is None else str(h).strip() for h in header]
        for number, cells in enumerate(rows, start=2):
            if all(c is None or str(c).strip() == "" for c in cells):
                continue
            yield f"row {number}", {n: ("" if c is None else c) for n, c in zip(names, cells) if n}
    finally:
        book.close()


def _rows(
    path: Path,
    shown: str,
    mapping: Mapping,
    encoding: str,
    delimiter: str | None,
    sheet: str | None,
) -> Iterator[tuple[str, dict]]:
    from helix_graph.ingest.seed_files import FILE_BYTES_MAX

    size = path.stat().st_size
    if size > FILE_BYTES_MAX:  # the same bound as every data file
        raise DataError(
            f"{shown}: the file holds {size / 1e9:,.1f} GB, more than the "
            f"{FILE_BYTES_MAX / 1e9:,.1f} GB a data file may; split it into several files",
            file=shown,
        )
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        yield from _excel_rows(path, shown, sheet)
        return
    with path.open("rb") as stream:
        yield from csv_rows(
            decoded_lines(stream, shown, encoding),
            shown,
            delimiter=delimiter,
            required=[mapping.columns[f] for f in mapping.columns],
        )


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_table(
    path: str | os.PathLike,
    mapping: Mapping,
    *,
    encoding: str = "utf-8",
    delimiter: str | None = None,
    sheet: str | None = None,
    source: str | None = None,
) -> tuple[Dataset, TableReport]:
    """Read a CSV or Excel table into a checked Dataset.

    Raises
    ------
    DataError
        One sentence naming the file, the row and the field of the first problem.
    """
    path = Path(path)
    shown = str(path)
    if not path.is_file():
        raise DataError(f"{shown}: no such file; check the path", file=shown)
    source = source or path.name
    columns = mapping.columns
    report = TableReport()
    programmes: dict[str, Programme] = {}
    projects: dict[str, Project] = {}
    organisations: dict[str, Organisation] = {}
    participations: dict[tuple[str, str], Participation] = {}
    first = True
    for label, row in _rows(path, shown, mapping, encoding, delimiter, sheet):
        where = f"{shown} {label}"
        if first:
            if path.suffix.lower() in (".xlsx", ".xlsm"):
                missing = [c for c in columns.values() if c not in row]
                if missing:
                    raise DataError(
                        f"{shown} row 1: column '{missing[0]}' named in the mapping is not in the "
                        f"header ({', '.join(row)}); correct the mapping",
                        file=shown,
                        record="1",
                        field=missing[0],
                    )
            report.ignored_columns = [c for c in row if c not in columns.values()]
            first = False
        report.rows += 1

        # Both read this row and are called only within this iteration.
        def value(name: str, row=row) -> str:
            return _text(row.get(columns[name])) if name in columns else ""

        def fail(name: str, problem: str, where=where, label=label):
            raise DataError(
                f"{where}: field '{columns[name]}' {problem}",
                file=shown,
                record=label,
                field=columns[name],
            )

        project_name, org_name = value("project"), " ".join(value("organisation").split())
        if not project_name:
            fail("project", "is empty; every row names its project")
        if not org_name:
            fail("organisation", "is empty; every row names an organisation")
        project_id = slugify(value("project_id") or project_name)
        # every row's values are checked, also when an earlier row already made the project
        start = parse_date(row.get(columns.get("start_date")), where, columns.get("start_date", ""))
        end = parse_date(row.get(columns.get("end_date")), where, columns.get("end_date", ""))
        total = _number(row, columns, "total_budget", where)
        if project_id not in projects:
            programme_id = None
            if value("programme"):
                programme_id = slugify(value("programme"))
                programmes.setdefault(
                    programme_id,
                    _make(
                        Programme,
                        where,
                        dict(id=programme_id, name=value("programme"), sources=[source]),
                    ),
                )
            projects[project_id] = _make(
                Project,
                where,
                dict(
                    id=project_id,
                    acronym=project_name,
                    title=value("project_title") or None,
                    programme=programme_id,
                    start_date=start,
                    end_date=end,
                    total_budget_eur=total,
                    url=value("url") or None,
                    code=value("project_id") or None,
                    sources=[source],
                ),
            )
        country = None
        if value("country"):
            country = country_code(value("country"))
            if country is None:
                fail(
                    "country",
                    f"is '{value('country')}', which is not a country code or name; use a code such "
                    "as SI or a name such as Slovenia",
                )
        else:
            report.rows_without_country += 1
        if value("sector") and sector_from_text(value("sector")) is None:
            fail(
                "sector",
                f"is '{value('sector')}', which is not a helix sector; use government, industry, "
                "academia or civil_society (or leave it empty to let the classifier decide)",
            )
        role = None
        if value("role"):
            role = role_from_text(value("role"))
            if role is None:
                fail(
                    "role",
                    f"is '{value('role')}', which is not a role; use lead, partner, associated or observer",
                )
        kind = value("kind").lower() or None
        if kind and kind not in ORGANISATION_KINDS:
            fail(
                "kind",
                f"is '{kind}', which is not a kind; use one of {', '.join(ORGANISATION_KINDS)}",
            )
        org_id = slugify(
            value("organisation_id") or (org_name + (f" {country}" if country else ""))
        )
        if org_id not in organisations:
            guess = sector_for(
                org_name,
                value("sector") or None,
                value("legal_form") or None,
                kind=kind,
                country=country,
            )
            inferred = guess.confidence < 1.0  # not given, or given as a generic "other"
            if inferred:
                report.sectors_inferred += 1
                if guess.review_note:
                    report.uncertain_sectors.append(f"{org_name}: {guess.review_note}")
            organisations[org_id] = _make(
                Organisation,
                where,
                dict(
                    id=org_id,
                    name=org_name,
                    name_local=value("name_local") or None,
                    kind=kind or (guess.kind if inferred else "other"),
                    helix_sector=guess.sector,
                    sector_rationale=(
                        f"classifier rule {guess.rationale}"
                        + ("" if guess.guessed else f", confidence {guess.confidence:.2f}")
                        if inferred
                        else None
                    ),
                    sector_inferred=inferred,
                    country=country,
                    city=value("city") or None,
                    latitude=_coordinate(row, columns, "latitude", where),
                    longitude=_coordinate(row, columns, "longitude", where),
                    sources=[source],
                ),
            )
        budget = _number(row, columns, "budget", where)
        pair = (org_id, project_id)
        if pair in participations:
            report.duplicate_rows_merged += 1
            earlier = participations[pair]
            earlier.role = earlier.role or role
            earlier.budget_eur = earlier.budget_eur if earlier.budget_eur is not None else budget
            continue
        participations[pair] = _make(
            Participation,
            where,
            dict(
                project=project_id,
                organisation=org_id,
                role=role,
                budget_eur=budget,
                sources=[source],
            ),
        )
    if first:
        raise DataError(
            f"{shown}: the table has a header but no rows; nothing to import", file=shown
        )
    dataset = Dataset(
        programmes=list(programmes.values()),
        projects=list(projects.values()),
        organisations=list(organisations.values()),
        participations=list(participations.values()),
    )
    report.projects, report.organisations, report.participations = (
        len(projects),
        len(organisations),
        len(participations),
    )
    return dataset.check(), report


def _number(row: dict, columns: dict, name: str, where: str) -> float | None:
    if name not in columns:
        return None
    number = parse_number(row.get(columns[name]), where, columns[name])
    if number is not None and number < 0:
        raise DataError(
            f"{where}: field '{columns[name]}' is {number}, below zero; correct it",
            record=where,
            field=columns[name],
        )
    return number


def _coordinate(row: dict, columns: dict, name: str, where: str) -> float | None:
    """A latitude or longitude in degrees (west and south below zero; the model checks the range)."""
    if name not in columns:
        return None
    return parse_number(row.get(columns[name]), where, columns[name])


def _make(model, where: str, values: dict):
    try:
        return model(**values).located(where)
    except ValidationError as exc:
        name, problem = explain_validation_error(exc)
        raise DataError(f"{where}: field '{name}' {problem}", record=where, field=name) from None
