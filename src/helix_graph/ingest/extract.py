"""Drafts from project web pages (Slovenian, English, Latvian): project, programme, dates,
budget and partners with their countries.

Partners are found in two shapes: a bulleted list under a "Partners:" heading
("• Univerza v Mariboru, SLOVENIJA", "• ZRS Bistra Ptuj (Slovenija) – vodilni partner"), and
running prose with the country in parentheses ("…: Univerza Lyon (Francija) in Oxalis
(Francija), … občino Torino (Italija)…"). The page's own organisation is found from the
first-person sentence that introduces it ("Na Razvojni agenciji Kozjansko smo…",
"Smiltenes novada pašvaldība sadarbībā ar četriem partneriem…").

Whatever the extractor is not sure of — an inflected name read back to the nominative, a
misspelt country, a country taken from the name or from the page's language, a computed
end date, amounts it did not place — is written to ``review``. Nothing is guessed
silently; the draft is for a person to check before ``helix-graph load``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from pathlib import Path

import yaml

from helix_graph.errors import DataError
from helix_graph.ingest.classify import classify
from helix_graph.ingest.countries import country_in_text, find_country, fold
from helix_graph.ingest.inflection import nominative
from helix_graph.ingest.text_files import parse_number
from helix_graph.model import country_name, slugify

__all__ = [
    "extract_text",
    "extract_file",
    "draft_dataset",
    "draft_dataset_yaml",
    "draft_files",
    "detect_language",
]

_LANGUAGE_COUNTRY = {"sl": "SI", "lv": "LV"}
_BULLET = re.compile(r"^\s*(?:[•●▪·*]|[-–](?=\s)|\d{1,2}[.)](?=\s))\s*")
_PARTNER_HEADINGS = {
    "partnerji",
    "partners",
    "project partners",
    "projektni partnerji",
    "partneri",
    "projekta partneri",
    "partneri projektā",
    "partnerji projekta",
    "consortium",
}
_LEAD = re.compile(
    r"\s*[–—-]?\s*\(?\b(vodilni partner|lead partner|vadošais partneris|koordinator|coordinator|"
    r"lead beneficiary|projektni vodja)\b\)?\s*$",
    re.IGNORECASE,
)
_CONNECTORS = re.compile(r"^(?:in|ter|and|un|kā arī|as well as|z|s|with|ar|,|;)\s+", re.IGNORECASE)
# Words before a partner's name that say what it is, not what it is called.
_DESCRIPTORS = re.compile(
    r"^(uzņēmum[su]|company|the company|podjetj[eu]|podjetjem|firm[au]|organizācij[au])\s+",
    re.IGNORECASE,
)

_PROSE_TRIGGER = re.compile(
    r"\b(?:partners?|partnerji|partnerjema|partnerjem|partneri|partneriem|partnerji so|are|include|including|"
    r"together with|with|so|ir|ar|sind|sono)\b\s*",
    re.IGNORECASE,
)
_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "maj": 5,
    "may": 5,
    "mai": 5,
    "jun": 6,
    "jul": 7,
    "avg": 8,
    "aug": 8,
    "sep": 9,
    "okt": 10,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    "dez": 12,
}
_MONTH_WORD = r"[A-Za-zČŠŽčšžāēīūĀĒĪŪ]{3,12}"
_DATE_PATTERNS = [
    # 17.04.2018
    (re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d\d)\b"), ("d", "m", "y")),
    # 2018-04-17
    (re.compile(r"\b((?:19|20)\d\d)-(\d{2})-(\d{2})\b"), ("y", "m", "d")),
    # 1. oktober 2006 / 18. aprila 2021
    (re.compile(rf"\b(\d{{1,2}})\.\s*({_MONTH_WORD})\s+((?:19|20)\d\d)\b"), ("d", "mw", "y")),
    # 2023. gada 1. augustu (Latvian)
    (
        re.compile(rf"\b((?:19|20)\d\d)\.\s*gada\s+(\d{{1,2}})\.\s*({_MONTH_WORD})"),
        ("y", "d", "mw"),
    ),
    # Sep 30, 2005 / September 30, 2005
    (re.compile(rf"\b({_MONTH_WORD})\.?\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b"), ("mw", "d", "y")),
    # 30 September 2005
    (re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_WORD})\s+((?:19|20)\d\d)\b"), ("d", "mw", "y")),
]
_START_CUES = re.compile(
    r"(start date|začetek|začne|sākot ar|sākums|from|od|starts?|started|begins?)"
    r"(\s+(on|in|dne|at))?\W*$",
    re.IGNORECASE,
)
_END_CUES = re.compile(
    r"(end date|zaključi|konča|konec|beigas|beidzas|until|do|ends?|ended|finishe[sd])"
    r"(\s+(on|in|dne|at))?\W*$",
    re.IGNORECASE,
)
_RANGE_DASH = re.compile(r"^\s*[–—-]\s*")
_LABELS = {
    "title": [
        "ime",
        "naslov projekta",
        "naslov",
        "naziv projekta",
        "title",
        "project title",
        "project name",
        "nosaukums",
        "projekta nosaukums",
    ],
    "programme": ["program", "programme", "programma", "financiranje", "funding", "podpora"],
    "duration": [
        "trajanje",
        "trajanje projekta",
        "duration",
        "project duration",
        "ilgums",
        "īstenošanas laiks",
    ],
    "budget": [
        "vrednost projekta",
        "skupna vrednost",
        "proračun",
        "budget",
        "total budget",
        "project budget",
        "budžets",
        "projekta budžets",
    ],
    "code": ["šifra projekta", "šifra", "project code", "project number", "projekta numurs"],
    "url": [
        "spletna stran",
        "website",
        "web",
        "tīmekļa vietne",
        "povezava na spletno stran projekta",
    ],
    "status": ["status projekta", "status", "project status", "projekta statuss"],
}
_STATUS = {
    "dokončan": "finished",
    "zaključen": "finished",
    "finished": "finished",
    "closed": "finished",
    "v teku": "ongoing",
    "ongoing": "ongoing",
    "pabeigts": "finished",
    "noslēgts": "finished",
    "īstenošanā": "ongoing",
}
_PROGRAMME = re.compile(
    r"\b(Interreg(?:[ \t]+(?!(?:program|programa|programme|programmā|programma|programu|in|je|and|un|preko|"
    r"through|ar|za)\b)[A-Za-zĀ-žČŠŽčšž+]{1,20}){0,5}|Horizon 2020|Horizon Europe|Erasmus\+|URBACT|ESPON|"
    r"LIFE|COSME|Creative Europe)"
)
_MONEY = re.compile(
    r"(\d{1,3}(?:[ .,\u00a0]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s*(EUR|€|eur)\b|"
    r"(?:EUR|€)\s*(\d{1,3}(?:[ .,]\d{3})+(?:[.,]\d{1,2})?)"
)


def detect_language(text: str) -> str:
    """``sl``, ``lv`` or ``en`` from the letters and small words of the text."""
    lowered = text.lower()
    scores = {
        "lv": sum(lowered.count(c) for c in "āēīūņļķģ") * 3
        + len(re.findall(r"\b(un|ir|ar|no|tiek)\b", lowered)),
        "sl": sum(lowered.count(c) for c in "čšž") * 2
        + len(re.findall(r"\b(in|je|za|ter|smo|projekta)\b", lowered)),
        "en": len(re.findall(r"\b(the|and|of|with|will|is)\b", lowered)),
    }
    return max(scores, key=scores.get)


def extract_file(path: str | Path, language: str | None = None) -> dict:
    """:func:`extract_text` of a file (UTF-8, a byte-order mark accepted)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise DataError(
            f"{path} line {line}: byte {exc.start} is not UTF-8; save the page as UTF-8",
            file=str(path),
            record=f"line {line}",
        ) from None
    except OSError as exc:
        raise DataError(
            f"{path}: cannot be read ({exc.strerror}); check the path", file=str(path)
        ) from None
    return extract_text(text, file=path.name, language=language)


