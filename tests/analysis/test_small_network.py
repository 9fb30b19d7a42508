"""Every table of the analysis of one small network, worked out by hand.

Five organisations, three projects, three countries::

    P (Interreg Alpine Space, 2018–2020): a Občina A (government, SI, municipality, lead),
        b Univerza B (academia, SI, university), c Firma C (industry, AT, company)
    Q (2021–2023): c (lead), d Verein D (civil society, AT, association)
    R (undated): e Agencija E (government, HR, agency), alone

The collaboration graph is the triangle a–b–c with d hanging from c, and e on its own:
four ties of weight 1, every one across sectors.
"""

from __future__ import annotations

import json
from datetime import date

import networkx as nx
import pytest

from helix_graph.analysis import STEPS, analyze_network, network_from_dataset
from helix_graph.model import Dataset, Organisation, Participation, Programme, Project


def org(id, name, sector, country, kind):
    return Organisation(id=id, name=name, helix_sector=sector, country=country, kind=kind)


SMALL = Dataset(
    programmes=[Programme(id="alps", name="Interreg Alpine Space", period="2014–2020")],
    projects=[
        Project(
            id="p", acronym="P", programme="alps",
            start_date=date(2018, 1, 1), end_date=date(2020, 12, 31),
        ),
        Project(id="q", acronym="Q", start_date=date(2021, 1, 1), end_date=date(2023, 6, 30)),
        Project(id="r", acronym="R"),
    ],
    organisations=[
        org("a", "Občina A", "government", "SI", "municipality"),
        org("b", "Univerza B", "academia", "SI", "university"),
        org("c", "Firma C", "industry", "AT", "company"),
        org("d", "Verein D", "civil_society", "AT", "association"),
        org("e", "Agencija E", "government", "HR", "agency"),
    ],
    participations=[
        Participation(organisation=o, project=p, role=role)
        for o, p, role in [
            ("a", "p", "lead"), ("b", "p", "partner"), ("c", "p", "partner"),
            ("c", "q", "lead"), ("d", "q", "partner"), ("e", "r", "lead"),
        ]
    ],
)  # fmt: skip


@pytest.fixture(scope="module")
def analysed(tmp_path_factory):
    out = tmp_path_factory.mktemp("analysis")
    steps = []
    result = analyze_network(
        network_from_dataset(SMALL), out, progress=lambda *step: steps.append(step)
    )
    return result, steps, out


def test_each_step_is_told_in_order_and_every_file_written(analysed):
    result, steps, out = analysed
    assert steps == [(step, n, 10) for n, step in enumerate(STEPS, start=1)]
    assert STEPS[0] == "graph" and STEPS[-1] == "write"
    assert sorted(p.name for p in out.iterdir()) == [
        "collaboration_edges.csv", "communities.csv", "countries.csv", "helix.json",
        "manifest.json", "organisations.csv", "projects.csv", "under_connected.csv",
    ]  # fmt: skip
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["rows"] == {
        "organisations.csv": 5,
        "projects.csv": 3,
        "countries.csv": 3,
        "communities.csv": len(result.communities),
        "under_connected.csv": 3,  # a, d and e: the municipality, association and agency
        "collaboration_edges.csv": 4,
    }
    assert manifest["counts"] == {"organisations": 5, "projects": 3, "participations": 6}
    assert manifest["collaboration_ties"] == 4
    assert manifest["store"] is None  # a network not read from a store
    assert manifest["brokerage"] == {
        "group": "helix_sector",
        "roles": "gatekeeper and representative merged: ties are undirected",
    }
    assert manifest["under_connected"] == {
        "kinds": ["municipality", "region", "agency", "association", "foundation"]
    }
    assert manifest["filters"]["min_weight"] == 1
    assert manifest["projects"]["graph"] == "built"
    parameters = manifest["projects"]["parameters"]
    assert (parameters["nodes"], parameters["edges"], parameters["betweenness_sample"]) == (
        3,
        1,
        None,
    )
    centrality = manifest["centrality"]
    assert (centrality["nodes"], centrality["edges"], centrality["seed"]) == (5, 4, 0)
    assert manifest["communities"]["count"] == len(result.partition)
    assert set(manifest["timings_s"]) == {"total", *STEPS}
    helix = json.loads((out / "helix.json").read_text(encoding="utf-8"))
    assert helix == json.loads(json.dumps(result.helix))


