"""What goes into the graph: pydantic models for every node and relationship, and the Dataset.

Validators reject bad values at the edge, so everything downstream can trust its input.
Each record remembers where it came from (``origin``: file and record number) so that an
error can name the place a person has to fix.
"""

from __future__ import annotations

import csv
import math
import re
from datetime import date
from functools import cache
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    field_validator,
)

from helix_graph.errors import DataError
from helix_graph.resources import data_file

__all__ = [
    "HELIX_SECTORS",
    "UNKNOWN_SECTOR",
    "ORGANISATION_KINDS",
    "ROLES",
    "NODE_LABELS",
    "RELATIONSHIP_TYPES",
    "Country",
    "HelixSector",
    "Programme",
    "DateVariant",
    "Project",
    "Organisation",
    "Participation",
    "Dataset",
    "country_name",
    "is_country_code",
    "slugify",
]

HELIX_SECTORS: dict[str, str] = {
    "government": "Government",
    "industry": "Industry",
    "academia": "Academia",
    "civil_society": "Civil society",
}
# An organisation the classifier could not place: kept, listed for review, tied to no sector.
UNKNOWN_SECTOR = "unknown"
ORGANISATION_KINDS = (
    "municipality",
    "region",
    "agency",
    "university",
    "research_centre",
    "company",
    "chamber",
    "association",
    "foundation",
    "other",
)
ROLES = ("lead", "partner", "associated", "observer")
NODE_LABELS = ("Project", "Organisation", "Country", "HelixSector", "Programme")
RELATIONSHIP_TYPES = ("PARTICIPATES_IN", "BASED_IN", "IN_SECTOR", "FUNDED_BY", "COLLABORATES_WITH")

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:@+-]{0,199}$")


@cache
def _countries() -> dict[str, str]:
    with data_file("countries.csv").open(encoding="utf-8", newline="") as f:
        return {row["code"]: row["name"] for row in csv.DictReader(f)}


def is_country_code(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code, a historical one (CS, YU, SU…) or XK."""
    return code in _countries()


def country_label(code: str | None) -> str:
    """A country as a person reads it in a table: its name with the code beside (``"Slovenia (SI)"``).

    Examples
    --------
    >>> country_label("SI"), country_label(None)
    ('Slovenia (SI)', '')
    """
    if not isinstance(code, str) or not code:
        return ""
    try:
        return f"{country_name(code)} ({code})"
    except KeyError:
        return code


def country_name(code: str) -> str:
    """English short name of a country code (``"SI"`` → ``"Slovenia"``)."""
    return _countries()[code]


UNDECOMPOSED_LETTERS = {
    "ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h", "þ": "th", "ð": "d",
}  # fmt: skip
"""Latin letters that Unicode does not decompose into a base letter and a mark."""

# Cyrillic read as Latin: Serbian and Macedonian letter for letter as their Latin alphabets
# write them ("Општина" is "Opština", folded "opstina"), Bulgarian, Russian and Ukrainian by
# the same sounds (щ "št", ъ "a", я "ja"). NFKD has already taken й, ё, ї, ў, ѓ, ќ apart into
# a base letter and a mark. Greek as its names are romanised on partner lists (ELOT 743:
# "Δήμος" is "Dimos", "Πανεπιστήμιο" "Panepistimio").
TO_LATIN = str.maketrans(
    {
        **UNDECOMPOSED_LETTERS,
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "d", "е": "e", "ж": "z",
        "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n",
        "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "c", "у": "u",
        "ф": "f", "х": "h", "ц": "c", "ч": "c", "џ": "dz", "ш": "s", "щ": "st", "ъ": "a",
        "ь": "", "ы": "y", "э": "e", "ю": "ju", "я": "ja", "і": "i", "є": "je", "ґ": "g",
        "ѕ": "dz",
        "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
        "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
        "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
        "ω": "o",
    }
)  # fmt: skip
"""Applied to casefolded, NFKD-decomposed text: every letter of the partners' scripts in
Latin, so one folded form serves names written in either (ids, the classifier's stems)."""


def slugify(text: str) -> str:
    """A stable, readable id from a name, in ASCII.

    Accents are taken off; letters that have none to take off (ł, đ, ø, ß …) and Cyrillic
    and Greek ones are written in Latin letters (:data:`TO_LATIN`), so names in those
    scripts keep ids of their own (taking them off would leave nothing).

    Examples
    --------
    >>> slugify("Univerza v Mariboru")
    'univerza-v-mariboru'
    >>> slugify("Gmina Łódź"), slugify("Град Нови Сад"), slugify("Δήμος Αθηναίων")
    ('gmina-lodz', 'grad-novi-sad', 'dimos-athinaion')
    """
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold()).translate(TO_LATIN)
    ascii_text = decomposed.encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:120] or "unnamed"


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    _origin: str = PrivateAttr(default="")

    def located(self, origin: str):
        self._origin = origin
        return self

    @property
    def origin(self) -> str:
        return self._origin or type(self).__name__.lower()