def extract_text(text: str, *, file: str = "", language: str | None = None) -> dict:
    """Project facts and partners from the text of a project page.

    Parameters
    ----------
    text : str
        The page as plain text.
    file : str
        Its name, kept as the source of every record.
    language : {"sl", "en", "lv"}, optional
        Detected from the text when omitted.

    Returns
    -------
    dict
        ``{"file", "language", "project": {...}, "partners": [{"name", "name_as_written",
        "country", "role", "helix_sector", …}], "review": [str, …]}``.
    """
    text = text.replace("\r\n", "\n").replace("\u00a0", " ")
    language = language or detect_language(text)
    review: list[str] = []
    project = _project(text, language, review)
    partners = _listed_partners(text, language, review) + _prose_partners(text, language, review)
    owner = _page_owner(text, language, review)
    if owner and not any(fold(owner["name"]) == fold(p["name"]) for p in partners):
        partners.insert(0, owner)
    for partner in partners:
        _classify(partner, review)
    if not partners:
        review.append(
            "no partners found on the page: add them by hand, or take them from another source"
        )
    return {
        "file": file,
        "language": language,
        "project": project,
        "partners": partners,
        "review": review,
    }


# ---------------------------------------------------------------- project facts


def _labelled(text: str) -> dict[str, str]:
    """``Label: value`` lines, keyed by the kind of label."""
    found: dict[str, str] = {}
    for line in text.splitlines():
        label, sep, value = line.partition(":")
        if not sep or not value.strip() or len(label) > 45:
            continue
        key = " ".join(label.lower().split())
        for kind, labels in _LABELS.items():
            if key in labels and kind not in found:
                found[kind] = value.strip()
    return found


