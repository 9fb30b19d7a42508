"""Fit the classifier's learned fallback and write ``helix_graph/data/sector_model.npz``.

``python -m bench.fit_sector_model`` (from the repository root). The model is fitted on the
gold rounds in :data:`TRAINING_ROUNDS` only (the names gathered before the model existed);
later rounds are for scoring. Its two settings are chosen on those rounds alone, by
leave-one-round-out cross-validation (each round in turn scored by a model fitted on the
others), over the names the rules leave unknown, which are the only ones the model sees
(its prior is counted on those names of the other rounds, its likelihoods on all of them):

- the **temperature** that minimises the log loss of the held-out guesses (naive Bayes adds
  up hundreds of overlapping n-grams and is far too sure of itself untempered), then
- the **threshold**: a guess below it stays unknown. The target counts a name left unknown
  as wrong, and every guess is marked a weak guess and sent to review with its rationale
  (so a wrong guess is never a silent answer), so the threshold maximises the right guesses,
  i.e. the cross-validated accuracy, among the thresholds above the prior's largest share
  (at or below it the prior alone would guess a name with no known feature: an industry
  default by another name); of thresholds equal on that, the highest (the fewest wrong
  guesses). :func:`trade_off` prints what each threshold gives.
"""

from __future__ import annotations

import numpy as np

from bench.bench_classify import TRAINING_ROUNDS, gold, rule_results
from helix_graph.ingest.sector_model import SectorModel
from helix_graph.resources import data_file

TEMPERATURES = (1, 2, 4, 8, 16, 32, 48, 64, 96, 128, 192)
THRESHOLDS = tuple(np.round(np.arange(0.25, 0.96, 0.05), 2))


def fit(rows: list[dict], silent: list[bool], **settings) -> SectorModel:
    """A model fitted on gold rows; ``silent`` marks those the rules leave unplaced."""
    model = SectorModel(**settings)
    return model.fit(
        [r["name"] for r in rows],
        [r["country"] for r in rows],
        [r["sector"] for r in rows],
        silent,
    )


def held_out_scores(rows: list[dict], **settings) -> list[tuple]:
    """Leave one round out: for each name the rules leave unknown, the untempered log
    likelihood of each sector and the log prior, from a model fitted on the other rounds."""
    unknown = [not c.placed for c in rule_results(rows)]
    out = []
    for held in sorted({r["collected"] for r in rows}):
        rest = [(r, u) for r, u in zip(rows, unknown, strict=True) if r["collected"] != held]
        model = fit([r for r, _ in rest], [u for _, u in rest], **settings)
        for row, blank in zip(rows, unknown, strict=True):
            if blank and row["collected"] == held:
                _, likelihood = model._evidence(model.features(row["name"], row["country"]))
                out.append((row, likelihood, model.log_prior_, model.sectors_))
    return out


def choose(scored) -> tuple[float, float, dict]:
    """The temperature of least log loss, then the threshold of most right minus wrong."""

    def tempered(t):
        for row, likelihood, prior, sectors in scored:
            score = prior + likelihood / t
            p = np.exp(score - score.max())
            yield row["sector"], sectors, p / p.sum()

    def log_loss(t):
        return -np.mean([np.log(p[sectors.index(g)]) for g, sectors, p in tempered(t)])

    temperature = min(TEMPERATURES, key=log_loss)
    best = [
        (sectors[int(p.argmax())] == g, float(p.max())) for g, sectors, p in tempered(temperature)
    ]

    def right(t):
        return sum(r for r, p in best if p >= t)

    # A threshold at or below the prior's largest share lets the prior alone guess a name
    # the model knows nothing of ("Zzyzx": industry, 0.40): an industry default by another
    # name, which the issue forbids. So the threshold is chosen above it.
    floor = max(float(np.exp(prior).max()) for _, _, prior, _ in scored)
    threshold = max((t for t in THRESHOLDS if t > floor), key=lambda t: (right(t), t))
    made = [r for r, p in best if p >= threshold]
    figures = dict(
        unknown_names=len(best),
        log_loss=log_loss(temperature),
        guesses=len(made),
        right=sum(made),
        right_if_all_guessed=sum(r for r, _ in best),
        prior_top_share=round(floor, 3),
        by_threshold={float(t): (sum(p >= t for _, p in best), right(t)) for t in THRESHOLDS},
    )
    return float(temperature), float(threshold), figures


def trade_off(figures: dict, names: int, rules_right: int, to_review: int) -> str:
    """A table: for each threshold, the guesses made and right, and the cross-validated
    accuracy over all training names (a name left unknown counted wrong). The share sent to
    review is the same at every threshold: an unknown and a guess both go to review."""
    lines = [
        f"share sent to review at every threshold: {100 * to_review / names:.1f} % "
        f"({to_review} of {names})",
        "threshold  guesses  right  wrong  accuracy",
    ]
    for t, (made, right) in figures["by_threshold"].items():
        accuracy = 100 * (rules_right + right) / names
        lines.append(f"{t:9.2f}  {made:7d}  {right:5d}  {made - right:5d}  {accuracy:7.1f} %")
    return "\n".join(lines)


def main() -> None:
    rows = [r for r in gold("all") if r["collected"] in TRAINING_ROUNDS]
    settings = dict(alpha=0.1)
    temperature, threshold, figures = choose(held_out_scores(rows, **settings))
    table = figures.pop("by_threshold")
    print(f"{len(rows)} training names; cross-validated on the names the rules leave unknown:")
    print(f"  temperature {temperature:g}, threshold {threshold:.2f}; {figures}")
    rules = rule_results(rows)
    silent = [not c.placed for c in rules]
    rules_right = sum(c.sector == r["sector"] for r, c in zip(rows, rules, strict=True))
    to_review = sum(1 for c in rules if c.review_note)
    print(trade_off({"by_threshold": table}, len(rows), rules_right, to_review))
    model = fit(rows, silent, temperature=temperature, threshold=threshold, **settings)
    model.fitted_on = (
        f"{len(rows)} gold names, rounds {', '.join(TRAINING_ROUNDS)}; prior from the "
        f"{sum(silent)} the rules leave unplaced; temperature and threshold by "
        "leave-one-round-out cross-validation (bench/fit_sector_model.py)"
    )
    path = data_file("sector_model.npz")
    model.save(path)
    print(f"written to {path} ({path.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
