"""Read data files in the seed format (YAML or CSV) into a checked Dataset.

A YAML file is a mapping whose keys are sections (``programmes``, ``projects``,
``organisations``, ``participations``), each a list of records. A CSV file holds one
section, named by the file (``organisations.csv``, or ``anything.organisations.csv``);
list fields (``sources``, ``aliases``) separate their items with ``;``.

Every problem becomes one :class:`~helix_graph.errors.DataError` sentence naming the
file, the record and the field, and nothing is returned until the whole input is valid.
"""

from __future__ import annotations

import os
import reprlib
from collections.abc import Iterable
from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from helix_graph.errors import DataError
from helix_graph.errors import shown as value_text
from helix_graph.ingest.text_files import csv_rows
from helix_graph.model import Dataset, Organisation, Participation, Programme, Project

__all__ = [
    "SECTIONS",
    "read_dataset",
    "data_files",
    "explain_validation_error",
    "load_yaml",
    "seed_yaml",
]

SECTIONS: dict[str, type[BaseModel]] = {
    "programmes": Programme,
    "projects": Project,
    "organisations": Organisation,
    "participations": Participation,
}
_LIST_FIELDS = {"sources", "aliases"}
ALIAS_BUDGET = 10_000
"""At most this many nodes may YAML aliases add to a file (see :func:`_load_yaml`)."""
FILE_BYTES_MAX = 1 << 30
"""A data file larger than this (1 GiB) is refused before it is read."""
_SUFFIXES = {".yaml", ".yml", ".csv"}