def _project(text: str, language: str, review: list[str]) -> dict:
    labelled = _labelled(text)
    project: dict = {}
    title, acronym = labelled.get("title"), None
    if title:
        match = re.match(r"^(.*\S)\s*\(([^()]+)\)\s*$", title)
        if match and len(match.group(2).split()) <= 3:
            title, acronym = match.group(1), match.group(2)
    if not title:
        title, acronym = _title_from_layout(text)
    quoted_acronym = re.search(
        r"(?:akronīms|akronim|acronym)\s*[–—:-]?\s*[“\"„]([^”\"“]+)[”\"“]", text, re.IGNORECASE
    )
    if quoted_acronym:
        acronym = quoted_acronym.group(1).strip()
        quoted_title = re.search(r"projekt\w*\s+[“\"„]([^”\"“]+)[”\"“]", text, re.IGNORECASE)
        if quoted_title and quoted_title.group(1).strip() != acronym:
            title = quoted_title.group(1).strip()
    if title and not acronym and len(title) <= 30:
        acronym = title
    project["title"] = title
    project["acronym"] = acronym
    if not acronym:
        review.append("no project acronym found: set one by hand")
    programme = _PROGRAMME.search(labelled.get("programme", "")) or _PROGRAMME.search(text)
    if programme:
        project["programme"] = " ".join(programme.group(1).split())
        tail = text[programme.end() : programme.end() + 60]
        period = re.search(r"((?:19|20)\d\d)\.?\s*[-–]\s*((?:19|20)\d\d)", tail)
        if period:
            project["programme_period"] = f"{period.group(1)}–{period.group(2)}"
    else:
        review.append("no funding programme found: set it by hand")
    start, end = _dates(text, labelled, review)
    months = re.search(r"\b(\d{1,2})\s*(mēneš\w*|mesec\w*|months?)\b", text, re.IGNORECASE)
    if start and not end and months:
        end = _add_months(start, int(months.group(1)))
        review.append(
            f"end date {end} computed from the start {start} and a duration of "
            f"'{months.group(0)}'; check it"
        )
    project["start_date"], project["end_date"] = start, end
    if not start:
        review.append("no start date found")
    if labelled.get("code"):
        project["code"] = labelled["code"].split()[0]
    if labelled.get("status"):
        project["status"] = _STATUS.get(labelled["status"].lower(), labelled["status"].lower())
    elif re.search(r"\bPROJECT\s+FINISHED\b", text):
        project["status"] = "finished"
    url = re.search(r"https?://\S+", labelled.get("url", "")) or re.search(
        r"https?://[^\s)]+", text
    )
    if url:
        project["url"] = url.group(0).rstrip(".,")
    _money(text, labelled, project, review)
    return project


