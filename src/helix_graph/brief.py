"""The facilitator brief: one printable, self-contained page about one organisation.

Who it is; its projects and partners by sector and country; why it counts as
under-connected (the under-connected report's reasons, in full); the partners it should
meet, with their reasons and the facts that help to contact them; a drawing of its ego
network and of the network with the suggested ties; the data's source and date.

The page fetches nothing and runs no script (its Content Security Policy allows neither);
every name and title is escaped. ``brief.pdf`` is the same page printed by a headless
Chromium when one is installed.
"""

from __future__ import annotations

import datetime as dt
import math
import shutil
import subprocess
import tempfile
from collections import Counter
from html import escape
from pathlib import Path

import pandas as pd

from helix_graph.analysis import Analysis, Network, known_partners, recommend_partners
from helix_graph.analysis.gaps import under_connected
from helix_graph.errors import HelixError
from helix_graph.model import HELIX_SECTORS, country_label
from helix_graph.viz.render import scene_svg
from helix_graph.viz.scene import scene_from_graph
from helix_graph.viz.views import ego_view, filters_text, network_scene

__all__ = ["brief_html", "brief_pdf", "pdf_engine", "SUGGESTIONS"]

SUGGESTIONS = 10
"""How many partners the brief suggests."""
_PDF_ENGINES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def _sector(value) -> str:
    return HELIX_SECTORS.get(value, value) if isinstance(value, str) and value else "unknown"


def _country(value) -> str:
    return country_label(value) or "unknown"


