"""Properties of every reader of people's files, checked on generated input (Hypothesis).

Whatever a reader is given, it either returns a Dataset that, written back in the seed
format, reads back to the same Dataset, or raises the one-sentence error of
``helix_graph.errors`` — never another exception, never a traceback for the user.
"""

from __future__ import annotations

import csv
import io
import json
import string
import zipfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helix_graph.cli.common import parse_params
from helix_graph.errors import DataError, HelixError, UsageError
from helix_graph.ingest.cordis import read_cordis
from helix_graph.ingest.seed_files import SECTIONS, read_dataset, seed_yaml
from helix_graph.ingest.tabular import FIELDS, Mapping, read_mapping, read_table
from helix_graph.model import (
    HELIX_SECTORS,
    ORGANISATION_KINDS,
    Dataset,
    Organisation,
    Participation,
    Programme,
    Project,
)

# Few examples each: the point is the kinds of input, and the suite runs on every change.
PROPERTY = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# The characters that give readers trouble: separators, quotes, line ends of every kind,
# letters with diacritics, spaces at the edges, a byte-order mark.
TRICKY = ",;\t\"' \r\n\x0b\x0c\x1c\x85\u2028\ufeff-_.:/=#[]{}&*!|>%@`"
cell = st.text(alphabet=string.ascii_letters + string.digits + "čšžČŠŽäöüéè" + TRICKY, max_size=12)
words = st.text(alphabet=string.ascii_letters + "čšžäé -.'&", min_size=1, max_size=16).filter(
    lambda s: s.strip()
)
ids = st.from_regex(r"[a-z0-9][a-z0-9._:-]{0,10}", fullmatch=True)
amounts = st.one_of(
    st.none(), st.floats(min_value=0, max_value=1e12, allow_nan=False, allow_infinity=False)
)
dates = st.one_of(st.none(), st.dates())
countries = st.sampled_from([None, "SI", "AT", "LV", "IT", "DE"])


def _one_line(error: HelixError) -> None:
    """The error people see: a single line, not a traceback."""
    message = str(error)
    assert message and "\n" not in message and "Traceback" not in message, message


# --- the seed format, written back -------------------------------------------------------------


def records(dataset: Dataset) -> dict[str, list[dict]]:
    """Every record of every section as plain values, in order (what two loads compare)."""
    return {s: [r.model_dump() for r in getattr(dataset, s)] for s in SECTIONS}


def dataset_yaml(dataset: Dataset) -> str:
    """The dataset in the seed format, written by the writer the drafts use."""
    document = {
        s: [r.model_dump(mode="json", exclude_defaults=True) for r in getattr(dataset, s)]
        for s in SECTIONS
        if getattr(dataset, s)
    }
    return seed_yaml(document)