def _title_from_layout(text: str) -> tuple[str | None, str | None]:
    """A title from the page's layout: "ACRONYM - Title" on the first line, or the last breadcrumb."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[:3]:
        match = re.match(r"^([A-Z0-9][A-Za-z0-9@&+]{1,15})\s+[-–]\s+(.{5,120})$", line)
        if match:
            return match.group(2).strip(), match.group(1)
    crumbs = [i for i, line in enumerate(lines[:12]) if line in ("-", "›", ">", "»")]
    if len(crumbs) >= 2 and crumbs[-1] + 1 < len(lines):
        title = lines[crumbs[-1] + 1]
        match = re.match(r"^(.*\S)\s*\(([^()]+)\)\s*$", title)
        return (title, match.group(1)) if match else (title, None)
    return None, None


def _date_at(match: re.Match, order: tuple[str, ...]) -> date | None:
    parts = dict(zip(order, match.groups()))
    try:
        if "mw" in parts:
            month = _MONTHS.get(fold(parts["mw"])[:3]) or _MONTHS.get(fold(parts["mw"])[:4])
            if not month:
                return None
        else:
            month = int(parts["m"])
        return date(int(parts["y"]), month, int(parts["d"]))
    except ValueError:
        return None


def _dates(text: str, labelled: dict, review: list[str]) -> tuple[date | None, date | None]:
    found: list[tuple[int, int, date]] = []
    for pattern, order in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            when = _date_at(match, order)
            if when and not any(s <= match.start() < e for s, e, _ in found):
                found.append((match.start(), match.end(), when))
    found.sort()
    start = end = None
    for i, (s, e, when) in enumerate(found):
        before = text[max(0, s - 25) : s]
        if i + 1 < len(found) and _RANGE_DASH.match(text[e : found[i + 1][0]]):  # "A – B"
            if not start:
                start, end = when, found[i + 1][2]
            continue
        if _START_CUES.search(before) and not start:
            start = when
        elif _END_CUES.search(before) and not end:
            end = when
    if start and end and end < start:
        review.append(f"the end date {end} is before the start {start}; check them")
    return start, end


def _add_months(start: date, months: int) -> date:
    """The last day of a span of ``months`` months from ``start`` (1 Aug 2023 + 24 → 31 Jul 2025)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    from datetime import timedelta

    return date(year, month, day) - timedelta(days=1)


def _money(text: str, labelled: dict, project: dict, review: list[str]) -> None:
    if labelled.get("budget"):
        written = re.match(r"[\d.,' ]*\d", labelled["budget"])
        try:
            project["total_budget_eur"] = parse_number(
                written.group(0) if written else labelled["budget"], "budget", "budget"
            )
        except DataError:
            review.append(
                f"budget '{labelled['budget']}' is not a number as written; set it by hand"
            )
    previous_end = 0
    for match in _MONEY.finditer(text):
        amount_text = match.group(1) or match.group(3)
        try:
            amount = parse_number(amount_text, "amount", "amount")
        except DataError:
            continue
        sentence_start = max(
            text.rfind(".", 0, match.start() - 12),
            text.rfind("\n", 0, match.start()),
            previous_end - 1,
        )
        previous_end = match.end()
        context = " ".join(text[sentence_start + 1 : match.end()].split()).lstrip(", ")
        lowered = fold(context)
        if project.get("total_budget_eur") == amount or project.get("erdf_eur") == amount:
            continue
        if (
            re.search(
                r"sklada za regionalni razvoj|erdf|european regional development|sofinanc", lowered
            )
            and "erdf_eur" not in project
        ):
            project["erdf_eur"] = amount
            review.append(f'{amount_text} EUR read as the ERDF co-financing, from: "{context}"')
        elif (
            re.search(
                r"(kopej\w* projekta izmaksas|total (project )?(budget|cost)|celotna vrednost projekta|"
                r"skupna vrednost)",
                lowered,
            )
            and "total_budget_eur" not in project
        ):
            project["total_budget_eur"] = amount
        else:
            review.append(f'amount not placed: "{context}"')


