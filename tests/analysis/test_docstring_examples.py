"""The Examples in the analysis docstrings run and print what they say."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "helix_graph.analysis.graphs",
    "helix_graph.analysis.centrality",
    "helix_graph.analysis.communities",
    "helix_graph.analysis.helix",
    "helix_graph.analysis.brokerage",
    "helix_graph.analysis.recommend",
    "helix_graph.analysis.gaps",
    "helix_graph.export",
    "helix_graph.synth",
    "helix_graph.model",
]


@pytest.mark.parametrize("name", MODULES)
def test_examples(name):
    result = doctest.testmod(
        importlib.import_module(name), optionflags=doctest.NORMALIZE_WHITESPACE
    )
    assert result.failed == 0
