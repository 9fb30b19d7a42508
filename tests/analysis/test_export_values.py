"""What export makes of every kind of value, cell by cell (worked out by hand)."""

from __future__ import annotations

import json
import math

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from helix_graph.export import clean_table, export_graph, graph_for_file, write_back, write_table


def test_clean_table_turns_every_kind_of_cell_into_text_or_a_number():
    frame = pd.DataFrame(
        {
            "mixed": [
                ["p", "q"],  # the shared projects of a tie
                [1, "x"],  # not all text
                ("r",),
                (),
                None,
                math.nan,
                math.inf,
                np.int64(3),
                2.5,
                "text",
                np.bool_(True),
            ],
            "score": [1.5, math.nan, -math.inf, math.inf, 0.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0],
            "name": ["A", None, "C", "D", "E", "F", "G", "H", "I", "J", "K"],
        }
    )
    frame["text"] = pd.array(["a", None, *"bcdefghij"], dtype="string")
    cleaned = clean_table(frame)
    assert cleaned["mixed"].tolist() == [
        *["p;q", "1;x", "r", "", "", "", "", "3", "2.5", "text", "True"]
    ]
    assert cleaned["score"].tolist() == [1.5, 0.0, 0.0, 0.0, 0.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]
    assert cleaned["name"].tolist()[:3] == ["A", "", "C"]
    assert cleaned["text"].tolist()[:3] == ["a", "", "b"]
    assert frame["score"].isna().sum() == 1  # the caller's table is left as it was


def test_graph_for_file_keeps_plain_values_and_names_the_nodes():
    G = nx.Graph(name="seed", _private="kept out", nothing=None, ratio=np.float64(math.nan))
    G.add_node(
        1,
        name="Občina Ptuj",
        label="organisation",  # the multipartite graph's node type
        id="rec-1",  # a record id
        tags=["a", "b"],
        score=np.float64(0.5),
        flag=np.bool_(True),
        count=np.int64(2),
        missing=None,
        spread=np.array([1, 2]),
    )
    G.add_node("x", score=np.float32(np.inf))
    G.add_edge(1, "x", weight=np.int64(3), projects=("p", "q"), share=math.inf)
    table = pd.DataFrame({"id": [1, "x", "absent"], "pagerank": [0.25, 0.75, 0.0]})
    H = graph_for_file(G, table)
    assert H.graph == {"name": "seed"}
    assert H.nodes["1"] == {
        "name": "Občina Ptuj",
        "type": "organisation",
        "record_id": "rec-1",
        "tags": "a;b",
        "score": 0.5,
        "flag": True,
        "count": 2,
        "spread": "1;2",
        "pagerank": 0.25,
        "label": "Občina Ptuj",
    }
    assert (type(H.nodes["1"]["count"]), type(H.nodes["1"]["flag"])) == (int, bool)
    assert type(H.nodes["1"]["score"]) is float
    # no name: the id is the caption; an infinite score is left out, not written as inf
    assert H.nodes["x"] == {"pagerank": 0.75, "label": "x"}
    assert list(H.nodes) == ["1", "x"]
    assert H.edges["1", "x"] == {"weight": 3, "projects": "p;q"}
    assert G.nodes[1]["label"] == "organisation" and "pagerank" not in G.nodes[1]


def test_graph_for_file_writes_a_key_of_mixed_types_as_text():
    G = nx.Graph()
    G.add_node("a", code=7)
    G.add_node("b", code="HES")
    G.add_node("c")
    H = graph_for_file(G)
    assert [H.nodes[n].get("code") for n in "abc"] == ["7", "HES", None]
    assert graph_for_file(G, pd.DataFrame({"id": []})).nodes["a"]["code"] == "7"


def test_write_back_sets_the_given_measures_and_clears_the_others(seed_store):
    table = pd.DataFrame({"id": ["gea-college", "nowhere"], "degree": [np.int64(7), np.int64(1)]})
    done = write_back(seed_store, table, batch_size=1)
    assert done == {"organisations": 1, "ties_deleted": 0, "ties_written": 0}  # one id is known
    row = seed_store.read(
        "MATCH (o:Organisation {id: $id}) RETURN o.degree AS degree, o.pagerank AS pagerank",
        {"id": "gea-college"},
    )
    assert row == [{"degree": 7, "pagerank": None}]


def test_write_back_replaces_the_ties_and_says_how_far_it_is(seed_store):
    seed_store.write(
        "MATCH (a:Organisation {id: 'gea-college'}), (b:Organisation {id: 'center-noordung'}) "
        "CREATE (a)-[:COLLABORATES_WITH {weight: 9}]->(b)"
    )
    table = pd.DataFrame({"id": ["gea-college", "ra-kozjansko"], "degree": [2, 1]})
    # no projects column; a tie to an organisation the graph does not hold is not written
    edges = pd.DataFrame(
        {
            "source": ["gea-college", "gea-college"],
            "target": ["ra-kozjansko", "nowhere"],
            "weight": [np.int64(3), 1],
        }
    )
    steps = []
    done = write_back(seed_store, table, edges, batch_size=1, progress=lambda *a: steps.append(a))
    assert done == {"organisations": 2, "ties_deleted": 1, "ties_written": 1}
    assert steps == [("metrics", 1, 2), ("metrics", 2, 2), ("ties", 1, 2), ("ties", 2, 2)]
    ties = seed_store.read(
        "MATCH (a)-[r:COLLABORATES_WITH]->(b) RETURN a.id AS a, b.id AS b, r.weight AS w, "
        "r.projects AS projects"
    )
    assert ties == [{"a": "gea-college", "b": "ra-kozjansko", "w": 3, "projects": []}]


