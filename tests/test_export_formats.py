"""Export files as Gephi, R and pandas read them: checked against the formats' published schemas.

R and Gephi's toolkit cannot run here; the GraphML and GEXF files are validated against the
XSDs in tests/data/xsd (sources and licences in its README), and the CSV is read the way
R's ``read.csv`` reads it: UTF-8 text, a header row, dates as ISO text.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from conftest import REPO
from lxml import etree

from helix_graph.analysis.graphs import collaboration_graph, multipartite_graph
from helix_graph.analysis.network import network_from_dataset
from helix_graph.export import export_graph

XSD = REPO / "tests" / "data" / "xsd"
SCHEMAS = {
    "graphml": XSD / "graphml-1.0" / "graphml.xsd",
    "gexf": XSD / "gexf-1.2draft" / "gexf.xsd",
}


@pytest.fixture(scope="module")
def network(seed_dataset):
    return network_from_dataset(seed_dataset)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
@pytest.mark.parametrize("which", ["collaboration", "multipartite"])
def test_graph_files_are_valid_by_the_published_schema(network, tmp_path, fmt, which):
    G = (collaboration_graph if which == "collaboration" else multipartite_graph)(network)
    (path,) = export_graph(G, tmp_path / f"g.{fmt}", fmt)
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS[fmt])))
    document = etree.parse(str(path))
    assert schema.validate(document), [str(e) for e in schema.error_log][:3]
    # the seed's 44 organisations (and, in the multipartite graph, its 4 projects, 14
    # countries and 4 sectors and 3 programmes) are all there
    nodes = document.getroot().iter("{*}node")
    assert sum(1 for _ in nodes) == (44 if which == "collaboration" else 44 + 4 + 14 + 4 + 3)


def test_gexf_keeps_the_relationship_type_as_an_attribute(network, tmp_path):
    (path,) = export_graph(multipartite_graph(network), tmp_path / "m.gexf", "gexf")
    root = etree.parse(str(path)).getroot()
    titles = {a.get("id"): a.get("title") for a in root.iter("{*}attribute")}
    kinds = {
        v.get("value")
        for edge in root.iter("{*}edge")
        for v in edge.iter("{*}attvalue")
        if titles[v.get("for")] == "relationship"
    }
    assert kinds == {"PARTICIPATES_IN", "BASED_IN", "IN_SECTOR", "FUNDED_BY"}


def test_parquet_has_dates_as_dates_and_vocabularies_as_categories(network, tmp_path):
    nodes_path, edges_path = export_graph(
        multipartite_graph(network), tmp_path / "m.parquet", "parquet"
    )
    nodes, edges = pd.read_parquet(nodes_path), pd.read_parquet(edges_path)
    for column in ("kind", "helix_sector", "country", "type", "programme"):
        assert isinstance(nodes[column].dtype, pd.CategoricalDtype), column
    assert set(nodes["helix_sector"].cat.categories) == {
        "government",
        "industry",
        "academia",
        "civil_society",
    }
    assert isinstance(edges["role"].dtype, pd.CategoricalDtype)
    starts = nodes.loc[nodes["type"] == "Project"].set_index("id")["start_date"]
    # three of the seed's four projects give a start date (seed/*.yaml)
    assert starts.dropna().to_dict() == {
        "project:3i-solution-for-ps": dt.date(2023, 8, 1),
        "project:smart-region": dt.date(2006, 10, 1),
        "project:smartvillages": dt.date(2018, 4, 17),
    }
    organisations = nodes.loc[nodes["type"] == "Organisation"]
    assert organisations["start_date"].isna().all()  # no date where there is none


def test_csv_reads_back_as_r_read_csv_would(network, tmp_path):
    nodes_path, _ = export_graph(multipartite_graph(network), tmp_path / "m.csv", "csv")
    raw = nodes_path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # no byte-order mark: R would keep it in a name
    header = raw.split(b"\n", 1)[0].decode("ascii")
    # read.csv(file, encoding = "UTF-8"): comma-separated, header row, '"' quotes, "" for "
    table = pd.read_csv(nodes_path, encoding="utf-8", sep=",", quotechar='"', doublequote=True)
    assert list(table.columns) == header.replace('"', "").split(",")
    names = set(table["name"].dropna())
    assert any(not name.isascii() for name in names)  # the seed's diacritics survive
    starts = table.loc[table["type"] == "Project", "start_date"].dropna()
    assert sorted(starts) == ["2006-10-01", "2018-04-17", "2023-08-01"]
    assert (pd.to_datetime(starts, format="%Y-%m-%d").dt.strftime("%Y-%m-%d") == starts).all()


def test_a_drawn_view_as_gexf_opens_in_gephi_as_drawn(run_cli, seed_store, tmp_path):
    import networkx as nx

    path = tmp_path / "view.gexf"
    code, _, stderr = run_cli("draw", "--colour", "community", "--out", str(path))
    assert code == 0, stderr
    # The 1.2draft data.xsd refers to the viz elements in the gexf namespace (ns1:color),
    # where Gephi and NetworkX write them in the viz namespace: the rest is checked by the
    # schema, the viz elements by reading them back.
    document = etree.parse(str(path))
    for element in list(document.iter("{http://www.gexf.net/1.2draft/viz}*")):
        element.getparent().remove(element)
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS["gexf"])))
    assert schema.validate(document), [str(e) for e in schema.error_log][:3]
    G = nx.read_gexf(path)
    assert G.number_of_nodes() == 44
    smiltene = next(d for _, d in G.nodes(data=True) if d["label"] == "Smiltene Municipality")
    assert smiltene["country_name"] == "Latvia" and smiltene["country"] == "LV"
    assert set(smiltene["viz"]) == {"color", "position", "size"}
    positions = {
        (d["viz"]["position"]["x"], d["viz"]["position"]["y"]) for _, d in G.nodes(data=True)
    }
    assert len(positions) == 44  # every organisation where the drawing put it


def test_long_commands_name_each_stage_on_a_terminal(seed_store, cli_env, tmp_path):
    """On a terminal, draw and export show a bar naming their stages (none when piped)."""
    import fcntl
    import os
    import pty
    import struct
    import subprocess
    import sys
    import termios

    for args, stages in (
        (["draw", "--out", str(tmp_path / "v.svg")], ("reading", "laying out", "rendering")),
        (["export", "--out", str(tmp_path / "g.graphml")], ("reading", "measuring", "writing")),
    ):
        leader, follower = pty.openpty()
        # a terminal 120 columns wide (a new pty has none, and tqdm then draws nothing)
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
        run = subprocess.run(
            [sys.executable, "-m", "helix_graph", *args],
            stdout=subprocess.PIPE,
            stderr=follower,
            env=cli_env,
            timeout=120,
        )
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal is closed once everything is read
                break
            if not chunk:
                break
            shown += chunk
        os.close(leader)
        assert run.returncode == 0
        text = shown.decode("utf-8", "replace")
        for stage in stages:
            assert stage in text, (stage, text[-500:])