# ---------------------------------------------------------------- partners


def _partner(
    name_as_written: str,
    language: str,
    review: list[str],
    *,
    country: str | None,
    country_as_written: str | None,
    role: str | None,
    how: str,
) -> dict:
    written = " ".join(name_as_written.split()).strip(" ,;")
    bare = _DESCRIPTORS.sub("", written)
    name, case = nominative(bare, language)
    partner = {
        "name": name,
        "name_as_written": written,
        "country": country,
        "country_as_written": country_as_written,
        "role": role,
        "found_in": how,
    }
    if case:
        review.append(f"partner '{written}' is in the {case}; its name read as '{name}'")
    if bare != written:
        partner["notes"] = (
            f"'{written[: len(written) - len(bare)].strip()}' describes it and is not part of its name"
        )
    return partner


def _country_for(
    partner_text: str, value: str | None, review: list[str]
) -> tuple[str | None, str | None]:
    """The code for a country written after a partner, noting anything not written exactly."""
    if value is None:
        return None, None
    code, note = find_country(value)
    if note:
        review.append(f"partner '{partner_text}': {note}")
    return code, note


def _split_list_item(item: str, language: str, review: list[str]) -> dict | None:
    item = item.strip().rstrip(",;.")
    if not item:
        return None
    role = "partner"
    lead = _LEAD.search(item)
    if lead:
        role, item = "lead", item[: lead.start()].rstrip(" ,–-")
    name, country, written = item, None, None
    paren = re.search(r"\(([^()]+)\)\s*$", item)
    if paren:
        code, _ = find_country(paren.group(1))
        if code:
            name, written = item[: paren.start()].strip(), paren.group(1)
            country, _ = _country_for(name, written, review)
    if country is None and "," in item:
        head, _, tail = item.rpartition(",")
        code, _ = find_country(tail)
        if code:
            name, written = head.strip(), tail.strip()
            country, _ = _country_for(name, written, review)
    partner = _partner(
        name, language, review, country=country, country_as_written=written, role=role, how="list"
    )
    if country is None:
        _country_from_name(partner, review)
    return partner


def _country_from_name(partner: dict, review: list[str]) -> None:
    code, word = country_in_text(partner["name_as_written"])
    if code:
        partner["country"] = code
        review.append(
            f"partner '{partner['name_as_written']}': no country given; {code} ({country_name(code)}) "
            f"taken from the word '{word}' in its name"
        )
    else:
        review.append(f"partner '{partner['name_as_written']}': no country found; add it")


def _listed_partners(text: str, language: str, review: list[str]) -> list[dict]:
    partners: list[dict] = []
    in_list = False
    for line in text.splitlines():
        stripped = line.strip()
        heading = fold(stripped.rstrip(":").strip())
        if stripped.endswith(":") and heading in {fold(h) for h in _PARTNER_HEADINGS}:
            in_list = True
            continue
        if not in_list or not stripped:
            continue
        bullet = _BULLET.match(line)
        if not bullet:
            in_list = False
            continue
        partner = _split_list_item(line[bullet.end() :], language, review)
        if partner:
            partners.append(partner)
    return partners


