"""Accuracy of the helix sector classifier on real organisation names (``bench/gold/classify.csv``).

The gold set holds real partner names gathered from public project pages, each labelled by
hand with its sector, a one-word reason and the page it was read on. Of the names gathered
first (``collected`` = ``first``), a third is held out: a name belongs to the held-out part
when the SHA-1 of its UTF-8 bytes is divisible by 3, so the split never changes and nobody
picks it. Rules are written looking only at the development part's errors (:func:`errors`);
the held-out part is only ever scored. But its names were read while the set was gathered,
so later rounds were gathered and labelled after the rules were written, each scored blind
once before any rule looked at it: ``second`` 70.1 %, ``third`` 80.0 %, ``fourth`` 84.8 %,
``fifth`` 75.5 %, ``sixth`` 79.6 %, ``seventh`` 74.3 %, ``eighth`` 69.5 % (each then used to
fix rules for classes of names, never single names). ``ninth`` was gathered and labelled
with ``eighth``, scored before the eighth's fixes (69.1 %) and once after them (70.3 %; no
rule looked at its names). ``tenth`` was gathered after the rules that followed and scored
once: 76.8 %; ``eleventh`` after the rules the ninth's and tenth's misses gave, scored once:
77.3 %. The figures printed for the rounds used for rules are no longer blind; the next
round gathered is the next blind figure.

Where no rule fires, a learned fallback guesses (:mod:`helix_graph.ingest.sector_model`),
fitted on the rounds in :data:`TRAINING_ROUNDS` (first…fifteenth, ``bench/fit_sector_model.py``); on those
rounds the printed accuracy is in-sample, so each is also scored by rules and a fallback
fitted without it (``cross-validated …``: leave one round out). ``twelfth`` (134 names) was
gathered and committed before the fallback was fitted, and scored once with it: 53.0 %
(rules alone 47.0 %; 48 names unknown, 10 guessed, 8 of them right); its misses then gave
rules and it joined the training rounds. ``thirteenth`` (162), ``fourteenth`` (127) and
``fifteenth`` (128) were each committed before the classifier of their time saw them and
scored once: 69.8 %, 74.0 % and 75.0 %; their misses gave rules after, and they joined the
training rounds. ``sixteenth`` (42 names) was committed before the classifier of its time
saw it and scored once: 85.7 %. ``seventeenth`` (190 names, every sector under 30 %)
was committed the same way and scored once: 75.8 %; its misses then gave rules for their
classes, so its printed figure (88.4 % after) is no longer blind (bench/README.md).
``eighteenth`` (171 names) was committed before the classifier saw it and scored once: 77.2 %;
its misses then gave rules for their classes, so its printed figure (87.1 % after) is no longer
blind. ``nineteenth`` (152 names) was committed before the classifier saw it and scored once:
80.9 %; its misses then gave rules for their classes (96.1 % after, not blind). ``twentieth``
(156 names) was committed before the classifier saw it, after those rules, and scored once:
75.0 %; its misses then gave rules for their classes (not blind after). ``twentyfirst``
(155 names) was committed before the classifier saw it, after those rules; its misses then
gave rules for their classes (not blind after). ``twentysecond`` (201 names) was committed
before the classifier saw it, after those rules. ``twentythird`` (155 names) was committed
before the classifier saw it, after the known-organisation list and the trade families.
``twentyfourth`` (159 names) was committed before the classifier saw it, after the brand-shape
rule and the twenty-third round's word families, and scored once: 69.8 %. ``twentyfifth``
(138 names) was committed before the classifier saw it, after the coined-word brand shape and
the twenty-fourth round's word families, and scored once: 69.6 %. ``twentysixth`` (133
names) was committed before the classifier saw it, after the twenty-fifth's scoring, and scored
once: 81.2 %. ``twentyseventh`` (130 names) was committed before the classifier saw it, after the
twenty-fifth's and twenty-sixth's classes, and scored once: 76.9 %; its misses then gave rules for
their classes (86.9 % after, not blind). ``twentyeighth`` (133 names) was committed before the
classifier saw it, after the twenty-seventh's classes. ``twentyninth`` (149 names) was committed
before the classifier saw it, after the twenty-eighth's classes, and scored once: 79.2 %; its misses
then gave rules for their classes (96.0 % after, not blind). ``thirtieth`` (145 names, every name
its pages list) was committed before the classifier saw it, after the twenty-ninth's classes, and
scored once: 81.4 %; its misses then gave rules for their classes (92.4 % after, not blind).
``thirtyfirst`` (113 names, every name its pages list) was committed before the classifier saw it,
after the thirtieth's classes, and scored once: 85.8 %; its misses then gave rules for their
classes (91.2 % after, not blind). ``thirtysecond`` (128 names, every name its pages list, leaning
to industry and academia) was committed before the classifier saw it, after the thirty-first's
classes, and scored once: 83.6 %; its misses then gave rules for their classes (93.0 % after, not
blind).

Figures: accuracy overall, per language and per sector, for both parts, with a name the
classifier leaves unknown counted as wrong; the share of names sent to review (unknown, or a
weak guess); the confusion matrix of the held-out part (printed). Target: held-out accuracy
≥ 85 %. Speed: CPU microseconds a name, classifying every gold name, median of ``repeat`` runs
(an H2020 import classifies ~36,000 names). ``--quick`` changes nothing (the set is small).
"""