def test_the_organisations_measures_by_hand(analysed):
    """Betweenness: c is on the shortest paths a–d and b–d, 2 of the 6 pairs of the other
    four. Closeness (reached / (n − 1) × reached / distances): a reaches 3 at 1 + 1 + 2, so
    3/4 × 3/4. Constraint of a: (½ + ½·⅓)² + (½ + ½·½)² = 4/9 + 9/16. c brokers a–d and
    b–d, three sectors each time: two liaisons. e, alone: PageRank 0.15/5 / (1 − 0.85/5)."""
    result, _, _ = analysed
    table = result.organisations.set_index("id")
    columns = [
        "degree", "strength", "betweenness", "closeness", "harmonic", "core_number",
        "constraint", "effective_size", "coordinator", "itinerant",
        "gatekeeper_representative", "liaison", "brokerage",
    ]  # fmt: skip
    expected = {
        "a": [2, 2.0, 0.0, 9 / 16, 2.5 / 4, 2, 4 / 9 + 9 / 16, 1.0, 0, 0, 0, 0, 0],
        "b": [2, 2.0, 0.0, 9 / 16, 2.5 / 4, 2, 4 / 9 + 9 / 16, 1.0, 0, 0, 0, 0, 0],
        "c": [3, 3.0, 2 / 6, 3 / 4, 3 / 4, 2, 1 / 4 + 1 / 4 + 1 / 9, 3 - 2 / 3, 0, 0, 0, 2, 2],
        "d": [1, 1.0, 0.0, 3 / 5 * 3 / 4, 2 / 4, 1, 1.0, 1.0, 0, 0, 0, 0, 0],
        "e": [0, 0.0, 0.0, 0.0, 0.0, 0, 1.0, 0.0, 0, 0, 0, 0, 0],
    }
    for node, values in expected.items():
        assert table.loc[node, columns].tolist() == pytest.approx(values), node
    assert table.loc["e", "pagerank"] == pytest.approx(0.03 / (1 - 0.17))
    G = nx.Graph([("a", "b"), ("a", "c"), ("b", "c"), ("c", "d")])
    G.add_node("e")
    assert table["pagerank"].to_dict() == pytest.approx(nx.pagerank(G, tol=1e-12), rel=1e-5)
    assert table[["name", "kind", "helix_sector", "country", "country_name"]].loc["a"].tolist() == [
        "Občina A",
        "municipality",
        "government",
        "SI",
        "Slovenia",
    ]
    assert (table[["betweenness_error", "closeness_error", "harmonic_error"]] == 0).all().all()


def test_the_project_table_counts_partners_countries_and_sectors(analysed):
    """P and Q share c: the project graph is one tie, R alone. R's PageRank is 0.15/3 /
    (1 − 0.85/3) (it is a dangling node), P's and Q's the rest, halved."""
    result, _, _ = analysed
    table = result.projects.set_index("id")
    assert table[["partners", "countries", "sectors_present", "degree", "strength"]].to_dict(
        "index"
    ) == {
        "p": {"partners": 3, "countries": 2, "sectors_present": 3, "degree": 1, "strength": 1.0},
        "q": {"partners": 2, "countries": 1, "sectors_present": 2, "degree": 1, "strength": 1.0},
        "r": {"partners": 1, "countries": 1, "sectors_present": 1, "degree": 0, "strength": 0.0},
    }
    counts = ["n_government", "n_industry", "n_academia", "n_civil_society"]
    assert table[counts].values.tolist() == [[1, 1, 1, 0], [0, 1, 0, 1], [1, 0, 0, 0]]
    assert table.loc["q", ["share_industry", "share_civil_society"]].tolist() == [0.5, 0.5]
    assert table.loc["p", ["programme_name", "programme_period"]].tolist() == [
        "Interreg Alpine Space",
        "2014–2020",
    ]
    r = 0.05 / (1 - 0.85 / 3)
    assert table["pagerank"].tolist() == pytest.approx([(1 - r) / 2, (1 - r) / 2, r])
    assert table["eigenvector"].tolist() == pytest.approx([2**-0.5, 2**-0.5, 0.0])


