"""Extraction quality on real project pages: partner recall, precision, country and lead accuracy.

The gold is hand-made (``bench/gold/extract/tune.yaml`` and ``heldout.yaml``: page addresses,
partners with country and role, lead, acronym, title). The pages' text is third-party and is
not in the repository: the bench reads it from ``$HELIX_EXTRACT_PAGES`` or
``~/.cache/helix-graph/extract-pages`` (``tune/ID.txt``, ``heldout/ID.txt``), and says so when
the folder is absent; a page whose text is absent is left out of its set's figures, and the
note names it. ``gold/extract/queries.tsv`` holds, for each page, the words that found it in
the pages corpus and its rank there (MISSING where none did), to bring the texts back on a new
machine. The held-out pages were annotated before the extractor was tuned and are never used
while tuning: their figures are the ones that say how the extractor does on pages nobody has
seen.

A found partner matches a gold one when the names agree once folded (case, diacritics,
punctuation), when one is the other with words added at the end (a department after the
organisation), or when they are within a small spelling distance (an inflected ending).
Partners are the lead and the partners; associated partners and observers are scored apart,
so an observer extracted as a partner counts against precision.
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from helix_graph.ingest.countries import fold
from helix_graph.ingest.extract import extract_text

GOLD = Path(__file__).resolve().parent / "gold" / "extract"
SETS = (
    "tune",
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout18",
    "heldout19",
    "heldout20",
    "heldout21",
    "heldout22",
    "heldout23",
    "heldout24",
    "heldout25",
)
PARTNER_ROLES = {"lead", "partner", None}


def pages_dir() -> Path:
    """Where the cached page texts are."""
    return Path(
        os.environ.get("HELIX_EXTRACT_PAGES")
        or Path.home() / ".cache" / "helix-graph" / "extract-pages"
    )


def _norm(name: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(name)).split())


def _score(found: dict, gold: dict) -> float:
    best = 0.0
    for a in {_norm(found["name"]), _norm(found.get("name_as_written") or found["name"])}:
        for b in {_norm(n) for n in [gold["name"], *gold.get("aliases", [])]}:
            if not a or not b:
                continue
            if a == b:
                return 100.0
            short, long_ = sorted((a.split(), b.split()), key=len)
            if len(short) >= 2 and long_[: len(short)] == short:
                best = max(best, 95.0)  # "Regione del Veneto – Direzione …"
            elif (
                len(short) >= 2
                and len(short) * 2 >= len(long_)
                and " ".join(short) in " ".join(long_)
            ):
                best = max(best, 90.0)
            best = max(best, fuzz.ratio(a, b))
    return best


def _match(found: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """Pairs (found index, gold index), greedily by score, each used once."""
    scored = sorted(
        (
            (s, i, j)
            for i, f in enumerate(found)
            for j, g in enumerate(gold)
            if (s := _score(f, g)) >= 88
        ),
        reverse=True,
    )
    used_f, used_g, pairs = set(), set(), []
    for _, i, j in scored:
        if i not in used_f and j not in used_g:
            used_f.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def score_page(result: dict, page: dict) -> dict:
    """Counts for one page: partners found/gold/right, countries, lead, others."""
    found, gold = result["partners"], page.get("partners") or []
    pairs = _match(found, gold)
    is_partner_f = [f.get("role") in PARTNER_ROLES for f in found]
    is_partner_g = [g.get("role") in PARTNER_ROLES for g in gold]
    tp = [(i, j) for i, j in pairs if is_partner_f[i] and is_partner_g[j]]
    other_tp = [(i, j) for i, j in pairs if not is_partner_f[i] and not is_partner_g[j]]
    countries = [
        (found[i].get("country") == gold[j]["country"], gold[j].get("country_stated"))
        for i, j in tp + other_tp
    ]
    gold_leads = {j for j, g in enumerate(gold) if g.get("role") == "lead"}
    found_leads = {i for i, f in enumerate(found) if f.get("role") == "lead"}
    matched = dict(pairs)
    lead_right = None
    if gold_leads:
        lead_right = bool(found_leads) and all(matched.get(i) in gold_leads for i in found_leads)
    project = result["project"]
    return {
        "found": sum(is_partner_f),
        "gold": sum(is_partner_g),
        "right": len(tp),
        "other_found": len(found) - sum(is_partner_f),
        "other_gold": len(gold) - sum(is_partner_g),
        "other_right": len(other_tp),
        "countries": countries,
        "lead": lead_right,
        "acronym": None
        if not page.get("acronym")
        else _norm(project.get("acronym") or "") == _norm(page["acronym"]),
        "title": None
        if not page.get("title")
        else _norm(project.get("title") or "") == _norm(page["title"]),
        "missed": [
            gold[j]["name"]
            for j in range(len(gold))
            if is_partner_g[j] and j not in {b for _, b in tp}
        ],
        "extra": [
            found[i]["name"]
            for i in range(len(found))
            if is_partner_f[i] and i not in {a for a, _ in tp}
        ],
    }


def _sum(counts: list[dict]) -> dict:
    total = defaultdict(int)
    countries: list = []
    leads: list = []
    names: dict[str, list] = {"acronym": [], "title": []}
    for c in counts:
        for key in names:
            if c[key] is not None:
                names[key].append(c[key])
        for key in ("found", "gold", "right", "other_found", "other_gold", "other_right"):
            total[key] += c[key]
        countries += c["countries"]
        if c["lead"] is not None:
            leads.append(c["lead"])
    return {
        "recall": total["right"] / total["gold"] if total["gold"] else None,
        "precision": total["right"] / total["found"] if total["found"] else None,
        "country": sum(ok for ok, _ in countries) / len(countries) if countries else None,
        "country_stated": (
            sum(ok for ok, stated in countries if stated) / n
            if (n := sum(1 for _, stated in countries if stated))
            else None
        ),
        "lead": sum(leads) / len(leads) if leads else None,
        "acronym": sum(names["acronym"]) / len(names["acronym"]) if names["acronym"] else None,
        "title": sum(names["title"]) / len(names["title"]) if names["title"] else None,
        "pages": len(counts),
        "gold": total["gold"],
        "other_recall": total["other_right"] / total["other_gold"] if total["other_gold"] else None,
        "other_precision": total["other_right"] / total["other_found"]
        if total["other_found"]
        else None,
    }


def evaluate(which: str, folder: Path | None = None) -> tuple[dict, list[tuple[dict, dict]]]:
    """Run the extractor on one set's cached pages; ``({group: figures}, [(page, counts)])``."""
    folder = folder or pages_dir()
    gold = yaml.safe_load((GOLD / f"{which}.yaml").read_text(encoding="utf-8"))["pages"]
    scored, absent = [], []
    for page in gold:
        path = folder / which / f"{page['id']}.txt"
        if not path.is_file():  # a page the pages corpus no longer gives: scored without it
            absent.append(page["id"])
            continue
        result = extract_text(path.read_text(encoding="utf-8"), file=path.name)
        scored.append((page, score_page(result, page)))
    groups: dict[str, list[dict]] = defaultdict(list)
    for page, counts in scored:
        groups["all"].append(counts)
        groups[f"language {page['language']}"].append(counts)
        groups[f"layout {page['layout']}"].append(counts)
    figures = {name: _sum(counts) for name, counts in sorted(groups.items())}
    if "all" in figures:
        figures["all"]["absent"] = absent
    return figures, scored