def _check_id(value: str) -> str:
    if not _ID.match(value):
        raise ValueError(
            f"'{value}' is not a usable id; use letters, digits and - _ . : only, "
            "starting with a letter or digit"
        )
    return value


RecordId = Annotated[str, AfterValidator(_check_id)]


class Country(_Record):
    code: str
    name: str


class HelixSector(_Record):
    code: Literal["government", "industry", "academia", "civil_society"]
    label: str


class Programme(_Record):
    """A funding programme, e.g. Interreg Alpine Space 2014–2020."""

    id: RecordId
    name: str
    period: str | None = None
    sources: list[str] = Field(default_factory=list)
    notes: str | None = None


class DateVariant(BaseModel):
    """Another source's dates for the same project, kept beside the primary ones."""

    model_config = ConfigDict(extra="forbid")
    source: str
    start_date: date | None = None
    end_date: date | None = None


class Project(_Record):
    id: RecordId
    acronym: str
    title: str | None = None
    code: str | None = None
    programme: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    date_variants: list[DateVariant] = Field(default_factory=list)
    total_budget_eur: float | None = Field(None, ge=0)
    erdf_eur: float | None = Field(None, ge=0)
    url: str | None = None
    status: str | None = None
    observers_count: int | None = Field(None, ge=0)
    aliases: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    notes: str | None = None

    @field_validator("url")
    @classmethod
    def _web_address(cls, value):
        # shown as a link in the app: only web addresses, never javascript: or data: ones
        if (
            value is not None
            and value.strip()
            and not re.match(r"(?i)^https?://\S+$", value.strip())
        ):
            raise ValueError(
                f"'{value[:80]}' is not a web address; write one beginning with https:// or http://"
            )
        return value.strip() if value and value.strip() else None

    @field_validator("total_budget_eur", "erdf_eur")
    @classmethod
    def _finite(cls, value):
        if value is not None and not math.isfinite(value):
            raise ValueError(f"{value} is not an amount; write a number of euros")
        return value

    @field_validator("end_date")
    @classmethod
    def _dates_in_order(cls, end, info):
        start = info.data.get("start_date")
        if start and end and end < start:
            raise ValueError(f"{end} is before start_date {start}; swap or correct them")
        return end


class Organisation(_Record):
    id: RecordId
    name: str = Field(min_length=1)
    name_local: str | None = None
    aliases: list[str] = Field(default_factory=list)
    kind: Literal[ORGANISATION_KINDS] = "other"  # type: ignore[valid-type]
    helix_sector: Literal["government", "industry", "academia", "civil_society", "unknown"]
    sector_rationale: str | None = None
    sector_inferred: bool = False
    # The source's own sector code, kept beside the helix sector (CORDIS activityType: HES, PRC…).
    sector_source_code: str | None = None
    country: str | None = None
    city: str | None = None
    # WGS 84 degrees from the data (CORDIS geolocation, a table's columns): the map's place
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180, validate_default=True)
    sources: list[str] = Field(default_factory=list)
    notes: str | None = None

    @field_validator("longitude")
    @classmethod
    def _with_latitude(cls, value, info):
        if "latitude" in info.data and (info.data["latitude"] is None) != (value is None):
            raise ValueError("give both latitude and longitude, or neither")
        return value

    @field_validator("helix_sector", mode="before")
    @classmethod
    def _sector_known(cls, value):
        code = value.strip().lower().replace(" ", "_") if isinstance(value, str) else None
        if code in HELIX_SECTORS or code == UNKNOWN_SECTOR:
            return code
        raise ValueError(
            f"'{value}' is not a helix sector; use one of {', '.join(HELIX_SECTORS)} "
            f"(or {UNKNOWN_SECTOR} for one not yet placed)"
        )

    @field_validator("country", mode="before")
    @classmethod
    def _country_known(cls, value):
        if value is None or value == "":
            return None
        code = str(value).strip().upper()
        if not is_country_code(code):
            raise ValueError(
                f"'{value}' is not an ISO 3166-1 alpha-2 country code; use a two-letter code such as SI, AT or LV"
            )
        return code