def assert_round_trip(dataset: Dataset, folder: Path) -> None:
    """``dataset`` written as seed YAML reads back to the same records."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "again.yaml"
    path.write_text(dataset_yaml(dataset), encoding="utf-8")
    assert records(read_dataset([path])) == records(dataset)


@st.composite
def datasets(draw) -> Dataset:
    """A consistent Dataset: every reference names a record that exists."""
    programme_ids = draw(st.lists(ids, max_size=2, unique=True))
    programmes = [
        Programme(id=p, name=draw(words), period=draw(st.none() | words)) for p in programme_ids
    ]
    projects = []
    for pid in draw(st.lists(ids, min_size=1, max_size=3, unique=True)):
        start, end = sorted([draw(st.dates()), draw(st.dates())])
        projects.append(
            Project(
                id=pid,
                acronym=draw(words),
                title=draw(st.none() | words),
                programme=draw(st.sampled_from([None, *programme_ids])),
                start_date=draw(st.sampled_from([None, start])),
                end_date=draw(st.sampled_from([None, end])),
                total_budget_eur=draw(amounts),
                aliases=draw(st.lists(words, max_size=2)),
                sources=draw(st.lists(words, max_size=2)),
            )
        )
    organisations = [
        Organisation(
            id=oid,
            name=draw(words),
            name_local=draw(st.none() | words),
            kind=draw(st.sampled_from(ORGANISATION_KINDS)),
            helix_sector=draw(st.sampled_from(sorted(HELIX_SECTORS))),
            sector_inferred=draw(st.booleans()),
            country=draw(countries),
            city=draw(st.none() | words),
        )
        for oid in draw(st.lists(ids, min_size=1, max_size=4, unique=True))
    ]
    pairs = draw(
        st.lists(
            st.tuples(st.sampled_from(organisations), st.sampled_from(projects)),
            max_size=6,
            unique_by=lambda pair: (pair[0].id, pair[1].id),
        )
    )
    participations = [
        Participation(
            project=project.id,
            organisation=org.id,
            role=draw(st.sampled_from([None, "lead", "partner", "associated", "observer"])),
            budget_eur=draw(amounts),
        )
        for org, project in pairs
    ]
    return Dataset(
        programmes=programmes,
        projects=projects,
        organisations=organisations,
        participations=participations,
    ).check()


@PROPERTY
@given(dataset=datasets())
def test_a_dataset_written_as_seed_yaml_reads_back_the_same(tmp_path_factory, dataset):
    assert_round_trip(dataset, tmp_path_factory.mktemp("yaml"))


def _csv_value(key: str, value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(value)
    return str(value)


@PROPERTY
@given(dataset=datasets())
def test_a_dataset_written_as_seed_csv_reads_back_the_same(tmp_path_factory, dataset):
    folder = tmp_path_factory.mktemp("csv")
    for section, model in SECTIONS.items():
        rows = getattr(dataset, section)
        if not rows:
            continue
        with (folder / f"{section}.csv").open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            # date_variants has no CSV form: the seed's CSV files leave it out
            fields = [f for f in model.model_fields if f != "date_variants"]
            writer.writerow(fields)
            for record in rows:
                writer.writerow(_csv_value(f, getattr(record, f)) for f in fields)
    assert records(read_dataset([folder])) == records(dataset)


# --- any YAML document, any CSV text ----------------------------------------------------------

FIELD_NAMES = sorted({f for model in SECTIONS.values() for f in model.model_fields})
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(),
    cell,
    st.sampled_from([*sorted(HELIX_SECTORS), *ORGANISATION_KINDS, "SI", "lead", "2020-02-30", "x"]),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(FIELD_NAMES) | cell, inner, max_size=3)
    ),
    max_leaves=8,
)
record = st.dictionaries(st.sampled_from(FIELD_NAMES), values, max_size=8)
documents = st.one_of(
    st.dictionaries(
        st.sampled_from([*SECTIONS, "countries"]),
        st.lists(record | values, max_size=4) | values,
        max_size=4,
    ),
    values,
)


@PROPERTY
@given(document=documents)
@example(document={"organisations": [{"id": "a", "name": "A", "helix_sector": "industry"}]})
@example(document={"projects": [{"id": "p", "acronym": "P", "start_date": "2020-02-30"}]})
def test_any_yaml_document_loads_or_gets_one_sentence(tmp_path_factory, document):
    folder = tmp_path_factory.mktemp("doc")
    path = folder / "data.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    try:
        dataset = read_dataset([path])
    except DataError as error:
        _one_line(error)
        return
    assert_round_trip(dataset, folder / "back")


@PROPERTY
@given(text=st.text(alphabet=string.printable + "čž\ufeff\u2028", max_size=120))
@example(text="organisations: [{id: a, name: A, helix_sector: industry}")
@example(text="\ufeffprojects:\n  - id: p\n    acronym: P\n")
def test_any_yaml_text_loads_or_gets_one_sentence(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("text")
    path = folder / "data.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        dataset = read_dataset([path])
    except DataError as error:
        _one_line(error)
        return
    assert_round_trip(dataset, folder / "back")


ORG_COLUMNS = [f for f in Organisation.model_fields]


@PROPERTY
@given(
    header=st.lists(st.sampled_from(ORG_COLUMNS) | cell, min_size=1, max_size=6),
    rows=st.lists(st.lists(cell, max_size=7), max_size=4),
)
@example(header=["id", "name", "helix_sector"], rows=[["a", "A\u2028B", "industry"]])
@example(header=["id", "name", "helix_sector", "aliases"], rows=[["a", "A", "academia", ";x; ;"]])
def test_any_seed_csv_loads_or_gets_one_sentence(tmp_path_factory, header, rows):
    folder = tmp_path_factory.mktemp("seedcsv")
    path = folder / "organisations.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([header, *rows])
    try:
        dataset = read_dataset([path])
    except DataError as error:
        _one_line(error)
        return
    assert_round_trip(dataset, folder / "back")


# --- the table reader with a mapping (keep.eu exports, people's spreadsheets) -----------------

TABLE_COLUMNS = ["Acronym", "Partner", "Country", "Sector", "Role", "Budget", "Start", "End"]
TABLE_MAPPING = Mapping(
    {
        "project": "Acronym",
        "organisation": "Partner",
        "country": "Country",
        "sector": "Sector",
        "role": "Role",
        "budget": "Budget",
        "start_date": "Start",
        "end_date": "End",
    }
)
table_cell = st.one_of(
    cell,
    st.sampled_from(
        ["SI", "Slovenia", "Avstija", "industry", "Lead Partner", "observer", "1.234,50", "-3"]
    ),
    st.sampled_from(["2020-01-31", "31.01.2020", "2020-13-01", "1e400", "nan", ""]),
)


@PROPERTY
@given(
    rows=st.lists(st.lists(table_cell, min_size=8, max_size=8), max_size=5),
    delimiter=st.sampled_from([",", ";", "\t"]),
    drop=st.sets(st.sampled_from(TABLE_COLUMNS), max_size=2),
)
@example(
    rows=[["A", "Občina Kranj", "SI", "", "Lead Partner", "100", "", ""]], delimiter=";", drop=set()
)
# a value with NEL, which YAML folds to a space unless it is written escaped
@example(rows=[["0\x850", "0", "", "", "", "", "", ""]], delimiter=",", drop=set())
def test_any_table_loads_or_gets_one_sentence(tmp_path_factory, rows, delimiter, drop):
    folder = tmp_path_factory.mktemp("table")
    path = folder / "partners.csv"
    keep = [i for i, c in enumerate(TABLE_COLUMNS) if c not in drop]
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerow([TABLE_COLUMNS[i] for i in keep])
        writer.writerows([[row[i] for i in keep] for row in rows])
    try:
        dataset, report = read_table(path, TABLE_MAPPING)
    except DataError as error:
        _one_line(error)
        return
    assert report.rows == len(rows)
    assert report.participations + report.duplicate_rows_merged == len(rows)
    assert_round_trip(dataset, folder / "back")


@PROPERTY
@given(text=st.text(alphabet=string.ascii_lowercase + "_=,; AČ", max_size=60))
@example(text="project=Acronym,organisation=Partner, country = Land")
@example(text="project=,organisation=Partner")
def test_any_map_option_is_a_mapping_or_one_sentence(text):
    try:
        mapping = read_mapping(mapping_text=text)
    except UsageError as error:
        _one_line(error)
        return
    assert set(mapping.columns) <= set(FIELDS)
    assert {"project", "organisation"} <= set(mapping.columns)
    assert all(column and column == column.strip() for column in mapping.columns.values())


@PROPERTY
@given(document=documents | st.dictionaries(st.sampled_from([*FIELDS, "columns"]), values))
@example(document={"columns": {"project": "A", "organisation": "B"}, "delimiter": ";"})
@example(document={"columns": {"project": "A", "organisation": "B"}, "encoding": 5})
def test_any_mapping_file_is_a_mapping_or_one_sentence(tmp_path_factory, document):
    path = tmp_path_factory.mktemp("map") / "mapping.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    try:
        mapping = read_mapping(mapping_file=path)
    except (DataError, UsageError) as error:
        _one_line(error)
        return
    assert {"project", "organisation"} <= set(mapping.columns)
    assert mapping.encoding is None or isinstance(mapping.encoding, str)
    assert mapping.sheet is None or isinstance(mapping.sheet, str)


# --- CORDIS downloads -------------------------------------------------------------------------

PROJECT_COLUMNS = ["id", "acronym", "title", "startDate", "endDate", "totalCost"]
PROJECT_COLUMNS += ["frameworkProgramme"]
ORG_CORDIS_COLUMNS = ["projectID", "organisationID", "name", "activityType", "country", "role"]
ORG_CORDIS_COLUMNS += ["ecContribution", "city"]
cordis_cell = st.one_of(
    cell,
    st.sampled_from(["1", "2", "H2020", "HES", "PRC", "coordinator", "participant", "SI", "EL"]),
    st.sampled_from(["2016-01-01", "2015-12-31", "1234567,89", "-1", "", "UK", "XK"]),
)


@PROPERTY
@given(
    projects=st.lists(st.lists(cordis_cell, min_size=7, max_size=7), max_size=3),
    organisations=st.lists(st.lists(cordis_cell, min_size=8, max_size=8), max_size=4),
)
@example(
    projects=[["1", "ALPHA", "A title", "2016-01-01", "2018-12-31", "1000,5", "H2020"]],
    organisations=[["1", "9", "Občina Kranj", "PUB", "SI", "coordinator", "10", "Kranj"]],
)
def test_any_cordis_download_loads_or_gets_one_sentence(tmp_path_factory, projects, organisations):
    folder = tmp_path_factory.mktemp("cordis")
    path = folder / "cordis.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, header, rows in (
            ("project.csv", PROJECT_COLUMNS, projects),
            ("organization.csv", ORG_CORDIS_COLUMNS, organisations),
        ):
            text = io.StringIO()
            csv.writer(text, delimiter=";").writerows([header, *rows])
            archive.writestr(name, text.getvalue())
    try:
        dataset, _ = read_cordis(path)
    except DataError as error:
        _one_line(error)
        return
    dataset.check()
    assert_round_trip(dataset, folder / "back")


# --- the query console's parameters (--param name=value) --------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)


@PROPERTY
@given(
    values=st.dictionaries(
        st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,8}", fullmatch=True), json_values
    )
)
def test_parameters_written_as_json_read_back_as_their_values(values):
    pairs = tuple(f"{name}={json.dumps(value)}" for name, value in values.items())
    assert parse_params(pairs) == values


@PROPERTY
@given(pairs=st.lists(st.text(alphabet=string.printable + "č", max_size=20), max_size=4))
@example(pairs=["country=SI", "=x", "a b=1"])
def test_any_parameter_text_is_parameters_or_one_sentence(pairs):
    try:
        params = parse_params(tuple(pairs))
    except UsageError as error:
        _one_line(error)
        return
    expected = {}
    for pair in pairs:  # a name given twice keeps its last value
        name, _, raw = pair.partition("=")
        try:
            expected[name] = json.loads(raw)
        except ValueError:
            expected[name] = raw
    assert repr(params) == repr(expected)  # repr: NaN is not equal to itself


@pytest.mark.parametrize(
    ("pair", "value"),
    [("n=3", 3), ("c=SI", "SI"), ('c="SI"', "SI"), ("xs=[1, 2]", [1, 2]), ("e=", "")],
)
def test_parameter_values_by_hand(pair, value):
    assert parse_params((pair,)) == {pair.partition("=")[0]: value}


# --- the corrections (aliases) file -----------------------------------------------------------

alias_documents = st.dictionaries(
    st.sampled_from(["same", "distinct"]),
    values | st.lists(st.lists(words, max_size=3), max_size=3),
    max_size=2,
)


@PROPERTY
@given(document=alias_documents | documents)
@example(document={"same": 5})
def test_any_aliases_file_is_aliases_or_one_sentence(tmp_path_factory, document):
    from helix_graph.ingest.resolve import read_aliases

    path = tmp_path_factory.mktemp("aliases") / "aliases.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    try:
        aliases = read_aliases(path)
    except DataError as error:
        _one_line(error)
        return
    for group in [*aliases.same, *aliases.distinct]:
        assert len(group) >= 2 and all(isinstance(name, str) for name in group)