def test_the_country_table_splits_ties_at_home_and_across_borders(analysed):
    """Austria: c–d at home, a–c and b–c to Slovenia; Slovenia: a–b at home; Croatia: none.
    Two organisations each in Austria and Slovenia (by code: AT first), one in Croatia."""
    result, _, _ = analysed
    table = result.countries
    assert table[
        ["id", "name", "organisations", "domestic_ties", "cross_border_ties", "degree", "strength"]
    ].values.tolist() == [
        ["AT", "Austria", 2, 1, 2, 1, 2.0],
        ["SI", "Slovenia", 2, 1, 2, 1, 2.0],
        ["HR", "Croatia", 1, 0, 0, 0, 0.0],
    ]
    shares = ["share_government", "share_industry", "share_academia", "share_civil_society"]
    assert table[[*shares, "sectors_present"]].values.tolist() == [
        [0.0, 0.5, 0.0, 0.5, 2],
        [0.5, 0.0, 0.5, 0.0, 2],
        [1.0, 0.0, 0.0, 0.0, 1],
    ]


def test_the_helix_indicators_of_the_network(analysed):
    result, _, _ = analysed
    helix = result.helix
    assert helix["organisations_by_sector"] == {
        "government": 2,
        "industry": 1,
        "academia": 1,
        "civil_society": 1,
    }
    assert helix["share_by_sector"] == {
        "government": 0.4,
        "industry": 0.2,
        "academia": 0.2,
        "civil_society": 0.2,
    }
    # every tie joins two sectors
    assert helix["cross_sector_tie_share"] == helix["cross_sector_tie_share_weighted"] == 1.0
    assert helix["ei_index"]["overall"] == 1.0
    assert helix["projects_by_sectors_present"] == {1: 1, 2: 1, 3: 1}  # R, Q, P
    G = nx.Graph([("a", "b"), ("a", "c"), ("b", "c"), ("c", "d")])
    G.add_node("e")
    sectors = {o.id: o.helix_sector for o in SMALL.organisations}
    nx.set_node_attributes(G, sectors, "helix_sector")
    assert helix["sector_assortativity"] == pytest.approx(
        nx.attribute_assortativity_coefficient(G, "helix_sector")
    )
    assert helix["parameters"]["seed"] == 0


def test_the_under_connected_report_scores_and_reasons_by_hand(analysed):
    """Weights: component 0.30, degree, core, constraint and sector gap 0.15 each, no
    cross-border tie 0.10. Degree ranks (share with as few or fewer): e 1/5, d 2/5, a 4/5.
    e: 0.30 + 0.15·0.8 + 0.15 + 0.15 + 0.15 + 0.10 = 0.97; d: 0.15·0.6 + 0.15·0.5 + 0.15 +
    0.10 = 0.415; a: 0.15·0.2 + 0.15·1 (constraint capped at 1) = 0.18."""
    result, _, _ = analysed
    report = result.under_connected
    assert report[
        ["rank", "id", "score", "component_size", "degree", "core_number", "missing_sectors",
         "cross_border"]
    ].values.tolist() == [
        [1, "e", 0.97, 1, 0, 0, "industry;academia;civil_society", False],
        [2, "d", 0.415, 4, 1, 1, "", False],
        [3, "a", 0.18, 4, 2, 2, "", True],
    ]  # fmt: skip
    assert report["reasons"].tolist() == [
        "has no partners in the selected projects; no tie to industry, academia, civil society "
        "within two steps; no cross-border tie",
        "at the edge of the network (core number 1 of at most 2); depends on one closed group "
        "of partners (constraint 1.00; 1 = fully dependent); no cross-border tie",
        "depends on one closed group of partners (constraint 1.01; 1 = fully dependent)",
    ]
    every = result.under_connected_for(None)
    assert every["id"].tolist() == ["e", "d", "a", "b", "c"]
    # c: in the core, abroad, every sector near; only its constraint, 1/4 + 1/4 + 1/9, is said
    assert every.loc[every["id"] == "c", "reasons"].item() == (
        "depends on one closed group of partners (constraint 0.61; 1 = fully dependent)"
    )


