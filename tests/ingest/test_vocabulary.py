"""The common words that tell a coined word from a word of a language (wordfreq, for real)."""

from __future__ import annotations

import pytest

from helix_graph.files import kept
from helix_graph.ingest.vocabulary import COMMON_ZIPF, LANGUAGES, is_common_word


@pytest.mark.parametrize(
    ("word", "common"),
    [
        ("Quick", True),  # English
        ("Občina", True),  # Slovene, with its diacritics
        ("pašvaldība", True),  # Latvian
        ("Gruppen", True),  # Swedish and Norwegian
        ("Ulrich", True),  # a given name is a word of its language
        ("Janez", True),
        ("Kvandor", False),  # made up for this test
        ("Zelmorix", False),
        ("Picvisaqu", False),
    ],
)
def test_a_word_is_common_when_wordfreq_has_it_at_zipf_three_in_some_language(word, common):
    from wordfreq import zipf_frequency

    assert is_common_word(word) is common
    # the kept digests say what wordfreq says, read directly
    assert common == any(
        zipf_frequency(word.lower(), language, wordlist="small") >= COMMON_ZIPF
        for language in LANGUAGES
    )


def test_a_value_is_built_once_and_kept_and_a_new_key_builds_it_anew(tmp_path, monkeypatch):
    monkeypatch.setenv("HELIX_DATA_DIR", str(tmp_path))
    builds = []

    def build():
        builds.append(1)
        return ["picvisa"]

    assert kept("probe", build, "1.0", b"source") == ["picvisa"]
    assert kept("probe", build, "1.0", b"source") == ["picvisa"] and len(builds) == 1
    assert kept("probe", build, "1.1", b"source") == ["picvisa"] and len(builds) == 2
    # the new key's copy replaced the old one
    assert len(list((tmp_path / "cache").glob("probe-*.pickle"))) == 1
    (copy,) = (tmp_path / "cache").glob("probe-*.pickle")
    copy.write_bytes(b"not a pickle")
    assert kept("probe", build, "1.1", b"source") == ["picvisa"] and len(builds) == 3
