"""Whether a word is a common word of a language the partners write: what "coined" is not.

The frequencies are ``wordfreq``'s (Robyn Speer's word frequencies from Wikipedia, subtitles,
news, books and the web; code Apache-2.0, data CC BY-SA 4.0), installed as a dependency and
read where it is installed, never copied into the project. Its "small" lists hold every word
seen about once in a million words or more (Zipf frequency 3.0), the threshold used here, and
load in about a second for all the languages below, once per process and only when a name
reaches the brand shape (:data:`helix_graph.ingest.classify.BRAND_SHAPE`). Common given
names are common words of their language there (*Janez*, *Ulrich*, *Ilze*, *Giuseppe*: Zipf
4 or more), so a person's name is not read as coined. ``wordfreq`` has no Estonian.
"""

from __future__ import annotations

import functools

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


@functools.cache
def is_common_word(word: str) -> bool:
    """Whether ``word`` (any case, as written, with its diacritics) is common in any of
    :data:`LANGUAGES`.

    Examples
    --------
    >>> is_common_word("Quick"), is_common_word("Občina"), is_common_word("Picvisa")
    (True, True, False)
    """
    from wordfreq import zipf_frequency

    folded = word.lower()
    return any(
        zipf_frequency(folded, language, wordlist="small") >= COMMON_ZIPF for language in LANGUAGES
    )