class Participation(_Record):
    """``(Organisation)-[:PARTICIPATES_IN {role, budget_eur}]->(Project)``."""

    project: str
    organisation: str
    role: Literal["lead", "partner", "associated", "observer"] | None = None
    budget_eur: float | None = Field(None, ge=0)
    sources: list[str] = Field(default_factory=list)
    notes: str | None = None

    @field_validator("budget_eur")
    @classmethod
    def _finite(cls, value):
        if value is not None and not math.isfinite(value):
            raise ValueError(f"{value} is not an amount; write a number of euros")
        return value


class Dataset(BaseModel):
    """Everything one load writes, checked as a whole before anything is written."""

    programmes: list[Programme] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    organisations: list[Organisation] = Field(default_factory=list)
    participations: list[Participation] = Field(default_factory=list)

    def check(self) -> Dataset:
        """Raise DataError for duplicate ids and for references to records that do not exist."""
        # records are kept by position and their origin read only on the error path:
        # this runs on every load, and at CORDIS scale the origins cost more than the check
        for section in ("programmes", "projects", "organisations"):
            records = getattr(self, section)
            first: dict[str, int] = {}
            for index, record in enumerate(records):
                if first.setdefault(record.id, index) != index:
                    raise DataError(
                        f"{record.origin}: field 'id' repeats '{record.id}', already used by "
                        f"{records[first[record.id]].origin}; give each record its own id or merge the two",
                        file=record.origin,
                        record=record.id,
                        field="id",
                    )
        programme_ids = {p.id for p in self.programmes}
        project_ids = {p.id for p in self.projects}
        organisation_ids = {o.id for o in self.organisations}
        for project in self.projects:
            if project.programme and project.programme not in programme_ids:
                raise DataError(
                    f"{project.origin} (project '{project.id}'): field 'programme' names '{project.programme}', "
                    "which no programme record has; add that programme or correct the id",
                    file=project.origin,
                    record=project.id,
                    field="programme",
                )
        first_pair: dict[tuple[str, str], int] = {}
        for index, part in enumerate(self.participations):
            if part.project not in project_ids:
                raise DataError(
                    f"{part.origin}: field 'project' names '{part.project}', which no project record has; "
                    "add that project or correct the id",
                    file=part.origin,
                    record=part.project,
                    field="project",
                )
            if part.organisation not in organisation_ids:
                raise DataError(
                    f"{part.origin}: field 'organisation' names '{part.organisation}', which no organisation "
                    "record has; add that organisation or correct the id",
                    file=part.origin,
                    record=part.organisation,
                    field="organisation",
                )
            pair = (part.organisation, part.project)
            if first_pair.setdefault(pair, index) != index:
                raise DataError(
                    f"{part.origin}: '{part.organisation}' already takes part in '{part.project}' "
                    f"({self.participations[first_pair[pair]].origin}); keep one participation per "
                    "organisation and project",
                    file=part.origin,
                    record=part.organisation,
                    field="organisation",
                )
        return self

    def merged(self, other: Dataset) -> Dataset:
        """This dataset followed by another (no checks: call :meth:`check` on the result)."""
        return Dataset(
            programmes=self.programmes + other.programmes,
            projects=self.projects + other.projects,
            organisations=self.organisations + other.organisations,
            participations=self.participations + other.participations,
        )

    def country_codes(self) -> list[str]:
        return sorted({o.country for o in self.organisations if o.country})

    def counts(self) -> dict[str, int]:
        return {
            "programmes": len(self.programmes),
            "projects": len(self.projects),
            "organisations": len(self.organisations),
            "participations": len(self.participations),
        }