_TARGETS = {"recall": 0.85, "precision": 0.90, "country": 0.90, "lead": 0.90}


def run(quick: bool, repeat: int) -> list[dict]:
    folder = pages_dir()
    if not any((folder / which).is_dir() for which in SETS):
        sys.exit(
            f"bench extract: no page texts at {folder} (one folder per set, {', '.join(SETS)}, "
            "with one ID.txt per page of bench/gold/extract/SET.yaml); fetch the pages at the addresses "
            "there, or set HELIX_EXTRACT_PAGES to the folder that holds them"
        )
    figures = []
    texts = [
        path.read_text(encoding="utf-8")
        for which in SETS
        for path in sorted((folder / which).glob("*.txt"))
    ]
    for text in texts:  # the word tables and the gazetteer load on first use, not per page
        extract_text(text)
    times = []
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        for text in texts:
            extract_text(text)
        times.append((time.perf_counter() - start) / len(texts))
    figures.append(
        {
            "name": "extract: time per page",
            "value": statistics.median(times) * 1000,
            "unit": "ms",
            "lower_is_better": True,
            "note": f"median of {len(times)} runs over {len(texts)} pages",
        }
    )
    for which in SETS:
        groups, _ = evaluate(which, folder)
        for group, values in groups.items():
            note = f"{values['pages']} pages, {values['gold']} partners"
            if values.get("absent"):
                note += f"; without {len(values['absent'])} whose text is absent ({', '.join(values['absent'])})"
            keys = ["recall", "precision", "country", "country_stated", "lead"]
            if group == "all":
                keys += ["acronym", "title"]
            for key in keys:
                if values[key] is None:
                    continue
                figures.append(
                    {
                        "name": f"extract {which} {group}: {key}",
                        "value": values[key],
                        "unit": "share",
                        "target": _TARGETS.get(key) if group == "all" else None,
                        "lower_is_better": False,
                        "note": note,
                    }
                )
            if group == "all":
                for key in ("other_recall", "other_precision"):
                    if values[key] is not None:
                        figures.append(
                            {
                                "name": f"extract {which} all: associated/observers {key[6:]}",
                                "value": values[key],
                                "unit": "share",
                                "lower_is_better": False,
                            }
                        )
    return figures


if __name__ == "__main__":  # per-page detail of the tuning set: python -m bench.bench_extract
    which = sys.argv[1] if len(sys.argv) > 1 else "tune"
    groups, scored = evaluate(which)
    for page, c in scored:
        print(
            f"{page['id']} {page['language']} {page['layout']}: {c['right']}/{c['gold']} "
            f"found {c['found']} lead {c['lead']} acronym {c['acronym']} title {c['title']}"
        )
        for name in c["missed"]:
            print(f"   missed: {name}")
        for name in c["extra"]:
            print(f"   extra:  {name}")
    for group, values in groups.items():
        print(group, {k: round(v, 3) if isinstance(v, float) else v for k, v in values.items()})
