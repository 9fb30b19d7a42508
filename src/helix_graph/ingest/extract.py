"""Drafts from project web pages (Slovenian, English, Latvian): project, programme, dates,
budget and partners with their countries.

Partners are found in two shapes: a bulleted list under a "Partners:" heading
("• Univerza v Mariboru, SLOVENIJA", "• ZRS Bistra Ptuj (Slovenija) – vodilni partner"), and
running prose with the country in parentheses ("…: Univerza Lyon (Francija) in Oxalis
(Francija), … občino Torino (Italija)…"). The page's own organisation is found from the
first-person sentence that introduces it ("Na Razvojni agenciji Kozjansko smo…",
"Smiltenes novada pašvaldība sadarbībā ar četriem partneriem…").

Beyond the shapes, a partner is read as a mention: a word bodies are named with (in any of
the languages read, in any case) and the capitalised words it heads or ends ("Občina Krško",
"Apes novada dome", "Municipality of Breznički Hum"), or a plural kind shared by the places
after or before it ("i Comuni sloveni di A, B e C", "A ir B seniūnijomis"), in a sentence that
says who takes part. Programme bodies, EU funds, contractors, departments, where a person
works and the bodies of a call for proposals are left out, and a body another reading found
(in another case, by its acronym) is not read twice.

Whatever the extractor is not sure of — an inflected name read back to the nominative, a
misspelt country, a country taken from the name or from the page's language, a computed
end date, amounts it did not place — is written to ``review``. Nothing is guessed
silently; the draft is for a person to check before ``helix-graph load``.
"""

from __future__ import annotations

import calendar
import functools
import itertools
import re
from datetime import date
from pathlib import Path

from rapidfuzz import fuzz

from helix_graph.errors import DataError
from helix_graph.ingest.classify import classify
from helix_graph.ingest.countries import (
    countries_named,
    country_adjective,
    country_code,
    country_in_text,
    find_country,
    fold,
    place_country,
)
from helix_graph.ingest.inflection import is_head_noun, nominative
from helix_graph.ingest.seed_files import seed_yaml
from helix_graph.ingest.text_files import parse_number
from helix_graph.model import country_name, slugify
from helix_graph.resources import data_tables

__all__ = [
    "extract_text",
    "extract_file",
    "extract_files",
    "MAX_PAGE_BYTES",
    "draft_dataset",
    "draft_dataset_yaml",
    "draft_files",
    "detect_language",
]

# The word tables (role words, stop words, organisation words, … per language) are data:
# data/extract_words.yaml says what each is for; here they become sets, tuples and patterns.
_WORDS = data_tables("extract_words.yaml")
_LANGUAGE_COUNTRY = {"sl": "SI", "lv": "LV"}
_MONTHS: dict[str, int] = dict(_WORDS["months"])
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
_LABELS: dict[str, list[str]] = {kind: list(words) for kind, words in _WORDS["labels"].items()}
_STATUS: dict[str, str] = dict(_WORDS["status"])
_PROGRAMME = re.compile(
    r"\b((?i:Interreg)(?:[ \t]+(?!(?:program|programa|programme|programmā|programma|programu|in|je|and|un|preko|"
    r"through|ar|za|programmi|programs|programmes|programmas)\b)[A-ZÀ-ÖØ-ÞĀ-Ža-zà-öø-ÿ][\w+–-]{0,30}){0,5}|"
    r"Horizon 2020|Horizon Europe|Erasmus\+|URBACT|ESPON|LIFE|COSME|Creative Europe|Europe for Citizens|"
    r"ENPI CBC|ENI CBC|IPA CBC)"
)
_MONEY = re.compile(
    r"(\d{1,3}(?:[ .,\u00a0]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s*(EUR|€|eur)\b|"
    r"(?:EUR|€)\s*(\d{1,3}(?:[ .,]\d{3})+(?:[.,]\d{1,2})?)"
)


# Letters and small words that tell the languages of the pages apart; the counts are weighted.
_LANGUAGE_SIGNS: dict[str, tuple[str, set[str], int]] = {
    language: (signs["letters"], set(signs["words"]), signs["weight"])
    for language, signs in _WORDS["language_signs"].items()
}
# letters a language never writes, counted against it: Slovene and Croatian have no ě, ř or
# long vowels, so a Czech page full of č, š and ž is not read as Slovene
_FOREIGN_LETTERS: dict[str, str] = {
    language: signs.get("never", "") for language, signs in _WORDS["language_signs"].items()
}


def detect_language(text: str) -> str:
    """The language of a page (a code of :data:`_LANGUAGE_SIGNS`) from its letters and small words.

    Croatian, Bosnian and Serbian in Latin script are read as ``hr``.
    """
    lowered = text.lower()
    counts: dict[str, int] = {}
    for word in re.findall(r"[^\W\d_]+", lowered):
        counts[word] = counts.get(word, 0) + 1
    scores = {}
    for language, (letters, words, weight) in _LANGUAGE_SIGNS.items():
        scores[language] = (
            sum(lowered.count(c) for c in letters) * weight
            + sum(counts.get(w, 0) for w in words) * 3
            - sum(lowered.count(c) for c in _FOREIGN_LETTERS[language])
        )
    return max(scores, key=scores.get)


MAX_PAGE_BYTES = 5_000_000
"""The largest page read: a project page is a few kilobytes; a bigger file is a whole site
or not a page at all, and reading it would only be slow."""