def _text(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return escape(str(value))


def _table(frame: pd.DataFrame, columns: dict[str, str]) -> str:
    head = "".join(f"<th>{escape(title)}</th>" for title in columns.values())
    rows = "".join(
        "<tr>" + "".join(f"<td>{_text(row[c])}</td>" for c in columns) + "</tr>"
        for row in frame.to_dict("records")
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def _sentences(reasons: str) -> list[str]:
    """The report's reasons, one per item: split at "; " outside parentheses.

    Examples
    --------
    >>> _sentences("few partners (6; 20% have fewer); no tie across a border")
    ['few partners (6; 20% have fewer)', 'no tie across a border']
    """
    parts, depth, start = [], 0, 0
    for i, char in enumerate(reasons):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and reasons.startswith("; ", i):
            parts.append(reasons[start:i])
            start = i + 2
    parts.append(reasons[start:])
    return [p for p in parts if p]


def _inline(svg: str) -> str:
    return svg.split("?>", 1)[1] if svg.startswith("<?xml") else svg


def _report_row(core: Analysis, org_id: str) -> tuple[pd.Series | None, int]:
    """The under-connected report's row for ``org_id`` among every organisation, and how many were ranked."""
    if "organisations" in core.__dict__:
        report = core.under_connected_for(None)
    else:  # the measures the report needs, without the whole organisation table
        report = under_connected(core.view, kinds=None)
    found = report[report["id"] == org_id]
    return (found.iloc[0] if len(found) else None), len(report)


def _after_drawing(core: Analysis, org_id: str, before, suggestions: pd.DataFrame) -> str:
    """The ego drawing with the suggested organisations on an outer ring, tied by dashed lines."""
    G = core.view.subgraph(core.view.neighbourhood(org_id, 1))  # its partners, from the arrays
    drawn, positions, _ = ego_view(G, org_id, 1, "helix_sector", None)
    if positions is None:
        positions = dict(before.positions)
    positions = {v: positions.get(str(v), positions.get(v)) for v in drawn}
    positions = {v: p for v, p in positions.items() if p is not None}
    drawn = drawn.subgraph(positions).copy()
    xs = [p[0] for p in positions.values()] or [0.0]
    ys = [p[1] for p in positions.values()] or [0.0]
    cx, cy = positions.get(org_id, (0.0, 0.0))
    ring = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 + 90
    ids = list(suggestions["id"])
    for k, v in enumerate(ids):
        angle = -math.pi / 2 + 2 * math.pi * (k + 0.5) / max(len(ids), 1)
        drawn.add_node(v, **core.view.attributes.iloc[core.view.index[v]].dropna().to_dict())
        drawn.add_edge(org_id, v, weight=1.0, new=True)
        positions[v] = (cx + ring * math.cos(angle), cy + ring * math.sin(angle))
    scene = scene_from_graph(
        drawn,
        color_by="helix_sector",
        positions=positions,
        highlight=[org_id, *ids],
        title="With the suggested partners",
        caption="Dashed red lines: the suggested ties; thick borders: the suggested partners.",
    )
    return scene_svg(scene)


def brief_html(
    core: Analysis,
    everything: Network,
    org_id: str,
    *,
    source: str = "",
    date: dt.date | None = None,
    k: int = SUGGESTIONS,
) -> str:
    """The brief on ``org_id`` as one HTML document.

    Parameters
    ----------
    core : Analysis
        The analysis of the (filtered) network the facilitator looks at.
    everything : Network
        The whole loaded data: who already is a partner, whatever the filters.
    org_id : str
        The organisation (an id of ``core``'s network).
    source, date
        Where the data is from and the day written (default today), for the page's foot.
    k : int, default :data:`SUGGESTIONS`
        How many partners to suggest.
    """
    net = core.network
    orgs = net.organisations.set_index("id", drop=False)
    if org_id not in orgs.index or org_id not in set(core.view.nodes):
        raise HelixError(
            f"organisation '{org_id}' takes part in no project these filters keep; loosen the filters"
        )
    me = orgs.loc[org_id]
    name = str(me.get("name") or org_id)
    parts = net.participations
    mine = parts[parts["organisation"] == org_id].merge(
        net.projects, left_on="project", right_on="id", how="left"
    )
    for column in ("acronym", "title", "programme", "start_date", "end_date"):
        if column not in mine:
            mine[column] = None
    mine["years"] = [
        "–".join(str(d)[:4] for d in (a, b) if isinstance(d, str) or pd.notna(d))
        for a, b in zip(mine["start_date"], mine["end_date"])
    ]
    G = core.view.subgraph(core.view.neighbourhood(org_id, 1))
    partners = pd.DataFrame(
        [
            {
                "name": G.nodes[v].get("name") or v,
                "sector": _sector(G.nodes[v].get("helix_sector")),
                "country": _country(G.nodes[v].get("country")),
                "shared": int(G[org_id][v].get("weight", 1)),
            }
            for v in G[org_id]
        ],
        columns=["name", "sector", "country", "shared"],
    ).sort_values(["shared", "name"], ascending=[False, True])
    by_sector = Counter(partners["sector"])
    by_country = Counter(partners["country"])
    row, ranked = _report_row(core, org_id)
    suggestions = recommend_partners(
        core.view, org_id, k, known=known_partners(everything, org_id), network=net
    )  # the network gives the programmes and themes both share to the reasons
    counts = parts[parts["organisation"].isin(suggestions["id"])].groupby("organisation").size()
    suggestions = suggestions.assign(
        sector=[_sector(s) for s in suggestions["helix_sector"]],
        country_text=[_country(c) for c in suggestions["country"]],
        city=[orgs["city"].get(i) if "city" in orgs else None for i in suggestions["id"]],
        projects=[int(counts.get(i, 0)) for i in suggestions["id"]],
    )
    ego_scene = network_scene(core, ego=org_id, colour="helix_sector")
    day = (date or dt.date.today()).isoformat()
    why = (
        "<p>It is not in the under-connected report.</p>"
        if row is None
        else (
            f"<p>It ranks <b>{int(row['rank']):,}</b> of {ranked:,} organisations on the "
            f"under-connected report (score {float(row['score']):.2f}, from 0, well connected, "
            "to 1).</p><ul>"
            + "".join(f"<li>{_text(reason)}</li>" for reason in _sentences(str(row["reasons"])))
            + "</ul>"
        )
    )
    facts = "".join(
        f"<tr><th>{escape(k)}</th><td>{_text(v)}</td></tr>"
        for k, v in (
            ("Kind", me.get("kind")),
            ("Helix sector", _sector(me.get("helix_sector"))),
            ("Country", _country(me.get("country"))),
            ("City", me.get("city")),
            ("Projects", len(mine)),
            ("Partners", len(partners)),
        )
    )
    mix = ", ".join(f"{escape(s)} {n}" for s, n in by_sector.most_common()) or "none"
    places = ", ".join(f"{escape(c)} {n}" for c, n in by_country.most_common()) or "none"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Brief: {escape(name)}</title>
<style>
body {{ font-family: "DejaVu Sans", Verdana, Arial, sans-serif; font-size: 11pt; color: #222;
  max-width: 60em; margin: 1.5em auto; padding: 0 1em; }}
h1 {{ font-size: 18pt; margin-bottom: 0.2em; }} h2 {{ font-size: 13pt; margin-top: 1.4em;
  border-bottom: 1px solid #ccc; }}
table {{ border-collapse: collapse; width: 100%; margin: 0.4em 0; font-size: 10pt; }}
th, td {{ text-align: left; vertical-align: top; padding: 3px 6px; border-bottom: 1px solid #eee; }}
thead th {{ background: #f3f3f3; }}
.facts th {{ width: 9em; }}
.drawing svg {{ width: 100%; height: auto; }}
.foot {{ color: #666; font-size: 9pt; margin-top: 2em; }}
@media print {{ body {{ margin: 0; max-width: none; }} h2 {{ break-after: avoid; }}
  .drawing, tr {{ break-inside: avoid; }} }}
</style></head>
<body>
<h1>{escape(name)}</h1>
<p>A brief for the facilitator, written {day} by helix-graph.</p>
<table class="facts">{facts}</table>

<h2>Projects</h2>
{_table(mine, {"acronym": "Project", "title": "Title", "programme": "Programme", "years": "Years", "role": "Role"})}

<h2>Partners</h2>
<p>By sector: {mix}. By country: {places}.</p>
{_table(partners, {"name": "Partner", "sector": "Sector", "country": "Country", "shared": "Shared projects"})}

<h2>Why it counts as under-connected</h2>
{why}

<h2>Partners to meet</h2>
{_table(suggestions, {"rank": "#", "name": "Organisation", "sector": "Sector", "kind": "Kind", "country_text": "Country", "city": "City", "projects": "Projects", "reasons": "Why (and how sure)"})}

<h2>Its network</h2>
<div class="drawing">{_inline(scene_svg(ego_scene))}</div>
<div class="drawing">{_inline(_after_drawing(core, org_id, ego_scene, suggestions))}</div>

<p class="foot">Data: {escape(source or "the loaded graph")}; {len(net.organisations):,} organisations,
{len(net.projects):,} projects. Filters: {escape(filters_text(core))}. Suggestions never name an
organisation it already shares a project with in the loaded data.</p>
</body></html>
"""


def pdf_engine() -> str | None:
    """The headless browser that prints the brief to PDF, if one is installed."""
    return next((path for name in _PDF_ENGINES if (path := shutil.which(name))), None)


def brief_pdf(html: str) -> bytes:
    """The brief printed to PDF by a headless Chromium (:func:`pdf_engine`)."""
    engine = pdf_engine()
    if engine is None:
        raise HelixError(
            "no PDF engine is installed (a Chromium browser); write the brief as .html "
            "and print it from a browser, or install chromium"
        )
    with tempfile.TemporaryDirectory(prefix="helix-brief-") as tmp:
        page, pdf = Path(tmp) / "brief.html", Path(tmp) / "brief.pdf"
        page.write_text(html, encoding="utf-8")
        try:
            subprocess.run(
                [engine, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                 f"--print-to-pdf={pdf}", page.as_uri()],
                check=True, capture_output=True, timeout=120,
            )  # fmt: skip
        except (subprocess.SubprocessError, OSError) as exc:
            raise HelixError(
                f"the PDF engine ({engine}) failed: {exc}; write .html instead"
            ) from None
        if not pdf.is_file() or pdf.stat().st_size == 0:
            raise HelixError(f"the PDF engine ({engine}) wrote nothing; write .html instead")
        return pdf.read_bytes()