def _prose_partners(text: str, language: str, review: list[str]) -> list[dict]:
    """Partners named in sentences, each followed by its country in parentheses."""
    partners: list[dict] = []
    for paragraph in re.split(r"\n\s*\n", text):
        if _BULLET.match(paragraph.strip().splitlines()[0] if paragraph.strip() else ""):
            continue
        countries = []
        for match in re.finditer(r"\(([^()]{2,40})\)", paragraph):
            code, note = find_country(match.group(1))
            if code and note is None or (code and "state those countries formed" in (note or "")):
                countries.append((match, code))
        if len(countries) < 2:
            continue
        boundary = None
        for match, code in countries:
            if boundary is None:
                before = paragraph[: match.start()]
                cut = max(before.rfind(":"), before.rfind(" – "), before.rfind(" — "))
                segment = before[cut + 1 :] if cut >= 0 else before[before.rfind(".") + 1 :]
                segment = segment.lstrip("–— ")
                if (
                    cut < 0
                ):  # "The partners are X (AT), …": the name starts after the words that announce it
                    trigger = list(_PROSE_TRIGGER.finditer(segment))
                    if trigger:
                        segment = segment[trigger[-1].end() :]
            else:
                segment = paragraph[boundary : match.start()]
            boundary = match.end()
            segment = " ".join(segment.split()).strip(" ,;")
            while True:
                stripped = _CONNECTORS.sub("", segment)
                if stripped == segment:
                    break
                segment = stripped
            segment = (
                segment[4:] if segment.startswith("the ") else segment
            )  # "and the Chamber of …"
            if not segment:
                continue
            partner = _partner(
                segment,
                language,
                review,
                country=code,
                country_as_written=match.group(1),
                role="partner",
                how="prose",
            )
            if len(segment.split()) > 10:
                review.append(f"partner '{segment}' is long: the name may include words around it")
            partners.append(partner)
    return partners


_OWNER_PATTERNS = {
    "sl": re.compile(r"\b(?:Na|V|Pri)\s+((?:[A-ZČŠŽ][\w-]*\s+)?[\w-]+(?:\s+[\w-]+){0,4}?)\s+smo\b"),
    "lv": re.compile(
        r"(?:^|[,.]\s*)([A-ZĀČĒĢĪĶĻŅŠŪŽ][^,.;:()]{2,80}?)\s+sadarbībā ar\b", re.MULTILINE
    ),
    "en": re.compile(
        r"(?:^|[,.]\s*)([A-Z][^,.;:()]{2,80}?)\s+(?:together|in cooperation|in collaboration) with\b",
        re.MULTILINE,
    ),
}


def _page_owner(text: str, language: str, review: list[str]) -> dict | None:
    """The organisation whose page this is, from the sentence that introduces it."""
    pattern = _OWNER_PATTERNS.get(language)
    match = pattern.search(text) if pattern else None
    if not match:
        return None
    partner = _partner(
        match.group(1),
        language,
        review,
        country=None,
        country_as_written=None,
        role=None,
        how="page owner",
    )
    if partner["name"] == partner["name_as_written"] and len(partner["name"].split()) > 6:
        return None
    review.append(
        f"'{partner['name']}' is the page's own organisation (from \"{' '.join(match.group(0).split())}\"); "
        "its role in the project is not stated"
    )
    code, word = country_in_text(partner["name_as_written"])
    if code:
        partner["country"] = code
    elif language in _LANGUAGE_COUNTRY:
        partner["country"] = _LANGUAGE_COUNTRY[language]
        review.append(
            f"'{partner['name']}': country {partner['country']} assumed from the page's language "
            f"({language}); check it"
        )
    return partner


def _classify(partner: dict, review: list[str]) -> None:
    guess = classify(partner["name_as_written"])
    partner.update(
        helix_sector=guess.sector,
        kind=guess.kind,
        sector_confidence=guess.confidence,
        sector_rule=guess.rule,
    )
    if guess.review_note:
        review.append(f"partner '{partner['name']}': {guess.review_note}")


# ---------------------------------------------------------------- drafts