def test_the_ties_name_the_projects_they_come_from(analysed):
    result, _, _ = analysed
    assert result.edges[["source", "target", "weight"]].values.tolist() == [
        ["a", "b", 1],
        ["a", "c", 1],
        ["b", "c", 1],
        ["c", "d", 1],
    ]
    assert [list(p) for p in result.edges["projects"]] == [["p"], ["p"], ["p"], ["q"]]


def _wings() -> nx.Graph:
    """A hub H (government, SI) with three wings A, B, C of two partners tied to each other,
    a leaf L (industry, AT) on A1, and apart from them a triangle u, v, w (government, SI)."""
    G = nx.Graph()
    people = {
        "H": ("government", "SI"), "A1": ("academia", "AT"), "A2": ("government", "SI"),
        "B1": ("industry", "SI"), "B2": ("government", "SI"), "C1": ("civil_society", "SI"),
        "C2": ("government", "SI"), "L": ("industry", "AT"), "u": ("government", "SI"),
        "v": ("government", "SI"), "w": ("government", "SI"),
    }  # fmt: skip
    for node, (sector, country) in people.items():
        G.add_node(
            node, name=f"Org {node}", kind="municipality", helix_sector=sector, country=country
        )
    for wing in "ABC":
        G.add_edges_from([("H", f"{wing}1"), ("H", f"{wing}2"), (f"{wing}1", f"{wing}2")])
    G.add_edges_from([("A1", "L"), ("u", "v"), ("v", "w"), ("u", "w")])
    return G


def test_each_reason_an_organisation_is_under_connected_in_words():
    """Of 11 organisations the main network holds 8. u: 2/7 of the way into it, 9 of 11
    with as few partners, constraint (½ + ¼)² × 2 = 1.125, no other sector, no border:
    0.30·5/7 + 0.15·2/11 + 0.15 + 0.15 + 0.10. L: the one with one partner (1/11), core 1
    of 2, no civil society within two steps, no border: 0.15·10/11 + 0.15·½ + 0.15 +
    0.15·⅓ + 0.10. H: six partners in three pairs, constraint 5 × (1/6 + 1/6·½)² for five of
    them and (1/6 + 1/6·⅓)² for A2 (its partner A1 has L too): 5/16 + 4/81."""
    from helix_graph.analysis import under_connected

    report = under_connected(_wings(), kinds=None).set_index("id")
    assert report.loc[["u", "L", "H"], "score"].tolist() == pytest.approx(
        [
            round(0.3 * 5 / 7 + 0.15 * 2 / 11 + 0.4, 6),
            round(0.15 * 10 / 11 + 0.375, 6),
            round(0.15 * (5 / 16 + 4 / 81), 6),
        ]
    )
    assert report.loc["u", "reasons"] == (
        "alone with 2 partners in a group of 3 organisations cut off from the main network of "
        "8; depends on one closed group of partners (constraint 1.12; 1 = fully dependent); no "
        "tie to industry, academia, civil society within two steps; no cross-border tie"
    )
    assert report.loc["L", "reasons"] == (
        "few partners (1; 9% of organisations have as few or fewer); at the edge of the network "
        "(core number 1 of at most 2); depends on one closed group of partners (constraint "
        "1.00; 1 = fully dependent); no tie to civil society within two steps; no cross-border tie"
    )
    assert report.loc["H", "reasons"] == "well connected on every count"
    assert report["rank"].tolist() == list(range(1, 12))
    # u, v and w score alike: by id
    assert under_connected(_wings(), kinds=None, top=4)["id"].tolist() == ["u", "v", "w", "L"]
    assert under_connected(_wings(), kinds=None, sectors=["industry"])["id"].tolist() == [
        "L",
        "B1",
    ]
    assert under_connected(_wings(), kinds=None, countries=["AT"])["id"].tolist() == ["L", "A1"]
    assert under_connected(_wings(), kinds=["company"]).empty
