"""Fit the classifier's learned fallback and write ``helix_graph/data/sector_model.npz``.

``python -m bench.fit_sector_model`` (from the repository root). The model is fitted on the
gold rounds in :data:`TRAINING_ROUNDS` only (the names gathered before the model existed);
later rounds are for scoring. Its two settings are chosen on those rounds alone, by
leave-one-round-out cross-validation (each round in turn scored by a model fitted on the
others), over the names the rules leave unknown, which are the only ones the model sees
(its prior is counted on those names of the other rounds, its likelihoods on all of them):

- the **temperature** that minimises the log loss of the held-out guesses (naive Bayes adds
  up hundreds of overlapping n-grams and is far too sure of itself untempered), then
- the **threshold**: a guess below it stays unknown. A wrong guess costs a person more than
  an unknown (it looks like an answer), so the threshold maximises right guesses minus wrong
  guesses, i.e. a guess is made where it is more often right than wrong; of thresholds equal
  on that, the highest (the fewest wrong guesses).
"""

from __future__ import annotations

import numpy as np

from bench.bench_classify import TRAINING_ROUNDS, gold, rule_results
from helix_graph.ingest.sector_model import SectorModel
from helix_graph.resources import data_file

TEMPERATURES = (1, 2, 4, 8, 16, 32, 48, 64, 96, 128, 192)
THRESHOLDS = tuple(np.round(np.arange(0.30, 0.96, 0.05), 2))


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

    def net(t):
        return sum(1 if right else -1 for right, p in best if p >= t)

    threshold = max(THRESHOLDS, key=lambda t: (net(t), t))
    made = [right for right, p in best if p >= threshold]
    figures = dict(
        unknown_names=len(best),
        log_loss=log_loss(temperature),
        guesses=len(made),
        right=sum(made),
        right_if_all_guessed=sum(right for right, _ in best),
    )
    return float(temperature), float(threshold), figures


def main() -> None:
    rows = [r for r in gold("all") if r["collected"] in TRAINING_ROUNDS]
    settings = dict(alpha=0.1)
    temperature, threshold, figures = choose(held_out_scores(rows, **settings))
    print(f"{len(rows)} training names; cross-validated on the names the rules leave unknown:")
    print(f"  temperature {temperature:g}, threshold {threshold:.2f}; {figures}")
    silent = [not c.placed for c in rule_results(rows)]
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
