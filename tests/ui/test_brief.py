"""The facilitator brief: one self-contained page with the facts, the reasons and the drawings."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from helix_graph.analysis import Analysis, known_partners, network_from_dataset
from helix_graph.brief import brief_html, pdf_engine
from helix_graph.errors import HelixError


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.text, self.headings, self._in = [], [], [], None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in = tag

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        self.text.append(data)
        if self._in == "h2":
            self.headings.append(data)


@pytest.fixture(scope="module")
def seed_network(seed_dataset):
    return network_from_dataset(seed_dataset)


def _find(net, name):
    return net.organisations.loc[net.organisations["name"] == name, "id"].iloc[0]


def test_brief_has_every_section_and_never_suggests_a_partner(seed_network):
    org = _find(seed_network, "Smiltene Municipality")
    html = brief_html(Analysis(seed_network), seed_network, org, source="the seed")
    page = _Page()
    page.feed(html)
    assert page.headings == [
        "Projects",
        "Partners",
        "Why it counts as under-connected",
        "Partners to meet",
        "Its network",
    ]
    text = " ".join(page.text)
    assert "Smiltene Municipality" in text and "Latvia (LV)" in text
    assert "3I solution for PS" in text or "3I" in text  # its one project
    # no script at all, nothing fetched
    assert not any(tag == "script" for tag, _ in page.tags)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "default-src 'none'" in html
    # two drawings, the second with the suggested ties dashed
    assert html.count("<svg") == 2 and 'stroke-dasharray="6 4"' in html
    partners = known_partners(seed_network, org)
    names = dict(zip(seed_network.organisations["id"], seed_network.organisations["name"]))
    table = html.split("<h2>Partners to meet</h2>", 1)[1].split("</table>", 1)[0]
    suggested = re.findall(r"<tr><td>\d+</td><td>([^<]+)</td>", table)
    assert len(suggested) == 10
    assert not set(suggested) & {names[p] for p in partners}
    assert "Smiltene Municipality" not in suggested


def test_brief_escapes_names(seed_network):
    net = seed_network
    orgs = net.organisations.copy()
    org = _find(net, "Smiltene Municipality")
    orgs.loc[orgs["id"] == org, "name"] = "<img src=x onerror=alert(1)> & Co"
    hostile = type(net)(orgs, net.projects, net.participations, filters=net.filters)
    html = brief_html(Analysis(hostile), hostile, org)
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt; &amp; Co" in html


def test_brief_of_an_organisation_outside_the_filters_is_one_sentence(seed_network):
    with pytest.raises(HelixError, match="takes part in no project these filters keep"):
        brief_html(Analysis(seed_network), seed_network, "no-such-organisation")


def test_brief_command_writes_html_or_pdf_and_refuses_bad_input(run_cli, seed_store, tmp_path):
    out = tmp_path / "brief.html"
    code, stdout, stderr = run_cli("brief", "smiltene", "--out", str(out))
    assert code == 0, stderr
    assert "Wrote the brief on Smiltene Municipality" in stdout
    assert out.read_text().startswith("<!DOCTYPE html>")
    for args, exit_code, words in (
        (["Nowhere Town", "--out", str(tmp_path / "x.html")], 2, "Nowhere Town"),
        (["smiltene", "--out", str(tmp_path / "x.txt")], 2, "must end in .html or .pdf"),
        (
            ["smiltene", "--out", str(tmp_path / "x.html"), "--country", "SI"],
            1,
            "takes part in no project",
        ),
    ):
        code, _, stderr = run_cli("brief", *args)
        assert code == exit_code and words in stderr, stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.html"]
    if pdf_engine():
        pdf = tmp_path / "brief.pdf"
        assert run_cli("brief", "smiltene", "--out", str(pdf))[0] == 0
        assert pdf.read_bytes()[:5] == b"%PDF-"