def extract_file(path: str | Path, language: str | None = None) -> dict:
    """:func:`extract_text` of a file (UTF-8, a byte-order mark accepted).

    Raises
    ------
    DataError
        One sentence naming the file when it cannot be read, is empty, is not text
        (binary), is larger than :data:`MAX_PAGE_BYTES`, or is not UTF-8 (with the line).
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_PAGE_BYTES:
            raise DataError(
                f"{path}: the file is {size / 1_000_000:.0f} MB, larger than a project page "
                f"({MAX_PAGE_BYTES // 1_000_000} MB at most); save the project's own page as text",
                file=str(path),
            )
        with path.open("rb") as stream:
            data = stream.read(MAX_PAGE_BYTES + 1)
    except OSError as exc:
        raise DataError(
            f"{path}: cannot be read ({exc.strerror}); check the path", file=str(path)
        ) from None
    if not data.strip():
        raise DataError(f"{path}: the file is empty; there is nothing to extract", file=str(path))
    if b"\x00" in data[:8192]:
        raise DataError(
            f"{path}: the file is not text (it holds binary data, like a PDF, an image or an "
            "office document); save the page as plain text",
            file=str(path),
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DataError(
            f"{path} line {line}: byte {exc.start} is not UTF-8; save the page as UTF-8",
            file=str(path),
            record=f"line {line}",
        ) from None
    return extract_text(text, file=path.name, language=language)


def extract_files(
    paths: list[str | Path], language: str | None = None
) -> tuple[list[dict], list[str]]:
    """:func:`extract_file` of each file: ``(results, problems)``, a file that cannot be
    extracted giving one sentence in ``problems`` and leaving the others untouched."""
    results, problems = [], []
    for path in paths:
        try:
            results.append(extract_file(path, language=language))
        except DataError as exc:
            problems.append(str(exc))
    return results, problems


_CYRILLIC_TO_LATIN = str.maketrans(
    {
        **dict(zip("абвгдђежзијклмнопрстћуфхцчшѓќѕ", "abvgdđežzijklmnoprstćufhcčšǵḱz")),
        **dict(zip("АБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШЃЌЅ", "ABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠǴḰZ")),
        **{"љ": "lj", "њ": "nj", "џ": "dž", "Љ": "Lj", "Њ": "Nj", "Џ": "Dž"},
    }
)


_BARE_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]?\s*$")


def _join_bare_numbers(text: str) -> str:
    """A list numbered with each number on a line of its own ("1", "Name", "2", "Name", … as a
    PDF or a table turned into text gives it): each number joined to the item under it
    ("1. Name"), where three or more numbers follow one another in order."""
    lines = text.split("\n")
    numbered = {}  # line of a bare number -> its number, for those followed by words
    for i, line in enumerate(lines):
        match = _BARE_NUMBER.match(line)
        if match and i + 1 < len(lines) and lines[i + 1].strip():
            if not _BARE_NUMBER.match(lines[i + 1]):
                numbered[i] = int(match.group(1))
    joined: set[int] = set()
    for i, number in numbered.items():
        run = [i]
        while True:  # the next number within a few lines (an item may take more than one)
            nxt = next(
                (
                    j
                    for j in range(run[-1] + 2, run[-1] + 6)
                    if numbered.get(j) == number + len(run)
                ),
                None,
            )
            if nxt is None:
                break
            run.append(nxt)
        if len(run) >= 3:
            joined.update(run)
    if not joined:
        return text
    # a joined number takes the item under it; that item's own line goes
    return "\n".join(
        f"{numbered[i]}. {lines[i + 1].strip()}" if i in joined else line
        for i, line in enumerate(lines)
        if i - 1 not in joined
    )


def _bullet_paragraphs(text: str) -> str:
    """Names one to a paragraph under a line that ends with a colon and names partners ("…,
    slovenski in hrvaški partnerji pa so:" over "LAG A (HR)", "LAG B (HR)", …): made one bulleted
    list, as a page's list items become paragraphs when its markup is dropped. Three or more
    short lines that are not sentences (no full stop, at most eight words) are needed, or two
    that each name a body by an organisation's word or a country."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        if not (line.rstrip().endswith(":") and _ANY_ROLE.search(_fold_same_length(line))):
            continue
        items, j = [], i
        while j < len(lines):
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j >= len(lines):
                break
            item = lines[j].strip()
            if (
                len(item.split()) > 8
                or item.endswith((":", "!", "?"))
                or (item.endswith(".") and not _LEGAL_FORMS.search(item[-10:]))  # "… d.o.o."
                or re.search(r":\s", item)  # "Partners: A, B": a label of its own
                or _BULLET.match(item)
                or not item[:1].isupper()
                or (j + 1 < len(lines) and lines[j + 1].strip())  # a paragraph of one line
            ):
                break
            after = next((lines[k] for k in range(j + 1, len(lines)) if lines[k].strip()), "")
            if _is_sentence(after) and not (_org_cues(item) or _COUNTRY_AFTER.search(item)):
                break  # "Projekto tikslas" over a paragraph: the heading of what follows
            items.append(item)
            j += 1
        # two are enough when each is plainly a body (an organisation's word or a country)
        if len(items) >= 3 or (
            len(items) == 2 and all(_org_cues(x) or _COUNTRY_AFTER.search(x) for x in items)
        ):
            out += ["", *(f"• {item}" for item in items), ""]
            i = j
    return "\n".join(out)


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
    # "A, Lietuva – pagrindinis partneris, www.a.lt": a web address ending a line is no part
    # of the name, country or role before it (a labelled "Web: …" field keeps its own)
    text = _LINE_WEB_ADDRESS.sub("", text.replace("\r\n", "\n").replace("\u00a0", " "))
    text = _bullet_paragraphs(_join_bare_numbers(text))
    review: list[str] = []
    cyrillic = sum("\u0400" <= c <= "\u04ff" for c in text) > 0.5 * sum(c.isalpha() for c in text)
    if cyrillic:
        # a page in Cyrillic letters (Serbian, Macedonian, …): read in the Latin letters the
        # word tables are written in, by the Serbian standard
        text = text.translate(_CYRILLIC_TO_LATIN)
        review.append(
            "the page is written in Cyrillic letters: its names are given in Latin letters"
        )
    language = language or detect_language(text)
    if cyrillic and language in ("hr", "bs", "sl"):
        language = "sr"  # of the South Slavic languages, Serbian is written in Cyrillic letters
    project = _project(text, language, review)
    # a label glued to the field before it: "… Košice, n.o.Partner: Tokaj …" starts a line
    text = re.sub(r"(?<=[.)\]])(?=[A-ZÀ-ÝČŠŽ][^\W\d_]*(?: [^\W\d_]+){0,2}:\s)", "\n", text)
    text = _unglue_roles(text)
    partners = _find_partners(text, language, review)
    title = fold(project.get("title") or "")
    if re.search(r"\d", title) or len(title.split()) > 14:
        title = ""  # a sentence read as the title ("Grant contract for 1 520 731 euro … and X")
    # "Development of Parent Involvement Models for Bilingual Pre- and Primary School": a body's
    # words inside the project's own title name no partner
    partners = [
        p
        for p in partners
        if not (
            p["found_in"] == "mention"
            and title
            and fold(p["name_as_written"]) in title
            and len(title) > len(p["name_as_written"]) + 10
        )
    ]
    weak = project.pop("evidence_weak", None)
    if weak and any(_key(p["name_as_written"]) == _key(project["acronym"]) for p in partners):
        # "RMK projektiosa" (RMK's part of the project): a name before the word for project
        # that a partner has is the partner's
        project["acronym"] = None
        review.append("no project acronym found: set one by hand")
    elif weak:
        project.setdefault("evidence", {})["acronym"] = weak
        review.append(
            f"project acronym '{project['acronym']}' read from the name before the word for "
            "project: check it"
        )
    # "Operacija Med-o-vita je rezultat …": the project's own name, not a body that takes part
    # (a title read from the page may be a body's name; a name read after "Projekt" is not)
    acronym = _key(project.get("acronym") or "")
    title_key = _key(project.get("title") or "")
    kept = []
    for p in partners:
        written = p["name_as_written"]
        rest = _key(_PROJECT_KIND.sub("", written))
        named_so = rest != _key(written)
        if rest and (
            (rest == acronym and (named_so or p["found_in"] in ("mention", "prose")))
            or (named_so and rest == title_key)
        ):
            review.append(f"'{p['name_as_written']}' is the project's own name, not a partner")
        else:
            kept.append(p)
    partners = kept
    owner = _page_owner(text, language, review)
    if owner:
        # the page's own organisation comes first, as its introduction says; a mention of it
        # elsewhere on the page is the same body
        same = [p for p in partners if fold(owner["name"]) == fold(p["name"])]
        if not same or all(p["found_in"] == "mention" for p in same):
            partners = [owner] + [p for p in partners if p not in same]
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


_TITLE_WORDS = set(_WORDS["title_words"])
# the word for project alone, as a field's label: en, sl/hr/de/pl/cs/sk/et, lv, lt, sr/bs,
# fi, it, fr, es, pt, ro
_PROJECT_NOMINATIVES = {"project", "projekt", "projekts", "projektas", "projekat", "projekti"}
_PROJECT_NOMINATIVES |= {"progetto", "projet", "proyecto", "projeto", "projecto", "proiect"}
_FULL_WORDS = set(_WORDS["title_full_words"])
_TITLE_FILLERS = set(_WORDS["title_label_fillers"]) | _FULL_WORDS


def _title_label(label: str) -> bool:
    """Whether a field's label names the project's title without being one of the listed
    labels: a word for name or title with a word for project or "full", and nothing else but
    small words ("Nome del Progetto", "Názov projektu", "Titolo completo", "A projekt címe").
    The first of labels in two languages counts ("Názov projektu/A projekt címe")."""
    words = fold(label.split("/")[0]).replace("(", " ").replace(")", " ").split()
    if len(words) == 1 and words[0] in _PROJECT_NOMINATIVES:
        return True  # "Projekt: EstPol sustainable communities", "Projekts:", "Progetto:"
    if not words or len(words) > 5 or not any(w in _TITLE_WORDS for w in words):
        return False
    project = [w for w in words if re.fullmatch(_PROJECT_LABEL_WORD, w)]
    if not project and not any(w in _FULL_WORDS for w in words):
        return False
    return all(w in _TITLE_WORDS or w in _TITLE_FILLERS or w in project for w in words)


def _label_kind(label: str) -> str | None:
    """The field a label names (a listed label, or a title label), read in lower case with
    single spaces and without a bullet before it."""
    key = " ".join(label.strip(" •·▪*-").lower().split())
    for kind, labels in _LABELS.items():
        if key in labels:
            return kind
    return "title" if _title_label(key) else None


def _labelled(text: str) -> dict[str, str]:
    """``Label: value`` lines, keyed by the kind of label."""
    found: dict[str, str] = {}
    lines = text.splitlines()
    for index, line in enumerate(lines):
        label, sep, value = line.partition(":")
        # "Project title" on its own line, or "Label:" with nothing after it: the value is on
        # the next line that is not empty (and is not a label itself)
        bare = (
            not sep
            and line.strip().lower() not in _PROJECT_NOMINATIVES  # "PROJEKTAS": a heading
            and _label_kind(line) in ("title", "acronym")
        )
        if bare or (sep and not value.strip()):
            label, sep = (line, ":") if bare else (label, sep)
            value = next((later for later in lines[index + 1 : index + 4] if later.strip()), "")
            value = "" if value.rstrip().endswith(":") else value
        unlabelled = re.fullmatch(rf"\s*(?i:{_ACRONYM_WORD})\s+(\S+(?:\s\S+)?)\s*", line)
        if (
            not sep
            and unlabelled
            and "acronym" not in found
            and fold(unlabelled.group(1).split()[0]) not in _COPULAS  # "Acronym is X": prose
        ):
            found["acronym"] = unlabelled.group(1)  # "Acronym wine-up", a field without its colon
            continue
        if not sep or not value.strip() or len(label) > 45:
            continue
        kind = _label_kind(label)
        if kind and kind not in found:
            found[kind] = value.strip()
    return found


def _project(text: str, language: str, review: list[str]) -> dict:
    labelled = _labelled(text)
    project: dict = {}
    title, acronym = labelled.get("title"), None
    if title:
        number = re.match(rf"^(.*\S)\s*\(\s*(?:{_NUMBER_WORD}\s*)?({_CODE})\s*\)\s*$", title)
        if number:  # "„Muzeju vārti" (Nr. LLB-2-208)": the bracket is the project's number
            title = number.group(1)
            labelled.setdefault("code", number.group(2))
        title = _unquoted(title)
        inner = re.match(rf"^(.{{10,}}?),?\s+(?i:{_ACRONYM_WORD})\s*[:–-]?\s+(.+)$", title)
        if inner and not labelled.get("acronym"):  # "…reģionā, akronīms HEALTH IS WEALTH"
            title, acronym = inner.group(1).rstrip(" ,;"), _unquoted(inner.group(2))
        match = re.match(r"^(.*\S)\s*\(([^()]+)\)\s*$", title)
        # "Title (ACRONYM)", unless the page labels its acronym: then the bracket is the title's
        if match and len(match.group(2).split()) <= 3 and not labelled.get("acronym"):
            title, acronym = match.group(1), match.group(2)
        elif not labelled.get("acronym"):
            # "BLUE RECHARGE – Blue credits for …", "Gastronomic treasures of the coast - GASTRO"
            short, long = _dashed_name(title)
            if short:
                title, acronym = long, short
    if not title:
        title, acronym = _title_from_layout(text)
    quoted_acronym = re.search(rf"(?i:{_ACRONYM_WORD})\s*[–—:-]?\s*[“\"„]([^”\"“]+)[”\"“]", text)
    if quoted_acronym:
        acronym = quoted_acronym.group(1).strip()
        quoted_title = re.search(r"projekt\w*\s+[“\"„]([^”\"“]+)[”\"“]", text, re.IGNORECASE)
        if quoted_title and quoted_title.group(1).strip() != acronym:
            title = quoted_title.group(1).strip()
    if labelled.get("acronym"):
        # "CrossCare (894.418,99 EUR ERDF)": what a bracket after it adds is not the name
        value = re.sub(r"\s*\([^()]*\)\s*$", "", labelled["acronym"]) or labelled["acronym"]
        acronym = value.strip(' “”"„')
    if not acronym or not title:
        found_acronym, found_title, evidence = _project_name(text)
        if found_acronym and not acronym:
            acronym = found_acronym
            project.setdefault("evidence", {})["acronym"] = evidence
        if found_title and not title:
            title = found_title
            project.setdefault("evidence", {})["title"] = evidence
    if not title and (head := _record_head(text)):
        title, found_acronym = head
        acronym = acronym or found_acronym
    if title and not acronym and len(title) <= 30:
        acronym = title
    if not acronym and (weak := _weak_names(text)):
        position, acronym, _ = min(weak)
        project["evidence_weak"] = _sentence_around(text, position)  # checked against the partners
    if acronym and not title and _is_phrase(acronym):
        title = acronym  # "projekta „Parki bez robežām“": the project's one name, in words
    project["title"] = title
    project["acronym"] = acronym
    if not acronym:
        review.append("no project acronym found: set one by hand")
    # the programme's label first; its period is looked for after the name where it was found
    source = labelled.get("programme", "")
    programme = _PROGRAMME.search(source)
    if not programme:
        source, programme = text, _PROGRAMME.search(text)
    if programme:
        name = " ".join(programme.group(1).split())
        if name[:8].casefold() == "interreg":  # INTERREG, as some pages write it, is Interreg
            name = "Interreg" + name[8:]
        project["programme"] = name
        tail = source[programme.end() : programme.end() + 60]
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
    elif status := _STATUS_LINE.search(text):  # "PROJECT FINISHED", "Projekt zaključen"
        project["status"] = _STATUS[status.group(1).casefold()]
    url = re.search(r"https?://\S+", labelled.get("url", "")) or re.search(
        r"https?://[^\s)]+", text
    )
    if url:
        project["url"] = url.group(0).rstrip(".,")
    _money(text, labelled, project, review)
    return project


# verbs after which a sentence goes on past a title, in the languages read (not "on", "van",
# "su": words a title may hold)
_TITLE_ENDS = set(
    "is are was were will je ist sind wird war è est sont sera ir bija jest yra buvo oli lesz volt".split()
)
# the word for acronym, in the languages read and their cases
_ACRONYM_WORD = r"(?:akronim\w*|acronym\w*|acronim\w*|akronīm\w*|akronüüm\w*)"
_PROJECT_WORD = (
    r"(?:\w*projekt\w*|\w*project\w*|progett\w*|projet\w*|projekat\w*|projekto\w*|proyect\w*|"
    r"proiect\w*)"
)
# the word for project in a field's label, folded: also "operation" (sl/hr "operacija", the
# programmes' word for a project) and the Hungarian "pályázat" (application)
_PROJECT_LABEL_WORD = rf"(?:{_PROJECT_WORD}|operacij\w*|operation\w*|palyazat\w*)"
_STATUS_LINE = re.compile(
    rf"^[ \t]*(?:{_PROJECT_WORD})\s+({'|'.join(map(re.escape, sorted(_STATUS, key=len, reverse=True)))})[ \t]*[.!]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
"""A line saying only that the project is finished or under way (the status may be on the next line)."""
_NOT_NAMES = set(_WORDS["not_names"])
# the verbs of "the project is led/carried out by X" after the project word, with the body
# after them: "Projekt vodi X", "Projektu vada X", "Projekt prowadzi X"
_PROJECT_LED_BY = (
    r"(?:provodi|vodi|izvaja|koordinira|realizira|vada|koordinē|vadovauja|koordinuoja|juhib|"
    r"koordineerib|prowadzi|koordynuje|realizuje|koordinuje|řídí|vede|vedie)"
)
# the words a page calls its project by, before the project's name: "Operacija Med-o-vita"
_PROJECT_KIND = re.compile(
    r"^(?:(?:the|il|le|la|der|das|die)\s+)?(?:operacij\w*|projek\w*|project\w*|progett\w*|projet\w*|projec\w*)\s+",
    re.IGNORECASE,
)
# the words that introduce a project's name, in the languages read: pl "pod nazwą", "p.n.",
# "pt."; hr/bs/sr "pod nazivom"; sl "z naslovom"; cs/sk "s názvem"; de "mit dem Titel"; en
# "titled", "called"; fr "intitulé"; it "denominato", "dal titolo"; lv "ar nosaukumu"; lt
# "pavadinimu"; es/pt "titulado", "denominado"; et "nimega", "pealkirjaga"
_NAMED = (
    r"(?:\b[Pp]\.\s?n\.|\b[Pp]t\.|\b[Pp]od\s+(?:nazw[aą]|tytułem|nazivom|naslovom|imenom)|"
    r"\b[zsZS]\s+(?:naslovom|nazivom|názvem|názvom|imenom)|\b(?:mit|unter)\s+dem\s+(?:Titel|Namen)|"
    r"\b(?:titled|entitled|called|named|intitulée?|intitolato|denominat[oa]|dal\s+titolo|"
    r"con\s+il\s+titolo|ar\s+nosaukumu|pavadinimu|titulado|denominado|nimega|pealkirjaga))"
)
_UPPER = "A-ZÀ-ÖØ-ÝĀĂĄĆČĎĐĒĖĘĚĢĪĮĶĹĻĽŁŃŅŇŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"  # capitals of the languages read, for a name's first letter
# a name: a word with two capitals or a capital and a digit ("CAPE", "PlaNET", "Car2GO!", "E-CONOMY")
_NAME_TOKEN = r"(?:[A-ZÀ-ÝČŠŽ][\w@!+&'’-]*(?:[A-ZÀ-ÝČŠŽ0-9][\w@!+&'’-]*))"
_QUOTED = r"[„“\"«»‹›(]\s*([^„“”\"«»‹›()]{2,160}?)\s*[”“\"»«›)]"


def _project_name(text: str) -> tuple[str | None, str | None, str | None]:
    """The project's acronym and title from how pages name it: a quoted name after the word
    for project ("projekta „In cultura veritas“", "le projet « Univers »"), an acronym after it
    ("projekt INTESI", "Projekt PlaNET SOEN3"), or "X je projekt"; ``(acronym, title, sentence)``.
    The first one on the page wins."""
    found: list[tuple[int, str | None, str | None]] = []
    for match in re.finditer(
        rf"\b{_PROJECT_WORD}\s+(?:\S+\s+){{0,2}}?{_QUOTED}", text, re.IGNORECASE
    ):
        if re.search(r"[.:;]\s", text[match.start() : match.start(1)]):
            continue
        name = " ".join(match.group(1).split()).strip(" .,")
        if _ANY_ROLE.fullmatch(fold(name)):
            continue  # „Lead Partner“
        acronym, title = _split_name(name)
        if acronym or title:
            found.append((match.start(), acronym, title))
    # "EU projekta Civil society organizations for mutual cooperation (CSO4Co)": the title
    # after the word for project, its acronym in brackets after it
    for match in re.finditer(
        rf"(?:\b(?i:{_PROJECT_WORD})|{_NAMED})[ \t]+((?:[{_UPPER}][\w’'-]*)(?:[ \t]+[\w’'–-]+){{1,16}}?)[ \t]*"
        rf"\(({_NAME_TOKEN}(?:\s{_NAME_TOKEN})?)\)",
        text,
    ):
        if _coined(match.group(2)):
            found.append((match.start(), match.group(2), match.group(1)))
    # "projektu „CAROTS” (Commercial Analytical Research …)": the acronym, its title in brackets
    for match in re.finditer(
        rf"\b(?i:{_PROJECT_WORD})\s+[“\"„«]({_NAME_TOKEN})[”\"“»]\s*\(([{_UPPER}][^()]{{10,200}})\)",
        text,
    ):
        if len(match.group(2).split()) >= 3 and _coined(match.group(1)):
            found.append((match.start(), match.group(1), match.group(2)))
    # "projekt pod nazwą „…”", "projektu p.n. „…”", "Projekt mit dem Titel „…“": a name after
    # the words that introduce one, with the word for project shortly before them (not the
    # title of a conference or a book)
    for match in re.finditer(rf"{_NAMED}\s*{_QUOTED}", text):
        if not re.search(
            rf"(?i:{_PROJECT_WORD})", text[max(0, match.start() - 120) : match.start()]
        ):
            continue
        acronym, title = _split_name(" ".join(match.group(1).split()).strip(" .,"))
        if acronym or title:
            found.append((match.start(), acronym, title))
    # "RISKHUB címmel", "az „IPOLYTOUR” elnevezésű": Hungarian puts the naming word after the name
    for match in re.finditer(
        rf"(?:{_QUOTED}|({_NAME_TOKEN}))\s+(?:címmel|címü|című|elnevezésű|nevű)\b", text
    ):
        name = " ".join((match.group(1) or match.group(2)).split()).strip(" .,")
        acronym, title = _split_name(name)
        if acronym or title:
            found.append((match.start(), acronym, title))
    for match in re.finditer(
        rf"\b(?i:{_PROJECT_WORD})\s*[–—-]?\s+((?:{_NAME_TOKEN}|[A-ZÀ-Ý][\w-]+)(?:\s+(?:{_NAME_TOKEN}|\d{{4}}))*)",
        text,
    ):
        tokens = match.group(1).split()
        if not any(re.fullmatch(_NAME_TOKEN, t) for t in tokens) or fold(tokens[0]) in _NOT_NAMES:
            continue
        while tokens and fold(tokens[-1]) in _NOT_NAMES:
            tokens.pop()
        rest = text[match.end() : match.end() + 160]
        dash = re.match(r"\s+[–—-]\s+([^\n.]{5,120})", rest)
        title = dash.group(1).strip() if dash else None
        if title:
            # the title ends where the sentence goes on: "… – Smart heating for towns is led by …"
            words = title.split()
            cut = next((k for k, w in enumerate(words) if k >= 2 and w in _TITLE_ENDS), len(words))
            title = " ".join(words[:cut]).rstrip(",;:") or None
        found.append((match.start(), " ".join(tokens[:3]), title))
    for match in re.finditer(
        rf"\b(?:the|The|of|Of)\s+(?:Interreg\s+(?:Europe\s+)?)?[“\"„]?((?:{_NAME_TOKEN}|[A-ZÀ-Ý][\w-]+)(?:\s+(?:{_NAME_TOKEN}|[A-ZÀ-Ý][\w-]+)){{0,2}})[”\"“]?\s+[Pp]roject\b",
        text,
    ):
        tokens = match.group(1).split()
        if any(re.fullmatch(_NAME_TOKEN, t) for t in tokens):
            found.append((match.start(1), " ".join(tokens), None))
    for match in re.finditer(r"[“\"„]([^“”\"„\n]{2,40})[”\"“]\s+[Pp]roject\b", text):
        acronym, title = _split_name(" ".join(match.group(1).split()))
        if acronym:  # "the cross-border “EstLatRus Traffic” project"
            found.append((match.start(1), acronym, title))
    for match in re.finditer(
        rf"(?i:{_ACRONYM_WORD})\s+(?:je\s+|is\s+|ir\s+)?[“\"„]?({_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}})",
        text,
    ):
        found.append((match.start(), match.group(1), None))
    for match in re.finditer(
        rf"[“\"„]?({_NAME_TOKEN})[”\"“]?\s+(?:to|je|is|ist|è|est|ir|on)\s+(?:\w+\s+)?(?i:{_ACRONYM_WORD})",
        text,
    ):
        found.append((match.start(1), match.group(1), None))
    lead = re.search(
        rf"(?:^|\n)\s*((?:{_NAME_TOKEN}|[A-ZČŠŽ]{{2,}})(?:\s+(?:{_NAME_TOKEN}|[A-ZČŠŽ]{{2,}}))*)\s+(?:je|is|ist|è|est|ir|on)\s+(?:\w+\s+){{0,2}}(?i:{_PROJECT_WORD})",
        text,
    )
    if lead:
        found.append((lead.start(1), lead.group(1), None))
    # "PROJECT FINISHED", "Projekt zaključen": the word after "project" is its status, not its
    # name; nor is the project's number ("LLI-349", "azonosító: HUSRB/1602/32/0085")
    found = [f for f in found if not (f[1] and (f[1].casefold() in _STATUS or not _coined(f[1])))]
    if not found:
        return None, None, None
    # the first name the page gives, and the first title (a later shape may give only one)
    found.sort(key=lambda item: item[0])
    position, acronym, title = found[0]
    if not (acronym and title):
        acronym = acronym or next((a for _, a, _ in found if a), None)
        title = title or next((t for _, _, t in found if t), None)
    if acronym and re.fullmatch(_PROJECT_WORD, acronym.split()[0], re.IGNORECASE):
        acronym = " ".join(acronym.split()[1:]) or None  # "Projekt KulTura je …"
    return acronym, title, _sentence_around(text, position)


_NUMBER_WORD = r"(?:[Nn]r\.?|[Nn]o\.?|[Šš]t\.|[Bb]r\.|[Čč]\.|N°)"
_CODE = r"[A-Z]{2,}[A-Z0-9]*(?:[-/.][A-Z0-9]+)*[-/.]?\d[\w/.-]*"
"""A project's number: capitals, then parts with a digit ("LLB-1-099", "SI-HR-2-1-123", "CZ.11.4.120/0.0")."""
_OPENING_QUOTES, _CLOSING_QUOTES = "„“\"«‚‘'", "”“\"»‘’'"


def _weak_names(text: str) -> list[tuple[int, str, None]]:
    """Names of the project by a weaker cue, for a page that gives none of the stronger shapes:
    a coined name right before the word for project ("APC projekta", "NORDMUS-Projekt"), not
    a heading in capitals ("SASTANAK PROJEKTA", "TYTUŁ PROJEKTU").

    One capitalised word after the word for project ("proyecto Valagua") is not taken: on the
    development pages such words were names of the language (place adjectives, "Homepage")
    three times in four."""
    found = []
    for match in re.finditer(rf"(?<![\w/.-])({_NAME_TOKEN})[ -]((?i:{_PROJECT_WORD}))\b", text):
        word, project = match.group(1), match.group(2)
        if project.isupper() or fold(word) in _TITLE_WORDS or len(word) > 24 or word.count("-") > 2:
            continue
        if _coined(word):
            found.append((match.start(1), word, None))
    return found


def _is_code(name: str) -> bool:
    """Whether a would-be acronym is a project's number or a labelled value ("LLI-349",
    "Nr. LLB-1-099", "azonosító: HUSRB/1602/32/0085")."""
    name = name.strip()
    if ":" in name:
        return True
    code = re.fullmatch(rf"(?:{_NUMBER_WORD}\s*)?{_CODE}", name)
    return bool(code) and name[-1].isdigit() and sum(c.isdigit() for c in name) >= 2


def _coined(word: str) -> bool:
    """Whether a word of capitals or mixed case is a project's coined name: not a programme's
    or fund's abbreviation, a country code or a word of the tables that are not names."""
    head = word.split("-")[0]
    return not (
        head.upper() in _NOT_ACRONYMS
        or fold(head) in _NOT_NAMES
        or fold(word).startswith("interreg")
        or (word.isupper() and fold(word) in _STATUS)
        or country_code(word)
        or _PROGRAMME.fullmatch(word)
        or _is_code(word)
    )


def _unquoted(text: str) -> str:
    """``text`` without the quotes around all of it (not a quote that closes a name inside)."""
    text = text.strip()
    inner = text[1:-1]
    if (
        len(text) > 2
        and text[0] in _OPENING_QUOTES
        and text[-1] in _CLOSING_QUOTES
        and not any(q in inner for q in '„“”"«»')
    ):
        return inner.strip()
    return text


def _dashed_name(name: str) -> tuple[str | None, str | None]:
    """A name written as its acronym and its title with a dash between, in either order:
    ``(acronym, title)``, or ``(None, None)``. The acronym is a word of one or two with two
    capitals or a digit ("PRIMIS – Viaggio …", "BLUE RECHARGE – Blue credits …"), or a word
    of capitals after a title of three words or more ("Gastronomic treasures – GASTRO")."""
    dash = re.match(r"^(\S+(?:\s\S+)?)\s+[–—-]\s+(.{5,})$", name)
    if dash and re.fullmatch(_NAME_TOKEN, dash.group(1).split()[0]):
        return dash.group(1), dash.group(2)
    # "Happy bike – Unlimited cycling along the rivers", "Mala barka 2 – Ohranjanje …": a short
    # name of up to three words before a title of three words or more, more than twice as long
    short = re.match(rf"^([{_UPPER}0-9]\S*(?:\s\S+){{0,2}})\s+[–—-]\s+([{_UPPER}].{{4,}})$", name)
    if short and len(short.group(2).split()) >= 3 and len(short.group(2)) > 2 * len(short.group(1)):
        return short.group(1), short.group(2)
    after = re.match(
        rf"^(\S+(?:\s+\S+){{2,}}?)\s+[–—-]\s+([{_UPPER}0-9][{_UPPER}0-9@&+-]{{2,15}})$", name
    )
    if after:
        return after.group(2), after.group(1)
    return None, None


def _is_phrase(name: str) -> bool:
    """Whether a short name is words ("Parki bez robežām", "Kreatives Grenzland") rather than
    a coined name ("INTESI", "PlaNET", "Let it BEE", "Car2GO"): two words or more, none of them
    in capitals or with a capital or digit inside. Such a name is the project's title and, for
    want of a shorter one, its acronym too."""
    words = name.split()
    return len(words) >= 2 and not any(re.fullmatch(_NAME_TOKEN, w) for w in words)


def _split_name(name: str) -> tuple[str | None, str | None]:
    """ "PRIMIS - Viaggio multiculturale …" → both; a short name is an acronym, a long one a title."""
    acronym, title = _dashed_name(name)
    if acronym:
        return acronym, title
    if re.fullmatch(r"[A-Z]{2}-[A-Z]{2}-[\d-]+|[\d/.-]+", name) or fold(name) in _NOT_NAMES:
        return None, None
    if len(name.split()) <= 4:
        if len(name) < 3 or not re.search(r"[A-ZÀ-ÝČŠŽ]", name) or country_code(name):
            return None, None  # "(EN)", "(month/year – month/year)": not a name
        return name, None
    return None, name


def _sentence_around(text: str, position: int) -> str:
    start = max(text.rfind("\n", 0, position), text.rfind(". ", 0, position)) + 1
    end = min(
        [i for i in (text.find("\n", position), text.find(". ", position)) if i >= 0] or [len(text)]
    )
    return " ".join(text[start : end + 1].split())[:300]


def _title_from_layout(text: str) -> tuple[str | None, str | None]:
    """A title from the page's layout: "ACRONYM - Title" on the first line, or the last breadcrumb."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[:3]:
        if re.match(r"^(?:[•·▪◦*–-]|\d{1,2}[.)])\s", line):
            continue  # a list's item ("- Občina A (Slovenia)"), not the page's title
        match = re.match(r"^([A-Z0-9][A-Za-z0-9@&+]{1,15})\s+[-–]\s+(.{5,120})$", line)
        if match and not re.fullmatch(_PROJECT_WORD, match.group(1), re.IGNORECASE):
            return match.group(2).strip(), match.group(1)
        # "LLI-422, Ģimenei draudzīgas bibliotēkas izveide … (HOME)"
        match = re.match(
            r"^(?:[A-Z]{2,6}[- ]?\d+[,:]?\s+)?(.{10,200}?)\s*\(([A-Z][\w@+-]{1,15})\)\s*$", line
        )
        if match and not country_code(match.group(2)):  # "Stadt Graz (Austria)": a place
            return match.group(1).strip(), match.group(2)
    crumbs = [i for i, line in enumerate(lines[:12]) if line in ("-", "›", ">", "»")]
    if len(crumbs) >= 2 and crumbs[-1] + 1 < len(lines):
        title = lines[crumbs[-1] + 1]
        match = re.match(r"^(.*\S)\s*\(([^()]+)\)\s*$", title)
        return (title, match.group(1)) if match else (title, None)
    return None, None


def _record_head(text: str) -> tuple[str, str | None] | None:
    """``(title, acronym)`` from the first line of a page that is a project's record, when
    nothing else gave a title: "Vi.A TOUR - Tour de la Route …" over "Statut du projet"."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines or not _heads_a_record(lines[0], lines[1:5]):
        return None
    acronym, title = _dashed_name(lines[0])
    return (title, acronym) if acronym else (lines[0], None)


def _heads_a_record(first: str, after: list[str]) -> bool:
    """Whether a page's first line is the title of a project's record: a line of words (not
    a sentence, a list item or a field) with a field of the record within the next lines
    ("Acronym wine-up", "Statut du projet", "Projekt nr CZ.11…", "Programma: …")."""
    words = first.split()
    if not 2 <= len(words) <= 30 or first.endswith((".", "?", "!")) or ":" in first:
        return False
    if re.match(r"^(?:[•·▪◦*–-]|\d{1,2}[.)])\s", first) or _label_kind(first):
        return False
    if "|" in first or _PROGRAMME.search(first) or re.search(r"(?i:program)", first):
        return False  # a menu, or the programme's name over its project
    if len(words) <= 3 and any(re.fullmatch(_PROJECT_WORD, w, re.IGNORECASE) for w in words):
        return False  # "Completed projects", "Project facts": a section's heading

    def field(line: str) -> bool:
        label = line.partition(":")[0]
        return bool(
            (len(label) <= 45 and _label_kind(label))
            or re.match(rf"(?i:{_ACRONYM_WORD})\b", line)
            or re.match(rf"(?i:{_PROJECT_WORD}\s+(?:nr|no|št|br|číslo|number))\b", line)
            or re.match(rf"(?i:statu[ts]\w*)\s+(?:\w+\s+)?(?i:{_PROJECT_WORD})", line)
        )

    return any(field(line) for line in after)


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


# ---------------------------------------------------------------- partners: vocabulary
#
# Partners are found from cues, not from the sentences of particular pages: the words
# for the roles (lead partner, partner, associated partner, observer) in each language,
# the words organisations are named with, the legal forms, the countries, their adjectives
# and places, and the structure of the page (labels, lists, sections, sentences).


def _alternatives(*patterns: str) -> str:
    return "(?:" + "|".join(patterns) + ")"


# Role words, folded (lower case, no diacritics). Order matters: the first that matches wins.
_ROLE_WORDS: list[tuple[str, str]] = [
    (entry["role"], _alternatives(*entry["words"])) for entry in _WORDS["role_words"]
]
_ROLE_RE = [(role, re.compile(rf"\b{words}\b")) for role, words in _ROLE_WORDS]
_ANY_ROLE = re.compile(r"\b" + _alternatives(*(words for _, words in _ROLE_WORDS)) + r"\b")

_COPULAS = set(_WORDS["copulas"])
_STOPS = set(_WORDS["stops"])
_ADVERBS = set(_WORDS["adverbs"])
_CONJUNCTIONS = set(_WORDS["conjunctions"])
_ARTICLES = set(_WORDS["articles"])
_PREPOSITIONS = set(_WORDS["prepositions"])
# Words after which a name goes on with the part it belongs to, not with a new name.
_SUBUNITS = re.compile(
    r"^(?:fakult|faculty|facolt|facult|department|oddel|odjel|abteil|dipartiment|departement|"
    r"direzion|direction|direktion|directorate|sektor|sector|servizio|service|ufficio|"
    r"institut fur|istituto per|natancneje|namely|specifically|tocnije|odnosno|cioe|d\.h\.)"
)
_CONTRACTORS = re.compile(
    r"^(?:zunanj\w* izvajal\w*|izvajal\w*|external (?:contractor|expert)\w*|contractor\w*|"
    r"subcontractor\w*|izvodac\w*|auftragnehmer\w*|fornitor\w*|prestataire\w*)\b"
)
# The words organisations are named with, folded stems, in the languages of the pages.
_ORG_STEMS = tuple(_WORDS["org_stems"])
_ORG_WORDS = set(_WORDS["org_words"])
_LEGAL_FORMS = re.compile(
    r"(?:\bd\.\s?o\.\s?o\.|\bd\.\s?d\.|\bGmbH\b|\bAG\b|\be\.\s?V\.|\beG\b|\bSIA\b|\bAS\b|\bUAB\b|"
    r"\bOÜ\b|\bOy\b|\bAb\b|\bS\.p\.A\.|\bS\.r\.l\.|\bs\.\s?r\.\s?o\.|\ba\.\s?s\.|\bKft\.?|\bZrt\.?|"
    r"\bNonprofit\b|\bLtd\.?|\bLimited\b|\bS\.?A\.?(?=\s|$|,)|\bSp\.\s?z\s?o\.\s?o\.|\bn\.\s?o\.|"
    r"\bo\.\s?z\.|\bApS\b|\bA/S\b|\bB\.?V\.?\b|\bN\.?V\.?\b|\bKG\b|\bOG\b|\bgGmbH\b|\bz\.\s?s\.|"
    r"\bS\.?C\.?\b|\bplc\b|\bInc\.?|\bsrl\b|\bSE\b|\bo\.\s?p\.\s?s\.|\bz\.\s?ú\.|\bp\.\s?o\.|"
    r"\bI\.\s?P\.?"  # pt: "CCDR Algarve, I.P." (instituto público)
    # cs "o.s." (občanské sdružení), "v.o.s.", "s.p."; es "S.L.", "SLU", "SAT"; fr "SAS",
    # "SARL"; pt "Lda."
    r"|\bo\.\s?s\.?(?=\s|$|[,;])|\bv\.\s?o\.\s?s\.|\bs\.\s?p\.?(?=\s|$|[,;])|\bS\.?L\.?U?(?=\s|$|[,;.])"
    r"|\bSAT\b|\bSAS\b|\bSARL\b|\bLda\b\.?)"
)
_NOT_ACRONYMS = set(_WORDS["not_acronyms"])
_DESCRIPTORS = re.compile(
    r"^(?:(?:uzņēmum[su]|company|the company|podjetj[eu]|podjetjem|firm[au]|organizācij[au])\s+"
    # a descriptor in lower case before a capitalised name: "Pola empresa EMALCSA, …"
    r"|(?-i:empresa|azienda|entidade|entidad)\s+(?=(?-i:[A-ZÀ-Ý])))",
    re.IGNORECASE,
)
# Plural organisation words before a run of places: "municipalities of A, B and C".
_PLURAL_HEADS = {plural: tuple(head) for plural, head in _WORDS["plural_heads"].items()}


# the singulars of those kinds, folded ("obec", "comune"): a kind written before one name
_SINGULAR_KINDS = {fold(singular) for singular, _ in _PLURAL_HEADS.values()}


def _plural_head(folded: str, language: str) -> tuple[str, str] | None:
    """The singular kind and its joining word for a plural kind, in the page's language."""
    return _PLURAL_HEADS.get(f"{folded}@{language}") or _PLURAL_HEADS.get(folded)


_GERMAN_PLURAL_ENDS = sorted(_WORDS["german_plural_ends"].items(), key=lambda e: -len(e[0]))


def _compound_plural(word: str, language: str, closed: bool = False) -> tuple[str, str] | None:
    """A plural kind a compound ends with, with the compound's first part kept:
    "LEADER-Regionen" → ("LEADER-Region", ""), "ILE-Regionen", "Partner-Gemeinden", and, with
    ``closed``, the German closed compounds "Tourismusverbände" → ("Tourismusverband", "") — in
    a run of names only: in free German text the capitalised words after one are nouns as
    often as places ("in den Partnerregionen Instrumente …")."""
    prefix, dash, last = word.rpartition("-")
    if dash and prefix and prefix[:1].isupper():
        head = _plural_head(fold(last), language)
        return (f"{prefix}-{head[0]}", head[1]) if head else None
    if not closed or dash or not word[:1].isupper():
        return None
    folded = _fold_same_length(word).lower()
    for plural, singular in _GERMAN_PLURAL_ENDS:
        if folded.endswith(plural) and len(word) - len(plural) >= 3:
            return word[: len(word) - len(plural)] + singular, ""
    return None


_BULLET = re.compile(r"^\s*(?:[•●▪·*◦‣]|[-–](?=\s)|\d{1,2}[.)](?=\s))\s*")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:d\.o|e\.V|n\.o|o\.z|S\.p\.A|S\.r\.l|s\.r\.o|Co|Ltd|Kft|Zrt|Inc|St|Dr|Mr|Mrs|"
    r"Prof|Nr|No|št|tj|npr|itd|ca|approx|vs|u\.o|z\.s|a\.s|Sp|z o\.o|o\.s|o\.p\.s|v\.o\.s|z\.ú|"
    r"p\.o)|\b[A-ZČŠŽ])\.$"
)
_MONEY_OR_DATE = re.compile(r"\d")
_RECORD_FIELDS = set(_WORDS["record_fields"])
_OUTCOME_HEADING = re.compile(r"\b(?:" + "|".join(_WORDS["outcome_headings"]) + r")")
_AMOUNT = re.compile(r"[\d\s.,%]+\s*(?:EUR|eur|euro|€|HUF|Ft|PLN|zł|kn|HRK|CZK|Kč)?\.?")
# a value that is a number with at most a code or a currency beside it: a VAT number, a PIC,
# an amount ("SI39587282", "EUR 238 712.00", "HR 10253977970")
_IDENTIFIER = re.compile(r"(?:[A-Z]{1,3}|€)?\s*\d[\d\s.,/%-]{3,}\s*(?:[A-Z]{1,3}|€|[a-z]{2,4}\.?)?")
_BYLINE = re.compile(r"^" + _alternatives(*(re.escape(w) for w in _WORDS["bylines"])) + r"\b")
# an image or a document in the text of a page ("logo_szensztat.gif"): never part of a name
_FILE_NAME = re.compile(r"\w\.(?:jpe?g|png|gif|svg|webp|pdf|docx?)\b", re.IGNORECASE)


def _fold_same_length(text: str) -> str:
    """:func:`fold`, one character for one, so that positions in it are positions in ``text``."""
    out = []
    for char in text:
        folded = fold(char)
        out.append(folded[:1] if folded else char)
    return "".join(out)


def _word_list(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:['’.-][^\W_]+)*\.?", text)


def _role_of(label: str) -> str | None:
    folded = " ".join(fold(label).split())
    for role, pattern in _ROLE_RE:
        if pattern.search(folded):
            return role
    return None


@functools.lru_cache(maxsize=65536)
def _is_org_word(word: str) -> bool:
    # cached: every reading asks it of the same words of a page many times
    folded = fold(word).strip(".,;:()\"'„“”")
    if folded in _ORG_WORDS or is_head_noun(word):
        return True
    if folded.startswith(_ORG_STEMS):
        return True
    # a German compound ends with its organisation word: "Heimatmuseum", "Sportverein"
    return len(folded) >= 9 and folded.endswith(_COMPOUND_ENDS)


_COMPOUND_ENDS = tuple(_WORDS["compound_ends"])


# a home for a group of people: "Home for the Elderly", "Dom za starije", "Heim für Senioren"
_CARE_HOME = re.compile(r"\b(?:[Hh]ome|[Hh]ouse|[Dd]om|[Hh]eim)\s+(?:for|za|für)\s")


def _org_cues(name: str) -> int:
    """How many signs of an organisation a name has: organisation words, a legal form, an acronym."""
    words = _word_list(name)
    cues = sum(_is_org_word(w) for part in words for w in part.split("-"))
    if _CARE_HOME.search(name):
        cues += 1  # "Home for Elderly X", "Dom za starije osobe": a home is a body for someone
    if _LEGAL_FORMS.search(name):
        cues += 1
    if any(
        len(w) >= 2
        and w.rstrip("+").isupper()
        and w.rstrip("+").isalpha()
        and w not in _NOT_ACRONYMS
        for w in words
    ):
        cues += 1
    return cues


def _has_capital(name: str) -> bool:
    return bool(re.search(r"(?:^|[\s'’(/-])[A-ZÀ-ÝĀ-ŽČŠŽĆĐ]", name))


def _looks_like_person(name: str) -> bool:
    """Two or three capitalised words and nothing that names an organisation: "Erich Tasser"."""
    words = name.split()
    if not 2 <= len(words) <= 3 or _org_cues(name) or place_country(name)[0]:
        return False
    return all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)


# ---------------------------------------------------------------- partners: one name


_LANGUAGE_COUNTRIES = {
    language: set(countries) for language, countries in _WORDS["language_countries"].items()
}
# Words of organisation names that say which language the name is in (folded).
_NAME_LANGUAGE = {language: tuple(words) for language, words in _WORDS["name_language"].items()}
_SIDE_PATTERNS = [
    # "per la parte slovena", "s hrvatske strane", "na slovenskoj strani", "z maďarskej strany"
    re.compile(r"\b(?:per la |da )?parte (\w+)"),
    re.compile(r"\b(?:s|sa|z|zo|na|od|ze)\s+(\w+)\s+(?:strane|strani|strany|stran|strony)\b"),
    re.compile(r"\bzo?\s+strany\s+(\w+)"),
    re.compile(r"\bauf (\w+) seite\b"),
    re.compile(r"\bon the (\w+) side\b"),
    re.compile(r"\b(?:cote|lato) (\w+)"),
    re.compile(r"\bno (\w+) puses\b"),
    re.compile(r"\b(\w+) oldal\w*"),
    # "hrvatski partneri", "Slovenski partner", "Slovenian partners", "partnerji iz Slovenije"
    re.compile(
        r"\b(\w+) (?:partneri|partnerji|partner|partners|partneriai|partnerid|partnerzy|partnerek|projektpartner)\b"
    ),
    # et: "Projektipartnerid Lätist:", "partnerid Eestist": the country in the elative or
    # ablative case right after the role word, ending the heading
    re.compile(r"partner\w* (\w+(?:st|lt))\s*:?\s*$"),
    # "partneri na projektu iz Slovenije", "partners in the project from Italy"
    re.compile(
        r"\bpartner\w* (?:(?:na|u|v|w|in|im|of|the|del|nel|du|project|projekt\w*|progett\w*)\s+){0,3}"
        r"(?:iz|from|aus|da|di|no|is|z|ze|fra) (\w+)"
    ),
    # "Latvijai atstovauja A, B", "Latviju pārstāv A": the country the bodies after it stand for
    re.compile(r"\b(\w+) (?:atstovauja|atstovaus|atstovavo|parstav\w*|vertreten|esindavad)\b"),
    # "…, Lietuvai – A, B": the same, its verb left out after a dash
    re.compile(r"(?:^|[,;:] )(\w+) [–—](?: |$)"),
]
_TRAILING_FROM = re.compile(
    r"\s+(?:iz|from|aus|da|no|iš|z|ze|fra|of|in)\s+((?:the\s+)?[A-ZČŠŽĆĐÀ-Ý][\w-]+(?:\s+[A-ZČŠŽĆĐÀ-Ý][\w-]+)?)\s*$"
)
_LOCATION = re.compile(
    r"\s*,?\s+(?:con sede a|con sede in|with (?:its )?seat in|based in|located in|s sedežem v|"
    r"sa sjedištem u|mit Sitz in|à)\s+([A-ZČŠŽĆĐÀ-Ý][\w'’-]+(?:\s+[A-ZČŠŽĆĐÀ-Ý][\w'’-]+)?)\s*$"
)
_SEAT_AFTER_FORM = re.compile(
    r"\s+(?:in|aus|bei|v|u|w|a|à|di|en)\s+([A-ZČŠŽĆĐÀ-Ý][\w'’-]+(?:\s+[A-ZČŠŽĆĐÀ-Ý][\w'’-]+)?)\s*$"
)
_QUOTES = '„“”"«»‹›‚‘’'
_DISTRICT_TAIL = re.compile(
    r"\s+(?:z|ze|iz|from|aus|da|iš|no)\s+(?:the\s+|dem\s+)?(?:powiat\w*|wojew\w*|county|district|"
    r"landkreis\w*|bezirk\w*|okres\w*|županij\w*|provinc\w*|rajon\w*|novad\w*|apskrit\w*|"
    r"maakon\w*|megy\w*)\b.*$",
    re.IGNORECASE,
)
# A country in parentheses followed by words that go on the sentence, not the name.
_COUNTRY_THEN_WORDS = re.compile(
    r"\(([^()]{2,40})\)\s*[,–—-]?\s+(?!(?:in|and|i|e|und|ter|te|un|ir|ja|et|a|ed|oraz|és|ning)\b)"
    r"(?=[a-zčšžćđāēīūąęėįųõäöü])"
)
_ADJECTIVE_ENDING = re.compile(
    r"(?:ski|ska|sko|ške|ški|ška|ško|čki|čka|ske|skih|skim|sche|schen|ische|ischen|ese|ana|ano|ense|ova|ovo|ový|ová)$"
)


def _inflected_place(word: str) -> str | None:
    """The country of a town written in another case: "Ljubljane" (Ljubljana), "Zagreba"."""
    folded = fold(word)
    forms = {folded}
    for ending, nominative_ending in (("e", "a"), ("i", "a"), ("u", "a"), ("a", ""), ("u", "")):
        if folded.endswith(ending):
            forms.add(folded[: len(folded) - len(ending)] + nominative_ending)
    return next((code for form in forms if (code := place_country(form)[0])), None)


def _joined_country(folded: str, end: int, language: str) -> bool:
    """Whether another country follows a side with "and": "partnerjev iz Slovenije in Hrvaške",
    "partners from Slovenia and Croatia" name the partnership's countries, not one side."""
    match = re.match(r"\s+(?:in|i|and|und|e|et|un|ir|ja|es|oraz|a|ter)\s+(\w+)", folded[end:])
    return bool(match) and bool(
        country_adjective(match.group(1), language=language) or country_code(match.group(1))
    )


def _last_side(text: str, language: str) -> str | None:
    """The side named last before a point ("z maďarskej strany … a zo strany slovenskej …")."""
    folded = " ".join(fold(text).split())
    last: tuple[int, str] | None = None
    for pattern in _SIDE_PATTERNS:
        for match in pattern.finditer(folded):
            word = match.group(1)
            code = country_adjective(word, language=language) or (
                country_code(word) if len(word) > 3 else None
            )
            if _joined_country(folded, match.end(), language):
                continue
            if code and (last is None or match.start() > last[0]):
                last = (match.start(), code)
    return last[1] if last else None


def _side_of(text: str, language: str) -> str | None:
    folded = " ".join(fold(text).split())
    for pattern in _SIDE_PATTERNS:
        for match in pattern.finditer(folded):
            word = match.group(1)
            code = country_adjective(word, language=language) or (
                country_code(word) if len(word) > 3 else None
            )
            if code and not _joined_country(folded, match.end(), language):
                return code
    # "…, u Republici Srbiji - A i B": the place heading the names after it (cf. _side_runs)
    headings = list(_SIDE_HEAD.finditer(text))
    heading = headings[-1] if headings else None
    if heading and heading.end() >= len(text.rstrip()) - 1:
        return _side_country(heading)
    return None


_AS_WORD = r"(?:as(?: the)?|kot|kao|als|come|jako|coby|ka|kaip|comme|mint|nagu|jak|ako)"
"""The word for "as" before a role after a name ("X kot vodilni partner", "X as the lead
partner", "X als Leadpartner"), in each language read (folded)."""


def _trailing_role(text: str) -> tuple[str, str | None]:
    """``"X (lead partner)"``, ``"X – vodilni partner"``, ``"X - project co-ordinator"``, and
    the bare ``"X (lead)"`` of a consortium line."""
    bare_lead = re.search(r"\s*\((?:the\s+)?lead\)[\s,.;]*$", text, re.IGNORECASE)
    if bare_lead and bare_lead.start() > 0:
        return text[: bare_lead.start()].rstrip(" ,–—-"), "lead"
    # "X (pagrindinis paramos gavėjas, Latvija)": the role and the country in one bracket
    both = re.search(r"\s*\((?P<role>[^(),]{3,60}),\s*(?P<country>[^(),]{2,30})\)[\s,.;]*$", text)
    if both and both.start() > 0 and find_country(both["country"])[0]:
        role_words = " ".join(fold(both["role"]).split())
        if _ANY_ROLE.fullmatch(role_words):
            return f"{text[: both.start()].rstrip()} ({both['country']})", _role_of(role_words)
    folded = _fold_same_length(text)
    match = re.search(
        r"\s*[–—-]?(?:\s+"
        + _AS_WORD
        # "Liepājas rajona partnerība projekta vadošais partneris": the project's word before
        # the role belongs to the role
        + r")?(?:\s+(?:projekt\w{0,2}|project|progetto))?\s*\(?\b("
        + _alternatives(*(w for _, w in _ROLE_WORDS))
        + r")\b"
        r"(?:(?:\s+[a-z]\w*){1,2}(?=\)))?\)?"  # "(Główny beneficjent dofinansowania)"
        r"(?P<country>\s*\([^()]{1,40}\))?[\s,.;]*$",
        folded,
    )
    if match and match.start() > 0:
        # "X - Lead Partner (Hungary)": the country in brackets stays with the name
        country = text[match.start("country") : match.end("country")] if match["country"] else ""
        return text[: match.start()].rstrip(" ,–—-") + country, _role_of(match.group(1))
    return text, None


# a role in brackets glued to the name before it: "LAS Dolina(vodilni partner)"
_GLUED_ROLE = re.compile(
    r"(?<=\w)\((?=\s*" + _alternatives(*(w for _, w in _ROLE_WORDS)) + r"\s*[),])"
)


def _unglue_roles(text: str) -> str:
    """The text with a space before each role bracket glued to a name."""
    cuts = [m.start() for m in _GLUED_ROLE.finditer(_fold_same_length(text))]
    for cut in reversed(cuts):
        text = f"{text[:cut]} {text[cut:]}"
    return text


def _leading_role(text: str, language: str = "") -> tuple[str, str | None, str | None]:
    """``"Lead partner: X"``, ``"Partner 2: X"``, ``"juhtpartner X"``, and a side's adjective
    before the role (``"slovenský partner – město X"``): the rest, the role and that country."""
    folded = _fold_same_length(text)
    match = re.match(
        r"^\s*(?:(?P<side>\w+)\s+)?("
        + _alternatives(*(w for _, w in _ROLE_WORDS))
        + r")(?:\s*\d+)?\s*(?:[:–—]\s*|-\s+|\s+(?=[A-Z„“\"]))",
        folded,
    )
    side = None
    if match and match["side"]:
        side = country_adjective(text[match.start("side") : match.end("side")], language=language)
        if not side:
            return text, None, None
    if match and match.end() < len(text):
        rest = text[match.end() :]
        # after a side's dash the name may open with its kind in lowercase ("– město X")
        dashed = side and re.search(r"[:–—-]\s*$", folded[: match.end()])
        if rest[:1].isupper() or rest[:1] in _QUOTES or (dashed and _is_org_word(rest.split()[0])):
            return rest, _role_of(match.group(2)), side
    return text, None, None


def _strip_outer(text: str) -> str:
    text = text.strip(" \t,;:")
    while len(text) > 2 and text[0] in _QUOTES and text[-1] in _QUOTES:
        text = text[1:-1].strip()
    if text.count("(") < text.count(")") and text.endswith(")"):
        text = text[:-1].rstrip()
    return text


def _end_punctuation(text: str) -> str:
    """Drop a sentence's final full stop, not an abbreviation's (d.o.o., e.V., Ltd.)."""
    text = text.rstrip(" ,;:")
    # a page's next word glued to the full stop after a bracket: "… (Město X).zpět"
    text = re.sub(r"(?<=\))\.[^\W\d_]+$", "", text)
    if len(text) > 1 and text.endswith(".") and text[-2] in _QUOTES:
        text = text[:-1]
    while (
        text.endswith(".")
        and not _ABBREVIATIONS.search(text)
        and not _LEGAL_FORMS.search(text[-8:])
    ):
        text = text[:-1].rstrip()
    return text


_VEHICLE_CODES: dict[str, str] = dict(_WORDS["vehicle_codes"])


def _cut_subunit(text: str) -> str:
    """A department after a dash or a comma is not a name: "Regione del Veneto – Direzione …"."""
    parts = re.split(r"\s*(?:,|\s[–—-]\s|[–—])\s*", text)
    for part in parts[1:]:
        if _SUBUNITS.match(fold(part)):
            return text[: text.find(part)].rstrip(" ,–—-")
    return text


# "Dugogodišnja suradnja Karlovačke županije", "Współpraca Gminy A": a headline about the
# cooperation of a body; the body is what follows (in the genitive, read back later)
_COOPERATION_OF = re.compile(
    r"^(?:[A-ZČŠŽ]?[a-zčšžćđąęłńóśźż]+\s+)?(?i:suradnja|sodelovanje|współpraca|spolupráce|"
    r"spolupráca|sadarbība|bendradarbiavimas|koostöö|együttműködés|cooperazione|coopération|"
    r"cooperation|Zusammenarbeit)\s+(?=[A-ZČŠŽĆĐŁŚŻ])"
)


def _initials_of(short: str, name: str) -> bool:
    """Whether ``short`` is written with the first letters of the name's capitalised words:
    "PE" of "Pannon Egyetem", "SzE" of "Széchenyi István Egyetem"."""
    letters = fold(short.strip()).replace(".", "")
    initials = "".join(fold(w[:1]) for w in name.split() if w[:1].isupper())
    return (
        len(letters) >= 2 and letters.isalpha() and letters in (initials, initials[: len(letters)])
    )


_LINE_WEB_ADDRESS = re.compile(
    r"(?<=[^\s:])(?:[ \t]*[,;|–—-][ \t]*|[ \t]+)\(?(?:https?://|www\.)[^\s()]+\)?[ \t]*$", re.M
)

# Where an address starts after a name, in any language: a contact field ("Telefon:", "Tel.",
# "E-mail:", "www."), or a postcode and its town after a comma or a house number.
_CONTACT = re.compile(
    r"\s(?:(?:Tel|Telefon|Telephone|Phone|Fax|E-?mail|Web|Mob|Mobil)\.?\s*:|Tel\.|www\.|https?:)",
    re.IGNORECASE,
)
_CONTACT_GROUP = re.compile(
    r"(?:\s*(?:(?:Tel|Telefon|Telephone|Phone|Fax|E-?mail|Web|Mob|Mobil)\.?\s*:|Tel\.)\s*)+",
    re.IGNORECASE,
)
_POSTCODE = re.compile(r"(?:,|(?<=\d)|(?<=\d[a-zA-Z]))\s+(?:[A-Z]{1,2}-\s?)?\d{4,5}\s+[A-ZČŠŽ]")
_HOUSE = re.compile(
    r"(?:,\s*[^,]*\d[^,]*|\s+[A-ZČŠŽ][^\s,]*(?:\s+[a-zčšž][^\s,]*)?\s+\d{1,4}[a-zA-Z]?)$"
)


def _address_town(text: str) -> str | None:
    """The town after the postcode of an address written after a name, if any."""
    postcode = _POSTCODE.search(text)
    if not postcode:
        return None
    town = re.match(
        r"[A-ZČŠŽ][^\s,]*(?:\s+(?:an|am|ob|na|pri|bei|im)\s+\S+)?", text[postcode.end() - 1 :]
    )
    return town.group(0).rstrip(".,;") if town else None


def _without_address(text: str) -> str:
    """A name without the address written after it: "LAS Goričko 2020 Martjanci 36 9221
    Martjanci" is "LAS Goričko 2020"; "Grad Obrovac Trg … Obrovac, Republika Hrvatska Telefon:
    Web: Grad Drniš …" is "Grad Obrovac, Republika Hrvatska; Grad Drniš …": each entry keeps
    its country and loses the street and the town that repeats the name's place."""
    if not _CONTACT.search(text):
        return _without_street(text)
    entries = [e.strip(" ,;:") for e in _CONTACT_GROUP.split(text)]
    return "; ".join(
        _without_street(e, town_repeats=True)
        for e in entries
        if e and not re.fullmatch(r"(?i)(?:tel|telefon|phone|fax|web|e-?mail)\.?", e)
    )


def _without_street(text: str, *, town_repeats: bool = False) -> str:
    postcode = _POSTCODE.search(text)
    if postcode:
        head = text[: postcode.start()]
        street = _HOUSE.search(head)
        if street and head[: street.start()].strip():
            head = head[: street.start()]
        return head.rstrip(" ,") if head.strip() else text
    if not town_repeats:
        return text
    # "Grad Obrovac Trg dr. Franje Tuđmana Obrovac, Republika Hrvatska": the town before the
    # country repeats the name's place; what lies between them is the street
    body, comma, country = text.rpartition(",")
    if not comma or len(country.split()) > 5:
        body, country = text, ""
    words = body.split()
    for size in (3, 2, 1):
        town = words[-size:]
        for start in range(1, len(words) - size - 1):
            if words[start : start + size] == town and len(words) - size - start - size <= 6:
                body = " ".join(words[: start + size])
                return f"{body}, {country.strip()}" if country else body
    return text


def _clean(raw: str, language: str) -> dict:
    """A name as written, with what its own words say: role, country, place."""
    info: dict = {
        "role": None,
        "country": None,
        "country_as_written": None,
        "note": None,
        "quoted": False,
    }
    text = " ".join(raw.split())
    cells = [cell.strip() for cell in text.strip(" |").split("|")]
    if len(cells) >= 3 and _org_cues(cells[0]):
        text = cells[0]  # "Universität Passau | Projektleitung | …": a table row's first cell
    # "Bosna i Hercegovina (Općina Tešanj)": a country, and the body from it in brackets
    country_first = re.match(r"^([^()]{3,40}?)\s*\((.{3,})\)[.,;]?$", text)
    if country_first and (code := country_code(country_first.group(1))):
        info.update(country=code, country_as_written=country_first.group(1))
        text = country_first.group(2)
        # "Italija (glavni partner ENEA …)": the role opens the brackets
        role_first = _ANY_ROLE.match(_fold_same_length(text))
        if role_first and text[role_first.end() :].strip()[:1].isupper():
            info["role"] = _role_of(role_first.group(0))
            text = text[role_first.end() :].strip()
    town = _address_town(text)
    text = _without_address(text)
    if town and not info["country"] and (code := place_country(town)[0]):
        info.update(country=code, country_as_written=town, note=f"from the town '{town}'")
    if (coded := _role_code(text)) and coded.re is _ROLE_CODE_SPACED:
        # "P2 GÜSA e.V." under a partners heading: the code is the partner's number, not its name
        text = text[coded.end() :]
        if coded.group("code") in _LEAD_CODES:
            info["role"] = "lead"
    text, role, side = _leading_role(text, language)
    info["role"] = role or info["role"]
    if side and not info["country"]:
        info.update(country=side, country_as_written=raw.split()[0])
    text = _end_punctuation(text)
    text, role = _trailing_role(text)
    info["role"] = role or info["role"]
    text = _end_punctuation(text)
    # the district a place is in is not part of its name: "Tyszowce z powiatu tomaszowskiego"
    text = _DISTRICT_TAIL.sub("", text)
    # an explicit country: "X (Italija)", "X, Slovakia", "X iz Italije", "X from Russia"
    for mid in re.finditer(_COUNTRY_THEN_WORDS, text):
        if find_country(mid.group(1))[0]:
            text = text[: mid.end(1) + 1]
            break
    paren = re.search(r"\(([^()]{1,40})\)\s*$", text)
    if paren and re.search(r"[;,]", paren.group(1)) and not find_country(paren.group(1))[0]:
        last = re.split(r"[;,]\s*", paren.group(1))[-1]
        if country_code(last):  # "Liepāja (Liepaja; Latvia)"
            info.update(country=country_code(last), country_as_written=last)
            text = text[: paren.start()].rstrip()
            paren = None
    if paren and _initials_of(paren.group(1), text[: paren.start()]):
        # "Pannon Egyetem (PE)": the name's initials, not Peru
        text, paren = text[: paren.start()].rstrip(" ,"), None
    if paren:
        code, note = _VEHICLE_CODES.get(paren.group(1).strip().upper()), None
        if not code:
            code, note = find_country(paren.group(1))
        if code:
            info.update(country=code, country_as_written=paren.group(1), note=note)
            text = text[: paren.start()].rstrip(" ,")
        elif town := _bracketed_town(paren.group(1)):
            # 'Primary School "France Bevk" (Tolmin)': the town it is in, beside its name
            info.update(
                country=town,
                country_as_written=paren.group(1),
                note=f"the town '{paren.group(1)}' beside it is in {town} (GeoNames); check it",
            )
            text = text[: paren.start()].rstrip(" ,")
    if not info["country"] and "," in text:
        head, _, tail = text.rpartition(",")
        code, note = find_country(tail.strip())
        if code and len(tail.split()) <= 4:
            info.update(country=code, country_as_written=tail.strip(), note=note)
            text = head.rstrip()
    if not info["country"]:
        trailing = _TRAILING_FROM.search(text)
        if trailing and country_code(trailing.group(1).removeprefix("the ")):
            info.update(
                country=country_code(trailing.group(1).removeprefix("the ")),
                country_as_written=trailing.group(1),
            )
            if not fold(text[trailing.start() :]).strip().startswith("of "):
                text = text[: trailing.start()].rstrip()
        elif (
            trailing
            and re.match(r"(?i)republi|repubbl|rzeczpospolit", fold(trailing.group(1)))
            and (code := country_adjective(trailing.group(1).split()[-1], language=language))
        ):
            # "Gminą Horní Ves z Republiki Czeskiej": the country in another case
            info.update(country=code, country_as_written=trailing.group(1))
            text = text[: trailing.start()].rstrip()
        elif trailing and (code := _inflected_place(trailing.group(1))):
            # "… centar iz Ljubljane": the town is part of the name and says its country
            info.update(
                country=code,
                country_as_written=trailing.group(1),
                note=f"from the place '{trailing.group(1)}'",
            )
    located = _LOCATION.search(text)
    if located:
        place = located.group(1)
        code = country_code(place) or place_country(place)[0]
        if code and len(text[: located.start()].split()) >= 1:
            if not info["country"]:
                info.update(
                    country=code, country_as_written=place, note=f"from the place '{place}'"
                )
            text = text[: located.start()].rstrip(" ,")
    # "Schwarzwald Tourismus GmbH in Freiburg", "Proteus d.o.o. v Kopru": after a legal form,
    # "in" and a place are its seat; the name ends at the form
    seat = _SEAT_AFTER_FORM.search(text)
    if seat and _LEGAL_FORMS.search(text[: seat.start()][-10:]):
        place = seat.group(1)
        code = country_code(place) or place_country(place)[0]
        if code and not info["country"]:
            info.update(country=code, country_as_written=place, note=f"from the place '{place}'")
        text = text[: seat.start()]
    # a person, or a person's post, before the body: "Petre Horvat iz Zavoda za turizam …",
    # "direktorica Javnega zavoda za kulturo …"
    person = re.match(r"^(\S+ \S+) (?:iz|from|no|aus|von|od|ze|de|da) (?=\S)", text)
    if person and _looks_like_person(person.group(1)) and _org_cues(text[person.end() :]):
        text = text[person.end() :]
    first = text.split(" ", 1)
    if len(first) == 2 and _is_title(first[0]) and _org_cues(first[1]):
        text = first[1]
    # "Lenkijos Respublikos Grodeko savivaldybė": the state before the body says its country
    state = re.match(
        r"^(\S+)\s+(?:Respublikos|Republike|Republiki|Republikas|Republic of)\s+", text
    )
    if state and len(text[state.end() :].split()) >= 2 and (code := country_code(state.group(1))):
        info.update(country=info["country"] or code, country_as_written=state.group(0).strip())
        text = text[state.end() :]
    # a run of people and their posts read as one name: "Javni zavod … Lipnik Ana Kovač in
    # župan občine …" is the body, then its director, then the next post
    words = text.split(" ")
    cut = next(
        (
            n
            for n in range(1, len(words) - 1)
            if fold(words[n]) in _CONJUNCTIONS and _is_title(words[n + 1])
        ),
        None,
    )
    if cut:
        words = words[:cut]
        if len(words) > 3 and _looks_like_person(" ".join(words[-2:])):
            words = words[:-2]
        text = " ".join(words)
    # words before the name that are not part of it
    words = text.split(" ")
    while (
        words
        and not (len(words[0]) > 1 and words[0].isupper())  # "LAS Goričko": an acronym
        and (
            fold(words[0]).rstrip("'’") in _ARTICLES | _PREPOSITIONS
            or fold(words[0]) in {"l'", "l’"}
        )
    ):
        words = words[1:]
    if words and _ELIDED.match(words[0]):  # "l'ATS", "l’Agenzia", "all'Associazione"
        words[0] = _ELIDED.sub("", words[0])
    if len(words) > 1 and words[0][:1].islower() and not _is_org_word(words[0]):
        adjective = country_adjective(words[0], language=language)
        if adjective and not info["country"]:
            info.update(
                country=adjective,
                country_as_written=words[0],
                note=f"from the adjective '{words[0]}'",
            )
        if (adjective or _ADJECTIVE_ENDING.search(words[0])) and (
            words[1][:1].isupper() or words[1][:1] in _QUOTES
        ):
            words = words[1:]  # "celovška Mohorjeva", "die österreichische „Mühlviertel …“"
    lead_in = re.match(
        r"^(?:[a-zà-ÿčšžćđ]+\s+){1,4}(?:l['’]|the\s+|la\s+|le\s+|il\s+|der\s+|die\s+)?(?=\w)",
        " ".join(words),
    )
    if lead_in and words and not _is_org_word(words[0]):
        rest = " ".join(words)[lead_in.end() :]
        if rest and _is_org_word(rest.split()[0]) and rest[:1].isupper():
            words = rest.split(" ")  # "auxquelles se joignent l’Université …"
    text = " ".join(words)
    if text and text[0] in _QUOTES:
        info["quoted"] = True
    text = _strip_outer(text)
    text = re.sub(r"^[A-ZČŠŽ]{2,6}-\s+(?=[A-ZČŠŽ])", "", text)  # "NT- Zavod Novi turizem"
    text = _COOPERATION_OF.sub("", text)
    info["evidence"] = text
    # a long parenthesis explains the name and is not part of it
    text = re.sub(r"\s*\((?:[^()]*:[^()]*|(?:\S+\s+){2,}[^()]*)\)", "", text).strip()
    text = _cut_subunit(text)
    with_part = re.search(
        r"\s(?:z|s|sa|with|mit|con|avec)\s+(?:(?:its|seinem|seiner|il|la)\s+)?(\S+)", text
    )
    if with_part and _SUBUNITS.match(fold(with_part.group(1))):
        text = text[: with_part.start()]  # "dežela Koroška z oddelkom za turizem"
    # ", lai runātu par …", " par projekta realizāciju": a clause after the name
    tail = re.search(
        r",\s+(?=[a-zà-ÿāēīūčšžąęėįųő])|\s(?:par|apie|about|über)\s+(?=[a-zà-ÿāēīū])", text
    )
    if tail and not _LEGAL_FORMS.search(text[tail.end() :]):
        after = text[tail.end() :].split()
        if after and not any(_is_org_word(w) for w in after):
            text = text[: tail.start()]
    # "Somogy County and", "Razvojna agencija Kozjansko ter": the run went on past the name
    words = text.split()
    while len(words) > 1 and fold(words[-1]) in _CONJUNCTIONS:
        words.pop()
    text = re.sub(r"\.\.+$", ".", " ".join(words))  # "… e.V..": the sentence's full stop
    info["written"] = text.strip(" ,;:")
    info["text"] = _DESCRIPTORS.sub("", text).strip(" ,;:")
    info["descriptor"] = (
        text[: len(text) - len(info["text"])].strip()
        if info["text"] != text.strip(" ,;:")
        else None
    )
    return info


def _bracketed_town(words: str) -> str | None:
    """The country of the town in a bracket after a name, when the town is in one country only."""
    words = words.strip()
    if not re.fullmatch(r"[A-ZÀ-ÝĀ-Ž][\w.'’-]+(?: [\w.'’-]+){0,3}", words) or words.isupper():
        return None  # a town is capitalised and is not an acronym ("(ZRS)")
    code = place_country(words)
    if code[0] and code[1] == words:
        return code[0]
    from helix_graph.places import is_town, place_countries

    codes = place_countries(words)
    return next(iter(codes)) if len(codes) == 1 and is_town(words, next(iter(codes))) else None


def _acceptable(info: dict, *, strict: bool) -> bool:
    """Whether a cleaned piece is the name of an organisation.

    ``strict`` pieces come from sentences and unlabelled lists: they need a sign of an
    organisation (a word organisations are named with, a legal form, an acronym) unless
    their country is written beside them; labelled pieces need only look like a name.
    """
    name = info["text"]
    words = name.split()
    first_name = re.split(r"\s[–—-]\s", name)[0].split()  # a bilingual name: "X - Y"
    limit = 15 if strict and not any(q in name for q in _QUOTES) else 20
    if not words or len(first_name) > limit or len(name) > 200:
        return False
    if not _has_capital(name) and not info["country"]:
        return False
    if words[0][:1].islower() and not _is_org_word(words[0]) and not info["country"]:
        return False
    if _ANY_ROLE.fullmatch(" ".join(fold(name).split())):
        return False
    if name.strip(" |").count("|") >= 2:
        return False  # "Budget total | Budget FEDER | Contreparties": a table's row, not a name
    if any(fold(w) in ("logo", "logotip", "logotyp", "logotipas", "logotips") for w in words):
        return False  # "Logo FZM", "guesaev logo": a picture's caption beside a listed name
    if _IDENTIFIER.fullmatch(name):
        return False  # "SI39587282", "EUR 238 712.00", "10253977970": an ID or an amount
    if _FILE_NAME.search(name) or _BYLINE.match(fold(name)) or _AMOUNT.fullmatch(name):
        return False  # "Geschrieben von SBC … logo.gif": the page's byline and its picture
    if find_country(name)[0] and not _org_cues(name) and len(words) <= 3:
        return False  # a country, not an organisation
    if country_code(
        re.sub(r"^(?:Republika|Republic of|Republik|Repubblica|République)\s+", "", name)
    ):
        return False  # "Republika Hrvatska" after an address: the state, not a body
    if len(words) == 2 and re.fullmatch(r"Res?publik\w*", words[1]) and country_code(words[0]):
        return False  # "(Lenkijos Respublika)": the country in its genitive, not a body
    if strict:
        if _MONEY_OR_DATE.search(name) and not _LEGAL_FORMS.search(name):
            return False
        if len(words) <= 2 and place_country(name)[1] == name and not _org_cues(name):
            return False  # "Varaždin": a town, not an organisation
        if _looks_like_person(name):
            return False
        # "Hrvatske vode kao vodeći partner": a role word beside a capitalised name of a few
        # words says it is a body, as a public company is named without a kind word
        named_role = info.get("role") in ("lead", "partner", "associated", "observer") and (
            2 <= len(words) <= 5 and all(w[:1].isupper() for w in words[:1])
        )
        return bool(_org_cues(name) or info["country"] or info["quoted"] or named_role)
    return True


# ---------------------------------------------------------------- partners: splitting runs


def _proper_stems(name: str) -> frozenset[str]:
    """The first five folded letters of a name's own words: not its kind words, particles or
    brackets ("Regione del Veneto" and "Dežela Veneto" → {"venet"})."""
    bare = re.sub(r"\([^()]*\)", " ", name)
    return frozenset(
        fold(w)[:5]
        for w in re.findall(r"[^\W\d_][\w’'-]*", bare)
        if w[:1].isupper() and len(w) >= 4 and not _is_org_word(w)
    )


def _lowercase_words(name: str) -> set[str]:
    """A name's lowercase words that say what it does: not its kind words or particles."""
    return {
        fold(w)[:5]
        for w in re.findall(r"[^\W\d_][\w’'-]*", name)
        if w[:1].islower()
        and len(w) >= 4
        and not _is_org_word(w)
        and fold(w) not in _NAME_PARTICLES
    }


def _same_body(a: str, b: str) -> bool:
    """Whether two names are one body written in two languages: "Regione del Veneto" and
    "Dežela Veneto", "Aquileia Foundation" and "Fondazione Aquileia" (the same own words and the
    same kind); "Univerza v Mariboru" and "Mestna občina Maribor" are two."""
    stems = _proper_stems(a)
    if not stems or stems != _proper_stems(b):
        return False
    wa, wb = a.split(), b.split()
    if (
        fold(a).split()[:2] == fold(b).split()[:2]
        and fold(wa[-1]) != fold(wb[-1])
        and _is_org_word(wa[-1])
        and _is_org_word(wb[-1])
    ):
        return False  # "Šalčininkų rajono savivaldybės administracija" and "… kultūros centras"
    own_a, own_b = _lowercase_words(a), _lowercase_words(b)
    if own_a and own_b and not own_a & own_b:
        return False  # "Državni hidrometeorološki zavod" and "Državna uprava za zaštitu …"
    kind = _kind_of(a)
    return kind not in (None, "other") and kind == _kind_of(b)


@functools.lru_cache(maxsize=4096)
def _kind_of(name: str) -> str | None:
    return classify(name).kind


_SWAP_GUILLEMETS = str.maketrans("»«›‹", "«»‹›")


def _top_level_split(text: str, separators: str = ",;") -> list[str]:
    """Split at separators outside parentheses and quotes; " / " splits too, but not between a
    name and its translation ("Regione del Veneto / Dežela Veneto" is one body)."""
    straight_quotes_balanced = text.count('"') % 2 == 0
    # »Romanian Waters« (Slovene and German) opens with the other guillemet than «French»
    opening, closing = text.find("»"), text.find("«")
    scan = text.translate(_SWAP_GUILLEMETS) if 0 <= opening < closing else text
    pieces, depth, quote, start = [], 0, False, 0
    i = 0
    while i < len(text):
        char = scan[i]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char in "„«‹":
            quote = True
        elif char == "“":
            quote = not quote
        elif char in "”»›":
            quote = False
        elif char == '"' and straight_quotes_balanced:
            quote = not quote
        elif not depth and not quote:
            if text.startswith(" / ", i):
                after = re.split(
                    r"[,;]| / |\s(?:in|and|und|e|i|et|ir|un|ja|és|oraz|ter|te)\s",
                    text[i + 3 :],
                    maxsplit=1,
                )[0]
                if _same_body(text[start:i], after):
                    pieces.append(text[start:i])  # the name; its translation is left out
                    i += 3 + len(after)
                    start = i + (3 if text.startswith(" / ", i) else 1)
                    i = start
                    continue
            if char in separators or text.startswith(" / ", i):
                pieces.append(text[start:i])
                start = i + (3 if text.startswith(" / ", i) else 1)
                i = start
                continue
        i += 1
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


# words that open what a body is for or of ("za", "für", "pour"): a name goes on after them
_FIELD_WORDS = {"za", "fur", "for", "pour", "per", "dla", "para", "di", "de", "of", "du", "des"}


def _split_conjunctions(piece: str, language: str, distributive: bool = False) -> list[str]:
    """ "A in B", "A e il B", "A te Grad C": split where the right part starts a new name."""
    words = piece.split(" ")
    out, current = [], []
    depth, quoted = 0, False
    for i, word in enumerate(words):
        folded = fold(word)
        inside = depth > 0 or quoted
        depth = max(0, depth + word.count("(") - word.count(")"))
        if any(q in word for q in '„“«"'):
            quoted = (
                not quoted
                if word.count('"') % 2 or "“" in word or "„" in word or "«" in word
                else quoted
            )
        if any(q in word for q in "”»") or (word.endswith("“") and len(word) > 1):
            quoted = False
        if inside:
            current.append(word)
            continue
        nxt = words[i + 1] if i + 1 < len(words) else ""
        nxt2 = words[i + 2] if i + 2 < len(words) else ""
        if (
            word == "&"
            and current
            and (current[-1].endswith(")") or _LEGAL_FORMS.search(current[-1]))
        ):
            out.append(" ".join(current))  # "Verein X e.V. (A) & Verein Y (BRD)"
            current = []
            continue
        if (
            current
            and folded in _CONJUNCTIONS
            and not (
                folded == "a" and (word != "a" or language not in ("sk", "cs", "hr", "sl", "pl"))
            )
            and nxt
            and not current[-1].endswith("-")  # "Bildungs- und Informationszentrum": one word
        ):
            elided = re.match(r"^[lLdD]['’](\w.*)$", nxt)
            right = (
                nxt2
                if fold(nxt).rstrip("'’") in _ARTICLES
                else (elided.group(1) if elided else nxt)
            )
            at = i + 2 if right is nxt2 else i + 1
            # "und der deutsche Verein SMG", "i słowacki Bobrov": a nationality adjective before a
            # capitalised word says a party from a country starts there
            nationality = bool(
                country_adjective(right) and at + 1 < len(words) and right[:1].islower()
            )
            if nationality:
                right = words[at + 1]
            if distributive and fold(nxt) in {"de", "des", "du", "di", "of"}:
                right = nxt2
                if fold(right) in _ARTICLES and i + 3 < len(words):
                    right = words[i + 3]  # "… et de la Somme"
                elif elided_place := re.match(r"^[lL]['’](\w.*)$", right):
                    right = elided_place.group(1)  # "… et de l’Aude"
            # "… ter zagrebška županija": a place's adjective before the word for a body
            place_adjective = bool(
                right[:1].islower()
                and _ADJECTIVE_ENDING.search(fold(right))
                and at + 1 < len(words)
                and _is_org_word(words[at + 1])
            )
            # "obec A a statutární město B": an adjective, a kind word and a capitalised name
            # start a body of its own (not after a field: "sekretarijat za razvoj i lokalnu
            # samoupravu Pokrajine" goes on with what the body is for)
            kind_after = bool(
                not any(fold(w) in _FIELD_WORDS for w in current)
                and right[:1].islower()
                and fold(right) not in _ARTICLES | _PREPOSITIONS
                and at + 2 < len(words)
                and _is_org_word(words[at + 1])
                and words[at + 2][:1].isupper()
            )
            place_adjective = place_adjective or kind_after
            starts_name = (
                right[:1].isupper()
                or right[:1] in _QUOTES
                or _is_org_word(right)
                or place_adjective
            )
            rest = " ".join(words[i + 1 :])
            right_part = []
            for later in words[i + 1 : i + 8]:
                if fold(later) in _CONJUNCTIONS and right_part:
                    break
                right_part.append(later)
            right_cues = _org_cues(" ".join(right_part))
            # "Kahulas Pārrobežu sadarbības un Eiropas Integrācijas aģentūra": in a language whose
            # names end in their kind word, a left part without one is the start of the same name;
            # "Verein für die Bildung und Entwicklung der Jugend": after "für die …" the right part
            # without a kind of its own goes on with the left part's words
            one_name = (
                (
                    language in _HEAD_LAST
                    and language not in ("de", "en")
                    and right_cues
                    and fold(right) != fold(current[0])  # "Rēzeknes … zonu un Rēzeknes novads": two
                    and not any(_is_org_word(w) for w in current)
                    # "MTÜ A Turism ja SA B Turism": two; "SA Haapsalu ja Läänemaa Muuseumid": the
                    # foundation of both places' museums, its kind word on the right only
                    and (
                        not _LEGAL_FORMS.search(" ".join(current))
                        or (_LEGAL_FORMS.match(current[0]) and not _LEGAL_FORMS.match(right))
                        and len(current) == 2
                    )
                )
                or (
                    not right_cues
                    and not nationality
                    and not distributive  # "die Gemeinden A und B": the plural's places
                    and any(
                        fold(w) in _ARTICLES | {"fur", "of", "per", "za", "di", "pour"}
                        for w in current[-3:-1]
                    )
                    and any(_is_org_word(w) for w in current)
                )
            )
            # "Bosna i Hercegovina (…)", "Trinidad and Tobago": one country's name, not two names
            one_country = bool(country_code(f"{current[-1]} {word} {right.strip(',;:()')}"))
            # "Pomorski in zgodovinski muzej …": a lone adjective on the left shares the kind
            # word of the adjective after "and"; it is no name of its own
            one_name = one_name or (
                len(current) == 1
                and place_adjective
                and bool(_ADJECTIVE_ENDING.search(fold(current[0])))
                and not _is_org_word(current[0])
            )
            # "Instituto da Conservação da Natureza e das Florestas": after the Romance "e/y" a
            # word for "of the" goes on with the same name (not the German article "das")
            one_name = one_name or (
                folded in ("e", "y") and fold(nxt) in ("das", "dos", "da", "do", "de", "del")
            )
            if (
                starts_name
                and not one_name
                and not one_country
                and (
                    distributive
                    or nationality
                    or place_adjective
                    or right_cues
                    or fold(nxt).rstrip("'’") in _ARTICLES
                    or elided
                    or right[:1] in _QUOTES
                    or re.search(r"\([^()]+\)$", rest.split(",")[0])
                    # "Fondacija za … istraživanje MIR i Pravedni …": a name ends with its acronym
                    or (
                        len(current) >= 3
                        and current[-1].isupper()
                        and current[-1].isalpha()
                        and len(current[-1]) >= 2
                        and right[:1].isupper()
                    )
                )
            ):
                out.append(" ".join(current))
                current = []
                continue
        current.append(word)
    if current:
        out.append(" ".join(current))
    return out


def _heading_like(piece: str) -> bool:
    return ":" in piece


def _starts_plural(piece: str, language: str = "") -> bool:
    written = piece.split()[:2]
    words = [fold(w).rstrip("'’") for w in written]
    if words and words[0] in _ARTICLES:
        words, written = words[1:], written[1:]
    return bool(words) and bool(
        _plural_head(words[0], language) or _compound_plural(written[0], language, closed=True)
    )


# a country in brackets closing a name: "Superficie 8 (Italija)"
_COUNTRY_AFTER = re.compile(r"\(([^()]{2,40})\)\s*$")


# a country in brackets inside a name, before the words that end it: "Kraslavos (Latvija) miesto
# savivaldybė" is "Kraslavos miesto savivaldybė (Latvija)"
_COUNTRY_INSIDE = re.compile(
    r"(?<=\w)\s+\((?P<country>[^()]{2,40})\)\s+(?P<rest>(?:[a-zà-žāēīūąęėįųõäöü][\w-]*\s+){0,2}"
    r"[a-zà-žāēīūąęėįųõäöü][\w-]*)(?=\s*(?:[,;.]|$))"
)


def _country_to_end(match: re.Match) -> str:
    if find_country(match["country"])[0] and _is_org_word(match["rest"].split()[-1]):
        return f" {match['rest']} ({match['country']})"
    return match.group(0)


# the countries a run opens with before the bodies from them: "Latvia, Lithuania and Estonia,
# including A, B …", "Slowenien und Kroatien, darunter A …"
_COUNTRIES_THEN = re.compile(
    r"^(?P<countries>[^:;()]{3,160}?),?\s+(?:including|incl\.|among them|namely|darunter|"
    r"nämlich|u tom|uključujući|ukljucujuci|vključno z|med njimi|tra cui|tra i quali|tostarp|"
    r"iskaitant|tarp jų|sealhulgas|w tym|wśród nich|dont|parmi lesquels|parmi eux|notamment|"
    r"incluidos|incluyendo|entre ellos|incluindo|včetně|vrátane|köztük|többek között)\s+"
    r"(?:the\s+)?(?=\S)"
)


def _without_countries_first(run: str) -> str:
    """The run without the countries it opens with, when every word before "including" is a
    country or joins two."""
    match = _COUNTRIES_THEN.match(run)
    if not match:
        return run
    parts = [
        p
        for p in re.split(r",\s*|\s+", match["countries"])
        if p and fold(p) not in _CONJUNCTIONS | _ARTICLES
    ]
    countries = [find_country(p)[0] for p in parts]
    if not parts or not all(countries):
        return run
    return run[match.end() :]


# "Navarra (Fundación A), Madrid (Federación B) y País Vasco (C) en España, Aquitania (D) en
# Francia": each body in brackets after the place or region it is in, a country closing a part
_IN_COUNTRY = r"(?:en|in|im|v|w|u|na|au|aux|no|em|nel|nella)"
_PLACE_BODY = re.compile(
    rf"(?P<place>[{_UPPER}][\w’'.-]*(?:\s+[{_UPPER}][\w’'.-]*){{0,2}})"
    rf"(?:\s+{_IN_COUNTRY}\s+(?P<inside>[{_UPPER}]\w+))?"
    r"\s*\((?P<body>[^()]{3,160})\)"
    rf"(?:\s+{_IN_COUNTRY}\s+(?P<after>[{_UPPER}]\w+))?"
)


def _places_with_bodies(run: str) -> list[tuple[str, str | None]] | None:
    """The bodies of a run that names each after its place ("Region (Body)"), each with the
    country a part ends with or its place is in; None when the run is not made so."""
    matches = list(_PLACE_BODY.finditer(run))
    rest = _PLACE_BODY.sub(" ", run)
    joints = {w.strip(",;.") for w in rest.split()} - {""}
    if len(matches) < 3 or not joints <= _CONJUNCTIONS:
        return None
    if any(_is_org_word(w) for m in matches for w in m["place"].split()):
        return None  # "Občina A (SI), Zavod B (HR)": names with their countries, read as such
    if sum(_org_cues(m["body"]) > 0 for m in matches) * 3 < len(matches) * 2:
        return None
    pieces, pending = [], []
    for m in matches:
        pending.append(m)
        closing = m["after"] or m["inside"]
        code = find_country(closing)[0] if closing else None
        if code:
            pieces += [(p["body"], code) for p in pending]
            pending = []
    pieces += [(p["body"], place_country(p["place"])[0]) for p in pending]
    return pieces


# a count and a nationality heading a part of a run, in brackets or before a dash or colon:
# "(cinco españoles – A, B y C) y cinco portugueses (D, E)", "three Italian partners: A, B"
_COUNT_SIDE = re.compile(
    r"(?:\)\s*)?(?:\b(?:" + "|".join(_WORDS["conjunctions"]) + r")\s+)?\(?\s*"
    r"\b(?:\d{1,2}|"
    + "|".join(_WORDS["number_words"])
    + r")\s+(?P<first>\w+)(?:\s+(?P<second>\w+))?"
    r"\s*(?:[–—:(]|-\s)\s*"
)


def _count_side_code(run: str, match: re.Match) -> str | None:
    words = [run[match.start(g) : match.end(g)] for g in ("first", "second") if match[g]]
    return next((c for w in words if (c := country_adjective(w))), None)


def _count_side(lead_in: str) -> str | None:
    """The country of a count-and-nationality heading that ends the words before a run
    ("participan (cinco españoles – "): the side of the names that follow."""
    folded = _fold_same_length(lead_in)
    last = next(reversed(list(_COUNT_SIDE.finditer(folded))), None)
    if last is None or folded[last.end() :].strip():
        return None
    return _count_side_code(lead_in, last)


def _count_sides(run: str) -> str:
    """The run with each count-and-nationality heading written as a country heading ("; Spain:
    A, B y C; Portugal: D, E"), the brackets the headings opened dropped."""
    folded = _fold_same_length(run)
    heads = []
    for m in _COUNT_SIDE.finditer(folded):
        if code := _count_side_code(run, m):
            heads.append((m.start(), m.end(), code))
    if not heads:
        return run
    for start, end, code in reversed(heads):
        run = f"{run[:start]}; {country_name(code)}: {run[end:]}"
    kept, depth = [], 0
    for char in run:  # the brackets that closed a heading's part close nothing now
        if char == "(":
            depth += 1
        elif char == ")":
            if not depth:
                continue
            depth -= 1
        kept.append(char)
    return "".join(kept).strip(" ;")


# the kind left out after its article, "the one of": "las Universidades de A y la de B"
_ELIDED_HEAD = re.compile(
    r"^(?:la|el|las|los|a|o|as|os|quella|quello|quelle|quelli|celle|celui|celles|ceux)\s+"
    r"(?P<joiner>de|del|da|do|das|dos|di|del|della|dello|degli|delle|du|des)\s+(?=\S)"
)


def _split_run(
    run: str, language: str, *, conjunctions: bool = True, heads: bool = True
) -> list[tuple[str, str | None]]:
    """The names of a run ("A, B (Italija) in C"), each with the side it is under (a country
    heading "Slovenia: …" or "per la parte slovena: …" inside the run, or the places heading its
    parts: "iš Lietuvos – A ir B, iš Lenkijos – C", "u Republici Hrvatskoj - A, u Srbiji - B")."""
    items: list[tuple[str, str | None]] = []
    side: str | None = None
    sides = _side_runs(" ".join(run.split()).lstrip(":;,–—- "))
    if sides:
        return [
            (piece, piece_side or code)
            for part, code in sides
            for piece, piece_side in _split_run(
                part.strip(" ,;."), language, conjunctions=conjunctions, heads=heads
            )
        ]
    run = _COUNTRY_INSIDE.sub(_country_to_end, " ".join(run.split()).lstrip(":;,–—- "))
    run = _without_countries_first(run)
    placed = _places_with_bodies(run)
    if placed:
        return placed
    run = _count_sides(run)
    tails = _trailing_sides(run, language)
    if tails:
        return [
            (piece, piece_side or code)
            for part, code in tails
            for piece, piece_side in _split_run(
                part, language, conjunctions=conjunctions, heads=heads
            )
        ]
    run = re.sub(r",?\s+(?:kā arī|as well as|sowie auch|kao i|ter tudi|nonché)\s+", ", ", run)
    # "… e a entidade C", "and the body C": a generic word for a body before the last name
    run = re.sub(
        r"\s+(?:e|y|et|and|und|i|in|a|ir|un)\s+(?:(?:a|o|as|os|la|el|le|the|die|der|das)\s+)?"
        + _alternatives(*_WORDS["generic_bodies"])
        + r"\s+(?=["
        + _UPPER
        + r"„“\"])",
        "; ",  # a group of its own: the plural kind before it does not head it
        run,
    )
    # "A e all'Associazione B", "A et l'Université B": the article after "and" is not a name's
    run = re.sub(
        r"(?<=\s)(e|ed|et)\s+(?:all|dall|dell|nell|l|d)['’](?=[" + _UPPER + r"])", r"\1 ", run
    )
    # "… de A y la de B": the one after "and" is a name of the kind before, as after a comma
    run = re.sub(r"\s+(?:y|e|et|ed)\s+(?=" + _ELIDED_HEAD.pattern.lstrip("^") + ")", ", ", run)
    groups = _top_level_split(run, ";")
    for group in groups:
        # a country or a side before a colon heads what follows: "Slovenia: municipalities of …"
        heading = re.match(r"^\s*([^:,]{2,60}):\s*(.*)$", group)
        if heading and not re.search(r"\d", heading.group(1)):
            code = country_code(heading.group(1)) or _side_of(heading.group(1), language)
            if code:
                side, group = code, heading.group(2)
        head: tuple[str, str] | None = None
        pieces = _top_level_split(group, ",")
        whole = _to_country_brackets(pieces)
        if whole:
            pieces = whole
        joined: list[str] = []
        for piece in pieces:
            first = piece.split(" ")[0]
            folded_first = fold(first)
            previous = joined[-1] if joined else ""
            own_country = any(
                find_country(m.group(1))[0] for m in re.finditer(r"\(([^()]{2,40})\)", piece)
            )
            previous_country = _COUNTRY_AFTER.search(previous)
            previous_tail = previous.split()[-1] if previous else ""
            apposition = (
                first[:1].islower()
                and len(piece.split()) >= 2
                and not own_country
                and not (previous_country and find_country(previous_country.group(1))[0])
                and not re.match(r"^[ld][’']", first, re.IGNORECASE)
                and head is None
                # "Départements du Nord, du Gard": the place after a plural kind, not an apposition
                and not (
                    folded_first in {"de", "des", "du", "di", "of"}
                    and any(_starts_plural(p, language) for p in joined)
                )
                and (
                    not _is_org_word(first)
                    or (
                        previous_tail.isupper()
                        and len(previous_tail) >= 2
                        and previous_tail.isalpha()
                    )
                )
            )
            if (
                joined
                and country_code(piece.strip(" ."))
                and not _heading_like(piece)
                and not country_code(re.sub(r"\s*\(.*", "", previous).strip())
                and not country_code(re.sub(r"\s*\(.*", "", previous).split()[-1])
            ):
                joined[-1] = (
                    f"{previous} ({piece.strip(' .()')})"  # "Municipality of Kranj, Slovenia"
                )
                continue
            if joined and (
                (apposition and folded_first not in _CONJUNCTIONS | _ARTICLES | _PREPOSITIONS)
                or _purpose_enumeration(previous, piece)
                or _LEGAL_FORMS.fullmatch(piece.strip(" ."))
                # "Départements du Nord" after a name: bodies of a plural kind, not its department
                or (_SUBUNITS.match(fold(piece)) and not _starts_plural(piece, language))
            ):
                joined[-1] = previous + ", " + piece
            else:
                joined.append(piece)
        for piece in joined:
            for mid in re.finditer(_COUNTRY_THEN_WORDS, piece):
                if find_country(mid.group(1))[0]:
                    piece = piece[: mid.end(1) + 1]  # "… parku (Lietuva) uzsākusi īstenot …"
                    break
            side_here = _side_of(piece.split(":")[0], language) if ":" in piece else None
            if side_here:
                side, piece = side_here, piece.split(":", 1)[1]
            piece = _cut_subunit(piece)
            if re.match(r"^(?:and|in|i|e|und|un|ir|ja|et|ter|te)\s+(?:\d|[a-zčšž]\w*\s+\d)", piece):
                break  # "…, in 30 partnerskih mest": the names are over
            distributive = head is not None or _starts_plural(piece, language)
            parts = (
                _split_conjunctions(piece, language, distributive)
                if conjunctions and not whole and not (head and _ELIDED_HEAD.match(piece.strip()))
                else [piece]
            )
            for part in parts:
                part = part.strip()
                words = part.split(" ")
                original = words
                lead_word = fold(words[0]).rstrip("'’")
                if lead_word in _ARTICLES and len(words) > 1:
                    words, lead_word = words[1:], fold(words[1])
                # a kind of two words first: "Câmaras Municipais de A" (the plural adjective
                # is the kind's, not a place's)
                pair = (
                    _plural_head(f"{lead_word} {fold(words[1])}", language)
                    if heads and len(words) > 2
                    else None
                )
                if pair:
                    words = [words[0]] + words[2:]
                plural = (
                    (
                        pair
                        or _plural_head(lead_word, language)
                        or _compound_plural(words[0], language, closed=True)
                    )
                    if heads
                    else None
                )
                if plural and len(words) > 2 and country_adjective(words[1], language=language):
                    words = [words[0]] + words[2:]  # "les régions italiennes du …"
                if plural and len(words) > 1:
                    connector = fold(words[1])
                    singular, joiner = plural
                    # "Départements du Nord": a kind with no joining word keeps the place's own
                    rest = (
                        words[2:]
                        if connector in {"of", "di", "de", "des", "du", "d'"} and joiner
                        else words[1:]
                    )
                    head = plural
                    own = fold(rest[0]) if rest else ""
                    part = " ".join(
                        [singular]
                        + (
                            [joiner]
                            if joiner and own not in {"de", "des", "du", "d'", "di", "of"}
                            else []
                        )
                        + rest
                    )
                elif (
                    head
                    and len(original) > 1
                    and fold(original[0]) in _CONJUNCTIONS
                    and original[1][:1].isupper()
                ):
                    # "… in Duplek ter podjetji A, d.o.o., in Pošta Slovenije": a body after
                    # "and" that the split left with its conjunction is named as it is
                    part = " ".join(original[1:])
                elif head and (elided := _ELIDED_HEAD.match(part)):
                    # "Universidades de A, la de B": "the one of B" is the kind's again
                    part = f"{head[0]} {elided['joiner']} {part[elided.end() :]}"
                elif (
                    head
                    and part
                    # "… sowie die Stadt C": an article before its own kind word; "der
                    # Steirische Weinbauverband", "die Weinwerbezentrale B" (de): a German
                    # article opens a body of its own
                    and not _is_org_word(words[0])
                    and not (language == "de" and fold(original[0]) in _ARTICLES)
                    # a place is written with a capital ("… te sami ribari": a clause goes on)
                    and (
                        original[0][:1].isupper()
                        or fold(original[0]) in {"de", "des", "du", "di", "of"}
                        or original[0].startswith(("d'", "d’"))
                    )
                    and not re.fullmatch(r"[A-ZČŠŽ]{2,6}", original[0])
                ):
                    # "općine A i TZ B": B has its own kind, the head is not repeated for it
                    singular, joiner = head
                    own = fold(original[0])
                    if own in {"de", "des", "du", "di", "of"} or own.startswith(("d'", "d’")):
                        part = f"{singular} {part}"
                    else:
                        part = " ".join([singular] + ([joiner] if joiner else []) + [part])
                if part and items and _LEGAL_FORMS.fullmatch(part.strip(" .,")):
                    items[-1] = (f"{items[-1][0]}, {part}", items[-1][1])  # "…, I.P. y APA"
                elif part:
                    items.append((part, side))
    return _post_heads(items)


def _country_bracket(piece: str) -> bool:
    return bool((m := _COUNTRY_AFTER.search(piece.rstrip(" .;"))) and find_country(m[1])[0])


# a country's bracket and the next name after it, with no comma: "… Austria (Avstrija) Jaroslav …"
_AFTER_BRACKET = re.compile(
    r"(?<=\))\s+(?:(?:and|in|i|e|und|un|ir|ja|et|ter|te|a|es|és|oraz|y)\s+)?(?=["
    + _UPPER
    + r"„“\"«»])"
)


# a name that ends with the field it is for, one word: "Ministry of Environment", "Zavod za Vode"
_FIELD_TAIL = re.compile(
    r"\s(?:of|for|für|fur|za|per|pour|dla|para|di|de|del|della|du|des)\s+[^\W\d_][\w-]*$",
    re.IGNORECASE,
)


def _to_country_brackets(pieces: list[str]) -> list[str] | None:
    """The names of a run in which each name ends with its country in brackets ("A (Avstrija),
    Ministry of Agriculture, Forestry and Water (Avstrija), B (Italija)"): each name runs to its
    bracket, commas and "and" inside it, once the first bracket is reached, unless the part
    after a comma is a body's name of its own (an organisation's word, not after the one field
    a name ends with: "Ministry of Environment, Forestry and …"); None when the run is
    not of that shape (three brackets at least, the last part ending with one, and twice as many
    parts ending so as not)."""
    cut = [name for piece in pieces for name in _split_at_country_brackets(piece)]
    ends = [_country_bracket(p) for p in cut]
    if len(cut) < 3 or not ends[-1] or sum(ends) < 3 or sum(ends) < 2 * (len(cut) - sum(ends)):
        return None
    # the names before the first bracket are whole: the page's own country goes unsaid
    # ("Rada Miejska w Chojnie, Rada Miejska w Marsaskali (Malta), …")
    first = ends.index(True)
    names, current = cut[:first], []
    for k in range(first, len(cut)):
        current.append(cut[k])
        # "…, Poznaņas pašvaldība, Nofer institūts (Polija)": a group of two under one bracket,
        # as the next part is a body's name of its own; "Forestry", "Legal entity for water
        # management (Hrvaška)" are not, nor is a field after "Ministry of Environment, …"
        if ends[k] or (_org_cues(cut[k + 1]) and not _FIELD_TAIL.search(cut[k])):
            names.append(", ".join(current))
            current = []
    return names


def _split_at_country_brackets(piece: str) -> list[str]:
    """ "X (Avstrija) Jaroslav Institute (Srbija)" → the two names, each with its bracket."""
    out, start = [], 0
    for m in _AFTER_BRACKET.finditer(piece):
        if _country_bracket(piece[start : m.start()]):
            out.append(piece[start : m.start()])
            start = m.end()
    out.append(piece[start:])
    return [p for p in out if p.strip()]


# "Hochschule für Technik, Wirtschaft und Kultur": a body named for what it serves lists its
# fields with commas; a bare field after it ("Wirtschaft und Kultur (HTWK) …") goes on with it
_PURPOSE_TAIL = re.compile(
    r"\s(?:für|fur|for|za|per|pour|dla|para)\s+[^\W\d_][\w-]*$", re.IGNORECASE
)
_BARE_FIELD = re.compile(
    r"^\s*[" + _UPPER + r"][^\W\d_]+(?=\s*$|\s+(?:und|and|in|i|e|et|a|ir|un)\s)"
)


def _purpose_enumeration(previous: str, piece: str) -> bool:
    """Whether ``piece`` is the next field of the purpose ``previous`` ends with."""
    return bool(
        _PURPOSE_TAIL.search(previous)
        and _is_org_word(
            previous.split()[0]
            if fold(previous.split()[0]) not in _ARTICLES
            else previous.split()[1]
        )
        and _BARE_FIELD.match(piece)
        and not _org_cues(piece.split()[0])
    )


_POST_HEADS: dict[str, str] = dict(_WORDS["post_heads"])


def _post_heads(items: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    pending: list[tuple[str, str | None]] = []
    for text, side in items:
        words = text.split()
        last = fold(words[-1]).strip(".,;") if words else ""
        if last in _POST_HEADS and len(words) > 1:
            base, head = words[:-1], [_POST_HEADS[last]]
            if len(base) > 1 and fold(base[-1]) in {
                "municipal",
                "city",
                "district",
                "town",
                "regional",
            }:
                head, base = [base[-1]] + head, base[:-1]
            suffix = " ".join(head)
            out += [(f"{t} {suffix}", s) for t, s in pending]
            joined_base = " ".join(base)
            for part in re.split(r"\s+(?:and|ja|un|ir|és|i|in|und|et|e)\s+", joined_base):
                out.append((f"{part} {suffix}", side))
            pending = []
        elif not _org_cues(text) or re.match(
            r"^(?:Municipality|Administration|Comune|Université|City|Town) ", text
        ):
            pending.append((text, side))
        else:
            out += pending + [(text, side)]
            pending = []
    return out + pending


# ---------------------------------------------------------------- partners: where they are


class _Found:
    """Pieces found on a page, in the order of the page, before they become partners."""

    def __init__(self) -> None:
        self.items: list[dict] = []
        # whether organisations named anywhere on the page may be partners: not on a call for
        # proposals, whose bodies are examples of who may apply
        self.mentions = True

    def add(self, info: dict, *, role: str | None, side: str | None, how: str, source: str) -> dict:
        entry = dict(info)
        entry["role"] = info.get("role") or role
        entry["side"] = side
        entry["how"] = how
        entry["source"] = " ".join(source.split())[:400]
        self.items.append(entry)
        return entry


_ROLE_GROUP = "(?P<role>" + _alternatives(*(w for _, w in _ROLE_WORDS)) + ")"
_LABEL_START = (
    r"^\s*(?:the\s+)?(?:(?:involved|participating|other|main|all|our|ostali|drugi|autres|altri|weitere)\s+)?"
    r"(?:(?:project|projekt\w*|projekta|projekto|projekti|progett\w*|projet)\s+)?"
)
# "Lead partner: X", "Partner 2: X", "Project partners are as follows:", "Partner del progetto:"
_LABEL_COLON = re.compile(_LABEL_START + _ROLE_GROUP + r"(?P<extra>[^:\n]{0,40}?)\s*:\s*")
# "Hlavný cezhr.  partner: X": a role word after a word or two that qualify it (an
# abbreviation among them), then a colon
_QUALIFIED_LABEL = re.compile(
    r"^\s*(?=(?:[^\s:]+\s+){0,2}[^\s:]+\.\s)(?:[^\s:]+\s+){1,3}?"
    + _ROLE_GROUP
    + r"(?P<extra>)\s*:\s*"
)
# "Lead partner X", "Partners (2)", "Lead Beneficiary – X", "Projektpartner"
_LABEL_BARE = re.compile(
    _LABEL_START
    + _ROLE_GROUP
    + r"(?P<extra>(?:\s*\(\d+\))?(?:\s+\d+)?)(?P<sep>\s+[–—-]\s+|\s+|\s*$)"
)


# the word for "name" after a role in a form's heading ("Lead Partner Name", "Naziv partnera")
_NAME_FIELDS = {
    "name", "naziv", "ime", "nome", "nom", "nombre", "nazev", "nazwa", "nosaukums",
    "pavadinimas", "nimi", "nev", "denominazione", "denominacion", "designation",
}  # fmt: skip


def _label(line: str) -> tuple[str, str, str] | None:
    """``(role, separator, content)`` of a line that starts with a role label, else None.

    "Lead partner: X", "Partnerji projekta: X, Y", "Partners X, Y" (no colon), "Partner 2: X",
    "Lead Beneficiary – X", "Projektpartner" (a heading alone on its line).
    """
    folded = _fold_same_length(line)
    match = _LABEL_COLON.match(folded) or _QUALIFIED_LABEL.match(folded)
    if match and _QUALIFIED_LABEL.match(folded) and not _LABEL_COLON.match(folded):
        qualifiers = folded[: match.start("role")].split()
        if any(country_adjective(w) or country_code(w) for w in qualifiers):
            match = None  # "Slovenski partnerji: …": the side's heading, read with its side
    if match and len(match.group("extra").split()) <= 6:
        sep = ":"
    else:
        match = _LABEL_BARE.match(folded)
        if not match:
            return None
        sep = match.group("sep").strip() or " "
    content = line[match.end() :].strip()
    for stop in re.finditer(r"(?<=[a-zà-ž)])\.\s+(?=[" + _UPPER + r"])", content):
        last_word = content[: stop.start() + 1].split()[-1]
        rest = content[stop.end() :]
        if not _LEGAL_FORMS.search(last_word) and len(rest.split()) >= 4 and _is_sentence(rest):
            content = content[
                : stop.start()
            ]  # "Partner: Gmina A. To kolejny krok …": a sentence follows
            break
    # the field's own words, without a possessive ("Partner’s ID if not PIC" → "id if not pic")
    field_words = [
        w.strip(".:’'")
        for w in (fold(match.group("extra")).split() or fold(content).split()[:1])
        if w.strip(".:’'") not in ("s", "")
    ]
    if any(w in _RECORD_FIELDS for w in field_words[:4]):
        # "Partner budget: 93.565 EUR", "Partner’s programme co-financing:", "Partner Info": a
        # field about the partner (an amount, an ID, a contact), not the partner
        return None
    if sep != ":":
        if content and not (content[:1].isupper() or content[:1] in _QUOTES):
            return None  # "Partners will increase …", "Partner cities …": a sentence, not a label
        if len(line.split()) > 24:
            return None
        if _is_sentence(line) and _cut_at_stop(content, "") != content:
            return None  # "Vodilni partner X je gostil …": a sentence, read as prose
    if fold(content).strip(" :") in _NAME_FIELDS:
        content = ""  # "Project Promoter Name" over the name on the next line: a heading
    if re.fullmatch(_PROJECT_WORD, fold(content).strip(" :")):
        content = ""  # "PARTNERZY PROJEKTU", "Partneri projekta": the project's partners, a heading
    role = _role_of(match.group("role"))
    # "Lead Partner/Projektpartner:", "Advisory Partner/ Projektpartner:": a label in two
    # languages; the lead's word wins, then the partner's
    other = re.match(
        r"\s*/\s*(" + _alternatives(*(w for _, w in _ROLE_WORDS)) + r")\b", match.group("extra")
    )
    if other and role != "lead":
        other_role = _role_of(other.group(1))
        role = other_role if other_role in ("lead", "partner") else role
    if (
        role == "partner"
        and re.match(r"beneficiar(?:y|ies)\b|beneficjent\b", match.group("role"))
        and not re.search(r"\d", match.group("extra"))
    ):
        # "Beneficiary: X" beside "Partner: Y" (ENPI programmes), "Beneficjent Projektu: X": the
        # lead (not the plural "Beneficjenci", a record's line of all of them)
        role = "lead"
    return role, sep, content


def _inline_labels(content: str, role: str) -> list[tuple[str, str]]:
    """ "NÖ.Regional / Strategische Partner: Stadt Wien" → two runs with their roles; so do
    "Lead partner: A, partners: B and C" and "…; Partner: D"."""
    folded = _fold_same_length(content)
    cuts = [
        (m.start(), m.end(), _role_of(m.group(1)))
        for m in re.finditer(
            r"(?:^|\s/\s|[;,]\s)(" + _alternatives(*(w for _, w in _ROLE_WORDS)) + r")[^:]{0,20}:",
            folded,
        )
    ]
    if not cuts:
        return [(content, role)]
    runs, last, last_role = [], 0, role
    for start, end, cut_role in cuts:
        if start > last:
            runs.append((content[last:start], last_role))
        last, last_role = end, cut_role
    runs.append((content[last:], last_role))
    return [(text.strip(" /;"), r) for text, r in runs if text.strip(" /;")]


def _is_sentence(line: str) -> bool:
    """A line of running text, not a name or a run of names ("A GmbH, B, C / D: E, F")."""
    words = line.split()
    pieces = line.count(",") + line.count(";") + line.count(" / ") + 1
    if pieces >= 3 and len(words) / pieces <= 6:
        return False
    ends = line.rstrip().endswith(".") and not _ABBREVIATIONS.search(line.rstrip())
    return len(words) > 14 or (len(words) > 6 and ends)


# Headings of the page's furniture: the names of fields, not of organisations.
_FURNITURE = re.compile(
    r"^(?:regions? involved|regions?|website|web|contacts?|summary|description|budget|"
    r"duration|project duration|programme|priority|objectives?|results?|partners? map|map|"
    r"read more|more|home|news|documents?|downloads?|gallery|share|print|back)\b",
    re.IGNORECASE,
)


# A role code before a name: the lead ("LP", "LB", "VP" for vodilni partner) or a numbered
# partner ("PP3", "P2", "B4"), then a colon or a dash.
_ROLE_CODE = re.compile(
    r"^(?P<code>LP|LB|VP|PP\s?\d{1,2}|P\s?\d{1,2}|B\s?\d{1,2})(?::\s*|\s+[–—-]\s+)(?=\S)"
)
_LEAD_CODES = {"LP", "LB", "VP"}
_ROLE_CODE_SPACED = re.compile(
    r"^(?P<code>LP|LB|VP|PP\s?\d{1,2}|P\s?\d{1,2})\s+(?=[A-ZÀ-ÝČŠŽĆĐ„“\"])"
)


def _role_code(item: str) -> re.Match | None:
    """A role code before a listed name: "VP: X", "PP3 – Y", and "P2 Z e.V." with only a space,
    when Z is plainly a body (a legal form, or a word bodies are named with, first): "P4 Skilled
    and socially inclusive region" is a programme's priority, not its fourth partner."""
    code = _ROLE_CODE.match(item)
    if code:
        return code
    spaced = _ROLE_CODE_SPACED.match(item)
    rest = item[spaced.end() :] if spaced else ""
    if spaced and (_LEGAL_FORMS.search(rest) or _is_org_word(rest.split()[0])):
        return spaced
    return None


def _heads_a_run(lines: list[str], at: int) -> bool:
    """Whether the next line with words after ``at`` is a list: a bullet, or a run of three or
    more names parted by commas or semicolons that is not running text."""
    j = at + 1
    while j < len(lines) and not lines[j].strip():
        j += 1
    if j >= len(lines):
        return False
    nxt = lines[j].strip()
    return bool(_BULLET.match(lines[j])) or (
        not _is_sentence(nxt) and len(_top_level_split(nxt)) >= 3
    )


# a record's field on its own line: "Name: X", "Address: …", "Country: …"
_RECORD = re.compile(
    r"^(Name|Address|Adresa|Naslov|Adresse|Indirizzo|Country|Država|Valsts|Land|Paese|Pays):\s*(.+)$",
    re.IGNORECASE,
)


def _lines_pass(lines: list[str], language: str, found: _Found, used: set[int]) -> None:
    """Labels, the lists under them, records (Name:, Address:, Country:) and partner sections."""
    section = False
    outcomes = False  # under "Main results:": the bullets below are what the project delivers
    last: dict | None = None
    i = 0
    while i < len(lines):
        raw = lines[i]
        line = raw.strip()
        bullet = _BULLET.match(raw)
        body = raw[bullet.end() :].strip() if bullet else line
        if not line:
            i += 1
            continue
        # "PP01 Lead Partner/Projektpartner: X", "PP02 Projektpartner: Y": a code before a label
        coded = re.match(r"^(?:LP|PP\s?\d{1,2}|P\s?\d{1,2}|B\s?\d{1,2})\s+(?=\S)", body)
        if coded and _label(body[coded.end() :]):
            body = body[coded.end() :]
        code = _role_code(body)
        if code and _acceptable(_clean(body[code.end() :], language), strict=True):
            # "• VP: Občina Bloke", "PP3: X", "LP – Y": a list labelled by role codes
            last = _add_list_item(body, "partner", language, found, raw) or last
            used.add(i)
            i += 1
            continue
        label = _label(body)
        record = _RECORD.match(body)
        if record and last is not None and fold(record.group(1)) != "name":
            value = record.group(2)
            code = country_code(value) or (
                find_country(value.rpartition(",")[2].strip())[0] if "," in value else None
            )
            if code and not last.get("country"):
                last.update(
                    country=code, country_as_written=value.rpartition(",")[2].strip() or value
                )
            used.add(i)
            i += 1
            continue
        if record and fold(record.group(1)) == "name" and section:
            info = _clean(record.group(2), language)
            if _acceptable(info, strict=False):
                last = found.add(info, role="partner", side=None, how="record", source=body)
            used.add(i)
            i += 1
            continue
        if label:
            role, sep, content = label
            used.add(i)
            if (
                not content
                and ":" not in sep
                and last is not None
                and last.get("how") in ("section", "list", "label")
                and i - last.get("line", -9) <= 2
                # "Chef de file / X / Autres bénéficiaires": X leads, the next heading opens a
                # list; "The Partnership / X / Lead Partner": the line after X gives its role
                and not last.get("headed")
                # "Capofila / X / Partners / A, B, C, …": a heading over a run of names opens
                # that run; it does not give the name above it a role
                and not _heads_a_run(lines, i)
            ):
                last["role"] = role  # "Development Agency of Evia SA (DAE)" / "Lead Partner"
                i += 1
                continue
            if not content:
                # a heading alone on its line ("The Partnership", "Partners (2)") opens a section
                # of names; a label with a colon ("Lead Partner:") names what follows it
                section = section or (role == "partner" and ":" not in sep)
                # the items follow: bullets, or one line (a name, its department below it)
                j = i + 1
                while j < len(lines) and not lines[j].strip():
                    j += 1
                # "Partneri na projektu iz Slovenije:": the country of every name under it
                side = _side_of(lines[i], language)
                if j < len(lines) and _BULLET.match(lines[j]):
                    while j < len(lines) and (not lines[j].strip() or _BULLET.match(lines[j])):
                        if lines[j].strip():
                            item = lines[j][_BULLET.match(lines[j]).end() :].strip()
                            last = (
                                _add_list_item(item, role, language, found, lines[j], side) or last
                            )
                            used.add(j)
                        j += 1
                    i = j
                    continue
                indented = _indented_run(lines, i, j)
                if len(indented) >= 2:
                    # names each on its own line, indented under the label ("• Partner:")
                    for k in indented:
                        last = (
                            _add_list_item(lines[k].strip(), role, language, found, lines[k], side)
                            or last
                        )
                        used.add(k)
                    i = indented[-1] + 1
                    continue
                if (
                    j < len(lines)
                    and not _label(lines[j].strip())
                    # a run of long names each with its country in brackets reads like a
                    # sentence by its length ("Opazovalci:" over "Ministry of …, … (Albanija), …")
                    and (
                        not _is_sentence(lines[j])
                        or (":" in sep and _to_country_brackets(_top_level_split(lines[j], ",")))
                    )
                    and not _ROLE_CODE.match(lines[j].strip())  # "LP – X": read as its own line
                    and not _RECORD.match(lines[j].strip())  # "Name: X": a record, read as one
                ):
                    pieces = [
                        (_clean(piece, language), side, run_role)
                        for run, run_role in _inline_labels(
                            _without_address(lines[j].strip()), role
                        )
                        for piece, side in _label_pieces(run, language)
                    ]
                    sure = [p for p in pieces if _acceptable(p[0], strict=True)]
                    # under a bare heading most names must look like organisations
                    loose = (
                        ":" in sep
                        or (len(sure) >= 2 and len(sure) * 2 >= len(pieces))
                        # "Vodilni partner" over one name (not over "Project partner marker")
                        or (
                            role == "lead"
                            and len(pieces) == 1
                            and len(pieces[0][0]["text"].split()) >= 2  # not "Dokumentumok"
                            and not _ANY_ROLE.search(_fold_same_length(lines[j]))
                        )
                    )
                    for info, side, run_role in pieces:
                        if _acceptable(info, strict=not loose and not info["role"]):
                            last = found.add(
                                info, role=run_role, side=side, how="label", source=lines[j]
                            )
                            last["line"] = j
                            last["headed"] = run_role not in ("partner", None)
                    used.add(j)
                    i = j + 1
                    continue
                i += 1
                continue
            for run, run_role in _inline_labels(_without_address(content), role):
                for piece, side in _label_pieces(run, language):
                    info = _clean(piece, language)
                    if _acceptable(info, strict=False):
                        last = found.add(info, role=run_role, side=side, how="label", source=body)
                        last["line"] = i
            # names on the lines below a label with names: "Partners A (FTHM)" / "NT- Zavod …"
            j = i + 1
            while j < len(lines):
                nxt = lines[j].strip()
                if not nxt:
                    j += 1
                    continue
                if (
                    _label(nxt)
                    or _BULLET.match(lines[j])
                    or _is_sentence(nxt)
                    or _FURNITURE.match(nxt)
                    or re.match(r"^\S+(?:\s+\S+){0,3}:\s", nxt)
                ):
                    break
                # "Mendelova univerzita v Brne, Brno, 613 00, Zemědelská 1, Česká republika":
                # a record's next body with its address
                pieces = _label_pieces(nxt, language) if re.search(r",[^,/]*\d", nxt) else []
                info = _clean(pieces[0][0] if len(pieces) == 1 else nxt, language)
                if not _acceptable(info, strict=True):
                    break
                last = found.add(info, role=role, side=None, how="label", source=nxt)
                last["line"] = j
                used.add(j)
                j += 1
            i = j
            continue
        if line.endswith(":") and len(line.split()) <= 6:
            section = False  # another heading: "Cilji projekta:", "Main activities:"
            outcomes = bool(_OUTCOME_HEADING.search(fold(line)))
            i += 1
            continue
        if bullet and outcomes:
            while i < len(lines) and (not lines[i].strip() or _BULLET.match(lines[i])):
                i += 1  # "• Razvijena strateška dokumentacija …": a result, not a body
            outcomes = False
            continue
        outcomes = False
        if bullet:
            start, first = len(found.items), i
            k = i - 1
            while k >= 0 and not lines[k].strip():
                k -= 1
            listed = _kind_lead_in(lines[k].strip()) if k >= 0 else ""
            i = _bullet_block(lines, i, language, found, used, section, listed=listed)
            intro = _intro_role(lines, first)
            if intro in ("associated", "observer"):
                for item in found.items[start:]:
                    item["role"] = intro  # "Projekt wspierają również partnerzy stowarzyszeni:"
            last = found.items[-1] if found.items else last
            continue
        dashed = None if _is_sentence(line) else _DASHED_ROLE.match(_fold_same_length(line))
        line_role = _role_of(dashed.group("role")) if dashed else None
        if line_role and len(line.split()) <= 16:
            # "Centrum X, Senec – vedúci partner" on a line of its own, its description below
            info = _clean(line[: dashed.end("name")], language)
            info["role"] = info["role"] or line_role
            if _acceptable(info, strict=False) and _org_cues(info["text"]):
                last = found.add(info, role=line_role, side=None, how="section", source=line)
                last["line"] = i
                used.add(i)
                i += 1
                continue
        if (
            section
            and not _is_sentence(line)
            and len(line.split()) <= 12
            and not line.endswith(":")
            and not re.search(r"https?:|www\.|@|^\S+(?:\s+\S+){0,3}:\s", line)
        ):
            info = _clean(line, language)
            if _acceptable(info, strict=True) and not re.search(r"\bmarker\b", line, re.IGNORECASE):
                if not (last and fold(last["text"]) == fold(info["text"])):
                    last = found.add(info, role="partner", side=None, how="section", source=line)
                last["line"] = i
                used.add(i)
        i += 1


def _intro_role(lines: list[str], first: int) -> str | None:
    """The role a sentence ending in a colon gives the list under it ("Projekt wspierają
    również partnerzy stowarzyszeni:"), or None."""
    k = first - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    intro = lines[k].strip() if k >= 0 else ""
    if not intro.endswith(":"):
        return None
    roles = [_role_of(m.group(0)) for m in _ANY_ROLE.finditer(_fold_same_length(intro))]
    return roles[-1] if roles else None


_KIND_PLURALS = tuple(_WORDS["kind_plurals"])
# the last words before a colon, a bracketed acronym after them: "… 6 Lokalnymi Grupami
# Rybackimi:", "… vietējās rīcības grupas (VRG):"
_LEAD_IN_END = re.compile(r"((?:\S+\s+){0,2}\S+?)\s*(?:\([^()]{1,20}\))?\s*:\s*$")


def _kind_lead_in(lead_in: str) -> str:
    """The word before a colon that counts or names the kind of bodies listed after it
    ("dinamizado por 16 beneficiários:", "with 6 local fishing groups:", "vietējās rīcības
    grupas (VRG):"), folded, when the lead-in has no word for partners (the role labels read
    those); else ""."""
    end = _LEAD_IN_END.search(_fold_same_length(lead_in))
    # only the clause that opens the run counts ("Partnerstvo je zajelo …, sodelovalo je 5
    # skupin:"), and a partnership is not a word for partners
    clause = re.split(r"[,;]\s", _fold_same_length(lead_in))[-1]
    roles = [m for m in _ANY_ROLE.finditer(clause) if not _PARTNERSHIP.match(m.group(0))]
    if not end or roles:
        return ""
    return next(
        (w for w in (w.strip("(),.") for w in end.group(1).split()) if w.startswith(_KIND_PLURALS)),
        "",
    )


def _of_kind(info: dict, kind: str) -> bool:
    """Whether a name holds the kind word of its list's lead-in, in any case ("Grupami" over
    "Słowińska Grupa Rybacka"): the list says what it is."""
    stem = kind[:4]
    return len(stem) == 4 and any(fold(w).startswith(stem) for w in info["text"].split())


def _indented(line: str) -> int:
    return len(line) - len(line.lstrip())


def _indented_run(lines: list[str], label_at: int, first: int) -> list[int]:
    """The lines from ``first`` on that are indented deeper than the label's line and are not
    sentences or labels: the items of a list laid out by indentation alone."""
    run: list[int] = []
    k = first
    depth = _indented(lines[label_at])
    while k < len(lines) and lines[k].strip() and _indented(lines[k]) > depth:
        if _BULLET.match(lines[k]) or _label(lines[k].strip()) or _is_sentence(lines[k]):
            break
        run.append(k)
        k += 1
    return run


_DASHED_ROLE = re.compile(
    r"^(?P<name>.+?)\s+[–—-]\s+(?P<role>(?:\w+\s+){0,2}?"
    + _alternatives(*(w for _, w in _ROLE_WORDS))
    + r")\s*$"
)


# "iš Lietuvos Respublikos – A ir B, iš Lenkijos Respublikos – C": a country's heading in a run
# "u Republici Hrvatskoj - A, u Republici Srbiji - B i C": where they are, as the heading
_SIDE_HEAD = re.compile(r"(?:^|(?<=[,;]))\s*(\w+)\s+(\w+)(?:\s+(\w+))?\s*[–—:-]\s+")
_SIDE_PREPOSITIONS = set(_WORDS["from_words"]) | set(_WORDS["locative_prepositions"])


def _side_country(match: re.Match) -> str | None:
    """The country a side heading names: "iš Lietuvos", "u Republici Hrvatskoj"."""
    if fold(match.group(1)) not in _SIDE_PREPOSITIONS:
        return None
    code = find_country(match.group(2))[0]
    if not code and match.group(3) and re.match(r"(?i)republi|repubbl", fold(match.group(2))):
        code = find_country(match.group(3))[0]
    return code


# "iz Srbije A i B, iz Makedonije C i D", "from Italy A, from Austria B": the country each part
# is from heads it with no dash; read so when two parts or more are headed
_FROM_HEAD = re.compile(
    r"(?:^|(?<=[,;]))\s*(?:(?:and|in|i|e|und|y|et|a|ir|un|ja)\s+)?(?:iz|from|aus|von|z|ze|zo|"
    r"is|iš|de|da|desde|du|dalla|dall['’]|della)\s+(?:the\s+)?(\w+)\s+(?=[" + _UPPER + r"„“\"])"
)


def _side_runs(run: str) -> list[tuple[str, str]] | None:
    """The run cut at the countries heading its parts, each part with its country; None when
    the run has no such headings."""
    heads = [(m, code) for m in _SIDE_HEAD.finditer(run) if (code := _side_country(m))]
    if not heads:
        heads = [(m, code) for m in _FROM_HEAD.finditer(run) if (code := find_country(m[1])[0])]
        if len(heads) < 2:
            return None
    if not heads or heads[0][0].start() > 0:
        return None
    return [
        (run[m.end() : heads[k + 1][0].start() if k + 1 < len(heads) else len(run)], code)
        for k, (m, code) in enumerate(heads)
    ]


# "A, B y C, por parte española y D por parte portuguesa", "A, B as Portuguese beneficiaries and
# C", "A and B on the Italian side": the side after the names it closes
_SIDE_TAIL = re.compile(
    r"[,\s]+(?:(?:por|pela|pelo|de|da|do|du|from|per|dalla)\s+)?(?:(?:la|el|a|o|the|lo)\s+)?"
    r"(?:parte|lado|cote|lato)\s+(?P<after>\w+)"
    r"|[,\s]+on the (?P<before>\w+) side"
    r"|[,\s]+(?:como|as|kot|kao|als|come|comme|jako|ako)\s+(?:\w+\s+)?(?P<as>\w+)"
    r"(?=\s*(?:[,;.]|$|\s(?:y|e|and|et|i|in|und|a|ir|un|ja)\s))"
)


def _trailing_sides(run: str, language: str) -> list[tuple[str, str]] | None:
    """The run cut after each side phrase that closes a part of it, each part with its side;
    None when no side closes a part."""
    folded = _fold_same_length(run)
    parts, start = [], 0
    for m in _SIDE_TAIL.finditer(folded):
        word = m["after"] or m["before"] or m["as"]
        code = country_adjective(word, language=language)
        rest = folded[m.end() :]
        if not code or re.match(r"\s*(?:\S+\s+){0,2}?[^\s:]*:", rest):
            continue  # "per la parte slovena: …", "… sono invece:": a heading of what follows
        if run[start : m.start()].strip(" ,;"):
            parts.append((run[start : m.start()].strip(" ,;"), code))
        start = m.end()
        after = re.match(r"\s*[,;]?\s*(?:(?:y|e|and|et|i|in|und|a|ir|un|ja)\s+)?", folded[start:])
        start += after.end() if after else 0
    if not parts:
        return None
    if run[start:].strip(" ,;."):
        parts.append((run[start:].strip(" ,;."), None))
    return parts


def _bracketed_run(run: str) -> bool:
    """Whether every part of a comma run ends with its country in brackets ("A (Latvija), 5 Senses
    (Malta), Superficie 8 (Italija)"): names, not a name with its address, digits and all."""
    parts = [p.strip() for p in _top_level_split(run, ",")]
    return len(parts) >= 2 and all(
        (m := _COUNTRY_AFTER.search(p)) and find_country(m[1])[0] for p in parts
    )


def _label_pieces(run: str, language: str) -> list[tuple[str, str | None]]:
    """The names after a label: a run of names, or names each followed by an address
    ("Ludzas novada pašvaldība, Raiņa iela 16, Ludza / Jēkabpils …, Brīvības iela 120"), or
    names under the countries they are from ("iš Lietuvos – A ir B, iš Lenkijos – C")."""
    run = _without_countries_first(" ".join(run.split()))
    plain = re.sub(r"\([^()]*\)", "", run)  # a digit in an acronym is no address: "(H2LV)"
    if _side_runs(run) or not re.search(r",[^,/]*\d", plain) or _bracketed_run(run):
        return _split_run(run, language)
    pieces = []
    for entry in re.split(r"\s+/\s+|;\s*", run):
        parts = [p.strip() for p in entry.split(",")]
        address = next((k for k, p in enumerate(parts) if k and re.search(r"\d", p)), None)
        # "A, B, C, D, Delta 2000, E": a digit after four names is a name's own (a year, a
        # number), not an address; an address follows a name and its department at most
        if address is None or address > 3:
            pieces += _split_run(entry, language)
            continue
        country = find_country(parts[-1])[0] if len(parts) > address + 1 else None
        pieces.append((", ".join(parts[:address]) + (f", {parts[-1]}" if country else ""), None))
    return pieces


def _add_list_item(
    item: str, role: str, language: str, found: _Found, source: str, side: str | None = None
) -> dict | None:
    """One bullet under a partner label: one organisation (its name may hold commas), or two
    joined by " / "; an address after the name is not part of it. ``side`` is the country the
    label gives ("Partneri iz Slovenije:")."""
    item = re.sub(r"(?<=\w),(?=[A-ZČŠŽ])", ", ", item)
    inner = _label(item)
    if inner and inner[2] and inner[1] != " ":
        # "• Projekta vadošais partneris – Kalmāras pilsēta": the item says its own role
        role, item = inner[0], inner[2]
    if code := _role_code(item):  # "• VP: Občina Bloke", "LP – X": the code gives the role
        item = item[code.end() :]
        role = "lead" if code.group("code") in _LEAD_CODES else role
    # after a code the item must look like a body: "P3: SI-IT-0117" is a reference, not a name
    strict = code is not None
    added = None
    pieces = [p for p in re.split(r"\s+/\s+", item) if p.strip()]
    shared_country = _clean(pieces[-1], language)["country"] if len(pieces) > 1 else None
    for piece in pieces:
        parts = [p.strip() for p in piece.split(",")]
        address = next((k for k, p in enumerate(parts) if k and re.search(r"\d", p)), None)
        if address is not None:
            code = find_country(parts[-1])[0] if len(parts) > address + 1 else None
            piece = ", ".join(parts[:address]) + (f", {parts[-1]}" if code else "")
        info = _clean(piece, language)
        if not info["country"] and shared_country:
            info["country"] = shared_country
        if _acceptable(info, strict=strict):
            added = found.add(info, role=role, side=side, how="list", source=source)
    return added


_VERBAL_NOUN = re.compile(r"(?:" + "|".join(_WORDS["verbal_noun_endings"]) + r")$")
# "is/are" in the languages read; not those that are also "with", "and" or "of" somewhere
_CLAUSE_VERBS = (
    _COPULAS
    - _CONJUNCTIONS
    - {
        "e.g.",
        "i.e.",
        "namely",
        "sicer",
        "tj",
        "sa",
        "su",
        "van",
        "include",
        "includes",
        "including",
    }
)


def _clause_item(body: str) -> bool:
    """A list item that is a clause, not a name: a goal or a result in any language.

    It opens with a verbal noun that is not a word bodies are named with ("Oblikovanje …",
    "Strengthening …", "Razvoj" is not one), holds a finite "is/are" ("… tegevusrühmad on
    tugevnenud"), or is a long run that ends in a lowercase word and a full stop.
    """
    words = body.split()
    if len(words) < 3:
        return False
    first = fold(words[0]).strip(".,:;")
    if (
        words[0][:1].isupper()
        and words[1][:1].islower()
        and _VERBAL_NOUN.search(first)
        and not _is_org_word(words[0])
    ):
        return True
    if any(w.islower() and fold(w).strip(".,;:") in _CLAUSE_VERBS for w in words[1:]):
        return True
    last = words[-1]
    return len(words) >= 8 and last.endswith(".") and last[:-1].isalpha() and last[:1].islower()


_PLACE_HEADING = re.compile(r"^\s*([^:,()\d]{2,40}?)\s*:\s+(\S.*,.*\S)\s*$")


def _bullet_body(line: str) -> str:
    return line[_BULLET.match(line).end() :].strip()


def _place_headed(body: str, language: str) -> tuple[str | None, str] | None:
    """``(country, run)`` of a list item that a place heads ("France : A (chef de file), B, C"):
    the country of the heading (None for a region's: "Wallonie : D, E") and the names after it;
    None for an item that is not a run of names under a short heading ("Address: Street 5, X")."""
    match = _PLACE_HEADING.match(body)
    if not match or len(match.group(1).split()) > 3 or not match.group(1)[:1].isupper():
        return None
    heading = match.group(1)
    if _label(body) or any(w in _RECORD_FIELDS for w in fold(heading).split()):
        return None
    if len(_top_level_split(match.group(2), ",")) < 2:
        return None
    return country_code(heading) or _side_of(heading, language), match.group(2)


def _bullet_block(
    lines: list[str],
    i: int,
    language: str,
    found: _Found,
    used: set[int],
    section: bool,
    *,
    listed: str = "",
) -> int:
    """Consecutive bullets with no label above them: kept when they look like partners.
    ``listed``: the kind word of the line above when it counts or names the kind of bodies
    listed ("… z 6 Lokalnymi Grupami Rybackimi:"): an item with that word is an organisation,
    and half of them looking like organisations is enough."""
    block = []
    j = i
    # bullets one to a paragraph ("1. A" / "" / "2. B") are one block, as a page's list
    # items become paragraphs when its markup is dropped
    while j < len(lines) and (_BULLET.match(lines[j]) or not lines[j].strip()):
        if lines[j].strip():
            block.append(j)
        elif not any(_BULLET.match(lines[n]) for n in range(j + 1, min(j + 3, len(lines)))):
            break
        j += 1
    j = block[-1] + 1 if block else j
    infos = []
    behalf = _behalf_items(lines, block, language)
    headed = {k: h for k in block if (h := _place_headed(_bullet_body(lines[k]), language))}
    # "- France : A, B", "- Wallonie : C, D": bullets headed by the place their bodies are in;
    # a region's heading beside the countries' heads its names too, with no country
    placed = any(side for side, _ in headed.values())
    for k in block:
        body = _bullet_body(lines[k])
        if k in headed and placed:
            side, run = headed[k]
            for piece, piece_side in _split_run(run, language):
                info = _clean(piece, language)
                info["country"] = info["country"] or piece_side or side
                if _acceptable(info, strict=False):
                    found.add(
                        info, role=info["role"] or "partner", side=None, how="list", source=lines[k]
                    )
            used.add(k)
            continue
        if k in behalf:
            info = behalf[k]
            infos.append((k, info, _acceptable(info, strict=False)))
            continue
        if _clause_item(body):
            continue  # "1. Oblikovanje novega produkta …": a goal of the project, not a name
        label = _label(body)
        if label and not label[2] and ":" in label[1] and k > i:
            return k  # "• Partner:" with its names below: a label, read as one
        if label and label[2]:
            for run, run_role in _inline_labels(label[2], label[0]):
                bodies = _without_countries_first(run)
                if bodies == run:
                    _add_list_item(run, run_role, language, found, lines[k])
                    continue
                # "• Partners: Latvia and Estonia, including A, B and C": a run of names
                for piece, _ in _label_pieces(bodies, language):
                    _add_list_item(piece, run_role, language, found, lines[k])
            used.add(k)
            continue
        info = _clean(body, language)
        sure = _acceptable(info, strict=True) or bool(
            listed and _of_kind(info, listed) and _acceptable(info, strict=False)
        )
        infos.append((k, info, sure))
    good = [x for x in infos if x[2]]
    majority = len(good) >= 2 and len(good) * 5 >= len(infos) * 3
    if listed and len(good) >= 2 and len(good) * 2 >= len(infos):
        majority = True
    for k, info, ok in infos:
        # in a list most of whose items are clearly organisations, an item that only looks
        # like a name ("Šentprima", "Legacoop Veneto") is one of them too
        ok = ok or (majority and (len(good) >= 4 or listed) and _acceptable(info, strict=False))
        if ok and (majority or section or info["country"] or info["role"]):
            found.add(info, role="partner", side=None, how="list", source=lines[k])
            used.add(k)
    return j


# "Por parte do Concello de Ribadeo, N. N., técnico …", "On behalf of the Town of X, N. N.",
# "Za Občino Y: N. N.": a list item that names a body and then the people who came for it
_ON_BEHALF = re.compile(
    r"^(?:(?:e|y|and|in|und|i|et|ed|a)\s+)?(?:"
    r"on behalf of|for|from|by|za|v imenu|s strani|ispred|u ime|seitens|fur|für|im namen|von|"
    r"per conto di|da parte d\w*|per|pour|de la part d\w*|au nom d\w*|"
    r"por parte d\w*|en nombre d\w*|por|pola|polo|pela|pelo|pelas|pelos|da|do|del|de|"
    r"ze strony|z ramienia|w imieniu|zo strany|no|is|iš|nuo)\s+"
    r"(?:(?:the|la|el|il|lo|le|l['’]|a|o|os|as|die|der|das|dem|den)\s+)?",
    re.IGNORECASE,
)


def _behalf_items(lines: list[str], block: list[int], language: str) -> dict[int, dict]:
    """Bullets that name a body after "on behalf of" and then its people, by line: the body
    only, when three items or more are so written and two name a person after the comma, or
    two are and both do (one alone may be a goal: "Za mlade, …")."""
    behalf, people = {}, 0
    for k in block:
        body = lines[k][_BULLET.match(lines[k]).end() :].strip()
        opener = _ON_BEHALF.match(body)
        if not opener:
            continue
        name, comma, rest = body[opener.end() :].partition(",")
        info = _clean(name, language)
        if not comma or not info["text"][:1].isupper() or len(name.split()) > 10:
            continue
        behalf[k] = info
        people += _looks_like_person(re.split(r"[,;]", rest)[0].strip())
    if (len(behalf) >= 3 and people >= 2) or (len(behalf) == 2 and people == 2):
        return behalf
    return {}


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZČŠŽĆĐÀ-Ý„“\"(])")


# a bracket that closes the name before it: "… razvoj d.d. (Mađarska).", "… GmbH (AT), …"
_CLOSING_BRACKET = re.compile(r"\([^()]{1,40}\)(?:[.,;:]|\s+[a-zà-ž]|\s*$)")


def _sentences(paragraph: str) -> list[str]:
    out, start = [], 0
    for match in _SENTENCE_END.finditer(paragraph):
        before = paragraph[start : match.start()]
        if _ABBREVIATIONS.search(before) or before.count("(") > before.count(")"):
            continue  # "d.o.o. Ljubljana", "(woj. Podkarpackie)": the sentence goes on
        if _CLOSING_BRACKET.match(paragraph, match.end()):
            continue  # no sentence opens with the bracket of the name before it
        out.append(before)
        start = match.end()
    out.append(paragraph[start:])
    return [s for s in out if s.strip()]


# The word for "as" before a role word, in each language read (folded): "X kot vodilni partner",
# "X coby vedoucí partner", "X en tant que chef de file"
_AS_WORDS = (
    r"(?:kao|kot|als|as|come|comme|ka|kaip|ako|jako|coby|mint|kui|en tant que|en qualite de|"
    r"in qualita di)"
)

_BACKWARD = re.compile(
    rf"(?:\b{_AS_WORDS}\s+"
    r"(?:(?:the|a|il|la|le|der|die|das|l')\s+)?"
    r"|in seiner funktion als\s+|in its role as\s+|in qualita di\s+"
    r"|\b(?:e|is|ist|je|est|ir|on|was|yra|bus|buvo|jest|bedzie|bo|bude|sara|will be|oli|bija|"
    r"era|fue|foi|es|war)\s+"
    r"(?:(?:bil|bila|bilo|bio|byl|byla|bol|bola)\s+)?"
    r"(?:(?:the|il|la|der|die|das|le|el|o|a)\s+|l['’])?"  # "è l'ente capofila"
    # "RMK oli projekti juhtpartner", "X je projektni …": the project's word before the role
    r"(?:(?:projekti|projekta|projekto|projektu|project|progetto|proyecto|projeto|proxecto)\s+)?"
    r"|,\s+(?:[a-z]+\s+)?)$"  # "… nel Comune di Quiliano, Comune Capofila del progetto"
)


_RELATIVES = {
    "ki",
    "koji",
    "koja",
    "koje",
    "kojeg",
    "which",
    "who",
    "che",
    "der",
    "die",
    "das",
    "kuris",
    "kuri",
    "kas",
    "ktory",
    "ktora",
    "który",
    "która",
    "aki",
    "amely",
    "qui",
    "kurš",
    "kura",
}
_HEAD_TITLE = re.compile(
    r"^(?:župan|županja|načelnik|načelnica|gradonačelnik|gradonačelnica|mayor\s+of(?:\s+the)?|"
    r"Bürgermeister(?:in)?\s+(?:der|des|von)|sindac[oa]\s+(?:di|del|della)|maire\s+de|burmistrz|"
    r"wójt|mer|polgármester|direktor|direktorica|director\s+of(?:\s+the)?|predsednik|"
    r"predsjednik|president\s+of(?:\s+the)?)\s+(?=[A-ZČŠŽĆĐ])",
    re.I,
)


def _backward_name(sentence: str, end: int, connector_start: int, language: str = "") -> str:
    """The name before "… kao vodećeg partnera", "… è il Lead Partner", "… als Lead Partner"."""
    before = sentence[:connector_start].rstrip(" ,")
    if under := _LEAD_UNDER.search(before):
        # "… A and B under the leadership of C as the lead partner": the role is C's
        before = under.group("name")
    if language == "hu":  # "A dokumentum a Pannon Egyetem (PE), mint főpályázó": after "a"/"az"
        articles = list(re.finditer(r"(?:^|\s)(?:a|az|A|Az)\s+(?=[A-ZÁÉÍÓÖŐÚÜŰ])", before))
        if articles:
            before = before[articles[-1].end() :]
    folded = _fold_same_length(before)
    opening = before.rfind("(")
    if opening >= 0 and ")" in before[opening:]:
        opening = -1  # "… Comune di Ajdovščina (Slovenia)": a closed bracket is part of the name
    before = before[max(opening, before.rfind("|")) + 1 :]
    folded = _fold_same_length(before)
    article = None
    articles = (
        r"\b(?:das|die|der|the|la|il|le|l['’]|nel|nella|nello|del|della|dal|dalla|al|alla)\s+"
    )
    for match in re.finditer(articles, folded):
        if len(before[match.end() :].split()) <= 14:
            article = match
            break
    if article:
        return before[article.end() :]
    cut = max(before.rfind(", "), before.rfind(": "), before.rfind(" – "), before.rfind(". "))
    if cut >= 0 and fold(before[cut + 2 :].strip()) in _RELATIVES:
        # "…, župan Občine Srednje, ki je bil vodilni partner": the name is before "ki"
        before = before[:cut]
        cut = max(before.rfind(", "), before.rfind(": "), before.rfind(" – "), before.rfind(". "))
    before = before[cut + 2 :] if cut >= 0 else before
    # "župan Občine Srednje", "the mayor of X": the head's title is not part of the name
    before = _HEAD_TITLE.sub("", before)
    # "Trijuose projektuose X dalyvaus kaip …", "V projektu X sodeluje kot …": not the name
    # "Projekt vodi X kot vodilni partner": nor the verb of leading after the project word
    before = re.sub(
        rf"^(?:\S+\s+){{0,3}}?(?i:{_PROJECT_WORD})\s+(?:{_PROJECT_LED_BY}\s+)?(?=[A-ZÀ-ÝČŠŽĆĐĀ-Ž])",
        "",
        before,
    )
    # "Danas je organizovana poseta Udruženju poslovnih žena Srbije, koje je …": a clause before
    # the name; the name opens at the last organisation's word after a lower-case one
    words = before.split()
    if len(words) > 6 and words[0][:1].isupper() and not _is_org_word(words[0]):
        heads = [
            k
            for k in range(1, len(words))
            if words[k][:1].isupper() and _is_org_word(words[k]) and words[k - 1][:1].islower()
        ]
        if heads:
            before = " ".join(words[heads[-1] :])
    # "numatyta, kad Rasų savivaldybė bus …", "że Gmina X będzie …": a word for "that" opens it
    return re.sub(r"^(?:kad|kas|ka|ki|że|ze|dass|that|che|que|da|jer)\s+", "", before)


# "X kot vodilni partner, Y, Z", "X en tant que chef de file": the role is the name's before it
_AS_ROLE = re.compile(rf"\b{_AS_WORDS}\s")

_AS_TAIL = re.compile(rf"\s{_AS_WORDS}\s+(?:(?:the|a|il|la|le|der|die|das|l')\s+)?(?:[a-z]+\s+)?$")

_NAME_PARTICLES = set(_WORDS["name_particles"])
_PURPOSE_WORDS = set(_WORDS["purpose_words"])
_SKIPPABLE = set(_WORDS["skippable"])


_EU_WORD = re.compile(r"^(?:EU|Interreg|INTERREG)\b")


def _opened_span(
    sentence: str, folded: str, start: int, end_limit: int, language: str = ""
) -> tuple[int, bool] | None:
    """Where the names after a role word begin: after a colon or dash or a copula
    ("partneri … su", "to so"), else at a capitalised word right after the role word and a
    side ("partneri na slovenskoj strani Razvojna …"). ``(position, strong)``."""
    window = folded[start:end_limit]
    words = list(re.finditer(r"\S+", window))
    opened = None
    parenthetical = bool(words) and words[0].group(0).startswith(",")
    capital_then_comma = capital_seen = False
    for k, word in enumerate(words[:14]):
        token = word.group(0)
        stripped = token.strip(",;()\"'„“”")
        absolute = start + word.start()
        raw_token = sentence[absolute : start + word.end()]
        if not parenthetical and raw_token[:1].isupper() and not _EU_WORD.match(raw_token):
            capital_seen = True
        conjunction = next((j for j in range(k) if fold(words[j].group(0)) in _CONJUNCTIONS), None)
        if (
            (":" in token or token in ("–", "—", "-"))
            and conjunction is not None
            and not all(
                country_code(w.group(0).strip(",:")) or country_adjective(w.group(0).strip(",:"))
                for w in words[conjunction + 1 : k + 1]
                if w.group(0).strip(",:–—-")
            )
            and not all(  # "i seguenti partner, città e regioni: …": kinds of partner, all
                _is_org_word(w.group(0).strip(",:")) or w.group(0).strip(",:") in _PLURAL_HEADS
                for w in words[: k + 1]
                if w.group(0).strip(",:–—-") and fold(w.group(0).strip(",:")) not in _CONJUNCTIONS
            )
        ):
            break  # "partnera i manifestacije: …": the list is of the other word
        if ":" in token or token in ("–", "—", "-"):
            opened = (
                start + word.start() + token.index(":") + 1 if ":" in token else start + word.end()
            )
            break
        if stripped in _COPULAS or sentence[absolute : absolute + 2] in ("è", "é", "è ", "é "):
            following = (
                sentence[start + words[k + 1].start() :].split()[:1] if k + 1 < len(words) else []
            )
            if (
                capital_seen
                and token == stripped
                and following
                and following[0][:1].islower()
                and fold(following[0])
                not in _ARTICLES | _COPULAS | _SKIPPABLE | _PREPOSITIONS | _PLACE_PREPOSITIONS
                and not _is_org_word(following[0])
            ):
                break  # "Vodilni partner X je gostil …": the name is before its verb
            if not capital_then_comma:  # "partner v projektu Univerza v Ljubljani, …, je"
                opened = start + word.end()
            break
        if capital_seen and token.endswith(","):
            capital_then_comma = True
        if parenthetical and token.endswith(",") and k > 0:
            parenthetical = False
        previous = fold(words[k - 1].group(0)) if k else ""
        if (k >= 1 and stripped in _STOPS) or (
            re.match(r"^[„“«\"]\w", token) and (k == 0 or previous in _ARTICLES)
        ):
            break
    if opened is not None:
        # past more copulas and small words: "to so", "sono invece:", "su i", "ist hier die"
        rest = list(re.finditer(r"\S+", folded[opened:end_limit]))
        skipped = 0
        for word in rest[:5]:
            token = word.group(0).strip(",;:")
            raw = sentence[opened + word.start() : opened + word.end()]
            if token in _COPULAS | _SKIPPABLE and skipped < 4:
                skipped += 1
                continue
            if (
                raw[:1].isupper()
                or raw[:1] in _QUOTES
                or _is_org_word(raw)
                or country_adjective(raw)
            ):
                return opened + word.start(), True
            if token in _ARTICLES:
                skipped += 1
                continue
            break
        return opened, True
    before_name: list[str] = []
    for k, word in enumerate(words[:7]):
        raw = sentence[start + word.start() : start + word.end()]
        token = word.group(0).strip(",;()\"'„“”")
        if k == 0 and word.group(0).startswith(","):
            # "v prostorih vodilnega partnerja, Mestne občine Kranj.": the role word's
            # apposition, one name that ends the sentence (no verb, no other comma after it)
            after = sentence[start + word.end() :]
            name = after.strip().rstrip(".!?; ")
            if (
                word.group(0) == ","
                and end_limit == len(sentence)
                and name[:1].isupper()
                and not re.search(r"[,:;()]", name)
                and 2 <= len(name.split()) <= 8
                and _cut_at_stop(name, language) == name
                and not _EU_WORD.match(name)
            ):
                return start + word.end() + len(after) - len(after.lstrip()), False
            return None
        if language == "de" and re.fullmatch(_PROJECT_WORD, fold(token)):
            before_name.append(fold(token))  # "Partner unterstützen das Projekt die Stadt A"
            continue
        if raw[:1].isupper() or raw[:1] in _QUOTES:
            if re.match(r"^(?:EU|Interreg|INTERREG)\b", raw):
                return None
            if (
                before_name
                and re.fullmatch(_PROJECT_WORD, before_name[-1])
                and (raw[:1] in _QUOTES or not _is_org_word(raw))
            ):
                # "partnera projekta „Kulturna dediščina …“", "partnerjev projekta ARTISTIC":
                # the project's name, not a partner's
                return None
            filler = re.sub(
                r"\b(?:v|u|in|im|nel|w|na)\s+(?:projekt\w*|project|progetto|projet)\b",
                "",
                " ".join(before_name),
            ).split()
            if any(
                w in _PREPOSITIONS
                or w
                in {
                    "aus",
                    "from",
                    "iz",
                    "of",
                    "for",
                    "za",
                    "v",
                    "u",
                    "in",
                    "pri",
                    "to",
                    "fur",
                    "durch",
                    "per",
                    "pour",
                    "par",
                    "dla",
                }
                for w in filler
            ) and not _side_of(" ".join(before_name), "en"):
                return None
            return start + word.start(), False
        if language == "hu" and token in ("a", "az"):
            continue  # "vezető partnere a Zalai …": Hungarian's article, not the Slavic "and"
        if token in _STOPS or token in _CONJUNCTIONS or "," in word.group(0):
            return None
        before_name.append(token)
    return None


def _caption_before(line: str, following: str) -> bool:
    """Whether a line is a caption or heading of its own ("Gasilska zveza Črnomelj" under a
    picture) and not the start of a sentence wrapped onto the next line: a few words, the last
    capitalised, no end punctuation, and a capitalised sentence after it."""
    words = line.split()
    nxt = following.split()
    return (
        1 <= len(words) <= 6
        and not re.search(r"[.!?:;,–—-]$", line.strip())
        and words[-1][:1].isupper()
        and len(nxt) >= 8
        and nxt[0][:1].isupper()
    )


def _prose_pass(text_lines: list[str], language: str, found: _Found) -> None:
    """Names in sentences, after the words for partners and their roles."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in text_lines:
        # a line without letters (a date, a number) between a heading and its text ends a paragraph
        if line is None or not re.search(r"[^\W\d_]", line):
            if current:
                paragraphs.append(" ".join(current))
            current = []
        else:
            if current and _caption_before(current[-1], line):
                paragraphs.append(" ".join(current))
                current = []
            current.append(line.strip())
    if current:
        paragraphs.append(" ".join(current))
    for paragraph in paragraphs:
        for sentence in _sentences(paragraph):
            if not _PROGRAMME_AREA.match(sentence):
                _prose_sentence(sentence, language, found)


# A sentence about who takes part in the programme, not the project: "Programoje dalyvauja
# Latvijos Latgalos regionas, … apskritys", "In the programme participate the regions …",
# "Am Programm beteiligt sind …", "Programmā piedalās …": its names are the programme's area
_PROGRAMME_AREA = re.compile(
    r"^\s*(?:(?:the|das|dem|il|la|le|w|v|u|in|im|am|nel|dans le|a)\s+)?"
    r"(?:programoje|programmā|programmas teritorijā|programme area|programme|program\w*|"
    r"programmgebiet|programmraum|programma|programban|programu|programie|programmis)\b"
    r"[^.;:]{0,40}?\b(?:dalyvauj|piedal|participat|take part|takes part|cover|beteiligt|umfass|"
    r"partecip|comprend|sodeluj|obuhva|obejmuj|uczestnicz|sudjeluj|részt vesz|osale|hõlma|"
    r"includ)\w*",
    re.IGNORECASE,
)


# Verbs that name the lead or a partner around them: "led by X", "wird vom X geleitet und von
# der Y begleitet", "guidato da X", "coordonné par X", "Projekt provodi X u partnerstvu s Y".
_ROLE_VERBS = [
    (
        "lead",
        re.compile(
            r"\b(?:led|coordinated|implemented|managed|run|headed|carried out)\s+by\s+(?:the\s+)?"
            r"(?P<name>.+)",
            re.I,
        ),
    ),
    (
        "lead",
        re.compile(
            r"\b(?:wird|ist|wurde)\s+(?:vom|von der|von dem|von)\s+(?P<name>.+?)\s+(?:geleitet|koordiniert|geführt|getragen)\b"
        ),
    ),
    (
        "partner",
        re.compile(
            r"\b(?:und\s+)?(?:vom|von der|von dem|von)\s+(?P<name>[A-ZÄÖÜ].+?)\s+(?:begleitet|unterstützt|mitgetragen)\b"
        ),
    ),
    (
        "lead",
        re.compile(
            r"\b(?:guidato|coordinato|gestito|promosso)\s+da(?:l|lla|llo|ll['’])?\s*(?P<name>.+)",
            re.I,
        ),
    ),
    (
        "lead",
        re.compile(
            r"\b(?:coordonné|piloté|porté|mené)\s+par\s+(?:le\s+|la\s+|l['’])?(?P<name>.+)", re.I
        ),
    ),
    # es, pt, gl: "lideradas por la X", "coordinado por el Y", "liderado pela Z"
    (
        "lead",
        re.compile(
            r"\b(?:liderad|coordinad|dirigid|encabezad)[oa]s?\s+(?:por|pel[oa]s?|pol[oa]s?)\s+"
            r"(?:(?:el|la|los|las|o|a|os|as)\s+)?(?P<name>.+)",
            re.I,
        ),
    ),
    (
        "lead",
        re.compile(r"\b(?:[Pp]rojekt|[Pp]rojekat)\w*\s+" + _PROJECT_LED_BY + r"\s+(?P<name>.+)"),
    ),
    # the passive with its agent where the verb is not English, German, Italian or French:
    # "koordiniran od (strane) Grada A", "koordynowany przez Gminę B", "gecoördineerd door de C"
    (
        "lead",
        re.compile(
            r"\b(?:koordinir\w*|vođen[aoi]?|koordynowan\w*|kierowan\w*|gecoördineerd|gecoordineerd"
            r"|geleid|getrokken)\s+(?:od\s+strane|od|przez|door)\s+(?:(?:de|het)\s+)?"
            r"(?P<name>[" + _UPPER + r"][^,;:]+)",
            re.I,
        ),
    ),
    # the project as the verb's object in a relative clause: "projekt, ki ga vodi Občina A",
    # "projekt koji vodi Grad B" (a capital after the verb: "A, koji vodi projekt" is not this)
    (
        "lead",
        re.compile(
            r"\b(?:ki ga|ki jo|katerega|kojeg|kojega|koji|koju|koje|ko|kuru)\s+"
            r"(?:je\s+)?(?:vodi|vodila|vodil|koordinira|koordinirala|koordiniral|koordinē|vada)\s+"
            r"(?P<name>[" + _UPPER + r"][^,;:]+)"
        ),
    ),
    # the leadership named as a noun that a body holds: "Die Projektleitung liegt bei der A",
    # "De projectleiding is in handen van B", "La coordination est assurée par C", "Il
    # coordinamento è affidato al D", "Koordinacijo projekta izvaja E", "Coordination lies with F"
    (
        "lead",
        re.compile(
            r"(?i:\b(?:projektleitung|federführung|projektkoordination|gesamtkoordination|koordination"
            r"|koordinierung|leitung)\s+(?:des\s+projekt\w*\s+|für\s+das\s+projekt\s+)?"
            r"(?:liegt|lag|obliegt|oblag)\s+(?:bei\s+)?(?:(?:der|dem|den|die|das)\s+)?"
            r"|\b(?:projectleiding|leiding|coördinatie|coordinatie|penvoerderschap)\s+"
            r"(?:van\s+het\s+project\s+)?(?:is|ligt|berust)\s+(?:in\s+handen\s+van|bij)\s+"
            r"(?:(?:de|het)\s+)?"
            r"|\b(?:coordination|pilotage|direction|conduite)\s+(?:du\s+projet\s+|de\s+l['’]opération\s+)?"
            r"(?:est|sera|a\s+été)\s+(?:assurée?|confiée?)\s+(?:par|à|au|aux)\s+(?:(?:le|la|les)\s+|l['’])?"
            r"|\b(?:coordinamento|guida|regia|direzione)\s+(?:del\s+progetto\s+|dell['’]iniziativa\s+)?"
            r"(?:è|sarà|è\s+stat[ao])\s+(?:affidat[ao]|curat[ao]|assegnat[ao])\s+"
            r"(?:al|alla|allo|all['’]|a|dal|dalla|dallo|dall['’]|da)\s*"
            r"|\b(?:coordination|leadership)\s+(?:of\s+the\s+project\s+)?(?:is|lies|rests|was)\s+"
            r"(?:in\s+the\s+hands\s+of|with)\s+(?:the\s+)?"
            r"|\b(?:koordinacij[aou]|vodenje)\s+(?:projekt\w*\s+)?(?:je\s+prevzel[aio]?|prevzema|izvaja"
            r"|vodi|provodi|obavlja)\s+)"
            r"(?P<name>[" + _UPPER + r"][^,;:]+)"
        ),
    ),
    # "Die X führt das Projekt zusammen mit der Y durch", "… führt X zusammen mit dem Y durch"
    (
        "lead",
        re.compile(
            r"^(?:(?:Die|Der|Das)\s+)?(?P<name>[A-ZÄÖÜ][^,;:]+?)\s+(?:führt|leitet|koordiniert)\s+"
            r"(?:das|dieses|den|die)\s+(?:Projekt|Vorhaben|Maßnahme)\w*\b"
        ),
    ),
    (
        "lead",
        re.compile(
            r"\bführt\s+(?:(?:die|der|das|den)\s+)?(?P<name>[A-ZÄÖÜ].+?)\s+(?:gemeinsam|zusammen)\s+mit\b"
        ),
    ),
    # "kuru īsteno biedrība X kopā ar …", "įgyvendina X kartu su …", "realizuje X wraz z …",
    # "Projektu īsteno X sadarbībā ar …"
    (
        "lead",
        re.compile(
            r"\b(?:īsteno|istenos|įgyvendina|igyvendina|realizuje|izvaja|provodi|realizira|implements)\s+"
            r"(?P<name>.+?)\s+(?:kopā ar|kartu su|wraz z|skupaj z|zajedno s|together with"
            r"|sadarbībā ar|partnerībā ar|bendradarbiaudama su|bendradarbiaudamas su|we współpracy z"
            r"|v sodelovanju z|v sodelovanju s|u suradnji s|u suradnji sa|u saradnji s"
            r"|in cooperation with|in collaboration with|in partnership with)\b"
        ),
    ),
    # the leadership named before the body: "under the leadership of X", "unter der
    # Federführung der X", "sotto la guida del X", "sous la coordination de X", "pod vodstvom
    # X", "pod kierownictwem X", "vadovaujant X"
    (
        "lead_under",
        re.compile(
            r"(?i:\bunder\s+the\s+(?:leadership|coordination|lead|guidance)\s+of"
            r"|\bunter\s+(?:der\s+)?(?:Federführung|Koordination|Koordinierung|Regie)"
            r"(?:\s+(?:der|des|von\s+der|von\s+dem|vom|von))?"
            r"|\bsotto\s+la\s+(?:guida|coordinazione|regia|direzione)\s+d(?:i|el|ella|ello|egli|ei|ell['’])"
            r"|\bsous\s+la\s+(?:coordination|direction|conduite|houlette)\s+d(?:e\s+la|e\s+l['’]|u|es|e|['’])"
            r"|\bpod\s+(?:vodstvom|vodstvem|koordinacijom|koordinacijo|kierownictwem|przewodnictwem"
            r"|koordynacją|koordynacja)|\bvadovaujant)\s*(?P<name>.+)"
        ),
    ),
    # the leadership named after the body: "X eestvedamisel", "X vadībā", "X vezetésével"
    (
        "lead_before",
        re.compile(
            r"(?:^|(?<=\s))(?P<name>["
            + _UPPER
            + r"][^,;:]*?)\s+(?:eestvedamisel|juhtimisel|koordineerimisel|vadībā|koordinācijā"
            r"|vezetésével|irányításával|koordinálásával|koordinációjával)(?:\s|[,.;]|$)"
        ),
    ),
    # "Das Projekt wird durchgeführt von der X und dem Y", "EU-Projekt zwischen der A, B und der C"
    (
        "partners",
        re.compile(
            r"\b(?:wird|werden|wurde)\s+(?:durchgeführt|umgesetzt|realisiert|getragen)\s+(?:von|vom)\s+"
            r"(?P<name>.+)"
        ),
    ),
    (
        "partners",
        re.compile(r"\b(?:[Pp]rojekt\w*|[Pp]roject)\s+(?:zwischen|between)\s+(?P<name>.+)"),
    ),
    # "Gmina A realizuje w partnerstwie z B i C projekt …", "A, in partnership with B, …": the
    # one that works in partnership with the others leads; "A kartu su B ir C …": all partners
    (
        "lead_with",
        re.compile(
            r"(?:^|(?<=\s))(?P<name>["
            + _UPPER
            + r"][^,;:]*?)\s+(?:[a-zà-ÿąćęłńóśźżčšžěřůāēīūėįų]+\s+)?"
            r"(?:w partnerstwie z|in partnership with|u partnerstvu s|v partnerstvu z|en partenariat avec"
            r"|in Partnerschaft mit|in partenariato con|partnerībā ar|partnerystėje su)\s"
        ),
    ),
    # "The University of A leads the project", "Občina A koordinira projekt", "A coordina il
    # progetto", "A koordynuje projekt": the one whose verb is leading the project
    (
        "lead_with",
        re.compile(
            r"^(?:(?:The|Die|Der|Das|Il|La|Lo|Le|L['’])\s+)?(?P<name>[" + _UPPER + r"][^,;:]*?)\s+"
            r"(?:leads|coordinates|heads|manages|is leading|is coordinating|vodi|koordinira|"
            r"koordinuje|guida|coordina|coordonne|pilote|vada|koordinē|vadovauja|koordinuoja|"
            r"juhib|koordineerib|vezeti|koordinálja|koordynuje|kieruje)\s+(?:\S+\s+){0,2}?"
            r"(?:project\w*|projekt\w*|progett\w*|projet\w*|projekat\w*|projekto\w*)\b"
        ),
    ),
    (
        "partner_with",
        re.compile(
            r"^(?P<name>[" + _UPPER + r"][^,;:]*?)\s+"
            r"(?:kartu su|kopā ar|koos|wraz z|razem z|skupaj z|zajedno s|zajedno sa|together with"
            r"|gemeinsam mit|zusammen mit|insieme a|insieme al|insieme alla|insieme con)\s"
        ),
    ),
    # "A se prijavila projektom …", "A ha presentato il progetto", "A submitted the project"
    (
        "lead_with",
        re.compile(
            r"(?:^|(?<=[\s\"„“«(]))(?P<name>["
            + _UPPER
            + r"][^,;:]*?)\s+(?:se\s+|je\s+|has\s+|a\s+)?"
            r"(?:prijavil[aoi]?|prijavio|prijavila se|ha presentato|hanno presentato|submitted|złożył[aoy]?"
            r"|a déposé|iesniedza|pateikė|esitas|ha consegnato|hanno consegnato|ha candidato"
            r"|hanno candidato|ha depositato|eingereicht hat|beantragt hat)\s+(?:\S+\s+){0,2}?"
            r"(?:projekt\w*|progett\w*|project\w*|projet\w*|wniosek|prijav\w*|pályázat\w*)\b"
        ),
    ),
    # Hungarian puts the verb and its particle last: "A Budapesti X Szövetség az elmúlt évben
    # … pályázatot nyújtott be": the capitalised words that open the sentence submitted it
    (
        "lead_with",
        re.compile(
            r"^(?:(?:A|Az)\s+)?(?P<name>[" + _UPPER + r"][\w.-]*(?:\s+[" + _UPPER + r"][\w.-]*)*)"
            r"\s+(?:[^,;:.]+\s+)?pályázat\w*\s+(?:is\s+)?(?:nyújtott|nyújtotta|nyújtottak)\s+be\b"
        ),
    ),
    # the verb last: "A je projekt X prijavila u okviru …", "A hat das Projekt X eingereicht"
    (
        "lead_with",
        re.compile(
            r"(?:^|(?<=[\s\"„“«(]))(?P<name>["
            + _UPPER
            + r"][^,;:]*?)\s+(?:je|hat|ha|a)\s+(?:das\s+|il\s+|le\s+)?"
            r"(?:projekt\w*|progett\w*|project\w*|projet\w*)\s+(?:[^,;:.]+\s+)?"
            r"(?:prijavil[aoi]?|prijavio|eingereicht|presentato|déposé|submitted)\b"
        ),
    ),
    # the project first, then the verb, then the one who applied: "Projekt je prijavila Občina
    # A, projektni partnerji so …", "Projekt je prijavio Grad B" (singular: the plural
    # "prijavili" names all the applicants)
    (
        "lead",
        re.compile(
            r"\b(?:[Pp]rojekt\w*|[Pp]rijav\w*)\s+(?:je\s+)?(?:prijavil[ao]?|prijavio)\s+"
            r"(?P<name>[" + _UPPER + r"][^,;:]*)"
        ),
    ),
    # the project first, then the plural verb: all the bodies named applied together ("Projekt
    # so prijavili Občina A in Zavod B", "Projekt su prijavili Grad A i Udruga B")
    (
        "partners",
        re.compile(r"\b[Pp]rojekt\w*\s+(?:so|su)\s+prijavil[ie]\s+(?P<name>[" + _UPPER + r"].+)"),
    ),
    # who takes part, the project first: "An dem Projekt beteiligen sich A und B", "Am Projekt
    # beteiligt sind A und B"
    (
        "partners",
        re.compile(
            r"\b(?:[Aa]n dem|[Aa]m)\s+Projekt\s+(?:beteiligen sich|sind beteiligt|beteiligt sind)\s+"
            r"(?P<name>.+)"
        ),
    ),
    # who takes part, the bodies first: "A and B take part in the project" (each a body's
    # name, as a subject must be: "Many pupils take part in the project" names none)
    (
        "partners_subject",
        re.compile(
            r"^(?P<name>[" + _UPPER + r"][^;:]*?)\s+(?:take|takes|took|are taking)\s+part\s+in\s+"
            r"(?:the|this|our)\s+project\b"
        ),
    ),
    # who submitted the application: "złożony przez polską Gminę A i słowacki B", "submitted by A
    # and B", "eingereicht von der A und der B", "presentato dal Comune di A e dalla B"
    (
        "partners",
        re.compile(
            r"\b(?:złożon[yae]|submitted|eingereicht|presentat[oa]|predložen\w*|podnesen\w*)\s+"
            r"(?:przez|by|von(?: der| dem)?|vom|dal|dalla|dallo|da|od)\s+(?P<name>.+)"
        ),
    ),
]

# The notice an EU-funded publication carries names the partner that wrote it: "The content of
# this publication is the sole responsibility of X", "Par šī dokumenta saturu pilnībā atbild X",
# "Za vsebino … je odgovoren X", "… liegt in der alleinigen Verantwortung von X".
_LEAD_UNDER = next(pattern for kind, pattern in _ROLE_VERBS if kind == "lead_under")

_CONTENT_RESPONSIBLE = [
    r"\b(?:content|contents)\s+of\s+(?:this|the)\s+(?:\S+\s+){1,3}?(?:is|are)\s+(?:the\s+)?"
    r"(?:sole|exclusive)\s+responsibility\s+of\s+(?:the\s+)?(?P<name>.+)",
    r"\bpar\s+(?:\S+\s+){0,3}?saturu\s+(?:pilnībā\s+|vienīgi\s+)?atbild\s+(?P<name>.+)",
    r"\bu[žz]\s+(?:\S+\s+){0,3}?turin[įi]\s+(?:visiškai\s+)?atsako\s+(?P<name>.+)",
    r"\bza\s+vsebino\s+(?:\S+\s+){0,4}?(?:je\s+)?(?:izključno\s+|v celoti\s+)?"
    r"odgovor(?:en|na|no)\s+(?:je\s+)?(?P<name>.+)",
    r"\bisključiv\w*\s+(?:je\s+)?odgovornost\w*\s+(?P<name>.+)",
    r"\bza\s+sadržaj\s+(?:\S+\s+){0,4}?odgovor(?:an|na|no)\s+je\s+(?:isključivo\s+)?(?P<name>.+)",
    r"\b(?:liegt|liegen)\s+in\s+der\s+(?:alleinigen\s+)?Verantwortung\s+(?:von|des|der|dem)\s+"
    r"(?:der\s+|dem\s+|des\s+)?(?P<name>.+)",
    r"\b(?:è|sono)\s+di\s+(?:esclusiva|sola)\s+responsabilità\s+(?:di|del|della|dell['’]|dei)\s*"
    r"(?P<name>.+)",
    r"\brelève\s+de\s+la\s+seule\s+responsabilité\s+(?:de\s+la\s+|du\s+|de\s+l['’]|des\s+|de\s+)"
    r"(?P<name>.+)",
    r"\bwyłączn\w*\s+odpowiedzialno\w*\s+ponosi\s+(?P<name>.+)",
    r"\bsisu\s+eest\s+vastuta\w*\s+(?:ainuisikuliselt\s+|ainult\s+)?(?P<name>.+)",
]
_ROLE_VERBS += [("author", re.compile(pattern, re.I)) for pattern in _CONTENT_RESPONSIBLE]
_ROLE_VERBS += [
    # "suradnja između općine A i TZ B", "umowa partnerska pomiędzy Gminą A a Gminą B"
    (
        "between",
        re.compile(
            r"\b(?:suradnj\w*|sodelovanj\w*|cooperation|collaboration|współprac\w*|umow\w*|"
            r"sporazum\w*|agreement|Kooperation|Zusammenarbeit|sadarbīb\w*|bendradarbiavim\w*|"
            r"koostöö\w*|együttműködés\w*|cooperazione|coopération)\s+"
            r"(?:\S+\s+){0,2}?(?:između|med|between|pomiędzy|między|zwischen|tarp|starp|entre|tra)\s+"
            r"(?P<name>.+)",
            re.I,
        ),
    ),
    # "projekts Nr. … “…” starp A un B (Lietuva)", "il progetto … tra A e B": who it is between
    (
        "between",
        re.compile(
            r"\b(?:[Pp]rojek\w*|[Pp]roject\w*|[Pp]rogett\w*|[Pp]rojet\w*)\b"
            r"(?:[^.;]|(?<=Nr)\.|(?<=No)\.|(?<=br)\.|(?<=št)\.){0,400}?\s"
            r"(?:zwischen|between|starp|tarp|između|izmedju|pomiędzy|między|entre|tra)\s+"
            r"(?:(?:der|dem|den|the|la|le|les|il|lo|l['’])\s*)?(?P<name>.+)"
        ),
    ),
    # "Al progetto partecipano anche il Comune di A, …", "Beteiligt waren die B, C und D"
    (
        "between",
        re.compile(
            r"\b(?:partecipano|parteciperanno|participent|participeront|participate|take part|"
            r"sodelujejo|bodo sodelovali|sudjeluju|sudjelovati|sudjelovat će|"
            r"[Bb]eteiligt (?:sind|waren)|beteiligen sich|nehmen\s+teil|uczestniczą|biorą udział|"
            r"dalyvauja|dalyvaus|piedalās|piedalīsies|osalevad|vesznek részt)\s+"
            # "partecipano al progetto la Regione A …", "sodelujejo v projektu tudi Občina B"
            r"(?:(?:al|nel) progetto\s+|in (?:the|this) project\s+|(?:v|pri|na|u) projektu\s+|"
            r"am Projekt\s+|au projet\s+)?"
            r"(?:anche\s+|also\s+|tudi\s+|i\s+|auch\s+)?(?P<name>[A-ZÀ-Žil„“\"].+)"
        ),
    ),
]

# "… together with (the partner) Y": the partners after a verb that named the lead
_WITH_WORDS = (
    r"u partnerstvu s|in partnership with|in collaboration with|v partnerstvu z|in Zusammenarbeit mit"
    r"|u saradnji sa|u saradnji s|u suradnji sa|u suradnji s|v sodelovanju z|v sodelovanju s"
    r"|in cooperation with|en collaboration avec|we współpracy z"
    r"|in collaborazione con|en partenariat avec|zusammen mit|gemeinsam mit|together with|kopā ar"
    r"|kartu su|wraz z|razem z|skupaj z|zajedno sa|zajedno s|w partnerstwie z|in Partnerschaft mit"
    r"|in partenariato con|partnerībā ar|partnerystėje su|koos|insieme a|insieme al|insieme alla"
    r"|insieme con|assieme a|assieme al|assieme alla|assieme allo|assieme ai|assieme alle"
    r"|in sinergia con|conjointement avec|aux côtés de|jointly with|alongside|along with"
    r"|spolu s|spolu se|společně s|společně se|ve spolupráci s|ve spolupráci se"
)
_WITH = re.compile(rf"\b(?:{_WITH_WORDS})\s+(?P<names>.+)")
_WITH_START = re.compile(rf"(?:{_WITH_WORDS})\s")
_WITH_AFTER = re.compile(rf"\s*,?\s*(?:{_WITH_WORDS})\s+(?P<names>.+)")
# what "together with" is followed by when the one before it leads: "… its/2/the other partners"
_WITH_PARTNERS = re.compile(
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|its|their|the other|other|svoj\w*|ostal\w*|"
    r"drug\w*|seinen|ihren|i suoi|ses|savo|oma|swoimi|pozostalymi)\s+)?(?:\w+\s+)?partner"
)


# A relative clause set off by dashes: "il Comune di A – il cui sindaco è coordinatore … – la B"
_ASIDE = re.compile(
    r"\s[–—]\s+(?:il cui|la cui|i cui|whose|which|who|che|dessen|deren|katerega|katere|kateri|"
    r"čiji|čija|koji|koja|kuris|kuri|kurš|kura|kas|który|która|których|amely|aki|dont|qui)\b"
    r"[^–—]{0,200}?\s[–—]\s"
)


def _role_verbs(sentence: str, language: str, found: _Found) -> bool:
    added = False
    for role, pattern in _ROLE_VERBS:
        match = pattern.search(sentence)
        if not match:
            continue
        # "il Comune di A – il cui sindaco … – la Conferenza B": a clause in dashes is set aside
        name = _ASIDE.sub(", ", match.group("name"))
        # "Kot pridruženi partnerji sodelujejo tudi A in B", "Als assoziierte Partner unterstützen
        # … A und B": the verb's bodies have the role said before it
        kept_apart = (
            _role_before_verb(sentence, match.start()) if role in ("partners", "between") else None
        )
        said = re.match(r"[^,]{0,40},\s+", name) if role == "partners_subject" else None
        if said and (cue := _ANY_ROLE.search(_fold_same_length(said.group(0)))):
            # "As observers, A and B take part in the project": the role said first is theirs
            name = name[said.end() :]
            if _role_of(cue.group(0)) in ("associated", "observer"):
                kept_apart = _role_of(cue.group(0))
        # "… lideradas por la X (ACR): A, B y C": the lead, then the run of the others
        name, colon, others = name.partition(": ") if role == "lead" else (name, "", "")
        name = re.sub(r"\s+a\s+(?=[A-ZÀ-ÝČŠŽ])", " i ", name) if role == "between" else name
        # "led by X together with Y": before the stop words, since "with" is one of them
        name = re.split(
            rf"\s+(?:{_WITH_WORDS}|u partnerstvu|in partnership|v partnerstvu)\b", name
        )[0]
        name = _cut_at_stop(name, language)
        name = re.sub(r"\s+durch\b.*$", "", name)
        if role == "lead_under":
            # "pod kierownictwem A przez B i C": the ones that carry it out come after
            name = re.split(r"\s(?:przez|by|par|durch|od|iz|no)\s", name)[0]
        if role == "lead_under" and language == "de":
            # German writes its nouns in capitals: the name ends at its verb ("… arbeiten")
            words = name.split()
            cut = next(
                (
                    k
                    for k, word in enumerate(words)
                    if k and _german_verb(word, fold(word).strip(",;:.()\"'„“”"))
                ),
                len(words),
            )
            name = " ".join(words[:cut])
        if role == "author":
            # "… of X and can in no way …", "… von X und gibt nicht …": the notice goes on
            name = re.split(
                r",\s|\s(?:and|und|e|et|un|ir|in|i|ja|oraz|és|ter)(?:\s+(?=[a-zà-ÿčšžāēīū])|\s*$)",
                name,
            )[0]
        if role == "between":
            # "A i B, vrijedna više od …": a clause, not a name, after the comma
            name = re.split(
                r",\s+(?!(?:il|la|lo|i|gli|le|l['’]|the|der|die|das|den|dem)\b)(?=[a-zà-ž])", name
            )[0]
        # "sudjeluju A kao vodeći partner te B, C i D, kao projektni partneri": the name before
        # "as" and a role word has that role, the run goes on after it
        implemented = role == "lead" and re.search(r"\b(?:implemented|run)\s+by\b", match.group(0))
        head = _as_role_inside(name) if role in ("partners", "between") or implemented else None
        head_role = None
        if head:
            head_name, head_role, name = head
        pieces = ([(head_name, None)] if head else []) + _split_run(name, language)
        if not pieces:
            continue
        if (
            role == "lead"
            and len(pieces) >= 2
            and re.search(r"\b(?:implemented|run)\s+by\b", match.group(0))
        ):
            role = "between"  # "implemented by A and B": the partnership, no lead named
        if role == "partner_with" and _WITH_PARTNERS.match(fold(sentence[match.end() :])):
            role = "lead_with"  # "A together with 2 partners from B …": A leads them
        subject = role in ("lead_with", "partner_with", "lead_before", "partners_subject")
        chosen = pieces if role in ("partners", "between", "partners_subject") else pieces[:1]
        given = (
            "partner"
            if role in ("partners", "author", "between", "partner_with", "partners_subject")
            else "lead"
            if role in ("lead_with", "lead_under", "lead_before")
            else role
        )
        for number, (piece, piece_side) in enumerate(chosen):
            info = _clean(_quoted_name(piece), language)
            if role == "between" and not head and not _names_one(info):
                continue  # (a run with a role said inside is a run of names)
            # the verb says a name stands here: a short capitalised one is enough
            short = (
                len(info["text"].split()) <= 4
                and _acceptable(info, strict=False)
                and fold(info["text"]) not in _NOT_NAMES_AFTER_VERB
            )
            capital = info["text"][:1].isupper() or (
                role == "between" and _is_org_word(info["text"].split()[0])
            )  # "između općine A i …"
            if subject and not _subject_name(info["text"], role):
                continue
            if (_acceptable(info, strict=True) or (short and not subject)) and capital:
                found.add(
                    info,
                    role=(head_role if head and number == 0 else kept_apart) or given,
                    side=piece_side,
                    how="prose",
                    source=sentence,
                )
                # "Unter der Federführung der A beteiligen sich B und C": the words after the
                # lead are still read for the partners
                added = added or role not in ("lead_under", "lead_before")
        if others and added:
            _colon_run(others, sentence, language, found)
        rest = _WITH.search(sentence)
        if rest and role in ("lead", "lead_with", "partner_with") and added:
            names = re.sub(r"\s+durch\b.*$", "", rest.group("names").strip())
            # "kopā ar sadarbības partneri - biedrību X": the role word before the name
            names = re.sub(
                r"^(?:(?:sadarbības|projekta|project|Projekt)\s+)?partner\w*\s*[-–:]?\s*", "", names
            )
            if not _ANY_ROLE.search(_fold_same_length(names)) or names != rest.group("names"):
                for piece, side in _split_run(_cut_at_stop(names, language), language):
                    quoted = _quoted_name(piece)
                    info = _clean(quoted, language)
                    if _acceptable(info, strict=True) or (
                        quoted != piece and _acceptable(info, strict=False)
                    ):
                        found.add(info, role="partner", side=side, how="prose", source=sentence)
    return added


def _as_role_inside(run: str) -> tuple[str, str, str] | None:
    """A run of names with "as" and a role word after its first name: ``(that name, its role,
    the rest of the run)``, the rest cut where another "as" and role word begin."""
    folded = _fold_same_length(run)
    cues = list(_ANY_ROLE.finditer(folded))
    first = _AS_TAIL.search(folded[: cues[0].start()]) if cues else None
    head = run[: first.start()].strip(" ,;") if first else ""
    if not head or not _has_capital(head):
        return None
    joined = _AFTER_ROLE_JOIN.match(folded, cues[0].end())
    rest_start = joined.end()
    later = [c for c in cues[1:] if _AS_TAIL.search(folded[rest_start : c.start()])]
    rest_end = (
        rest_start + _AS_TAIL.search(folded[rest_start : later[0].start()]).start()
        if later
        else len(run)
    )
    return head, _role_of(cues[0].group(0)) or "partner", run[rest_start:rest_end].strip(" ,;")


# what joins the name with a role to the run after it: "A kao vodeći partner te B", "…, B"
_AFTER_ROLE_JOIN = re.compile(
    r"(?:\s*,)?\s*(?:(?:te|ter|in|i|and|und|sowie|e|et|ir|un|ja|oraz|a)\s+)?"
)


def _role_before_verb(sentence: str, verb_start: int) -> str | None:
    """The associated or observer role a sentence gives right before its verb of taking part,
    with no name or clause between: "Kot pridruženi partnerji pri projektu sodelujejo",
    "Als assoziierte Partner unterstützen …" (not "Pridruženi partner je A, sodelujejo …")."""
    before = _fold_same_length(sentence[:verb_start])
    cues = list(_ANY_ROLE.finditer(before))
    if not cues or _role_of(cues[-1].group(0)) not in ("associated", "observer"):
        return None
    between = sentence[cues[-1].end() : verb_start]
    if re.search(r"[,;:.()]", between) or any(
        word[:1].isupper() and not re.fullmatch(_PROJECT_WORD, fold(word))
        for word in between.split()
    ):
        return None
    return _role_of(cues[-1].group(0))


# A lead named in a relative clause about the project before its role word: "il progetto, del
# quale X è capofila", "dont X est le chef de file" (after it, "dessen Koordinator die X ist", the
# role word's own reading takes the name, to the clause's end)
_RELATIVE = _alternatives(*_WORDS["relative_pronouns"])
_COPULA_WORDS = r"(?:e|ist|je|ir|yra|is|est|jest|on|sa|war|bija|buvo)"
_RELATIVE_NAME_FIRST = re.compile(
    rf"\b{_RELATIVE}\s+(?P<name>[^,;.()]+?)\s+{_COPULA_WORDS}\s+(?:(?:le|la|il|the|l')\s*)?"
    rf"(?:(?:vodilni|vodeci|glavni|main)\s+)?{_ROLE_GROUP}\b"
)


# "…, B und das Museum C, das auch Leadpartner im Projekt ist", "…, and D, which is also the lead
# partner", "… in Zavod E, ki je tudi vodilni partner": the relative clause after the last name
# gives it its role
_RELATIVE_ROLE_AFTER = re.compile(
    r",\s+(?:das|der|die|which|that|who|che|ki|koji|koja|koje|kas|kuri|kuris|qui|ktory|ktora|ktore)"
    r"\s+(?:(?:ist|is|e|je|ir|yra|est|jest|on)\s+)?(?:(?:auch|also|anche|tudi|takodjer|takoder|"
    r"ari|taip pat|aussi|rowniez|tez|ka)\s+)?(?:(?:der|die|das|the|il|la|le|l')\s*)?"
    r"(?:(?:vodilni|vodeci|glavni|main)\s+)?" + _ROLE_GROUP + r"\b(?:\s+\w+){0,3}?"
    r"(?:\s+(?:ist|is|e|je|ir|yra|est|jest|on))?\s*(?:[.;](?=\s|$)|$)"
)


def _lead_after(sentence: str, language: str, found: _Found, folded: str | None = None) -> None:
    """The last name before a relative clause that says it leads: "…, das auch Leadpartner im
    Projekt ist"; the names before it are read as the sentence has them."""
    if ", " not in sentence:
        return
    after = _RELATIVE_ROLE_AFTER.search(folded or _fold_same_length(sentence))
    if not after or _role_of(after.group("role")) != "lead":
        return
    pieces = _split_run(sentence[: after.start()].rsplit(":", 1)[-1], language)
    if pieces:
        name = re.sub(r"^(?:die|der|das|den|dem|il|la|lo|le|l['’]|the)\s*", "", pieces[-1][0])
        info = _clean(_quoted_name(name), language)
        if info["text"][:1].isupper() and _acceptable(info, strict=False):
            found.add(info, role="lead", side=pieces[-1][1], how="prose", source=sentence)


def _relative_lead(sentence: str, language: str, found: _Found) -> bool:
    """The lead named in a relative clause; the clause's role word must say lead."""
    folded = _fold_same_length(sentence)

    for match in _RELATIVE_NAME_FIRST.finditer(folded):
        if _role_of(match.group("role")) != "lead":
            continue
        name = sentence[match.start("name") : match.end("name")]
        name = _cut_at_stop(name, language).strip()
        name = re.sub(r"^(?:die|der|das|den|dem|il|la|lo|le|l['’]|the)\s*", "", name)
        info = _clean(_quoted_name(name), language)
        if info["text"][:1].isupper() and _acceptable(info, strict=False):
            found.add(info, role="lead", side=None, how="prose", source=sentence)
            return True
    return False


# "poleg X še A, B in C", "besides X also A and B", "neben X auch A und B", "oltre a X anche A e
# B", "osim X još i A i B": in a sentence about who takes part, X and the run after the additive
# word are partners alike
_ADDITIVE = re.compile(
    r"\b" + _alternatives(*_WORDS["additive_before"]) + r"\s+(?P<first>[^,;:.]+?)"
    r"(?:,\s+(?:[a-z]+\s+){0,3}?|\s+)"  # "besides X, the partnership also includes A"
     + _alternatives(*_WORDS["additive_also"]) + r"\s+(?P<rest>.+)"
)


def _additive_run(sentence: str, language: str, found: _Found) -> bool:
    folded = _fold_same_length(sentence)
    match = _ADDITIVE.search(folded)
    if not match or not (_PARTICIPATION.search(folded) or _ANY_ROLE.search(folded)):
        return False
    first = sentence[match.start("first") : match.end("first")]
    rest = _cut_at_stop(sentence[match.start("rest") : match.end("rest")], language)
    added = False
    for piece, side in [(first, None), *_split_run(rest, language)]:
        info = _clean(_quoted_name(piece), language)
        # the run says names stand here: a short capitalised one is enough ("Hrvatske vode")
        short = len(info["text"].split()) <= 4 and piece is not first
        countries = all(
            country_code(w.strip(",.")) or country_adjective(w.strip(",."), language=language)
            for w in info["text"].split()
            if fold(w) not in _CONJUNCTIONS
        )  # "… i druge općine iz Hrvatske, Mađarske i Slovačke": places, not names
        if info["text"][:1].isupper() and not countries and _acceptable(info, strict=not short):
            found.add(info, role="partner", side=side, how="prose", source=sentence)
            added = True
    return added


# A description that opens with a body, its country in brackets and what it does: "City of
# Lipik (CRO) will refurbish …", "Caritas Banja Luka (BA), acting as the lead partner, will …"
_BRACKETED_OPENER = re.compile(
    rf"^\s*(?P<name>[{_UPPER}][^():;,]{{2,120}}?)\s*\((?P<code>[^()]{{2,20}})\)\s*(?=,|[a-zà-ž])"
)


def _bracketed_opener(sentence: str, language: str, found: _Found) -> bool:
    match = _BRACKETED_OPENER.match(sentence)
    if not match:
        return False
    code = match.group("code").strip()
    country = country_code(code) or _VEHICLE_CODES.get(code.upper())
    rest = sentence[match.end() :].split()
    if (
        not country
        or country_code(match.group("name"))
        or (rest and fold(rest[0]) in _CONJUNCTIONS)  # "A (Francija) in B (Francija)": a run
        or _ANY_ROLE.search(_fold_same_length(match.group("name")))
        or _MONEY_OR_DATE.search(match.group("name"))  # "On 19-21 June in Kraslava (Latvia) the …"
        or fold(match.group("name").split()[0]) in _PREPOSITIONS | _IN
    ):
        return False
    # the words before the bracket are one name, not a clause ("Notre alliance réunit les …")
    name = match.group("name")
    tokens = _mention_tokens(name)
    opener = 1 if tokens and fold(tokens[0]["text"]) in _ARTICLES else 0
    spans = _mention_spans(tokens, language)
    whole = bool(spans) and spans[0][0] == opener and spans[0][1] == len(tokens)
    clause = [
        w
        for w in name.split()[opener:]
        if w[:1].islower() and fold(w) not in _NAME_PARTICLES | _ARTICLES and not _is_org_word(w)
    ]
    if clause and not whole:
        return False
    after = _fold_same_length(sentence[match.end() : match.end() + 60]).split(".")[0]
    cue = next((c for c in _ANY_ROLE.finditer(after) if not _PARTNERSHIP.match(c.group(0))), None)
    role = _role_of(cue.group(0)) if cue else None
    info = _clean(f"{match.group('name')} ({code})", language)
    if not _acceptable(info, strict=role is None) or _looks_like_person(info["text"]):
        return False
    found.add(info, role=role or "partner", side=country, how="prose", source=sentence)
    return True


def _kind_colon_run(sentence: str, language: str, found: _Found) -> bool:
    """ "Este projeto será dinamizado por 16 beneficiários: A, B, …", "… grupas (VRG): A, B, C":
    the run after a colon whose lead-in counts or names the kind of bodies, read as partners
    when two and a third of its names are clearly organisations (the lead-in says the rest
    are bodies too: "Jūrkante", "Jūras zeme")."""
    colon = sentence.find(":")
    if colon < 0 or not _kind_lead_in(sentence[: colon + 1]):
        return False
    return _colon_run(sentence[colon + 1 :], sentence, language, found)


def _colon_run(run: str, sentence: str, language: str, found: _Found) -> bool:
    """The names of a run after a colon that a lead-in says are bodies, as partners: two and a
    third of them at least must be clearly organisations."""
    pieces = _split_run(_cut_at_stop(run, language), language)
    infos = [(_clean(piece, language), side) for piece, side in pieces]
    sure = [info for info, _ in infos if _acceptable(info, strict=True)]
    if len(sure) < 2 or len(sure) * 3 < len(infos):
        return False
    added = 0
    for info, side in infos:
        if _acceptable(info, strict=True) or (
            len(info["text"].split()) <= 8
            and _has_capital(info["text"])
            and _acceptable(info, strict=False)
        ):
            found.add(info, role="partner", side=side, how="prose", source=sentence)
            added += 1
    return bool(added)


def _subject_name(name: str, role: str) -> bool:
    """Whether the words before "together with" are a name, not a clause: an organisation's
    word in it, and no lowercase word but a name's particles ("Westböhmische Universität Pilsen
    führt das Projekt gemeinsam mit" is a clause); "in partnership with" may follow a few
    ("Gmina Gubin o statusie miejskim realizuje w partnerstwie z")."""
    words = name.split()
    lower = [w for w in words if w[:1].islower() and fold(w) not in _NAME_PARTICLES]
    if not words or fold(words[0]) in _PREPOSITIONS | {"na", "v", "w", "u", "in", "im", "nel"}:
        return False  # "Na Razvojni agenciji A smo … prijavili": where, not who
    return bool(_org_cues(name)) and len(lower) <= (
        3 if role in ("lead_with", "lead_before") else 0
    )


def _names_one(info: dict) -> bool:
    """Whether a piece after "between" or a verb of taking part names one organisation, not a
    kind or a country: "Gemeinden", "the regions of Latvia", "Latvian municipalities" do not."""
    words = info["text"].split()
    proper = [
        w
        for w in words
        if w[:1].isupper()
        and not _is_org_word(w)
        and not country_adjective(w)
        and not country_code(w)
    ]
    # "Ministrstvo za kmetijstvo in okolje", "Agenzia per lo sviluppo e la coesione": a kind and
    # what it is for names one body without a proper word
    purpose = len(words) >= 3 and _is_org_word(words[0]) and fold(words[1]) in _PURPOSE_WORDS
    return (
        _acceptable(info, strict=True)
        and len(words) >= 2
        and (bool(proper) or purpose)
        and not country_code(words[-1])
        and not _MONEY_OR_DATE.search(info["text"])
    )


_NOT_NAMES_AFTER_VERB = set(_WORDS["not_names_after_verb"])


def _quoted_name(piece: str) -> str:
    """'biedrība “Balvu rajona partnerība”' → 'Balvu rajona partnerība': a word for the kind
    of body before a name in quotes."""
    match = re.match(
        r"^\s*(?:[a-zà-žß]+\s+)?[“\"„«‘](?P<name>[^“”\"„«»]{3,80})[”\"»’“]\s*[.,;]?\s*$", piece
    )
    return match.group("name") if match else piece


_LEAD_AFTER_PROJECT = re.compile(
    r"\s+(?i:" + _PROJECT_WORD + r")\s+[" + _UPPER + r"][^,]{0,40},\s+(?P<name>[^,]{2,80}),"
)


def _name_goes_on(before: str) -> bool:
    """Whether the two words after ``before`` end a body's name, not a person's: "Communauté de
    communes du | Val Doré, chef de file", "Università di | Monte Alto, coordinatrice"."""
    words = before.split()
    return bool(words) and (fold(words[-1]) in _NAME_PARTICLES or _is_org_word(words[-1]))


# a role word in the plural ("partners", "partnerji", "partneriai", "partnerek", …), folded
_PLURAL_ROLE = re.compile(r"(?:s|ji|jev|i|ai|id|ien|zy|ek|ekkel)$")


def _prose_sentence(sentence: str, language: str, found: _Found) -> None:
    # the project's name in quotes keeps its own case: "… U SKLOPU PROJEKTA “Cross-border …”"
    letters = [c for c in re.sub(_QUOTED, " ", sentence) if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.8 * len(letters):
        return  # a headline in capitals: its words are not written as names
    folded = _fold_same_length(sentence)
    cues = list(_ANY_ROLE.finditer(folded))
    if cues:
        _lead_after(sentence, language, found, folded)
    taken = (
        _role_verbs(sentence, language, found)
        or _relative_lead(sentence, language, found)
        or _additive_run(sentence, language, found)
        or _bracketed_opener(sentence, language, found)
        or _kind_colon_run(sentence, language, found)
    )
    # "Smiltenes novada pašvaldības (vadošais partneris) un …": a role in brackets belongs to
    # the name before it
    cues = [c for c in cues if sentence[: c.start()].count("(") <= sentence[: c.start()].count(")")]
    asides = [m.span() for m in _ASIDE.finditer(sentence)]
    cues = [c for c in cues if not any(a <= c.start() < b for a, b in asides)]
    # "the Consortium for Development of …": a role word that is also a kind of body, in
    # capitals mid-sentence before "for" or "of", is the head of a name, not a cue of its own
    cues = [
        c
        for c in cues
        if not (
            c.start() > 0
            and sentence[c.start()].isupper()
            and c.group(0).startswith(("consorti", "partnership", "partenariat"))
            and re.match(
                r"\s+(?:of|for|di|de|del|della|per|pour|za|für|fur)\s", sentence[c.end() :]
            )
        )
    ]
    # the role word that closes a relative clause ("del quale X è capofila") and the role words
    # before an additive run ("… partnerjev, in sicer poleg X še A, B") were read with them
    closed = {m.start("role") for m in _RELATIVE_NAME_FIRST.finditer(folded)}
    additive = _ADDITIVE.search(folded) if taken else None
    cues = [
        c
        for c in cues
        if c.start() not in closed and not (additive and c.start() < additive.start())
    ]
    for index, cue in enumerate(cues):
        role = _role_of(cue.group(0))
        person = re.search(r"(\S+\s+\S+),\s+(?:[a-zà-žāēīū]+\s+){0,2}$", sentence[: cue.start()])
        if (
            role == "lead"
            and person
            and _looks_like_person(person.group(1))
            and not _name_goes_on(sentence[: person.start()])
        ):
            role = "partner"  # "Sintija Batare, projekta koordinatore X": her title, X's staff
        named = re.match(r"\s*(\S+\s+\S+),", sentence[cue.end() :])
        if role == "lead" and named and _looks_like_person(named.group(1)):
            role = "partner"  # "vodja projekta Eva Zupan, …": a person's post, not the lead
        end_limit = cues[index + 1].start() if index + 1 < len(cues) else len(sentence)
        if re.search(rf"\b{_RELATIVE}\s+(?:\w+\s+)?$", folded[: cue.start()]):
            # "…, whose lead partner is X, also involves Y": the clause ends at its comma
            comma = re.compile(r"[,;]").search(folded, cue.end(), end_limit)
            end_limit = comma.start() if comma else end_limit
        added = 0
        connector = _BACKWARD.search(folded[: cue.start()])
        # "Občina A kot vodilni partner, Občina B, …": A is the lead, the names after are partners
        role_before = bool(
            connector
            and _AS_ROLE.match(folded[connector.start() :].lstrip(" ,"))  # "A (PE), mint főpályázó"
            and sentence[: connector.start()].strip(" ,;:")
        )
        if role_before and not any(
            w[:1].isupper() for w in sentence[: connector.start()].split()[1:]
        ):
            # "Hanno aderito come partner associati A e B": no name before "as", only a verb;
            # the role is the names' after it
            role_before = False
        forward_role = "partner" if role_before else role
        backward = 0
        if role_before and connector:  # the name before first, in the page's order
            backward = _backward_add(
                sentence, cue.start(), connector.start(), role, language, found
            )
        opened = _opened_span(sentence, folded, cue.end(), end_limit, language)
        with_after = _WITH_AFTER.match(sentence, cue.end(), end_limit) if backward else None
        if with_after and not opened:
            # "… A as the lead partner, along with B, C and D": the lead's fellow partners
            run = _cut_at_stop(with_after.group("names"), language)
            for piece, piece_side in _split_run(run, language):
                info = _clean(piece, language)
                if _acceptable(info, strict=True):
                    found.add(info, role="partner", side=piece_side, how="prose", source=sentence)
                    added += 1
        named_project = _LEAD_AFTER_PROJECT.match(sentence, cue.end(), end_limit)
        if not opened and role == "lead" and named_project:
            # "Vodeći partner projekta Tempus, ITC-CNR, ugostio je …": the project's name, then
            # the lead's between commas
            info = _clean(named_project.group("name"), language)
            if _acceptable(info, strict=False) and not _looks_like_person(info["text"]):
                found.add(info, role="lead", side=None, how="prose", source=sentence)
                added += 1
        # "partnera: A kao vodeći partner, B, C": the last name before the next role word and
        # "as" has that role
        tail = _AS_TAIL.search(folded[:end_limit], cue.end()) if index + 1 < len(cues) else None
        tail_role = _role_of(cues[index + 1].group(0)) if tail else None
        if opened:
            position, strong = opened
            span = _cut_at_stop(sentence[position : tail.start() if tail else end_limit], language)
            if language == "hu":  # "A és a B": the article is not part of B's name
                span = re.sub(r"(?<=\s)az?\s+(?=[" + _UPPER + r"])", "", span)
            side = _side_of(sentence[max(0, cue.start() - 30) : position], language)
            side = side or _count_side(sentence[cue.end() : position])
            head = re.search(r"(\w+)\s*:\s*$", folded[cue.end() : position])
            between_words = folded[cue.end() : position]
            if (
                head
                and head.group(1) in _PLURAL_HEADS
                and "," not in between_words
                and not any(w in _CONJUNCTIONS for w in between_words.split())
            ):  # "partner, città e regioni: …" names several kinds: no one head for all
                span = f"{head.group(1)} {span}"  # "wchodzi 5 gmin: A i B, C": each is a gmina
            elif (
                (kind := re.search(r"(\w+)\s+$", sentence[cue.end() : position]))
                and kind.group(1).islower()
                and (
                    _plural_head(fold(kind.group(1)), language)
                    or fold(kind.group(1)) in _SINGULAR_KINDS
                )
                and "," not in between_words
            ):
                # "partnery jsou obce A a B": each is an obec; "reprezentuje obec A a …": the
                # kind in lower case before the name is the name's
                span = f"{kind.group(1)} {span}"
            plural = bool(_PLURAL_ROLE.search(cue.group(0)))
            singular_lead = (
                forward_role == "lead"
                and not plural
                and not connector
                and "," not in span
                and not re.fullmatch(_PROJECT_WORD, fold(span.strip(" .")))
            )
            pieces = _split_run(span, language)
            joined = re.search(rf"\s(?:{'|'.join(_CONJUNCTIONS)})\s+(\w.*)$", span.strip())
            if singular_lead and joined and not _has_capital(joined.group(1)):
                # "Ricerca applicata e sviluppo r2s": nothing after "e" is a name of its own
                pieces = [(span, None)]
            for number, (piece, piece_side) in enumerate(pieces, 1):
                info = _clean(piece, language)
                loose = strong and len(info["text"].split()) <= 6 and _has_capital(info["text"])
                if _acceptable(info, strict=True) or (loose and _acceptable(info, strict=False)):
                    # "juhtpartner A (GR), B (IE), …": one lead, then the partners
                    piece_role = (
                        tail_role
                        if tail_role and number == len(pieces)
                        else forward_role
                        if forward_role != "lead" or plural or not added
                        else "partner"
                    )
                    found.add(
                        info, role=piece_role, side=piece_side or side, how="prose", source=sentence
                    )
                    added += 1
            with_rest = re.match(
                rf"[\s,]*(?:{_WITH_WORDS})\s+(?P<names>.+)",
                sentence[position + len(span) : end_limit],
            )
            if with_rest:  # "X u saradnji sa A, B i C": the bodies X works with are partners
                for piece, piece_side in _split_run(
                    _cut_at_stop(with_rest.group("names"), language), language
                ):
                    info = _clean(piece, language)
                    if _acceptable(info, strict=True):
                        found.add(
                            info, role="partner", side=piece_side, how="prose", source=sentence
                        )
            if not added and singular_lead:
                # "Vodilni partner Trasferimento tecnologico e innovazione t2i je gostil …": one
                # role word names one body, up to its verb, "e" and all
                info = _clean(span, language)
                if (
                    _acceptable(info, strict=False)
                    and len(info["text"].split()) <= 8
                    and not _MONEY_OR_DATE.fullmatch(info["text"])
                    and not _looks_like_person(info["text"])
                ):
                    found.add(info, role="lead", side=side, how="prose", source=sentence)
                    added += 1
        # "Die Projektpartner, A, B …", "The lead partner of the project, X, presented …",
        # "Vodilni partner projekta, Občina X, je …": the names set off by commas after the role
        # "… četiri partnerske organizacije, iz Srbije A i B, …": a kind word after the role's
        set_off = re.match(
            rf"(?:\s+(?:of\s+)?(?:the\s+)?{_PROJECT_WORD}|\s+(?={_alternatives(*_KIND_PLURALS)})\w+)?, ",
            folded[cue.end() :],
        )
        if not added and not opened and set_off:
            start = cue.end() + set_off.end()
            added += _apposition_run(sentence, start, end_limit, forward_role, language, found)
            if not added and not _PLURAL_ROLE.search(cue.group(0)):
                added += _apposition_one(sentence, start, end_limit, forward_role, language, found)
        if not added and connector and not sentence[: connector.start()].strip(" ,;:"):
            # "As lead partner of the project, Atlantic Axis of … welcomed": the name follows
            comma = sentence.find(", ", cue.end(), end_limit)
            if 0 <= comma and len(sentence[cue.end() : comma].split()) <= 6:
                words = []
                for word in sentence[comma + 2 :].split():
                    if word[:1].islower() and fold(word) not in _NAME_PARTICLES:
                        break
                    words.append(word)
                info = _clean(" ".join(words), language)
                if _acceptable(info, strict=False) and len(info["text"].split()) <= 10:
                    found.add(info, role=role, side=None, how="prose", source=sentence)
                    added += 1
            connector = None
        if connector and not added and not backward:
            # "Uz Zagrebačku županiju kao vodećeg partnera", "L'Unione Italiana … è il Lead Partner"
            added += _backward_add(sentence, cue.start(), connector.start(), role, language, found)
        taken = taken or bool(added or backward)
    taken = _dashed_kind_run(sentence, language, found) or taken
    if cues and not taken:
        taken = _kind_parentheses(sentence, language, found)
    # "A a B podpísali partnerskú zmluvu": a role word after the subjects' verb is not theirs
    if not taken and not any(c.start() < len(_cut_at_stop(sentence, language)) for c in cues):
        taken = _subject_run(sentence, language, found)
    # the one a sentence opens with, when its verb is about the project ("A korraldas …
    # koostööprojektis … Läti partneritele B"): whatever else the sentence named
    _single_subject(sentence, language, found)
    if not taken:
        _country_run(sentence, language, found)
    if found.mentions and not (not cues and _EVENT.search(sentence)):
        _mention_run(sentence, language, found)


# A sentence about an event that was held or attended ("W konferencji uczestniczyło 150 osób, w
# tym z Komendy …", "na terenie gminy X odbyła się konferencja", "The seminar was attended by
# …"): with no role word, the bodies it names are its venue and its audience, not partners
_EVENT = re.compile(
    r"(?i)\b(?:konferencj|konferenc|conferen|seminar|workshop|warsztat|delavnic|radionic|"
    r"tagung|spotkani|srečanj|srecanj|sastan|susitikim|sanāksm|kohtumi|rendezvény|convegn|"
    r"incontr|réunion|atelier|szkoleni|training|mokym)\w*\b.*\b(?:uczestnicz\w*|attended|"
    r"participated|took place|was held|odbył\w*|potekal\w*|održan\w*|fand statt|nahmen teil|"
    r"teilgenommen|si è svolt\w*|ha avuto luogo|s'est tenu\w*|vyko|notika|toimus|"
    r"dalyvavo|piedalījās|osalesid|részt vett\w*|udeležil\w*|sudjelovao|sudjelovali)\b"
    r"|\b(?:uczestnicz\w*|attended|took place|was held|odbył\w*|dalyvavo|udeležil\w*)\b.*\b"
    r"(?:konferencj|conferen|seminar|workshop|spotkani|srečanj|meeting|mokym)\w*"
)


def _backward_add(
    sentence: str, cue_start: int, connector_start: int, role: str, language: str, found: _Found
) -> int:
    """The name before "… kot vodilni partner", "… è il Lead Partner", with that role; the
    names before a plural one ("… A and the B (Greece), as project partners"), each."""
    name = _cut_at_stop(_backward_name(sentence, cue_start, connector_start, language), language)
    side = _side_of(sentence[:cue_start], language)
    cue = _ANY_ROLE.match(_fold_same_length(sentence), cue_start)
    if cue and _PLURAL_ROLE.search(cue.group(0)):
        pieces = _split_run(name, language)
        infos = [(_clean(piece, language), piece_side) for piece, piece_side in pieces]
        if len(infos) >= 2 and all(_acceptable(info, strict=True) for info, _ in infos):
            for info, piece_side in infos:
                found.add(info, role=role, side=piece_side or side, how="prose", source=sentence)
            return len(infos)
    info = _clean(name, language)
    if not _acceptable(info, strict=True):
        return 0
    found.add(info, role=role, side=side, how="prose", source=sentence)
    return 1


def _apposition_one(
    sentence: str, start: int, end: int, role: str, language: str, found: _Found
) -> int:
    """ "The lead partner of the project, Municipality of X, presented …": one body between
    the commas after a singular role word, if it looks like an organisation."""
    closing = sentence.find(", ", start, end)
    if closing < 0:
        return 0
    info = _clean(sentence[start:closing], language)
    if not _acceptable(info, strict=True) or len(info["text"].split()) > 10:
        return 0
    found.add(info, role=role, side=None, how="prose", source=sentence)
    return 1


def _apposition_run(
    sentence: str, start: int, end: int, role: str, language: str, found: _Found
) -> int:
    """ "Die Projektpartner, A, B, die slowenische C und D haben sich …": the names set off by
    a comma after a plural role word, up to the verb; most must look like organisations."""
    span = _cut_at_stop(sentence[start:end], language)
    infos = [(_clean(piece, language), side) for piece, side in _split_run(span, language)]
    sure = sum(_acceptable(info, strict=True) for info, _ in infos)
    if len(infos) < 2 or sure * 2 <= len(infos):
        return 0
    added = 0
    for info, side in infos:
        if _acceptable(info, strict=False) and info["text"][:1].isupper():
            found.add(info, role=role, side=side, how="prose", source=sentence)
            added += 1
    return added


# Where a name in a sentence stops and the clause goes on: "Grad Lenti u cilju proširenja …"
_CLAUSE_AFTER_NAME = re.compile(
    r"\s(?:u|v|na|pri|w|we|im|nel|dans|en|in)\s+(?=[a-zà-ÿčšžćđāēīūąęėįųõäöüőű])"
)


# the agreement two bodies sign for a project: "partnerskú zmluvu", "partnership agreement",
# "Partnerschaftsvertrag", "accordo di partenariato", "umowę partnerską" (folded)
_AGREEMENT = (
    r"partner\w*\s+(?:zmluv|smlouv|agreement|pogodb|ugovor|sporazum|umow|ligum|sutart|leping)\w*|"
    r"(?:partnerschaftsvertrag|kooperationsvertrag|accordo di partenariato|convention de partenariat|"
    r"umow\w* partnersk|partnersk\w* (?:zmluv|smlouv|pogodb|ugovor|sporazum))\w*|"
    r"(?:zmluv|smlouv|pogodb|ugovor|agreement|vertrag)\w* o (?:partnerstv|spoluprac|sodelovanj)\w*"
)


def _subject_run(sentence: str, language: str, found: _Found) -> bool:
    """Organisations a sentence opens with when what they do is the project: "Društvo A, B,
    Inštitut C in D so v okviru projekta …", "Grad A i Grad B … kandidirali su projekt …", or
    when they sign its partnership agreement ("A a B podpísali partnerskú zmluvu").

    Two names at least, most of them with a sign of an organisation, and the word for project
    within a few words of the verb that ends them.
    """
    span = _cut_at_stop(sentence, language)
    rest = sentence[len(span) :]
    if not rest or not re.match(
        rf"^\s*(?:\S+\s+){{0,6}}?(?i:{_PROJECT_WORD}|{_AGREEMENT})\b", _fold_same_length(rest)
    ):
        return False
    infos = []
    for piece, side in _split_run(span, language):
        clause = _CLAUSE_AFTER_NAME.search(piece)
        info = _clean(piece[: clause.start()] if clause else piece, language)
        words = info["text"].split()
        if (
            len(words) == 2
            and words[0].islower()
            and _ADJECTIVE_ENDING.search(fold(words[0]))
            and not country_adjective(words[0])
            and _is_org_word(words[1])
        ):  # "… ter zagrebška županija so …": a place's adjective and the body's word
            info["text"] = info["written"] = info["text"][0].upper() + info["text"][1:]
        infos.append((info, side))
    sure = sum(_acceptable(info, strict=True) for info, _ in infos)
    if len(infos) < 2 or sure * 2 < len(infos):
        return False
    for info, side in infos:
        if (
            _acceptable(info, strict=False)
            and _capital_or_kind(info["text"])
            and not _looks_like_person(info["text"])
        ):
            found.add(info, role="partner", side=side, how="prose", source=sentence)
    return True


def _capital_or_kind(name: str) -> bool:
    """A capital first letter, or the word for the body's kind in lower case before a proper
    name, as running text writes it: "in občina Krško", "oraz miasto Česká Skalica"."""
    words = name.split()
    return bool(words) and (
        words[0][:1].isupper() or (_is_org_word(words[0]) and _has_capital(" ".join(words[1:])))
    )


_DASHED_KIND = re.compile(
    r"\b(?P<first>[^\W\d_]{3,})\s+(?P<second>[^\W\d_]{3,})\s+[–—]\s+(?P<names>[^–—]{3,400}?)\s*[–—]\s"
)
# languages that write the word for a body after its place: "Visaginas pašvaldība", "Tartu vald"
_KIND_AFTER = {"lv", "lt", "et", "hu"}


def _dashed_kind_run(sentence: str, language: str, found: _Found) -> bool:
    """Names set off by dashes after the plural word for their kind: "les trois universités
    – l'Université A, l'Université B et l'Université C – font …", "Lietuvas pašvaldību –
    Paņevežas un Visaginas – pārstāvji": the kind is added to a bare place where the
    language writes it after the name (and read back to the nominative later)."""
    added = False
    for match in _DASHED_KIND.finditer(sentence):
        # the kind is the word before the dash or the one before it ("universités frontalières")
        kind = next(
            (w for w in (match["second"], match["first"]) if _is_org_word(w) and w[:1].islower()),
            None,
        )
        if kind is None:
            continue
        pieces = _split_run(match.group("names"), language)
        if len(pieces) == 1:  # "– Paņevežas un Visaginas –": two bare places
            words = pieces[0][0].split()
            cut = [k for k, w in enumerate(words) if fold(w) in _CONJUNCTIONS]
            if len(cut) == 1 and 0 < cut[0] < len(words) - 1:
                pieces = [(" ".join(words[: cut[0]]), None), (" ".join(words[cut[0] + 1 :]), None)]
        if any(
            w[:1].islower() and country_adjective(w, language=language)
            for piece, _ in pieces
            for w in piece.split()
        ):
            continue  # "– Kisölved és Zalaba a szlovákiai oldalon, …": sides, read elsewhere
        infos = []
        for piece, side in pieces:
            piece = re.sub(r"\s+(?:via|durch|through|per)\s.*$", "", piece)
            if not _org_cues(piece) and language in _KIND_AFTER and piece[:1].isupper():
                piece = f"{piece} {kind}"
            infos.append((_clean(piece, language), side))
        if len(infos) < 2 or not all(_acceptable(info, strict=True) for info, _ in infos):
            continue
        # "Lietuvas pašvaldību – …", "the Slovenian municipalities – …": the country of all
        other = match["first"] if kind == match["second"] else match["second"]
        country = country_code(other) or country_adjective(other, language=language)
        for info, side in infos:
            found.add(info, role="partner", side=side or country, how="prose", source=sentence)
        added = True
    return added


def _single_subject(sentence: str, language: str, found: _Found) -> None:
    """One organisation a sentence opens with, its verb, and the project a few words on:
    "Tartumaa Arendusselts korraldas … koostööprojektis …", "Die Stadt A beteiligt sich am
    Projekt …". Capitalised words only, a word organisations are named with among them."""
    match = re.match(
        rf"^(?P<name>(?:[{_UPPER}][^\s,;:]*\s+){{2,6}}?)(?P<verb>[a-zà-ÿčšžõäöüāēīūąęėįų]\w+)\s+"
        rf"(?:\S+\s+){{0,7}}?(?i:{_PROJECT_WORD})\b",
        sentence,
    )
    if not match or fold(match["verb"]) in _COPULAS | _STOPS:
        return  # "Občina A je v okviru projekta obnovila most": not said to be a partner
    info = _clean(match["name"], language)
    if (
        not _acceptable(info, strict=True)
        or not _org_cues(info["text"])
        or fold(info["text"].split()[0]) in _PREPOSITIONS | _ARTICLES | {"na", "v", "w", "u", "in"}
        or _ANY_ROLE.search(_fold_same_length(info["text"]))
        or info["text"].isupper()  # "ZELENO ŽELIMO sodeluje …": the project's own name
        or _EU_WORD.match(info["text"])  # "INTERREG Bay-Aut-Kleinprojekte …": a heading
        or " ".join(info["text"].split()[:2]).isupper()  # "DATI PROGETTO Nome …"
        or re.match(r"(?i)^(?:eiropas|europ|evrop|euroopa)", fold(info["text"]))  # the EU's fund
    ):
        return
    found.add(info, role="partner", side=None, how="prose", source=sentence)


def _kind_parentheses(sentence: str, language: str, found: _Found) -> bool:
    """Names in brackets after the common noun for their kind, in a sentence about partners:
    "… jednou univerzitou (Univerzita Corvinus Budapešť) a zo strany slovenskej jedným
    ústavom (…)". A bracket after a name is that name's acronym or translation, not another."""
    added = False
    for match in re.finditer(r"\(([^()]{3,160})\)", sentence):
        before = sentence[: match.start()].split()
        if not before or not before[-1][:1].islower() or not _is_org_word(before[-1]):
            continue
        content = match.group(1)
        if find_country(content)[0] or _ANY_ROLE.search(_fold_same_length(content)):
            continue
        side = _last_side(sentence[: match.start()], language)
        for piece, piece_side in _split_run(content, language):
            info = _clean(piece, language)
            if len(info["text"].split()) >= 2 and _acceptable(info, strict=False):
                found.add(
                    info, role="partner", side=piece_side or side, how="prose", source=sentence
                )
                added = True
    return added


# Stop words that are names or particles in other languages ("van" in "Hof van Twente").
_STOP_LANGUAGE: dict[str, str] = dict(_WORDS["stop_language"])


def _stops_in(word: str, language: str) -> bool:
    only = _STOP_LANGUAGE.get(word)
    pairs = (("sl", "hr"), ("cs", "sk"))  # the stop words of one read on the other's pages
    return only is None or only == language or any(only in p and language in p for p in pairs)


# Slavic prepositions of place and time: after a conjunction they open a clause, not a name
_PLACE_PREPOSITIONS = {"na", "u", "v", "w", "po", "pri", "iz", "od", "do", "ob", "nad", "pod"}


_GERMAN_NAME_WORDS = {"e.v", "e.v.", "ev", "eg", "e.g", "ggmbh", "mbh", "gmbh", "ag", "kg", "e.u"}


def _german_verb(token: str, word: str) -> bool:
    """Whether a lowercase word in a German run cannot be inside a name (a name's small words
    are its articles, prepositions and conjunctions, a legal form, a foreign place's particle)."""
    return (
        token[:1].islower()
        and word.isalpha()
        and word not in _NAME_PARTICLES | _ARTICLES | _PREPOSITIONS | _PLACE_PREPOSITIONS
        and word not in _CONJUNCTIONS | _GERMAN_NAME_WORDS
        and len(word) > 3
        and not country_adjective(token.strip(",;:.()"))  # "die slowenische Stadtgemeinde A"
    )


def _cut_at_stop(span: str, language: str) -> str:
    """A run of names ends at a verb or at the start of another clause."""
    # "… A and B under the leadership of C": the phrase names the lead, it ends the run before it
    under = _LEAD_UNDER.search(span)
    if under and span[: under.start()].strip(" ,;"):
        span = span[: under.start()].rstrip(" ,;")
    depth, quote = 0, False
    for match in re.finditer(r"\S+", span):
        token = match.group(0)
        depth += token.count("(") - token.count(")")
        if any(q in token for q in "„“«"):
            quote = not quote if token.count('"') % 2 else True
        if any(q in token for q in "”»"):
            quote = False
        if depth > 0 or quote:
            continue
        word = fold(token).strip(",;:.()\"'„“”")
        if (
            (word in _STOPS and _stops_in(word, language) or word in _ADVERBS)
            and match.start() > 0
            and token[:1].islower()
        ):
            if ":" in " ".join(span[match.start() :].split()[:3]):
                continue  # "; per la parte italiana sono invece: …" heads the next names
            return span[: match.start()]
        if _CONTRACTORS.match(fold(span[match.start() :])):
            return span[: match.start()].rstrip(" ,")
        if match.start() > 0 and token[:1].islower() and _WITH_START.match(span, match.start()):
            return span[: match.start()].rstrip(" ,")  # "Agencija A u saradnji sa B": two bodies
        if (
            match.start() > 0
            and re.fullmatch(_PROJECT_WORD, word)
            and re.match(r"\s*[„“\"«]", span[match.end() :])
        ):
            return span[: match.start()].rstrip(" ,")  # "… administracija projektų „A“ ir „B“"
        following = span[match.end() :].split()[:1]
        if (
            token in ("–", "—")
            and match.start() > 0
            and following
            and following[0][:1].islower()
            and not _is_org_word(following[0])
            and not _SUBUNITS.match(fold(following[0]))
        ):
            return span[: match.start()].rstrip(" ,")  # "… B – lancent un institut": a verb
        if (
            match.start() > 0
            and word in _CONJUNCTIONS
            and following
            and fold(following[0]) in _PREPOSITIONS - _ARTICLES | _PLACE_PREPOSITIONS
            and following[0][:1].islower()
        ):
            return span[: match.start()].rstrip(" ,")  # "Grad A i na ovaj poziv …"
        if (
            match.start() > 0
            and token[:1].islower()
            and re.fullmatch(_PROJECT_WORD, word)
            and following
            and re.match(
                r"^(?:pt|pn|pod|z|titled|entitled|intitolato|intitulé)\b", fold(following[0])
            )
        ):
            return span[: match.start()].rstrip(" ,")  # "… w Gubinie projekt pt. „…“"
        if (
            word in {"s", "sa", "with", "mit", "con", "avec"}
            and not token.endswith(".")  # "o. p. s." is a legal form, not "s" (with)
            and following
            and following[0][:1].islower()
            and not _is_org_word(following[0])
        ):
            return span[: match.start()].rstrip(" ,")  # "… iz Ljubljane s odobrenim sredstvima"
        if (
            language == "de"
            and match.start() > 0
            and word in {"der", "die", "das", "den", "dem", "des"}
            and following
            and following[0][:1].islower()
            and following[0].isalpha()
            and not country_adjective(following[0])  # "der slowenischen Gemeinde A"
        ):
            # "Stiftung A der weitere Fahrplan …": in German an article then a lower-case word
            # opens another phrase (a name's genitive goes on in capitals: "Verein der Freunde")
            return span[: match.start()].rstrip(" ,")
    return span


def _country_run(sentence: str, language: str, found: _Found) -> None:
    """ "… A (Austria), B (Italy) and C (France)": names each followed by its country, in a
    sentence without a word for partners."""
    marks = [m for m in re.finditer(r"\(([^()]{2,40})\)", sentence) if find_country(m.group(1))[0]]
    if len(marks) < 2:
        return
    before_first = sentence[: marks[0].start()]
    if len(marks) < 3 and not re.search(r":|\b(?:with|avec|con|mit|ar|skupaj z)\s", before_first):
        return  # "… az Etix Kft. (SK) és az Innocity Kft (HU) végezte": not a list of partners
    head = sentence[: marks[0].start()]
    starts = [
        m.start()
        for m in re.finditer(r"\b(?:les|the|la|le|die|der|das|il|gli|l['’])\s+(?=\w)", head)
        if len(head[m.start() :].split()) <= 8
    ]
    explicit = [
        m.end()
        for m in re.finditer(
            r"(?::|\s[–—]\s|\b(?:with|avec|con|mit|ar|z|s|together with|skupaj z|kopā ar)\s)", head
        )
    ]
    opener = max(explicit or starts or [0])  # a colon or "with" before the names, else an article
    span = _cut_at_stop(sentence[opener:], language)
    pieces = _split_run(span, language)
    infos = [(_clean(p, language), side) for p, side in pieces]
    organisations = [i for i, _ in infos if _org_cues(i["text"])]
    with_country = [i for i, _ in infos if i["country"]]
    for info, side in infos:
        if not _acceptable(info, strict=True):
            continue
        if (
            info["country"] and (_org_cues(info["text"]) or len(organisations) * 2 >= len(infos))
        ) or (len(with_country) >= 2 and _org_cues(info["text"])):
            found.add(info, role="partner", side=side, how="prose", source=sentence)


# ---------------------------------------------------------------- partners: the list


def _key(name: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(name)).split())


_FUNCTION_WORDS = {language: set(words) for language, words in _WORDS["function_words"].items()}


# Legal forms and the countries that use them.
_LEGAL_FORM_COUNTRIES = [
    (re.compile(r"\bd\.\s?o\.\s?o\.|\bd\.\s?d\."), {"SI", "HR", "BA", "RS", "ME"}),
    (re.compile(r"\bG(?:es\.)?mbH\b|\be\.\s?V\.|\bgGmbH\b"), {"DE", "AT", "CH", "LI"}),
    (re.compile(r"\bKft\.?|\bZrt\.?|\bNonprofit Kft"), {"HU"}),
    (re.compile(r"\bSIA\b"), {"LV"}),
    (re.compile(r"\bUAB\b|\bVšĮ\b"), {"LT"}),
    (re.compile(r"\bOÜ\b|\bMTÜ\b"), {"EE"}),
    (re.compile(r"\bOy\b|\bOyj\b"), {"FI"}),
    (re.compile(r"\bs\.\s?r\.\s?o\.|\bn\.\s?o\.|\bo\.\s?z\."), {"SK", "CZ"}),
    (re.compile(r"\bz\.\s?s\.|\bz\.\s?ú\.|\bo\.\s?p\.\s?s\."), {"CZ"}),
    (re.compile(r"\bSp\.\s?z\s?o\.\s?o\."), {"PL"}),
    (re.compile(r"\bS\.r\.l\.|\bS\.p\.A\.|\bs\.c\.a\.r\.l\."), {"IT"}),
    (re.compile(r"\bAB\b"), {"SE", "FI"}),
]
# The country a language is mostly written in, when the page names none.
_MAIN_COUNTRY: dict[str, str] = dict(_WORDS["main_country"])


# The word a municipality's name opens with is in its own country's language, whatever the
# page's language (folded stems; the tables are in data/extract_words.yaml).
_KIND_COUNTRIES = [
    (tuple(entry["stems"]), set(entry["countries"])) for entry in _WORDS["kind_countries"]
]


def _kind_countries(name: str) -> set[str]:
    """The countries the kind word a name opens with belongs to (None when it opens otherwise)."""
    words = fold(name).split()
    first = words[0] if words else ""
    # the longest stem decides: "obcina" (SI) is not "obci…" (CZ, SK)
    matches = [
        (len(stem), countries)
        for stems, countries in _KIND_COUNTRIES
        for stem in stems
        if first.startswith(stem)
    ]
    return max(matches, key=lambda match: match[0])[1] if matches else set()


# Letters only some languages write: "Gmina Šilheřovice" on a Polish page is a Czech place
_LETTER_COUNTRIES = {
    **dict.fromkeys("řůě", {"CZ"}),
    **dict.fromkeys("ťďý", {"CZ", "SK"}),
    **dict.fromkeys("ľĺŕô", {"SK"}),
    **dict.fromkeys("őű", {"HU"}),
    **dict.fromkeys("łąęśźżń", {"PL"}),
    **dict.fromkeys("ķļņģ", {"LV"}),
    **dict.fromkeys("ėįų", {"LT"}),
    **dict.fromkeys("õ", {"EE"}),
    **dict.fromkeys("șță", {"RO", "MD"}),
    # Danish and Norwegian: "Museum Sønderjylland" on a German page, "Høgskulen …" on a Slovene one
    **dict.fromkeys("øæ", {"DK", "NO"}),
    **dict.fromkeys("å", {"DK", "NO", "SE"}),
}


def _letter_countries(name: str) -> set[str]:
    """The countries whose languages write the letters of a name's proper words (not the
    word for its kind, which follows the page's language): empty when no letter says."""
    countries: set[str] = set()
    for word in name.split():
        if not word[:1].isupper() or _is_org_word(word):
            continue
        for letter in word.lower():
            if letter in _LETTER_COUNTRIES:
                these = _LETTER_COUNTRIES[letter]
                countries = these if not countries else countries & these
                if not countries:
                    return set()  # letters of two languages: they say nothing
    return countries


def _legal_form_countries(name: str) -> set[str]:
    for pattern, countries in _LEGAL_FORM_COUNTRIES:
        if pattern.search(name):
            return countries
    return set()


# The country most bodies of a form shared by several are in, where one is (GmbH, e.V.: Germany;
# d.o.o. is as Slovenian as Croatian): the guess when the page names none of the form's countries
_LEGAL_FORM_MAIN = {frozenset({"DE", "AT", "CH", "LI"}): "DE", frozenset({"SE", "FI"}): "SE"}


def _name_countries(name: str) -> set[str]:
    """The countries whose language the words of a name are in ("Občina" → SI), when one
    language wins."""
    folded = " " + " ".join(fold(name).split()) + " "
    words = set(folded.split())
    scores = {}
    for language, stems in _NAME_LANGUAGE.items():
        score = sum(2 for w in stems if (" " + w) in folded)
        score += sum(1 for w in _FUNCTION_WORDS.get(language, ()) if w in words)
        if score:
            scores[language] = score
    if not scores:
        return set()
    best = max(scores.values())
    winners = [language for language, score in scores.items() if score == best]
    return _LANGUAGE_COUNTRIES[winners[0]] if len(winners) == 1 else set()


def _resolve_country(
    item: dict, written: str, language: str, page_countries: set[str], review: list[str]
) -> tuple[str | None, str]:
    """The partner's country and where it came from, most certain first."""
    if item.get("country"):
        if item.get("note") and "from the" not in item["note"]:
            review.append(f"partner '{written}': {item['note']}")
        return item["country"], "written beside it"
    if item.get("side"):
        return item["side"], "the side it is listed under"
    evidence = item.get("evidence") or written
    if evidence[:1].islower() and _is_org_word(evidence.split()[0]):
        evidence = evidence[0].upper() + evidence[1:]  # "občina Breg" in running text
    code, word = country_in_text(evidence)
    if code:
        review.append(
            f"partner '{written}': no country given; {code} ({country_name(code)}) taken from the word '{word}' in its name"
        )
        return code, "a word in its name"
    code, place = place_country(evidence)
    if code:
        review.append(
            f"partner '{written}': no country given; {code} ({country_name(code)}) taken from the place '{place}' in its name"
        )
        return code, "a place in its name"
    code, place = _gazetteer_country(evidence, page_countries)
    abroad = code  # kept for when nothing else places it: "Gemeinde Tarvis"
    kinds = _legal_form_countries(evidence) or _kind_countries(evidence)
    if code and code not in page_countries:
        from helix_graph.places import is_written_name

        # a place found only by folding case or letters ("Brda" is listed as "brda" among
        # Breda's names, "Žemės" folds to Zemeş) says less than the language of the name: it
        # is kept for when nothing else places it
        if not is_written_name(place, code):
            code = None
    if code and kinds and code not in kinds and code not in page_countries:
        from helix_graph.places import is_town, place_countries

        # "Općina X" with an X abroad the page never names: the kind word decides, unless X is
        # a town of one country only ("Comune di Lienz" is Austrian: Italian pages name Austrian
        # towns with Italian words; a village abroad of the same name as a municipality at home
        # does not overrule its kind word)
        if len(place_countries(place)) != 1 or not is_town(place, code):
            code = None
    if code:
        review.append(
            f"partner '{written}': no country given; {code} ({country_name(code)}) taken from the "
            f"place '{place}' in its name (GeoNames); check it"
        )
        return code, "a place in its name"
    for word in evidence.split():
        code = country_adjective(word, language=language)
        if code:
            review.append(
                f"partner '{written}': no country given; {code} ({country_name(code)}) taken from the word '{word}' in its name"
            )
            return code, "a word in its name"

    def assumed(codes: set[str], why: str, origin: str) -> tuple[str, str] | None:
        if len(codes) != 1:
            return None
        code = next(iter(codes))
        review.append(
            f"partner '{written}': no country given; {code} ({country_name(code)}) assumed from "
            f"{why} and the countries the page names; check it"
        )
        return code, origin

    lettered = _letter_countries(evidence)
    found = assumed(
        (lettered & page_countries) or lettered,
        "the letters of its proper name",
        "the letters of its name",
    )
    if found:
        return found
    named = (
        _legal_form_countries(evidence) or _kind_countries(evidence) or _name_countries(evidence)
    )
    candidates = named or _LANGUAGE_COUNTRIES.get(language, set())
    narrowed = candidates & page_countries if page_countries else candidates
    if not narrowed and (main := _LEGAL_FORM_MAIN.get(frozenset(_legal_form_countries(evidence)))):
        # "Grüne Liga e.V." on a Polish page naming no German-speaking country: a form is never
        # the page's country when it is not one of the form's
        narrowed = {main}
    if not narrowed and len(named) == 1:
        narrowed = named  # a name in a language of one country: the page need not name it
    if not narrowed and page_countries:
        narrowed = _LANGUAGE_COUNTRIES.get(language, set()) & page_countries
    if not narrowed and not page_countries and language in _MAIN_COUNTRY:
        narrowed = {_MAIN_COUNTRY[language]} & candidates
    if (
        not narrowed
        and language in _MAIN_COUNTRY
        and _MAIN_COUNTRY[language] in (named or candidates)
    ):
        # a name in the page's own language, on a page that names other countries too
        narrowed = {_MAIN_COUNTRY[language]}
    if not narrowed and named:
        # "Comune di Quiliano" on a page naming other countries: the main country of its language
        narrowed = {
            _MAIN_COUNTRY[lang]
            for lang, countries in _LANGUAGE_COUNTRIES.items()
            if countries == named and lang in _MAIN_COUNTRY
        }
    if (
        len(narrowed) > 1
        and _MAIN_COUNTRY.get(language) in narrowed
        and not narrowed & page_countries
    ):
        narrowed = {_MAIN_COUNTRY[language]}  # a Croatian name on a Croatian page naming no other
    found = assumed(narrowed, "the language of its name", "the language of its name")
    if found:
        return found
    if abroad:  # the village its name ends with, when the kind word's language decides nothing
        review.append(
            f"partner '{written}': no country given; {abroad} ({country_name(abroad)}) taken from "
            f"the place '{place}' in its name (GeoNames), though its kind word is another country's; check it"
        )
        return abroad, "a place in its name"
    review.append(f"partner '{written}': no country found; add it")
    return None, "not found"


def _gazetteer_country(name: str, page_countries: set[str]) -> tuple[str | None, str | None]:
    """The country of the town or village a name ends with: "Gmina Hať", "Città di Lienz",
    "Turistička zajednica Portorož": the proper words after the body's kind, all of them; a
    place in two countries is decided by the countries the page names, else left undecided."""
    # a name in quotes after its kind is still the place: 'Primary School "Bovec"'
    words = [w.strip(_QUOTES) for w in name.split() if w.strip(_QUOTES)]
    # the capitalised words the name ends with: "Città di Lienz", "Agenzia di sviluppo di Tolmino"
    start = len(words)
    while start > 0 and (
        (words[start - 1][:1].isupper() and not _is_org_word(words[start - 1]))
        or (fold(words[start - 1]) in _PLACE_PARTICLES and start < len(words))
    ):
        start -= 1
    while start < len(words) and not words[start][:1].isupper():
        start += 1
    proper = words[start:]
    if len(proper) > 1 and re.fullmatch(r"[A-ZČŠŽ]{2,6}", proper[-1]):
        proper = proper[:-1]  # "Agencija za razvoj općine Tešanj TRA": the town before its initials
    first_kind = next((k for k, w in enumerate(words) if _is_org_word(w)), None)
    before_kind = not proper and bool(first_kind)
    if before_kind:  # "Pleskavas rajona administrācija": the place comes first
        proper = list(itertools.takewhile(lambda w: w[:1].isupper(), words[:first_kind]))
    if (
        not proper
        or not proper[0][:1].isupper()
        or not all(w[:1].isupper() or fold(w) in _PLACE_PARTICLES for w in proper)
        or len(proper) > 4
    ):
        return None, None
    from helix_graph.places import place_countries  # pandas and the gazetteer: only when asked

    if any(q in name for q in _QUOTES) and len(proper) > 1:
        # 'Primary School "Bovec"' is in Bovec; 'Biedrība “Jūras Zeme”' is not in any "Zeme"
        proper = [w for w in proper if w in _quoted_words(name)] or proper
    place = " ".join(proper)  # the whole place: "Dolna Łąka" is not any "Łąka"
    forms = [place]
    last = fold(proper[-1])
    for ending, nominative_ending in _PLACE_CASE_ENDINGS:
        if (
            before_kind
            and len(proper) == 1
            and last.endswith(ending)
            and len(last) > len(ending) + 2
        ):  # a genitive before the body's word; a name's last word is left as written
            forms.append(place[: len(place) - len(ending)] + nominative_ending)
    head, _, tail = proper[0].partition("-")
    joined = "-" in proper[0] or (len(proper) > 2 and fold(proper[1]) in _PLACE_PARTICLES)
    # "Primorsko-goranska", "Splitsko-dalmatinska": one adjective of two, not a town "Primorsko"
    compound_adjective = bool(tail[:1].islower() and re.search(r"[sc]ko$", fold(head)))
    if joined and len(head) >= 5 and head not in forms and not compound_adjective:
        # "Hermagor-Pressegger See", "Kanal ob Soči": the town its longer name starts with
        # (not "Dolna" of "Dolna Łąka")
        forms.append(head)
    whole = len(forms)
    quoted = any(q in name for q in _QUOTES)
    if not quoted and not _has_place_particle(proper):
        # 'State School District "Tarcento"': the town the capitalised words end with;
        # "Manzano State School Board": the town they start with (of a country the page names:
        # "Alpi Liguri" is not in a Greek village "Liguri")
        forms += (
            [" ".join(proper[:k]) for k in range(len(proper) - 1, 0, -1)]
            if before_kind
            else [" ".join(proper[k:]) for k in range(1, len(proper))]
        )
    for k, form in enumerate(forms):
        codes = set(place_countries(form)) if len(form) >= 4 else set()
        if len(codes) > 1 or k >= whole:
            codes &= page_countries
        if len(codes) == 1:
            return next(iter(codes)), form
    return None, None


def _quoted_words(name: str) -> set[str]:
    return {
        w
        for part in re.findall(rf"[{_QUOTES}]([^{_QUOTES}]+)[{_QUOTES}]", name)
        for w in part.split()
    }


def _has_place_particle(words: list[str]) -> bool:
    return any(fold(w) in _PLACE_PARTICLES for w in words)


# words inside a place's name: "Spittal an der Drau", "Kanal ob Soči", "Sveti Jurij ob Ščavnici"
_PLACE_PARTICLES = {"an", "am", "der", "ob", "na", "nad", "pod", "pri", "sul", "sur", "la", "im"}
# the genitive and other cases a place is written in before the word for its body: Latvian
# "Pleskavas" (Pleskava), Lithuanian "Biržų", Slavic "Kopra" (Koper) are tried back
_PLACE_CASE_ENDINGS = (("as", "a"), ("es", "e"), ("s", ""), ("e", "a"), ("i", "a"), ("u", "a"))


def _bare_key(key: str) -> str:
    """A name's key without its legal form, to see that two spellings are one organisation."""
    return re.sub(r"\b(?:d o o|d d|gmbh|e v|ltd|kft|s r l|s p a|sia|oy|as|ag)\b", "", key).strip()


# ---------------------------------------------------------------- partners: mentions


# A mention is found by its structure, not by the sentence around it: a word organisations are
# named with (any language, any case) and the capitalised words it heads or ends ("Občina
# Krško", "Municipality of Breznički Hum", "Apes novada dome", "Pannon Egyetem"), or a plural
# kind before places ("Die Gemeinden Tarvis und Arnoldstein"). It is a partner when its sentence
# says who takes part in the project.
_PARTICIPATION = re.compile(
    r"(?:^|(?<=[\s(„“\"']))" + _alternatives(*(re.escape(w) for w in _WORDS["participation"]))
)
_PROGRAMME_BODY = re.compile(
    r"\b" + _alternatives(*(re.escape(w) for w in _WORDS["programme_bodies"]))
)
_EU_NAME = re.compile(r"\b" + _alternatives(*_WORDS["eu_words"]) + r"(?!\w*region)")
_EU_BODY = re.compile(r"\b" + _alternatives(*_WORDS["eu_bodies"]))
_CALL = re.compile(r"\b" + _alternatives(*(re.escape(w) for w in _WORDS["call_words"])))
_ELIGIBLE = re.compile(r"\b" + _alternatives(*(re.escape(w) for w in _WORDS["eligibility_words"])))
# a department is part of a body, not a partner: "natančneje Oddelek za krajinsko arhitekturo …"
_DEPARTMENT = re.compile(r"^" + _alternatives(*_WORDS["departments"]))
# "Grad Novi Sad, preko Gradske uprave za …", "la Regione, tramite la Direzione …": what the
# body before the comma acts through, right before the name (folded text)
_THROUGH = re.compile(
    r"[\w.)],\s+(?:" + "|".join(re.escape(w) for w in _WORDS["through_words"]) + r")"
    r"(?:\s+(?:the|its|il|la|lo|l'|le|der|die|das|den|dem|svoj\w*|svoj\w*))?\s+$"
)
# the parts of a university or an academy that take part under their own names
_UNIT_WORDS = (
    "fakult",
    "facult",
    "facolt",
    "institu",
    "istitut",
    "instytut",
    "inštitut",
    "center",
    "centar",
    "centr",
    "zavod",
    "katedr",
)
# "zunanjim izvajalcem … agencijo ICRA d.o.o.": the words for a contractor, a few words before
_CONTRACTED = re.compile(_CONTRACTORS.pattern.removeprefix("^") + r"\W+(?:\w+\W+){0,3}$")
_FROM_WORDS = set(_WORDS["from_words"])
_GRANT_CONTRACT = re.compile(_alternatives(*(re.escape(w) for w in _WORDS["grant_contract"])))
# languages whose names end in their kind word: "Helmes pašvaldība", "Pannon Egyetem"
_HEAD_LAST = {"lv", "lt", "et", "hu", "fi", "de", "en", "da"}
_NOT_HEADS = tuple(_WORDS["mention_not_heads"])
_HEADS = tuple(w for w in _WORDS["mention_heads"] if len(w) > 3)
_HEAD_WORDS = {w for w in _WORDS["mention_heads"] if len(w) <= 3}
_TITLES = tuple(_WORDS["person_titles"])
_NOT_TITLES = tuple(_WORDS["not_titles"])
# small words inside names of places and bodies: "Bistrica ob Sotli", "San Pietro al Natisone"
_MENTION_PARTICLES = _NAME_PARTICLES | set(_WORDS["place_particles"])


@functools.lru_cache(maxsize=65536)
def _is_title(word: str) -> bool:
    """A word for a person's post ("direktorica", "župan", "Bürgermeister"), in any case."""
    folded = fold(word)
    return folded.startswith(_TITLES) and not folded.startswith(_NOT_TITLES)


# lower-case words that may stand inside a name after a small word: "Zavod za turizem Maribor"
_INNER_LOWER = {"sl", "hr", "bs", "sr", "pl", "cs", "sk", "lv", "lt", "et", "hu"}
# languages whose names put lower-case words before their head: "Tāgepera brīvprātīgo biedrība"
_LOWER_BEFORE_HEAD = _INNER_LOWER
# a role word that names the partnership, not a partner ("cooperation and partnership with")
_PARTNERSHIP = re.compile(r"partners?hip|partnerstv|partnerstw|partnerschaft|partneryst|partnerib")
# the frame a programme or fund is named in: "w ramach Funduszu …", "im Rahmen des …"
_FRAME = re.compile(
    _alternatives(*(re.escape(w) for w in _WORDS["programme_frames"])) + r"\W+(?:\w+\W+){0,3}$"
)
_TOKEN = re.compile(r"\S+")
_OPENERS = "(„“\"«‹['‘"
_CLOSERS = ")“”\"»›]'’,;:.!?"


_ELIDED = re.compile(r"^(?:[dlDL]|[Dd]ell|[Aa]ll|[Dd]all|[Nn]ell|[Ss]ull|[Qq]u)['’](?=\w)")


def _mention_tokens(sentence: str) -> list[dict]:
    """The sentence's words, each with what it can be in a name and whether a break follows."""
    tokens = []
    for match in _TOKEN.finditer(sentence):
        raw = match.group(0)
        core = raw.strip(_OPENERS + _CLOSERS + "–—-")
        if not re.search(r"\w", core):
            if tokens:
                tokens[-1]["break"] = tokens[-1]["break"] or raw not in ("-", "–", "—")
                tokens[-1]["dash"] = raw in ("-", "–", "—")
            continue
        lead = raw[: raw.find(core)]
        tail = raw[raw.find(core) + len(core) :]
        if tokens and any(c in lead for c in _OPENERS):
            tokens[-1]["break"] = True
        # "l'Associazione", "dell'Università", "d'Esch": the elided article is not the word
        bare = _ELIDED.sub("", core)
        folded = fold(bare)
        title = _is_title(core)
        head = not title and (
            (_is_org_word(bare) and not folded.startswith(_NOT_HEADS))
            or folded.startswith(_HEADS)
            or folded in _HEAD_WORDS
        )
        tokens.append(
            {
                "text": core,
                "start": match.start() + len(lead),
                "end": match.start() + len(lead) + len(core),
                "cap": bare[:1].isupper(),
                "kind": head or bool(_LEGAL_FORMS.fullmatch(core)),
                "org": _is_org_word(bare),
                "title": title,
                "plural": folded in _PLURAL_HEADS
                or bool(_compound_plural(core, ""))
                or (  # "a network of Centers of Public Initiatives": kinds, not a name
                    core[:1].isupper()
                    and folded.endswith("s")
                    and not folded.endswith(("ss", "us", "is"))
                    and _is_org_word(folded[:-1])
                ),
                "eu": core in _NOT_ACRONYMS,
                "particle": folded in _MENTION_PARTICLES and folded not in _CONJUNCTIONS,
                "conj": folded in _CONJUNCTIONS,
                "break": any(c in tail for c in _CLOSERS),
                "comma": "," in tail or ";" in tail,
                "aside": lead.startswith("("),
                "hyphen": raw.endswith("-") and len(raw) > 2,  # "Festungs- und Heimatmuseum"
                "dash": False,
            }
        )
    return tokens


def _mention_spans(tokens: list[dict], language: str) -> list[tuple[int, int]]:
    """Token ranges [i, j) that name an organisation: a body's head word with capitalised words."""

    def word(t: dict) -> bool:  # a word that can stand in a name
        return (
            (t["cap"] or t["org"] or t["kind"]) and not t["conj"] and not t["title"] and not t["eu"]
        )

    spans = []
    for k, token in enumerate(tokens):
        # a German noun is capitalised ("institutionellen" is not one); an English plural
        # names kinds ("a network of Centers of …"); a plural kind before places is shared
        if (
            not token["kind"]
            or token["title"]
            or (language == "de" and not token["cap"])
            or (token["plural"] and fold(token["text"]) not in _PLURAL_HEADS)
            or _distributed(tokens, k, language)
            or _in_a_town(tokens, k, language)
        ):
            continue
        # forward: "Občina Krško", "Zavod za turizem Maribor – Pohorje", "Comune di Russi"
        j = k + 1
        while j < len(tokens) and not tokens[j - 1]["break"]:
            if tokens[j - 1]["dash"] and not tokens[j - 1]["cap"]:
                break  # "pašvaldību – Paņevežas un …": a dash after a lower-case word is an aside
            if word(tokens[j]):
                j += 1
                continue
            gap = j
            while (
                gap < len(tokens)
                and gap - j < 4
                and not tokens[gap]["title"]
                and not tokens[gap]["cap"]
                and not tokens[gap]["break"]
                and (
                    (tokens[gap]["particle"] and not tokens[gap]["conj"])
                    or (
                        # "Zavod za turizem Maribor", "Centru za podjetništvo in turizem Krško"
                        language in _INNER_LOWER
                        and tokens[j]["particle"]
                        and gap > j
                        and (
                            not tokens[gap]["conj"]
                            or (gap + 1 < len(tokens) and not tokens[gap + 1]["cap"])
                        )
                    )
                )
            ):
                gap += 1
            if gap > j and gap < len(tokens) and word(tokens[gap]) and tokens[gap]["cap"]:
                j = gap + 1
            else:
                break
        # backward: "Apes novada dome", "Šalčininkų rajono savivaldybės administracija"
        i = k
        m, lower, capital = k - 1, 0, False
        backward = (language in _HEAD_LAST or not token["cap"]) and not token["plural"]
        while m >= 0 and not tokens[m]["break"] and backward:
            t = tokens[m]
            if word(t):
                if t["cap"] or t["org"]:
                    i, lower = m, 0
                capital = capital or t["cap"]
            elif (
                t["particle"]
                and not t["conj"]
                and m > 0
                and (tokens[m - 1]["org"] or tokens[m - 1]["kind"])
            ):
                pass  # "Network of Centers of …", not "Studierenden der Hochschule …"
            elif t["conj"] and m > 0 and tokens[m - 1]["hyphen"]:
                pass  # "Festungs- und Heimatmuseum Kufstein": one name
            elif (
                language in _LOWER_BEFORE_HEAD
                and not capital
                and lower < 2
                and not (t["particle"] or t["conj"] or t["title"] or t["cap"])
            ):
                lower += 1  # only between the head and the name's capitals
            else:
                break
            m -= 1
        while i < k and (
            not tokens[i]["cap"] or fold(tokens[i]["text"]) in _PREPOSITIONS | _MENTION_PARTICLES
        ):
            i += 1  # "Na Razvojni agenciji …": a capitalised preposition opens the sentence, not the name
        if not tokens[i]["cap"] and not (j > k + 1 and tokens[k + 1]["cap"] and language != "de"):
            continue  # a lower-case head opens a name only before a capital: "občina Krško"
        # not a partner's name, though it reads as one; kept so that the words inside it are
        # not read again: a project's name ("Projekt City Cooperation – …"), a department
        # ("natančneje Oddelek za … Biotehniške fakultete"), where a person works ("Ieva
        # Grīnfelde no Vidzemes Augstskolas")
        other = (
            (i > 0 and bool(re.fullmatch(_PROJECT_WORD, fold(tokens[i - 1]["text"]))))
            or bool(_DEPARTMENT.match(fold(tokens[i]["text"])))
            or (i > 0 and bool(_SUBUNITS.match(fold(tokens[i - 1]["text"]))))
            or (
                i >= 3
                and fold(tokens[i - 1]["text"]) in _FROM_WORDS
                and _looks_like_person(" ".join(t["text"] for t in tokens[i - 3 : i - 1]))
            )
        )
        while j - 1 > k and not (
            tokens[j - 1]["cap"]
            or tokens[j - 1]["kind"]
            or (tokens[j - 1]["org"] and language in _KIND_AFTER)  # "… savivaldybės administracija"
        ):
            j -= 1
        if any(t["title"] for t in tokens[max(0, i - 2) : i]):
            # "direktor Galerije Božidar Jakac … Goran Milovanović": the person after the body
            if j - k >= 4 and _looks_like_person(" ".join(t["text"] for t in tokens[j - 2 : j])):
                j -= 2
        caps = [n for n in range(i, j) if tokens[n]["cap"] and not tokens[n]["org"]]
        heads = sum(1 for t in tokens[i:j] if t["kind"])
        if caps and caps[0] == 0 and len(caps) == 1 and not tokens[0]["kind"] and heads < 2:
            caps = []  # the sentence's first word is capitalised whatever it is
        places = [
            n
            for n in caps
            if country_code(tokens[n]["text"]) or country_adjective(tokens[n]["text"])
        ]
        acronym = [t for t in tokens[i:j] if t["text"].isupper() and len(t["text"]) >= 2]
        other = other or (tokens[j - 1]["plural"] and j - 1 != k)  # "… Municipal Districts"
        # "Slovenska mesta", "Krievijas Federācija": a country and a kind, not a name
        words = sum(1 for t in tokens[i:j] if t["org"] or t["kind"])
        if (caps and (len(places) < len(caps) or words >= 2)) or (acronym and j - i >= 2):
            spans.append((i, j, other))
    # the longest reading of each name: drop spans inside others, join overlapping ones
    spans.sort(key=lambda s: (s[0], -s[1]))
    joined: list[list] = []
    for i, j, other in spans:
        if joined and i < joined[-1][1]:
            joined[-1][1] = max(joined[-1][1], j)
        else:
            joined.append([i, j, other])
    return [(i, j) for i, j, other in joined if not other]


_TOWN_WORDS = tuple(_WORDS["town_words"])
_IN = set(_WORDS["locative_prepositions"])


def _in_a_town(tokens: list[dict], k: int, language: str) -> bool:
    """ "u mađarskom gradu Csurgu", "Somijas pilsētā Lapēnrantā": a town word saying where, not a body."""
    folded = fold(tokens[k]["text"])
    if not folded.startswith(_TOWN_WORDS):
        return False
    before = [fold(t["text"]) for t in tokens[max(0, k - 2) : k]]
    if any(w in _IN for w in before):
        return True
    return (language == "lv" and folded[-1:] in "aeiu" and tokens[k]["text"][-1:] in "āēīū") or (
        language == "lt" and folded.endswith(("e", "uose"))
    )


def _distributed(
    tokens: list[dict], k: int, language: str = ""
) -> list[tuple[str, str | None, str | None]]:
    """A plural kind shared by the places after it: "Die Gemeinden Tarvis und Arnoldstein",
    "i Comuni sloveni di Bovec, Kanal ob Soči e Tolmino"; ``[(name, country, role)]``."""
    token = tokens[k]
    folded = fold(token["text"])
    compound = _compound_plural(token["text"], language)
    if (folded not in _PLURAL_HEADS and not compound) or (k > 0 and tokens[k - 1]["particle"]):
        return []  # "Communauté de communes du Lac": the plural is inside a name
    head, particle = compound or _plural_head(folded, language)
    n, country = k + 1, None
    if k > 0 and not tokens[k - 1]["cap"]:
        # "talijanskih regija A, B i C": the adjective before the plural says the country
        country = country_adjective(tokens[k - 1]["text"])
    if n < len(tokens) and not tokens[n]["cap"] and (code := country_adjective(tokens[n]["text"])):
        country, n = code, n + 1  # "Comuni sloveni di …": the adjective says the country
    while n < len(tokens) and tokens[n]["particle"] and not tokens[n]["cap"]:
        n += 1
    items: list[list] = []  # [start, end, role]
    start = None
    while n < len(tokens):
        t = tokens[n]
        if t["aside"] and items and start is None:
            items[-1][2] = _role_of(fold(t["text"]))  # "Taipana (capofila)"
            n += 1
            if t["break"] and not t["comma"]:
                break
            continue
        if start is None and t["particle"] and not t["conj"] and items and not t["cap"]:
            n += 1  # "du Val d'Aoste, du Piémont et de la Ligurie": each place after its article
            continue
        if t["cap"] and not t["org"] and not t["aside"]:
            start = n if start is None else start
            n += 1
            if t["break"]:
                items.append([start, n, None])
                start = None
                if not t["comma"] and not (n < len(tokens) and tokens[n]["aside"]):
                    break
            continue
        if (
            start is not None
            and t["particle"]
            and not t["conj"]
            and n + 1 < len(tokens)
            and tokens[n + 1]["cap"]
        ):
            n += 1  # "Kanal ob Soči", "San Pietro al Natisone"
            continue
        if t["conj"] and not t["break"]:
            if start is not None:
                items.append([start, n, None])
                start = None
            n += 1
            continue
        break
    if start is not None:
        items.append([start, n, None])
    if len(items) < 2:
        return []
    # "… et de la Ligurie – cette dernière en tant que chef de file –": the last one leads
    aside = " ".join(fold(t["text"]) for t in tokens[n : n + 8] if not t["cap"])
    roles = [_role_of(c.group(0)) for c in _ANY_ROLE.finditer(aside)]
    if tokens[n - 1]["dash"] and "lead" in roles and items[-1][2] is None:
        items[-1][2] = "lead"
    return [
        (
            " ".join(w for w in (head, particle, " ".join(t["text"] for t in tokens[a:b])) if w),
            country,
            role,
        )
        for a, b, role in items
    ]


def _core(name: str) -> str:
    """A name without its kind words and small words: "Viļāni Local Municipality" and
    "Municipality of Viļāni" are one body."""
    return " ".join(
        w
        for w in _key(name).split()
        if not _is_org_word(w) and w not in _MENTION_PARTICLES and w not in {"local", "the"}
    )


_LOCAL_GOVERNMENT = re.compile(r"\b(?:" + "|".join(_WORDS["local_government"]) + r")")


def _local_government(key: str) -> bool:
    return bool(_LOCAL_GOVERNMENT.search(key))


def _body_keys(items: list[dict]) -> list[str]:
    """The keys of the bodies read so far: a bare place or kind ("Passau", "Stadt") is not one,
    an acronym is."""
    return [
        _key(item["text"])
        for item in items
        if len(item["text"].split()) > 1 or item["text"].isupper()
    ]


def _named_before(name: str, taken: list[str]) -> bool:
    """Whether a mention is a body the page's other readings already found."""
    key = _key(name)
    parts = [key] + [_key(p) for p in re.split(r"\s[–—-]\s", name) if len(p.split()) >= 2]
    core = _core(name)
    initials = "".join(w[0] for w in key.split() if w not in _MENTION_PARTICLES)
    for other in taken:
        if not other:
            continue
        if len(other) >= 2 and " " not in other and other == initials:
            return True  # "THD" and "Technischen Hochschule Deggendorf"
        if any(f" {p} " in f" {other} " or f" {other} " in f" {p} " for p in parts if p):
            return True
        if len(key) >= 12 and fuzz.ratio(key, other) >= 90:
            return True  # "Technischen Hochschule Deggendorf": another case of the same name
        if core and core == _core(other) and _local_government(key) and _local_government(other):
            return True  # "Municipality of Viļāni", "Viļāni Local Municipality"
    return False


_PLURAL_AFTER = dict(_WORDS["plural_heads_after"])


def _distributed_before(
    tokens: list[dict], k: int, language: str
) -> list[tuple[str, str | None, str | None]]:
    """A plural kind after the places it is shared by, where names end in their kind:
    "kartu su Šypliškių ir Vyžainių seniūnijomis (Lenkija)" → each place's seniūnija."""
    singular = _PLURAL_AFTER.get(fold(tokens[k]["text"]))
    if not singular or language not in _KIND_AFTER:
        return []
    items: list[str] = []
    n = k - 1
    while (
        n >= 0
        and tokens[n]["cap"]
        and not tokens[n]["org"]
        and (not tokens[n]["break"] or (tokens[n]["comma"] and items))
    ):
        items.append(tokens[n]["text"])
        n -= 1
        if n >= 0 and tokens[n]["conj"] and not tokens[n]["break"]:
            n -= 1  # "Šypliškių ir Vyžainių"
        elif not (n >= 0 and tokens[n]["comma"]):
            break
    if len(items) < 2:
        return []
    country = None
    if k + 1 < len(tokens) and tokens[k + 1]["aside"]:
        country = country_code(tokens[k + 1]["text"])  # "(Lenkija)"
    return [(f"{item} {singular}", country, None) for item in reversed(items)]


def _programme_body(name: str) -> bool:
    folded = fold(name)
    return bool(_PROGRAMME_BODY.search(folded)) or bool(
        _EU_NAME.search(folded) and _EU_BODY.search(folded)
    )


def _with_unit(tokens: list[dict], i: int, j: int) -> tuple[int, int]:
    """ "Fakultet tehnologije i informatike Sveučilišta u Pečuhu": the unit named before its
    body, with the words of its field, belongs to the mention of the body after them."""
    k = i - 1
    while k >= 0 and i - k <= 5 and not tokens[k]["cap"] and not tokens[k]["break"]:
        if tokens[k]["comma"]:
            return i, j
        k -= 1
    if (
        k >= 0
        and k < i - 1
        and tokens[k]["cap"]
        and tokens[k]["org"]
        and not tokens[k]["break"]
        and not tokens[k]["comma"]
        and fold(tokens[k]["text"]).startswith(_UNIT_WORDS)
    ):
        return k, j
    return i, j


def _mention_run(sentence: str, language: str, found: _Found) -> int:
    """Organisations named in a sentence about who takes part, that no other reading took."""
    folded = _fold_same_length(sentence)
    roles = [c for c in _ANY_ROLE.finditer(folded) if not _PARTNERSHIP.match(c.group(0))]
    contract = bool(_GRANT_CONTRACT.search(folded))
    if not (_PARTICIPATION.search(folded) or roles or contract) or _ELIGIBLE.search(folded):
        return 0
    tokens = _mention_tokens(sentence)
    # a project's own name in quotes is not an organisation: "koostööprojekt „Co-operational …“"
    titles = [
        m.span()
        for m in re.finditer(_QUOTED, sentence)
        if re.search(_PROJECT_WORD + r"\W*(?:\w+\W+){0,2}$", folded[: m.start()])
    ]
    taken = _body_keys(found.items)
    added = 0
    for k in range(len(tokens)):
        if any(a <= tokens[k]["start"] < b for a, b in titles):
            continue
        for name, country, role in _distributed(tokens, k, language) + _distributed_before(
            tokens, k, language
        ):
            if _named_before(name, taken):
                continue
            info = _clean(name, language)
            info["country"] = info["country"] or country
            found.add(info, role=role or "partner", side=None, how="mention", source=sentence)
            taken.append(_key(name))
            added += 1
    spans = [_with_unit(tokens, i, j) for i, j in _mention_spans(tokens, language)]
    for i, j in list(spans):
        # "Die Stadt und die Universität Passau": a kind without a name before "and" shares
        # the name of the kind after it
        n = i - 1
        while n >= 0 and fold(tokens[n]["text"]) in _ARTICLES:
            n -= 1
        if (
            n >= 2
            and tokens[n]["conj"]
            and tokens[i]["kind"]
            and j - i >= 2
            and tokens[n - 1]["kind"]
            and not tokens[n - 1]["break"]
            and not (
                tokens[n - 2]["cap"]
                and not tokens[n - 2]["org"]
                and fold(tokens[n - 2]["text"]) not in _ARTICLES
            )
        ):
            name = " ".join([tokens[n - 1]["text"]] + [t["text"] for t in tokens[i + 1 : j]])
            if not _named_before(name, taken):
                info = _clean(name, language)
                found.add(info, role="partner", side=None, how="mention", source=sentence)
                taken.append(_key(name))
                added += 1
    for i, j in spans:
        start, end = tokens[i]["start"], tokens[j - 1]["end"]
        heading = re.match(r"(\w+)\s+[–—]\s+", sentence[start:end])
        if heading and country_code(heading.group(1)):
            start += heading.end()  # "…, Lietuvai – A savivaldybė": the country heads A
        if _CONTRACTED.search(folded[max(0, start - 60) : start]):
            continue  # "zunanjim izvajalcem … agencijo ICRA d.o.o.": a contractor
        if re.match(r"\s*:\s*\S", sentence[end:]):
            continue  # "les membres de l'Université A : B, C": the heading of the names after
        if any(a <= start < b for a, b in titles) or _FRAME.search(
            folded[max(0, start - 60) : start]
        ):
            continue
        before_bracket = sentence[:start].rstrip()
        if (
            before_bracket.endswith("(")
            and sentence[end:].lstrip().startswith(")")
            and any(
                item["text"] and before_bracket[:-1].rstrip().endswith(item["text"])
                for item in found.items
            )
        ):
            continue  # "… Instytut Sióstr Maryi (Schoenstatt Institut der Schwester Maria)": its name in another language
        info = _clean(sentence[start:end], language)
        name = info["text"]
        headed = any(fold(w).startswith(_HEADS) or fold(w) in _HEAD_WORDS for w in name.split())
        if (
            not (_acceptable(info, strict=True) or (headed and _acceptable(info, strict=False)))
            or len(name.split()) < 2  # a name is a kind and what it is called
            or _looks_like_person(name)
            or _programme_body(name)
        ):
            continue
        again = _named_before(name, taken)
        # the role word nearest the name in its own clause: "X kot vodilni partner",
        # "Vodeći partner projekta je X", "kooptirani partner projekta tudi dežela X"
        after = folded[tokens[j - 1]["end"] : tokens[j - 1]["end"] + 40]
        before = folded[max(0, tokens[i]["start"] - 50) : tokens[i]["start"]]
        role = info.get("role")
        cue = next(
            (c for c in _ANY_ROLE.finditer(after) if not _PARTNERSHIP.match(c.group(0))), None
        )
        if (
            not role
            and cue
            and not re.search(r"[,;.:]|\b(?:in|i|un|ir|and|und|e|et)\b", after[: cue.start()])
        ):
            role = _role_of(cue.group(0))
        role_after = role
        cues = [c for c in _ANY_ROLE.finditer(before) if not _PARTNERSHIP.match(c.group(0))]
        if not role and cues and not re.search(r"[,;.:]", before[cues[-1].end() :]):
            role = _role_of(cues[-1].group(0))
        if not role and contract and not roles:
            role = "lead"  # the body that signs the grant contract with the programme
        opening = [c for c in roles if c.end() <= start]
        if not role and opening and _role_of(opening[-1].group(0)) in ("associated", "observer"):
            role = _role_of(opening[-1].group(0))  # "Sono partner associati A e B"
        if again:
            # "v Splošni bolnišnici Izola …" then "… Splošna bolnišnica Izola v vlogi
            # vodilnega partnerja": the body named again, in another case, with the lead's role
            # written after it (not a role word before it, which may be another body's)
            if role_after == "lead":
                for item in found.items:
                    if item["role"] in ("partner", None) and _named_before(
                        name, _body_keys([item])
                    ):
                        item["role"] = "lead"
            continue
        # "No Latvijas puses … A, bet no Igaunijas puses – B": the side named last before it
        side = _last_side(sentence[:start], language)
        adjective = sentence[:start].split()[-1:]
        if adjective and adjective[0].islower() and (code := country_adjective(adjective[0])):
            side = code  # "… a maďarská obec X", "die slowenische Gemeinde X": its own country
        found.add(info, role=role or "partner", side=side, how="mention", source=sentence)
        taken.append(_key(name))
        added += 1
    return added


def _described_partners(
    page_lines: list[str], lines: list[str | None], language: str, found: _Found
) -> None:
    """A page headed by its partners ("Project partners from Slovenia", "Partner Info") that
    describes each: a short line naming a body over a paragraph about it, or a paragraph that
    opens with the body ("LAG X is a Croatian non-profit …", "The Municipality of Y is …")."""
    text_lines = [(i, line.strip()) for i, line in enumerate(lines) if line and line.strip()]
    opening = [line.strip() for line in page_lines if line.strip()][:3]
    if not any(
        len(line.split()) <= 8 and _ANY_ROLE.search(_fold_same_length(line)) for line in opening
    ):
        return
    for k, (_, line) in enumerate(text_lines):
        words = line.split()
        following = text_lines[k + 1][1] if k + 1 < len(text_lines) else ""
        if (
            len(words) <= 10
            and not line.endswith((".", ":", "!", "?"))
            and len(following.split()) >= 12
            and not _ANY_ROLE.search(_fold_same_length(line))
        ):
            info = _clean(line, language)
            if _acceptable(info, strict=True):
                side = _one_country(following, language)
                found.add(info, role="partner", side=side, how="heading", source=line)
            continue
        if len(words) < 12:
            continue
        first = _sentences(line)[0]
        tokens = _mention_tokens(first)
        spans = _mention_spans(tokens, language)
        opener = 1 if tokens and fold(tokens[0]["text"]) in _ARTICLES else 0
        if spans and spans[0][0] == opener:
            i, j = spans[0]
            info = _clean(first[tokens[i]["start"] : tokens[j - 1]["end"]], language)
            if _acceptable(info, strict=True) and not _programme_body(info["text"]):
                side = _one_country(line, language)
                found.add(info, role="partner", side=side, how="description", source=first)


def _one_country(paragraph: str, language: str) -> str | None:
    """The one country a paragraph about a body names ("… is a Croatian non-profit …")."""
    codes = countries_named(paragraph) | {
        code for word in paragraph.split() if (code := country_adjective(word, language=language))
    }
    return next(iter(codes)) if len(codes) == 1 else None


def _in_brackets_after(mention: dict, items: list[dict]) -> bool:
    """ "Województwo Dolnośląskie (Instytut Rozwoju Terytorialnego) – partner wiodący": the body
    in brackets after a name another reading found acts for it and is not another partner,
    wherever on the page it is mentioned again ("w siedzibie Instytutu Rozwoju …")."""
    stems = [fold(w)[:4] for w in mention["text"].split()]  # the stems, in any case
    for item in items:
        if item["how"] in ("mention", "prose") or not item["text"]:
            continue
        after = item["source"].find(item["text"])
        for inside in re.findall(r"\(([^()]+)\)", item["source"][max(after, 0) :]):
            if [fold(w)[:4] for w in inside.split()] == stems:
                return True
    return False


# A lowercase letter run straight into a capitalised word: two fields of a record glued when the
# page lost its line break ("Département de la Haute-SavoieCommunauté de Communes …").
_GLUE = re.compile(r"(?<=\w\w)(?=\w{4})")


def _glued_at(line: str) -> list[int]:
    return [
        m.start()
        for m in _GLUE.finditer(line)
        if line[m.start() - 2 : m.start()].isalpha()
        and line[m.start() - 2 : m.start()].islower()
        and line[m.start()].isupper()
        and line[m.start() + 1 : m.start() + 4].isalpha()
        and line[m.start() + 1 : m.start() + 4].islower()
    ]


def _unglued(line: str) -> list[str]:
    """A line of names or fields split where a field's end is glued to the next one's start;
    a sentence is left whole (a brand written in camel case sits in running text), but for a
    word of the page's furniture glued to its first capital ("cezhranicnaSeveromoravské …")."""
    head = re.match(r"^\s*([^\W\d_A-ZÀ-ÝĀ-Ž]{5,})(?=[" + _UPPER + r"][^\W\d_]{3})", line)
    if head and head.group(1).islower():
        return [head.group(1), "", line[head.end() :]]  # a paragraph of its own
    if len(line.split()) > 16 or not (cuts := _glued_at(line)) or _is_sentence(line):
        return [line]
    # a field opens after the cut: a body ("…SavoieCommunauté de Communes") or a role label
    # ("…d’AostaAutres bénéficiaires"); a brand ("TreeWater") has neither
    ends = [*cuts[1:], len(line)]
    starts = [0, *cuts[:-1]]
    cuts = [
        cut
        for start, cut, end in zip(starts, cuts, ends, strict=True)
        if (_org_cues(line[cut:end]) or _label(line[cut:end]))
        # "PromoTurismo FVG": one word before the cut is a name in camel case, not a field's end
        and " " in _BULLET.sub("", line[start:cut]).strip()
    ]
    bounds = [0, *cuts, len(line)]
    return [line[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if line[a:b].strip()]


def _find_partners(text: str, language: str, review: list[str]) -> list[dict]:
    lines = [part for line in text.split("\n") for part in _unglued(line)]
    found = _Found()
    # a page whose heading is a call for proposals ("… objavio javni poziv …"), not one that
    # mentions the call its project won in
    heading = next((line for line in text.split("\n") if line.strip()), "")
    found.mentions = not _CALL.search(_fold_same_length(heading[:300]))
    used: set[int] = set()
    _lines_pass(lines, language, found, used)
    # a numbered line that is a sentence ("14. novembrī Gaujienā notika …") is prose
    prose_lines = [
        None if (i in used or (_BULLET.match(line) and not _is_sentence(line))) else line
        for i, line in enumerate(lines)
    ]
    _prose_pass(prose_lines, language, found)
    for i in sorted(used):  # a label's line read as a run can still end with who leads
        if "," in lines[i]:
            for sentence in _sentences(lines[i]):
                _lead_after(sentence, language, found)
    _described_partners(lines, prose_lines, language, found)
    # a mention is a body no other reading found, wherever on the page that reading is
    others = _body_keys([item for item in found.items if item["how"] != "mention"])
    found.items = [
        item
        for item in found.items
        if not (item["how"] == "mention" and _named_before(item["text"], others))
        and not (item["how"] in ("mention", "prose") and _in_brackets_after(item, found.items))
    ]
    # "… Gaujienas (LV) un Olustveres (EE) muižu …": the page says which country a place is in
    written_places = {
        fold(m.group(1)): code
        for m in re.finditer(r"\b([A-ZÀ-ÝČŠŽĀ-Ž][\w-]{2,})\s*\(([^()]{2,20})\)", text)
        if (code := country_code(m.group(2)) or _VEHICLE_CODES.get(m.group(2).strip()))
        and not _is_org_word(m.group(1))  # "Kaposvári Egyetem (KE)": an acronym, not Kenya
    }
    for item in found.items:
        if not item.get("country") and not item.get("side"):
            for word in item["text"].split():
                code = written_places.get(fold(word))
                if code:
                    item.update(country=code, country_as_written=word, note=None)
                    break
    # "No Latvijas puses … A, bet no Igaunijas puses – B": the side its own sentence names last
    for item in found.items:
        if not item.get("country") and not item.get("side"):
            at = item["source"].find(item["text"].split()[0]) if item["text"] else -1
            if at > 0:
                item["side"] = _last_side(item["source"][:at], language)
    page_countries = countries_named(text) | _countries_by_adjective(text)
    partners: list[dict] = []
    by_key: dict[str, dict] = {}
    for item in found.items:
        bare = " ".join(item["text"].split()).strip(" ,;")
        written = " ".join((item.get("written") or bare).split())
        if not bare:
            continue
        kind_only = [w for w in bare.split() if w.strip("-–,")]
        if len(kind_only) <= 2 and all(
            _is_org_word(w) or (w[:1].islower() and fold(w) not in _NAME_PARTICLES)
            for w in kind_only
        ):
            continue  # "Municipality", "Giunta regionale", "Unternehmen -": a kind, not a name
        cut = _glued_sentence(written)
        if cut:
            bare, written = bare[: len(bare) - (len(written) - len(cut))].rstrip(), cut
            bare = bare if bare.endswith(cut.split()[-1]) else cut
        not_body = _not_a_body(item, written)
        if not_body:
            review.append(
                f"'{written}' in \"{item['source'][:200]}\" was not read as a partner: {not_body}"
            )
            continue
        name, case = nominative(bare, language)
        if name[:1].islower() and _is_org_word(name.split()[0]):
            name = name[0].upper() + name[1:]  # "občina Krško" in a sentence: "Občina Krško"
        key = _key(name)
        near = next(
            (
                k
                for k in by_key
                if (min(len(k), len(key)) >= 30 and fuzz.ratio(_bare_key(k), _bare_key(key)) >= 95)
                or _run_on(k, key, written)
                or _run_on(key, k, by_key[k]["name_as_written"])
            ),
            None,
        )
        # "Fondazione Aquileia" after "Aquileia Foundation": the body read again, in its language
        twin = next((k for k in by_key if _same_body(by_key[k]["name"], name)), None)
        if key in by_key or near or twin:
            earlier = by_key[key if key in by_key else near or twin]
            if near and len(key) < len(near) and key not in by_key:
                earlier.update(name=name, name_as_written=written)  # the name without its run-on
            if item.get("role") == "lead" and earlier["role"] in ("partner", None):
                earlier["role"] = "lead"
            if not earlier.get("country") and item.get("country"):
                earlier["country"] = item["country"]
            continue
        last = written.split()[-1].strip(".,;:)")
        if (
            item["how"] == "prose"
            and not _org_cues(written)
            and last[:1].islower()
            and (language == "de" or len(last) <= 3)
            and not re.search(r"\d", last)
            and fold(last) not in _NAME_PARTICLES
            and not _LEGAL_FORMS.search(last)
        ):
            # "Sønderborg institutionalisiert", "To kolejny krok w": a piece of the sentence
            # that ends in a verb (German writes its nouns in capitals) or a small word, with
            # no sign of an organisation
            review.append(
                f"'{written}' in the sentence \"{item['source'][:200]}\" was not read as a partner: "
                "it has no word organisations are named with; add it by hand if it is one"
            )
            continue
        if case:
            review.append(f"partner '{written}' is in the {case}; its name read as '{name}'")
        country, origin = _resolve_country(item, written, language, page_countries, review)
        partner = {
            "name": name,
            "name_as_written": written,
            "country": country,
            "country_as_written": item.get("country_as_written"),
            "country_from": origin,
            "role": item.get("role") or "partner",
            "found_in": item["how"],
            "source": item["source"],
        }
        if item.get("descriptor"):
            partner["notes"] = f"'{item['descriptor']}' describes it and is not part of its name"
        if item["how"] == "prose" and not _org_cues(written):
            review.append(
                f"partner '{name}' read as an organisation from the sentence \"{item['source'][:200]}\"; check it"
            )
        if item["how"] in ("heading", "description"):
            review.append(
                f"partner '{name}' read from a page of partners that describes it, not from a "
                "sentence about taking part; check it"
            )
        if len(written.split()) > 10:
            review.append(f"partner '{written}' is long: the name may include words around it")
        by_key[key] = partner
        partners.append(partner)
    return _one_lead(_without_bare_places(partners))


_HONORIFIC = re.compile(
    r"^" + _alternatives(*(re.escape(w) for w in _WORDS["honorifics"])) + r"\.?\s+(?=\w)"
)
_FUNDING_CUE = re.compile(
    r"(?:^|(?<=\W))" + _alternatives(*(re.escape(w) for w in _WORDS["funding_cues"]))
)
_FUND_ACRONYMS = set(_WORDS["fund_acronyms"])
# the labels of a line that names a person: "Kontakt: Jana Novak", "Vodja projekta: …"
_PERSON_LABEL = re.compile(
    _alternatives(*(re.escape(w) for w in _WORDS["person_labels"])) + r"[^:\n]{0,30}:"
)
_FUND_WORD = re.compile(
    r"\b(?:fund|funds|fonds?|fondas|fondo|fondi|fonda|fondu|fondul|sklad\w*|fundusz\w*)\b"
)


_SENTENCE_OPENERS = {"The", "Die", "Der", "Das", "Il", "Lo", "La", "Le", "Les", "Gli", "Med"}


def _glued_sentence(written: str) -> str | None:
    """The name before a sentence run onto it with no full stop ("University of Washington The
    societal partners in Wales are …", "Arizona State University The Coastal Tales project's"):
    a capitalised article after a capitalised word opens a new sentence, not a name's part."""
    words = written.split()
    for k in range(2, len(words) - 1):
        if (
            words[k] in _SENTENCE_OPENERS
            and words[k - 1][:1].isupper()
            and fold(words[k - 1]) not in _MENTION_PARTICLES
        ):
            return " ".join(words[:k])
    return None


def _not_a_body(item: dict, written: str) -> str | None:
    """Why a piece read as a partner is a person, a funder or a fund, or None when it is none.

    The same structure in every language: a person's title or a given name and surname with no
    word bodies are named with ("Project coordinator: Professor Louise Steel"); a name after the
    words for who pays, with no role word between ("funded by the Arts and Humanities Research
    Council", "sofinancirajo ga Islandija, Lihtenštajn in Norveška"); an EU fund by its acronym or
    by the Union's word and a fund word ("Europos regioninės plėtros fondas").
    """
    folded = _fold_same_length(written)
    after_title = _HONORIFIC.sub("", folded, count=1)
    if after_title != folded and not _org_cues(written[len(folded) - len(after_title) :]):
        return "it is a person (a title before a name), not an organisation"
    if (
        not item.get("country")
        and _PERSON_LABEL.match(_fold_same_length(item.get("source") or "").lstrip())
        and _looks_like_person(written)
    ):
        return "it is the person a contact line names, not an organisation"
    bare = written.strip(" .,;:()")
    words = re.findall(r"[\w+]+", written)
    fund_words = [w for w in words if w in _FUND_ACRONYMS]
    if (
        bare in _FUND_ACRONYMS
        or (_EU_NAME.search(folded) and _FUND_WORD.search(folded))
        or (fund_words and not any(_is_org_word(w) for w in words if w not in fund_words))
    ):  # "Jóváhagyott ERFA támogatás": the fund's grant, a record's field
        return "it is a fund, not an organisation that takes part"
    source = _fold_same_length(item.get("source") or "")
    at = source.find(folded)
    if at > 0 and _THROUGH.search(source, 0, at):
        return "it is the office or means the body before it acts through, not another partner"
    if at > 0:
        cue = None
        for match in _FUNDING_CUE.finditer(source, 0, at):
            cue = match  # the last cue before the name
        between = source[cue.end() : at] if cue else ""
        if (
            cue
            and len(between) <= 120
            and ")" not in between  # "(Główny beneficjent dofinansowania), Gmina …": an aside
            and not _ANY_ROLE.search(between)
            and not any(w in _STOPS for w in re.findall(r"\w+", between))
        ):
            return "its sentence says it pays for the project, not that it takes part"
    return None


def _one_lead(partners: list[dict]) -> list[dict]:
    """A project has one lead: when several were read, those whose own line or sentence has no
    word for the lead ("Lead partner: A" and then "B (Italy)", "C (Romania)" under it) are
    partners."""
    leads = [p for p in partners if p["role"] == "lead"]
    if len(leads) < 2:
        return partners
    said = [
        p
        for p in leads
        if any(
            _role_of(c.group(0)) == "lead"
            for c in _ANY_ROLE.finditer(_fold_same_length(p["source"]))
        )
    ]
    if said:
        for partner in leads:
            if partner not in said:
                partner["role"] = "partner"
    return partners


def _run_on(earlier: str, key: str, written: str) -> bool:
    """ "Zavod za turizam Maribor – Pohorje kao projektni" after "Zavod za turizam Maribor –
    Pohorje": the same name, read on into the lower-case words after it."""
    if len(earlier.split()) < 2 or not key.startswith(earlier + " "):
        return False
    words = [w for w in written.split() if re.search(r"\w", w)]
    rest = words[len(earlier.split()) :]
    return bool(rest) and all(w[:1].islower() for w in rest)


def _countries_by_adjective(text: str) -> set[str]:
    """The countries a page names by their adjectives: "na pograniczu polsko-czeskim",
    "die tschechische Gemeinde", "a szlovákiai oldalon"."""
    return {code for word in re.findall(r"[^\W\d_]{4,}", text) if (code := country_adjective(word))}


def _without_bare_places(partners: list[dict]) -> list[dict]:
    """ "Krzyżanowice" when "Gmina Krzyżanowice" is a partner too: the place is the body's
    name without its kind word ("… przez gminy partnerskie: Krzyżanowice, Hať"), not another."""
    cores: dict[str, dict] = {}
    for partner in partners:
        words = partner["name"].split()
        if len(words) >= 2 and _is_org_word(words[0]):
            cores.setdefault(_key(" ".join(words[1:])), partner)
    kept = []
    for partner in partners:
        body = cores.get(_key(partner["name"]))
        if body is not None and body is not partner and not _org_cues(partner["name"]):
            if partner["role"] == "lead" and body["role"] == "partner":
                body["role"] = "lead"
            continue
        kept.append(partner)
    return kept


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
    written = _DESCRIPTORS.sub("", " ".join(match.group(1).split()).strip(" ,;"))
    written = re.sub(r"^(?:The|Die|Der|Das|Il|La|Le|L['’])\s+(?=\S)", "", written)
    name, case = nominative(written, language)
    if case:
        review.append(f"partner '{written}' is in the {case}; its name read as '{name}'")
    partner = {
        "name": name,
        "name_as_written": written,
        "country": None,
        "country_as_written": None,
        "role": None,
        "found_in": "page owner",
        "country_from": "not found",
        "source": " ".join(match.group(0).split()),
    }
    if partner["name"] == partner["name_as_written"] and len(partner["name"].split()) > 6:
        return None
    review.append(
        f"'{partner['name']}' is the page's own organisation (from \"{' '.join(match.group(0).split())}\"); "
        "its role in the project is not stated"
    )
    code, word = country_in_text(partner["name_as_written"])
    if code:
        partner["country"], partner["country_from"] = code, "a word in its name"
    elif language in _LANGUAGE_COUNTRY:
        partner["country_from"] = "the page's language"
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
    body = seed_yaml(draft_dataset(result) if records is None else records)
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
            + seed_yaml({"programmes": list(programmes.values())})
        )
    return files
