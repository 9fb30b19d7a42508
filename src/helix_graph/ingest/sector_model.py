"""A learned guess at the helix sector of a name the classifier's rules cannot place.

Multinomial naive Bayes [1]_ on hashed features of the name: the character n-grams of each
word (lower case, diacritics folded, the word padded with spaces so its start and end
count), the words themselves and the country. Each feature counts once a name (binary
counts, which suit short texts), and a feature never seen in training says nothing. The
summed log likelihood is divided by a temperature (the n-grams of a word overlap, so naive
Bayes counts one cue many times over), so the probability it reports is calibrated on names
it was not fitted to rather than naive Bayes' usual near-certainty; below a threshold the
guess is not made. The likelihoods are counted on every labelled name, but the prior is the
sectors' shares among the names the rules leave unplaced, the only names the model is ever
asked about: far more of them are firms known by a brand than among all names. Temperature and threshold are chosen by
leave-one-round-out cross-validation on the training rounds (``bench/fit_sector_model.py``,
which writes ``helix_graph/data/sector_model.npz``).

The model only ever speaks where the rules are silent, and what it says is a guess: the
classifier names it as such, with the words that weighed most, and sends it to review.

References
----------
.. [1] McCallum, A. and Nigam, K. (1998). A comparison of event models for naive Bayes text
   classification. AAAI-98 Workshop on Learning for Text Categorization.
"""

from __future__ import annotations

import functools
import json
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from helix_graph.model import HELIX_SECTORS

__all__ = ["SectorModel", "Guess", "shipped_model"]

_WORD = re.compile(r"\w+")


def _fold(text: str) -> str:
    from helix_graph.ingest.classify import _folded  # one folding for rules and model

    return _folded(text)[0]


@dataclass(frozen=True)
class Guess:
    """The model's best sector for a name, its probability and the words that weighed most."""

    sector: str
    probability: float
    cues: tuple[str, ...]