def data_files(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """The data files named, directories expanded (sorted, recursively)."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.suffix.lower() in _SUFFIXES and p.is_file()
            )
            if not found:
                raise DataError(
                    f"{_show(path)}: the folder holds no .yaml, .yml or .csv data file; "
                    "point at a folder or file in the seed format",
                    file=str(path),
                )
            files.extend(found)
        elif path.is_file():
            if path.suffix.lower() not in _SUFFIXES:
                raise DataError(
                    f"{_show(path)}: not a data file in the seed format; "
                    "use a .yaml, .yml or .csv file",
                    file=str(path),
                )
            files.append(path)
        else:
            raise DataError(
                f"{_show(path)}: no such file or folder; check the path", file=str(path)
            )
    return files


def read_dataset(paths: Iterable[str | os.PathLike]) -> Dataset:
    """Read and check every file; raise DataError at the first problem."""
    dataset = Dataset()
    files = data_files(paths)
    for path in files:
        part = _read_csv(path) if path.suffix.lower() == ".csv" else _read_yaml(path)
        if path.suffix.lower() == ".csv" and not any(part.counts().values()):
            # a table without rows is a mistake (a YAML draft of comments only is not)
            raise DataError(
                f"{_show(path)}: the file holds no rows; put records under a header row of "
                "field names, or leave the file out",
                file=str(path),
            )
        dataset = dataset.merged(part)
    if files and not any(dataset.counts().values()):
        raise DataError(
            f"{_show(files[0])}{' and the other files' if len(files) > 1 else ''}: no records "
            f"to load; put them under the sections {', '.join(SECTIONS)}",
            file=str(files[0]),
        )
    return dataset.check()


def explain_validation_error(error: ValidationError) -> tuple[str, str]:
    """The first problem of a pydantic error as (field, what is wrong and what to do)."""
    first = error.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "record"
    kind, message, value = first["type"], first["msg"], first.get("input")
    if kind == "missing":
        return field, "is missing; add it"
    if kind == "extra_forbidden":
        return field, "is not a known field; remove it or correct its spelling"
    if kind == "literal_error":
        expected = message.split("Input should be ", 1)[-1]
        return field, f"is '{value}', which is not allowed; use {expected}"
    if kind.startswith(("date_", "datetime_")):
        return field, f"is '{value}', which is not a date; write it as YYYY-MM-DD"
    if kind.startswith(("float_", "int_", "decimal_")) and "parsing" in kind:
        return (
            field,
            f"is '{value}', which is not a number; write digits with a decimal point, e.g. 1234.50",
        )
    if message.startswith("Value error, "):
        return field, "is wrong: " + message.removeprefix("Value error, ")
    return (
        field,
        f"is {value_text(reprlib.repr(value))}: {message[0].lower()}{message[1:]}; correct it",
    )


def _show(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _read_text(path: Path) -> str:
    size = path.stat().st_size
    if size > FILE_BYTES_MAX:
        raise DataError(
            f"{_show(path)}: the file holds {size / 1e9:,.1f} GB, more than the "
            f"{FILE_BYTES_MAX / 1e9:,.1f} GB a data file may; split it into several files",
            file=str(path),
        )
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(
            f"{_show(path)}: byte {exc.start} is not UTF-8; save the file as UTF-8", file=str(path)
        ) from None


def _build(model: type[BaseModel], raw: dict, origin: str, file: str):
    try:
        return model.model_validate(raw).located(origin)
    except ValidationError as exc:
        field, problem = explain_validation_error(exc)
        ident = raw.get("id") or raw.get("organisation") or ""
        named = f" (id '{ident}')" if ident else ""
        raise DataError(
            f"{origin}{named}: field '{field}' {problem}",
            file=file,
            record=str(ident) or origin,
            field=field,
        ) from None


def _expanded_size(root) -> int:
    """How many nodes ``root`` has once every alias is expanded (shared nodes counted per use).

    Raises
    ------
    ValueError
        For an alias that refers to a node containing it (a document of infinite size).
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()

    def size(node) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in open_nodes:
            raise ValueError("an alias refers to a node that contains it")
        open_nodes.add(key)
        if isinstance(node, yaml.SequenceNode):
            total = 1 + sum(map(size, node.value))
        elif isinstance(node, yaml.MappingNode):
            total = 1 + sum(size(k) + size(v) for k, v in node.value)
        else:
            total = 1
        open_nodes.discard(key)
        sizes[key] = total
        return total

    return size(root)


def _distinct_nodes(root) -> int:
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(item for pair in node.value for item in pair)
    return len(seen)


class _SeedDumper(yaml.SafeDumper):
    """Letters as they are; a value with a line-break character YAML would fold (NEL, the
    Unicode line and paragraph separators) written double-quoted, where they are escaped."""


def _represent_text(dumper: yaml.SafeDumper, value: str):
    breaks = any(c in value for c in "\x85\u2028\u2029")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"' if breaks else None)


_SeedDumper.add_representer(str, _represent_text)


def seed_yaml(document) -> str:
    r"""``document`` (sections of plain records) as seed-format YAML that reads back the same.

    >>> seed_yaml({"projects": [{"id": "p1", "acronym": "A\x85B"}]})
    'projects:\n- id: p1\n  acronym: "A\\NB"\n'
    """
    return yaml.dump(document, Dumper=_SeedDumper, allow_unicode=True, sort_keys=False, width=100)


def load_yaml(text: str, path: Path):
    """The composed root node and the document of ``text``, aliases expanded within a budget.

    Every YAML file helix-graph reads (data, mappings) goes through here. An alias
    (``*name``) repeats a node: a few are handy, but nested ones multiply (a 500-byte file
    can expand to billions of values), so they may add at most :data:`ALIAS_BUDGET` nodes
    to what the file holds.

    Raises
    ------
    DataError
        For aliases beyond the budget, an alias inside itself, a document nested too
        deeply, malformed YAML, or a value that looks like a date and is not one.
    """
    shown = _show(path)
    try:
        loader = yaml.SafeLoader(text)  # reads the first characters already: may refuse them
    except yaml.YAMLError as exc:
        raise DataError(
            f"{shown}: the YAML cannot be read ({getattr(exc, 'reason', None) or 'malformed YAML'}); "
            "save it as plain UTF-8 text without control characters",
            file=str(path),
        ) from None
    try:
        root = loader.get_single_node()
        if root is None:
            return None, None
        try:
            extra = _expanded_size(root) - _distinct_nodes(root)
        except ValueError as exc:
            raise DataError(
                f"{shown}: {exc}, so it never ends; write the values out instead", file=str(path)
            ) from None
        if extra > ALIAS_BUDGET:
            raise DataError(
                f"{shown}: its aliases (*name) would repeat {extra:,} values, more than the "
                f"{ALIAS_BUDGET:,} allowed; write the values out instead of nesting aliases",
                file=str(path),
            )
        try:
            return root, loader.construct_document(root)
        except ValueError:  # 2020-13-45 reads as a date to YAML, and no such date exists
            raise _bad_date(root, shown, path) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "malformed YAML"
        raise DataError(
            f"{shown}{where}: the YAML cannot be read ({problem}); fix the syntax there",
            file=str(path),
        ) from None
    except RecursionError:
        raise DataError(
            f"{shown}: the YAML is nested too deeply to read; records are mappings in lists, "
            "two or three levels deep",
            file=str(path),
        ) from None
    finally:
        loader.dispose()


def _bad_date(root, shown: str, path: Path) -> DataError:
    """The error for the first value YAML reads as a date that does not exist."""
    constructor = yaml.SafeLoader("")
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            stack.extend(item for pair in reversed(node.value) for item in reversed(pair))
        elif node.tag.endswith(":timestamp"):
            try:
                constructor.construct_yaml_timestamp(node)
            except ValueError:
                return DataError(
                    f"{shown} line {node.start_mark.line + 1}: '{node.value}' is not a date "
                    "that exists; write it as YYYY-MM-DD",
                    file=str(path),
                )
    return DataError(f"{shown}: a value cannot be read; check the dates", file=str(path))


def _read_yaml(path: Path) -> Dataset:
    text = _read_text(path)
    shown = _show(path)
    root, document = load_yaml(text, path)
    if document is None:
        return Dataset()
    if not isinstance(document, dict):
        raise DataError(
            f"{shown}: the file must be a mapping with sections {', '.join(SECTIONS)}; "
            "put the records under one of those keys",
            file=str(path),
        )
    lines = _item_lines(root)
    sections: dict[str, list] = {}
    for key, records in document.items():
        if key not in SECTIONS:
            raise DataError(
                f"{shown}: section '{key}' is not known; use {', '.join(SECTIONS)}",
                file=str(path),
                field=str(key),
            )
        if not isinstance(records, list):
            raise DataError(
                f"{shown}: section '{key}' must be a list of records (lines starting with '- ')",
                file=str(path),
                field=str(key),
            )
        built = []
        for index, raw in enumerate(records, start=1):
            line = lines.get((key, index - 1))
            origin = (
                f"{shown} line {line} ({key} record {index})"
                if line
                else f"{shown} ({key} record {index})"
            )
            if not isinstance(raw, dict):
                raise DataError(
                    f"{origin}: the record must be a mapping of field: value",
                    file=str(path),
                    record=str(index),
                )
            built.append(_build(SECTIONS[key], raw, origin, str(path)))
        sections[key] = built
    return Dataset(**sections)


def _item_lines(root) -> dict[tuple[str, int], int]:
    """Line numbers of every record in a composed YAML document."""
    lines: dict[tuple[str, int], int] = {}
    if isinstance(root, yaml.MappingNode):
        for key_node, value_node in root.value:
            if isinstance(value_node, yaml.SequenceNode):
                for i, item in enumerate(value_node.value):
                    lines[(key_node.value, i)] = item.start_mark.line + 1
    return lines


def _section_of(path: Path) -> str:
    stem = path.stem.lower()
    for section in SECTIONS:
        if stem == section or stem.endswith("." + section) or stem.endswith("_" + section):
            return section
    raise DataError(
        f"{_show(path)}: the file name does not say which records it holds; name it "
        f"{', '.join(s + '.csv' for s in SECTIONS)}",
        file=str(path),
    )


def _read_csv(path: Path) -> Dataset:
    section = _section_of(path)
    model = SECTIONS[section]
    shown = _show(path)
    known = list(model.model_fields)
    records = []
    for label, raw in csv_rows(_read_text(path).splitlines(keepends=True), shown, delimiter=","):
        if not records:  # the header, checked once on the first row
            unknown = [name for name in raw if name not in known]
            if unknown:
                raise DataError(
                    f"{shown} row 1: column '{unknown[0]}' is not a field of {section}; "
                    f"rename or remove it (fields: {', '.join(known)})",
                    file=str(path),
                    record="1",
                    field=unknown[0],
                )
        cleaned = {}
        for key, value in raw.items():
            if value.strip():
                cleaned[key] = (
                    [v.strip() for v in value.split(";") if v.strip()]
                    if key in _LIST_FIELDS
                    else value
                )
        records.append(_build(model, cleaned, f"{shown} {label}", str(path)))
    return Dataset(**{section: records})