@pytest.mark.timeout(30)  # it takes a second: a delete that never stops fails here
def test_write_back_into_a_graph_without_ties_then_again_leaves_one_tie(seed_store):
    table = pd.DataFrame({"id": ["gea-college"], "degree": [1]})
    edges = pd.DataFrame({"source": ["gea-college"], "target": ["ra-kozjansko"], "weight": [2]})
    first = write_back(seed_store, table, edges)
    assert first == {"organisations": 1, "ties_deleted": 0, "ties_written": 1}  # none to delete
    again = write_back(seed_store, table, edges)
    assert again == {"organisations": 1, "ties_deleted": 1, "ties_written": 1}
    ties = seed_store.read("MATCH (a)-[r:COLLABORATES_WITH]->(b) RETURN a.id AS a, b.id AS b")
    assert ties == [{"a": "gea-college", "b": "ra-kozjansko"}]


def test_write_back_progress_never_passes_the_total(seed_store):
    """Three organisations in batches of two: the second batch says 3 of 3, not 4 of 3."""
    table = pd.DataFrame({"id": ["gea-college", "ra-kozjansko", "nowhere"], "degree": [1, 2, 3]})
    steps = []
    write_back(seed_store, table, batch_size=2, progress=lambda *a: steps.append(a))
    assert steps == [("metrics", 2, 3), ("metrics", 3, 3)]


def test_export_into_a_folder_twice_and_an_empty_graph(tmp_path):
    G = nx.Graph()
    G.add_edge("a", "b", weight=2)
    for _ in range(2):  # the folder exists the second time
        paths = export_graph(G, tmp_path / "out", "csv")
    assert [p.name for p in paths] == ["nodes.csv", "edges.csv"]
    assert (tmp_path / "out" / "edges.csv").read_text().splitlines() == [
        '"source","target","weight"',
        '"a","b",2',
    ]
    export_graph(nx.Graph(), tmp_path / "empty", "csv")
    assert (tmp_path / "empty" / "nodes.csv").read_text().splitlines() == ['"id"']
    assert (tmp_path / "empty" / "edges.csv").read_text().splitlines() == ['"source","target"']


def test_object_text_columns_and_a_parquet_file_without_the_index(tmp_path):
    frame = pd.DataFrame(
        {
            "id": pd.Series(["a", "b"], dtype=object),
            "city": pd.Series(["Ptuj", None], dtype=object),  # text read from the store
            "unknown": pd.Series([None, None], dtype=object),
            "x": [1.0, 2.0],
        }
    ).set_axis([5, 7])  # row labels that are not 0, 1, …
    cleaned = clean_table(frame)
    assert cleaned["city"].tolist() == ["Ptuj", ""]
    assert cleaned["unknown"].tolist() == ["", ""]
    back = pd.read_parquet(write_table(frame, tmp_path / "t.parquet"))
    assert list(back.columns) == ["id", "city", "unknown", "x"]
    assert back.index.tolist() == [0, 1]  # the table's own row labels stay out of the file
    assert back["city"].tolist() == ["Ptuj", ""]


def test_a_json_file_keeps_names_in_their_own_letters(tmp_path):
    """Č, Š, ü as themselves in the file (a person opening it reads the names), not \\u escapes."""
    G = nx.Graph()
    G.add_node("o1", name="Občina Šentjur")
    G.add_node("o2", name="Universität Zürich")
    G.add_edge("o1", "o2", weight=3)
    (path,) = export_graph(G, tmp_path / "graph.json", "json")
    text = path.read_text(encoding="utf-8")
    assert '"name": "Občina Šentjur"' in text and '"name": "Universität Zürich"' in text
    assert "\\u" not in text
    data = json.loads(text)
    assert data["nodes"] == [
        {"name": "Občina Šentjur", "label": "Občina Šentjur", "id": "o1"},  # Gephi's label
        {"name": "Universität Zürich", "label": "Universität Zürich", "id": "o2"},
    ]
    assert data["edges"] == [{"weight": 3, "source": "o1", "target": "o2"}]


def test_a_table_is_written_into_folders_that_do_not_exist_yet(tmp_path):
    # analysis/seed61/organisations.csv under a folder made by nobody yet: both folders made
    frame = pd.DataFrame({"id": ["a", "b"], "degree": [2, 1]})
    path = write_table(frame, tmp_path / "analysis" / "seed61" / "organisations.csv")
    assert path.read_text(encoding="utf-8").splitlines() == ['"id","degree"', '"a",2', '"b",1']