@dataclass
class SectorModel:
    """Naive Bayes over hashed name features, fitted with :meth:`fit`.

    Parameters
    ----------
    ngrams : tuple of int, default (2, 3, 4, 5)
        Lengths of the character n-grams taken from each padded word; ``()`` uses words
        (and the country) only.
    bits : int, default 18
        Features are hashed (CRC-32) into ``2**bits`` buckets.
    alpha : float, default 0.1
        Additive smoothing of the per-sector feature frequencies.
    temperature : float, default 1.0
        The summed log likelihood is divided by it before the prior is added and the
        probabilities are normalised.
    threshold : float, default 0.5
        :meth:`guess` returns None below this probability.

    Attributes
    ----------
    sectors_ : tuple of str
        The sectors, in the order of the columns below.
    log_prior_ : ndarray of shape (n_sectors,)
        Log share of each sector among the names the prior was counted on.
    buckets_ : ndarray of int
        The buckets seen in training, sorted.
    log_likelihood_ : ndarray of shape (len(buckets_), n_sectors)
        Log probability of each seen bucket in each sector.
    """

    ngrams: tuple[int, ...] = (2, 3, 4, 5)
    bits: int = 18
    alpha: float = 0.1
    temperature: float = 1.0
    threshold: float = 0.5
    sectors_: tuple[str, ...] = ()
    log_prior_: np.ndarray = field(default=None, repr=False)
    buckets_: np.ndarray = field(default=None, repr=False)
    log_likelihood_: np.ndarray = field(default=None, repr=False)
    fitted_on: str = ""

    def word_features(self, name: str) -> list[tuple[str, list[int]]]:
        """Each word of the name as written, with the hashed features it gives."""
        mask = (1 << self.bits) - 1
        out = []
        for word in _WORD.findall(name):
            folded = _fold(word)
            padded = f" {folded} "
            grams = {padded[i : i + n] for n in self.ngrams for i in range(len(padded) - n + 1)}
            grams.discard(" ")
            keys = [f"w{folded}", *(f"g{g}" for g in grams)]
            out.append((word, [zlib.crc32(k.encode("utf-8")) & mask for k in keys]))
        return out

    def features(self, name: str, country: str | None = None) -> list[int]:
        """The distinct hashed features of a name, its shape and its country."""
        words = _WORD.findall(name)
        found = {f for _, fs in self.word_features(name) for f in fs}
        shape = [f"n{min(len(words), 4)}"]  # how many words
        if any(len(w) > 1 and w.isupper() for w in words):
            shape.append("acronym")
        if any(c.isdigit() for c in name):
            shape.append("digit")
        if country:
            shape.append(f"c{country.upper()}")
        mask = (1 << self.bits) - 1
        found.update(zlib.crc32(f"s{s}".encode()) & mask for s in shape)
        return sorted(found)

    def fit(
        self,
        names: list[str],
        countries: list[str | None],
        sectors: list[str],
        silent: list[bool] | None = None,
    ) -> SectorModel:
        """Count the features of labelled names; returns the fitted model.

        ``silent`` marks the names the rules leave unplaced: the prior is then their sectors'
        shares, add-one smoothed (without it, every name's share, unsmoothed).
        """
        self.sectors_ = tuple(s for s in HELIX_SECTORS if s in set(sectors))
        column = {s: k for k, s in enumerate(self.sectors_)}
        rows = [self.features(n, c) for n, c in zip(names, countries, strict=True)]
        self.buckets_ = np.unique(np.fromiter((f for r in rows for f in r), dtype=np.int64))
        counts = np.zeros((len(self.buckets_), len(self.sectors_)))
        docs = np.zeros(len(self.sectors_))
        for row, sector in zip(rows, sectors, strict=True):
            counts[np.searchsorted(self.buckets_, row), column[sector]] += 1
            docs[column[sector]] += 1
        if silent is not None:
            docs = np.ones(len(self.sectors_))
            for sector, blank in zip(sectors, silent, strict=True):
                docs[column[sector]] += blank
        self.log_prior_ = np.log(docs / docs.sum())
        totals = counts.sum(axis=0) + self.alpha * len(self.buckets_)
        self.log_likelihood_ = np.log(counts + self.alpha) - np.log(totals)
        return self

    def _evidence(self, features: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """The rows of the seen features and their summed log likelihood in each sector."""
        features = np.asarray(features, dtype=np.int64)
        at = np.minimum(np.searchsorted(self.buckets_, features), len(self.buckets_) - 1)
        at = at[self.buckets_[at] == features]
        return at, self.log_likelihood_[at].sum(axis=0)

    def probabilities(self, name: str, country: str | None = None) -> np.ndarray:
        """The probability of each sector (``sectors_`` order), the likelihood tempered."""
        _, likelihood = self._evidence(self.features(name, country))
        score = self.log_prior_ + likelihood / self.temperature
        p = np.exp(score - score.max())
        return p / p.sum()

    def guess(self, name: str, country: str | None = None) -> Guess | None:
        """The most probable sector, if its probability reaches the threshold, else None.

        ``cues`` are the one or two words of the name whose features weigh most for that
        sector against the runner-up, as written.
        """
        p = self.probabilities(name, country)
        order = np.argsort(-p)
        best, second = order[0], order[1] if len(order) > 1 else order[0]
        if p[best] < self.threshold:
            return None
        lead = self.log_likelihood_[:, best] - self.log_likelihood_[:, second]
        weights = []
        for word, fs in self.word_features(name):
            at, _ = self._evidence(sorted(set(fs)))
            weights.append((float(lead[at].sum()), word))
        cues = tuple(w for weight, w in sorted(weights, key=lambda x: -x[0])[:2] if weight > 0)
        return Guess(self.sectors_[best], float(p[best]), cues)

    def save(self, path: Path) -> None:
        """Write the fitted parameters (compressed NumPy arrays and a JSON header)."""
        header = dict(
            ngrams=list(self.ngrams),
            bits=self.bits,
            alpha=self.alpha,
            temperature=self.temperature,
            threshold=self.threshold,
            sectors=list(self.sectors_),
            fitted_on=self.fitted_on,
        )
        np.savez_compressed(
            path,
            header=np.array(json.dumps(header)),
            log_prior=self.log_prior_,
            buckets=self.buckets_.astype(np.int32),
            log_likelihood=self.log_likelihood_.astype(np.float32),
        )

    @classmethod
    def load(cls, path: Path) -> SectorModel:
        """Read parameters written by :meth:`save`."""
        with np.load(path) as data:
            header = json.loads(str(data["header"]))
            return cls(
                ngrams=tuple(header["ngrams"]),
                bits=header["bits"],
                alpha=header["alpha"],
                temperature=header["temperature"],
                threshold=header["threshold"],
                sectors_=tuple(header["sectors"]),
                log_prior_=data["log_prior"],
                buckets_=data["buckets"].astype(np.int64),
                log_likelihood_=data["log_likelihood"].astype(np.float64),
                fitted_on=header["fitted_on"],
            )


@functools.cache
def shipped_model() -> SectorModel:
    """The model shipped in ``helix_graph/data/sector_model.npz``, read once."""
    from helix_graph.resources import data_file

    return SectorModel.load(data_file("sector_model.npz"))
