"""Which sector the gold names of each brand-like shape are, among the names nothing else places.

``python -m bench.brand_shapes [--before ROUND]`` (from the repository root). The pool is every
gold name that no type word, legal form or known name places (the rules alone leave it
unknown) and that is no place's name in its country; for each shape the table prints how
many of the pool's names it fires on, by gold sector, and the share that are firms. A shape
may become a weak rule where that share is high enough (85 % for the morpheme rule of the
twenty-fourth round, 75 % over every round for the coined-word rule that replaced it;
bench/README.md).

"Coined" means no word of the name is a common word of an issue language
(:func:`helix_graph.ingest.vocabulary.is_common_word`: ``wordfreq``'s Zipf frequency 3.0 or
more in any of them, a dependency of the project).

``python -m bench.brand_shapes --rule`` prints instead what the rule that was kept
(``classify.BRAND_SHAPE``) does on every round: the names it fires on, right and wrong by
gold sector, and each name with its round and gold sector.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

from bench.bench_classify import ROUNDS, gold
from helix_graph.ingest.classify import BRAND_SHAPE, PLACE_NAME, classify
from helix_graph.ingest.vocabulary import is_common_word
from helix_graph.model import HELIX_SECTORS

SUFFIXES = ("tech", "tec", "flex", "plast", "soft", "lab", "labs", "ware", "tronic", "tronics")
SUFFIXES += ("matic", "pack", "form")
PREFIXES = ("bio", "eco", "agro", "techno")
ENDINGS = ("on", "ix", "ex", "io")


def _morpheme(word: str) -> bool:
    w = word.lower()
    return any(w.endswith(s) and len(w) >= len(s) + 3 for s in SUFFIXES) or any(
        w.startswith(p) and len(w) >= len(p) + 3 for p in PREFIXES
    )


def shapes(name: str) -> set[str]:
    """The shapes a name has (a name can have several)."""
    tokens = [t for t in re.split(r"[\s\-–/,()\"“”.]+", name) if t]
    words = [t for t in tokens if t.isalpha()]
    coined = [w for w in words if not is_common_word(w)]
    title = [w for w in words if w.istitle()]
    found = set()
    if 1 <= len(tokens) <= 2 and len(coined) == len(tokens):
        found.add(f"{len(tokens)} coined word(s)")
        if len(title) == len(tokens):
            found.add(f"{len(tokens)} coined word(s) in title case")
    if re.search(r"[a-zà-ÿ][A-ZÀ-Þ]", name):
        found.add("a capital inside a word")
    if 1 <= len(tokens) <= 2 and any(_morpheme(w) for w in coined):
        found.add("a coined word with a brand morpheme")
        if len(title) == len(tokens):
            found.add("... in title case")
    if len(tokens) <= 2 and any(w.lower().endswith(ENDINGS) and len(w) >= 5 for w in coined):
        found.add("a coined word ending -on/-ix/-ex/-io")
    if len(tokens) == 2 and len(title) == 2 and len(coined) == 2:
        found.add("two personal names (a family firm)")
    if any(re.search(r"[^\W\d_]", t) and re.search(r"\d", t) for t in tokens):
        found.add("letters and digits")
    if re.search(r"\w\s*&\s*\w", name):
        found.add("'&' between names")
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.brand_shapes")
    parser.add_argument("--before", choices=ROUNDS, help="only the rounds gathered before this")
    parser.add_argument("--rule", action="store_true", help="what the kept rule fires on")
    args = parser.parse_args(argv)
    if args.rule:
        return rule_report()
    rounds = ROUNDS[: ROUNDS.index(args.before)] if args.before else ROUNDS
    pool = [
        row
        for row in gold("all")
        if row["collected"] in rounds
        and not classify(row["name"], learned=False).placed
        and classify(row["name"], country=row["country"]).rule != PLACE_NAME
    ]
    table: dict[str, Counter] = {}
    for row in pool:
        for shape in shapes(row["name"]):
            table.setdefault(shape, Counter())[row["sector"]] += 1
    print(
        f"{len(pool)} unplaced names: "
        + ", ".join(f"{s} {sum(r['sector'] == s for r in pool)}" for s in HELIX_SECTORS)
    )
    print(f"{'shape':<46}" + "".join(f"{s[:12]:>14}" for s in HELIX_SECTORS) + "  firms")
    for shape, counts in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        share = 100 * counts["industry"] / sum(counts.values())
        print(
            f"{shape:<46}" + "".join(f"{counts[s]:>14}" for s in HELIX_SECTORS) + f"  {share:.0f} %"
        )


def rule_report() -> None:
    """Every gold name the kept rule (``classify.BRAND_SHAPE``) places, by round and sector."""
    fired = [
        row
        for row in gold("all")
        if classify(row["name"], country=row["country"]).rule == BRAND_SHAPE
    ]
    right = [row for row in fired if row["sector"] == "industry"]
    print(f"{BRAND_SHAPE}: fires on {len(fired)} gold names, {len(right)} of them firms")
    for round_ in ROUNDS:
        here = [row for row in fired if row["collected"] == round_]
        if here:
            wrong = Counter(row["sector"] for row in here if row["sector"] != "industry")
            print(
                f"  {round_:<14} fired {len(here):>3}, right {len(here) - sum(wrong.values()):>3}"
                + "".join(f", wrong {s} {n}" for s, n in sorted(wrong.items()))
            )
    for row in fired:
        print(f"  {row['collected']:<14} {row['sector']:<14} {row['name']}")


if __name__ == "__main__":
    main()