from __future__ import annotations

import csv
import hashlib
import math
import statistics
import time
from collections import Counter
from pathlib import Path

from helix_graph.ingest.classify import GUESSED, UNKNOWN, Classification, classify
from helix_graph.ingest.sector_model import SectorModel, shipped_model
from helix_graph.model import HELIX_SECTORS

GOLD = Path(__file__).resolve().parent / "gold" / "classify.csv"
SECTORS = (*HELIX_SECTORS, UNKNOWN)
ROUNDS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twentyfirst",
    "twentysecond",
    "twentythird",
    "twentyfourth",
    "twentyfifth",
    "twentysixth",
    "twentyseventh",
    "twentyeighth",
    "twentyninth",
    "thirtieth",
    "thirtyfirst",
    "thirtysecond",
    "thirtythird",
    "thirtyfourth",
    "thirtyfifth",
)
"""The gold's rounds, in the order they were gathered."""
PARTS = ("dev", "held-out", *ROUNDS[1:])
"""What is scored: the first round split into dev and held-out, then each later round."""
# The rounds the learned fallback is fitted on (bench/fit_sector_model.py); later ones score it.
TRAINING_ROUNDS = ROUNDS[: ROUNDS.index("fifteenth") + 1]


def held_out(name: str) -> bool:
    """Whether a gold name is in the held-out third."""
    return int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % 3 == 0


def gold(part: str) -> list[dict]:
    """The gold rows of one part: ``"dev"``, ``"held-out"``, a later round or ``"all"``."""
    with GOLD.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    if part == "all":
        return rows
    if part not in ("dev", "held-out"):
        return [r for r in rows if r["collected"] == part]
    first = [r for r in rows if r["collected"] == "first"]
    return [r for r in first if held_out(r["name"]) == (part == "held-out")]


def scored(rows: list[dict]) -> list[tuple[dict, object]]:
    return [(row, classify(row["name"], country=row["country"])) for row in rows]


def rule_results(rows: list[dict]) -> list[Classification]:
    """The rules alone on each row (no learned guess)."""
    return [classify(row["name"], learned=False) for row in rows]


def cross_validated(rows: list[dict]) -> dict[str, list[tuple[dict, Classification]]]:
    """Leave one round out: each training round scored by the rules and a fallback fitted,
    with the shipped temperature and threshold, on the other training rounds."""
    shipped = shipped_model()
    settings = dict(
        ngrams=shipped.ngrams,
        bits=shipped.bits,
        alpha=shipped.alpha,
        temperature=shipped.temperature,
        threshold=shipped.threshold,
    )
    rules = rule_results(rows)
    out = {}
    for held in TRAINING_ROUNDS:
        rest = [(r, c) for r, c in zip(rows, rules, strict=True) if r["collected"] != held]
        model = SectorModel(**settings).fit(
            [r["name"] for r, _ in rest],
            [r["country"] for r, _ in rest],
            [r["sector"] for r, _ in rest],
            [not c.placed for _, c in rest],
        )
        pairs = []
        for row, rule in zip(rows, rules, strict=True):
            if row["collected"] != held:
                continue
            guess = None if rule.placed else model.guess(row["name"], row["country"])
            if guess:
                rule = Classification(guess.sector, "other", guess.probability, GUESSED)
            pairs.append((row, rule))
        out[held] = pairs
    return out


def errors(part: str = "dev") -> list[str]:
    """The development part's misses, one line each (never call this for the held-out part)."""
    if part != "dev":
        raise ValueError("only the development part's errors may be read while writing rules")
    return [
        f"{row['language']}  gold {row['sector']:<13} got {got.sector:<13} {row['name']}  [{got.rationale}]"
        for row, got in scored(gold("dev"))
        if got.sector != row["sector"]
    ]


