"""Whether a word is a common word of a language the partners write: what "coined" is not.

The frequencies are ``wordfreq``'s (Robyn Speer's word frequencies from Wikipedia, subtitles,
news, books and the web; code Apache-2.0, data CC BY-SA 4.0), installed as a dependency and
read where it is installed, never copied into the project. Its "small" lists hold every word
seen about once in a million words or more (Zipf frequency 3.0), the threshold used here.
Read whole they take a second and 120 MB in every process, so the words of all the
languages below are kept once, in the data folder's cache, as the sorted 64-bit digests of
their lower-case forms (7 MB, read in a few milliseconds; :func:`helix_graph.files.kept`),
and only when a name reaches the brand shape
(:data:`helix_graph.ingest.classify.BRAND_SHAPE`). Common given names are common words of
their language there (*Janez*, *Ulrich*, *Ilze*, *Giuseppe*: Zipf 4 or more), so a person's
name is not read as coined. ``wordfreq`` has no Estonian (:data:`NO_VOCABULARY`).
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import numpy as np

__all__ = ["COMMON_ZIPF", "LANGUAGES", "NO_VOCABULARY", "is_common_word"]

COMMON_ZIPF = 3.0
"""A word is common in a language at this Zipf frequency or more (once in a million words)."""

LANGUAGES = tuple(
    "sl en lv lt hu pl fr de it es pt ca ro nl sv nb da fi cs sk bg el mk sh tr".split()
)
"""The languages of the partners that ``wordfreq`` has (``sh``: Bosnian, Croatian, Serbian)."""

NO_VOCABULARY = frozenset({"EE", "MT", "AL", "XK", "GE", "AM", "AZ"})
"""Countries whose own language ``wordfreq`` has no list for (Estonian, Maltese, Albanian,
Georgian, Armenian, Azerbaijani): a word of their names cannot be told coined or common."""


def _digest(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def _build_common_digests() -> np.ndarray:
    """The sorted digests of every word common in any of :data:`LANGUAGES` (~800,000)."""
    from wordfreq import get_frequency_dict

    least = 10 ** (COMMON_ZIPF - 9)  # Zipf is log10 of the frequency per billion words
    words: set[str] = set()
    for language in LANGUAGES:
        words.update(w for w, f in get_frequency_dict(language, "small").items() if f >= least)
    return np.unique(np.fromiter(map(_digest, words), dtype=np.uint64, count=len(words)))


@functools.cache
def _common_digests() -> np.ndarray:
    from importlib.metadata import version

    from helix_graph.files import kept

    source = Path(__file__).read_bytes()
    return kept("common-words", _build_common_digests, version("wordfreq"), source)


@functools.cache
def is_common_word(word: str) -> bool:
    """Whether ``word`` (any case, as written, with its diacritics) is common in any of
    :data:`LANGUAGES`.

    Examples
    --------
    >>> is_common_word("Quick"), is_common_word("Občina"), is_common_word("Picvisa")
    (True, True, False)
    """
    digests = _common_digests()
    digest = np.uint64(_digest(word.lower()))
    i = int(np.searchsorted(digests, digest))
    return bool(i < len(digests) and digests[i] == digest)