def draft_dataset(result: dict) -> dict:
    """The seed-format records (programmes, projects, organisations, participations) of one page."""
    source = result["file"]
    project = result["project"]
    acronym = project.get("acronym") or project.get("title") or Path(source).stem
    records: dict[str, list] = {
        "programmes": [],
        "projects": [],
        "organisations": [],
        "participations": [],
    }
    programme_id = None
    if project.get("programme"):
        programme_id = slugify(
            " ".join(filter(None, [project["programme"], project.get("programme_period")]))
        )
        records["programmes"].append(
            {
                "id": programme_id,
                "name": project["programme"],
                "period": project.get("programme_period"),
                "sources": [source],
            }
        )
    project_id = slugify(acronym)
    record = {
        "id": project_id,
        "acronym": acronym,
        "title": project.get("title"),
        "code": project.get("code"),
        "programme": programme_id,
        "start_date": project.get("start_date"),
        "end_date": project.get("end_date"),
        "total_budget_eur": project.get("total_budget_eur"),
        "erdf_eur": project.get("erdf_eur"),
        "url": project.get("url"),
        "status": project.get("status"),
        "sources": [source],
    }
    records["projects"].append({k: v for k, v in record.items() if v is not None})
    used: set[str] = set()
    for partner in result["partners"]:
        org_id = slugify(partner["name"])
        while org_id in used:
            org_id += "-2"
        used.add(org_id)
        organisation = {
            "id": org_id,
            "name": partner["name"],
            "name_local": partner["name_as_written"],
            "kind": partner["kind"],
            "helix_sector": partner["helix_sector"],
            "sector_inferred": True,
            "sector_rationale": f"classifier rule '{partner['sector_rule']}', confidence {partner['sector_confidence']:.2f}",
            "country": partner.get("country"),
            "sources": [source],
            "notes": partner.get("notes"),
        }
        records["organisations"].append({k: v for k, v in organisation.items() if v is not None})
        participation = {
            "project": project_id,
            "organisation": org_id,
            "role": partner.get("role"),
            "sources": [source],
        }
        records["participations"].append({k: v for k, v in participation.items() if v is not None})
    return {k: v for k, v in records.items() if v}


def draft_dataset_yaml(
    result: dict, records: dict | None = None, notes: list[str] | None = None
) -> str:
    """A draft data file in the seed format, its review list as comments at the top."""
    lines = [
        f"# Draft extracted from {result['file']} ({result['language']}) by helix-graph extract.",
        "# Check it, fix what the review list names, delete these comments, then: helix-graph load FILE",
    ]
    lines += [f"# {note}" for note in notes or []]
    if result["review"]:
        lines.append("# To review:")
        lines += [f"#  - {item}" for item in result["review"]]
    body = yaml.safe_dump(
        draft_dataset(result) if records is None else records,
        allow_unicode=True,
        sort_keys=False,
        width=100,
    )
    return "\n".join(lines) + "\n" + body


def draft_files(results: list[dict]) -> dict[str, str]:
    """Draft files for several pages that load together: ``{file name: YAML text}``.

    Programmes go to one ``programmes.yaml``; an organisation or project that an earlier
    page already has (same id) is written once, with both pages as its sources, and the
    later file says where it is.
    """
    files: dict[str, str] = {}
    programmes: dict[str, dict] = {}
    seen: dict[tuple[str, str], tuple[dict, str]] = {}
    drafts = []
    for result in results:
        records = draft_dataset(result)
        name = Path(result["file"]).stem + ".yaml"
        notes = []
        for programme in records.pop("programmes", []):
            if programme["id"] in programmes:
                programmes[programme["id"]]["sources"] += programme["sources"]
            else:
                programmes[programme["id"]] = programme
        for section in ("projects", "organisations"):
            kept = []
            for record in records.get(section, []):
                earlier = seen.get((section, record["id"]))
                if earlier:
                    earlier[0]["sources"] += record["sources"]
                    notes.append(
                        f"{section[:-1]} '{record['id']}' is also on this page; its record is in {earlier[1]}"
                    )
                else:
                    seen[(section, record["id"])] = (record, name)
                    kept.append(record)
            if kept:
                records[section] = kept
            else:
                records.pop(section, None)
        drafts.append((name, result, records, notes))
    for name, result, records, notes in drafts:
        files[name] = draft_dataset_yaml(result, records, notes)
    if programmes:
        files["programmes.yaml"] = (
            "# Programmes named by the extracted pages (helix-graph extract); check them.\n"
            + yaml.safe_dump(
                {"programmes": list(programmes.values())},
                allow_unicode=True,
                sort_keys=False,
                width=100,
            )
        )
    return files