def _accuracy(pairs) -> float:
    return 100.0 * sum(got.sector == row["sector"] for row, got in pairs) / len(pairs)


def _wilson(pairs, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval (95 %) of the accuracy, in per cent: a round of 130 names
    pins its figure only to about ±7 points, so a round is read with its interval."""
    n = len(pairs)
    p = sum(got.sector == row["sector"] for row, got in pairs) / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return 100.0 * (centre - half), 100.0 * (centre + half)


def _confusion(pairs) -> str:
    counts = Counter((row["sector"], got.sector) for row, got in pairs)
    width = max(len(s) for s in SECTORS) + 1
    lines = ["gold \\ got".ljust(width) + "".join(s[:12].rjust(14) for s in SECTORS)]
    for g in HELIX_SECTORS:
        lines.append(g.ljust(width) + "".join(str(counts[g, s]).rjust(14) for s in SECTORS))
    return "\n".join(lines)


def run(quick: bool, repeat: int) -> list[dict]:
    figures: list[dict] = []
    for part in PARTS:
        pairs = scored(gold(part))
        if not pairs:
            continue
        fitted = part in ("dev", "held-out") or part in TRAINING_ROUNDS
        low, high = _wilson(pairs)
        figures.append(
            {
                "name": f"{part}: accuracy, unknown counted wrong ({len(pairs)} names"
                + (", fallback fitted on them)" if fitted else ")"),
                "value": _accuracy(pairs),
                "unit": "%",
                "target": None if part == "dev" else 85.0,
                "lower_is_better": False,
                "note": f"Wilson 95 % {low:.1f}–{high:.1f}",
            }
        )
        review = sum(1 for _, got in pairs if got.review_note)
        guesses = [(row, got) for row, got in pairs if got.guessed]
        figures.append(
            {
                "name": f"{part}: share sent to review (unknown or weak guess)",
                "value": 100.0 * review / len(pairs),
                "unit": "%",
                "note": f"{sum(not got.placed for _, got in pairs)} unknown, "
                f"{len(guesses)} guessed by the fallback, "
                f"{sum(got.sector == row['sector'] for row, got in guesses)} of them right",
            }
        )
        for key, values in (("language", None), ("sector", HELIX_SECTORS)):
            groups = values or sorted({row[key] for row, _ in pairs})
            for value in groups:
                subset = [(row, got) for row, got in pairs if row[key] == value]
                if subset:
                    figures.append(
                        {
                            "name": f"{part}: accuracy, {key} {value} ({len(subset)} names)",
                            "value": _accuracy(subset),
                            "unit": "%",
                        }
                    )
        print(f"-- {part}: confusion matrix (rows: gold sector, columns: classifier)")
        print(_confusion(pairs), flush=True)
    figures.extend(_cross_validation())
    figures.append(_speed(repeat))
    return figures


def _cross_validation() -> list[dict]:
    """Accuracy of rules + fallback by training round, the fallback fitted without that round."""
    rows = [r for r in gold("all") if r["collected"] in TRAINING_ROUNDS]
    figures, made, right = [], 0, 0
    for held, pairs in cross_validated(rows).items():
        guesses = [(row, got) for row, got in pairs if got.guessed]
        made += len(guesses)
        right += sum(got.sector == row["sector"] for row, got in guesses)
        figures.append(
            {
                "name": f"cross-validated {held}: rules + fallback ({len(pairs)} names)",
                "value": _accuracy(pairs),
                "unit": "%",
                "note": f"{len(guesses)} guessed, "
                f"{sum(got.sector == row['sector'] for row, got in guesses)} right; "
                f"{sum(not got.placed for _, got in pairs)} unknown",
            }
        )
    figures.append(
        {
            "name": "cross-validated: guesses right (all training rounds)",
            "value": 100.0 * right / made if made else 0.0,
            "unit": "%",
            "note": f"{right} of {made} guesses",
        }
    )
    return figures


def _speed(repeat: int) -> dict:
    """CPU microseconds to classify one name: every gold name in turn, median of ``repeat`` runs.

    CPU time, not wall time: on a shared machine the wall clock mostly measures the others.
    """
    names = [(row["name"], row["country"]) for row in gold("all")]
    runs = []
    for _ in range(max(1, repeat)):
        start = time.process_time()
        for name, country in names:
            classify(name, country=country)
        runs.append(time.process_time() - start)
    return {
        "name": f"speed: CPU time to classify one name ({len(names)} names)",
        "value": 1e6 * statistics.median(runs) / len(names),
        "unit": "µs",
        "note": f"median of {len(runs)} runs",
    }
