"""Partner recommendations: who an organisation should meet, and why, in words.

Each candidate is ranked by a weighted sum of features of the pair (:class:`LinkModel`):
shared partners (Adamic–Adar, also over ties weighted by how recent their projects are,
resource allocation, common partners), how many partners the candidate has (with a
penalty on the largest hubs, so that a few do not take every list), the same country and
sector, whether it fills a sector missing from the organisation's network, the programmes
both take part in and the themes of their project titles. The weights ship in
``helix_graph/data/recommend_model.json`` with how they were chosen (on a temporal split of
Horizon 2020, ``bench/bench_backtest.py``), with a logistic calibration that turns the sum
into the chance the two start working together; the reasons say it all in words.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from functools import cache

import networkx as nx
import numpy as np
import pandas as pd

from helix_graph.analysis.engines import GraphView, as_view
from helix_graph.errors import UsageError
from helix_graph.model import HELIX_SECTORS

__all__ = [
    "FEATURES",
    "LinkModel",
    "link_model",
    "fit_link_model",
    "candidate_features",
    "organisation_profile",
    "recommend_partners",
    "link_scores",
    "known_partners",
    "confidence_in_words",
]

FEATURES = (
    "adamic_adar",  # log(1 + Adamic–Adar index)
    "resource_allocation",  # log(1 + resource allocation index)
    "common_partners",  # log(1 + shared partners)
    "two_steps",  # 1 when they share at least one partner
    "candidate_degree",  # log(1 + the candidate's partners)
    "candidate_recent",  # log(1 + the candidate's projects starting in the last two years)
    "candidate_hub",  # log(1 + partners) beyond log(1 + HUB_PARTNERS): how far a hub it is
    "recent_adamic_adar",  # log(1 + Adamic–Adar over ties weighted by the recency of their projects)
    "own_degree",  # log(1 + the organisation's partners): shifts every candidate alike
    "same_country",
    "same_sector",
    "fills_gap",  # the candidate's sector is missing from the organisation's network
    "shared_programmes",  # log(1 + programmes both have projects in)
    "theme_similarity",  # cosine of the TF-IDF vectors of their project titles
)


HUB_PARTNERS = 200  # an organisation with more partners counts as a hub (candidate_hub)
RECENCY_YEARS = 2.0  # a project's tie weighs exp(-years before the latest start / this)


@dataclass(frozen=True)
class LinkModel:
    """How likely two organisations are to start working together: a ranking and its calibration.

    The ranking score of a candidate is ``Σ coefficients[f] · feature f`` (a conditional
    logit, fitted to rank each organisation's future partners first); the probability is
    ``1 / (1 + exp(-(scale · score + intercept + Σ calibration[f] · feature f)))`` (a
    logistic calibration of that score, fitted on the same pairs, with features that
    inform the chance but not the order: the organisation's own partners, the
    candidate's activity).

    Attributes
    ----------
    coefficients : dict
        Feature name (:data:`FEATURES`) → coefficient of the ranking score.
    calibration : dict
        ``scale``, ``intercept`` and coefficients of further features of the probability.
    fitted : dict
        How the coefficients were found (data, split, sample, date) and which were set by
        hand because the data had no variation in them.
    fill_gap : dict, optional
        The coefficients of the ranking within one sector (``recommend --fill-gap``),
        chosen on the same split; the probability is the same calibration of the main score.
    """

    coefficients: dict
    calibration: dict
    fitted: dict = field(default_factory=dict)
    fill_gap: dict | None = None

    def score(self, features: dict[str, np.ndarray], *, fill_gap: bool = False) -> np.ndarray:
        """The ranking score; ``fill_gap``: the ranking chosen for candidates of one sector."""
        weights = self.fill_gap if fill_gap and self.fill_gap else self.coefficients
        out = np.zeros(len(next(iter(features.values()))))
        for name, coefficient in weights.items():
            if coefficient:
                out += coefficient * features[name]
        return out

    def probability(self, features: dict[str, np.ndarray], score=None) -> np.ndarray:
        c = self.calibration
        score = self.score(features) if score is None else score
        z = c["scale"] * score + c["intercept"]
        for name, coefficient in c.items():
            if name in features:
                z = z + coefficient * features[name]
        return 1.0 / (1.0 + np.exp(-z))

    def to_json(self) -> str:
        return json.dumps(
            {
                "coefficients": {k: round(float(v), 6) for k, v in self.coefficients.items()},
                "calibration": {k: round(float(v), 6) for k, v in self.calibration.items()},
                **(
                    {"fill_gap": {k: round(float(v), 6) for k, v in self.fill_gap.items()}}
                    if self.fill_gap
                    else {}
                ),
                "fitted": self.fitted,
            },
            indent=2,
            ensure_ascii=False,
        )


@cache
def link_model() -> LinkModel:
    """The model shipped with the package (``helix_graph/data/recommend_model.json``)."""
    from helix_graph.resources import data_file

    data = json.loads(data_file("recommend_model.json").read_text(encoding="utf-8"))
    return LinkModel(
        data["coefficients"], data["calibration"], data.get("fitted", {}), data.get("fill_gap")
    )


def fit_link_model(
    X: np.ndarray, y: np.ndarray, weights: np.ndarray | None = None, *, l2: float = 1.0
) -> tuple[np.ndarray, float]:
    """Weighted logistic regression by Newton's method (a small ridge keeps it finite).

    Parameters
    ----------
    X : ndarray, shape (n, p)
    y : ndarray of 0/1, shape (n,)
    weights : ndarray, optional
        Sample weights (e.g. the inverse sampling rate of sampled negatives, which keeps
        the probabilities calibrated).
    l2 : float, default 1.0
        Ridge penalty on the coefficients (not the intercept).

    Returns
    -------
    (coefficients, intercept)

    Examples
    --------
    >>> X = np.array([[0.0], [0.0], [1.0], [1.0]]); y = np.array([0, 1, 1, 1])
    >>> coef, b = fit_link_model(X, y, l2=0.0)
    >>> round(float(1 / (1 + np.exp(-b))), 3), round(float(1 / (1 + np.exp(-b - coef[0]))), 3)
    (0.5, 1.0)
    """
    n, p = X.shape
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
    Z = np.column_stack([np.ones(n), X])
    beta = np.zeros(p + 1)
    penalty = np.r_[0.0, np.full(p, l2)]
    for _ in range(100):
        mu = 1.0 / (1.0 + np.exp(-np.clip(Z @ beta, -30, 30)))
        gradient = Z.T @ (w * (y - mu)) - penalty * beta
        hessian = (Z * (w * np.maximum(mu * (1 - mu), 1e-9))[:, None]).T @ Z + np.diag(penalty)
        step = np.linalg.solve(hessian + 1e-9 * np.eye(p + 1), gradient)
        beta += step
        if np.max(np.abs(step)) < 1e-8:
            break
    return beta[1:], float(beta[0])


# --- what the organisations' projects say: programmes, themes, recent activity ---------------

_STOPWORDS = frozenset(
    """
    the and for with from into over under between through their this that these those project
    projects programme program european europe region regions regional development network
    cooperation transnational cross border new based towards via its our your
    der die das und fur mit von zur zum den dem des ein eine eines einer
    les des pour avec dans une sur par aux
    del della delle dei degli per con nel nella una uno
    los las para con por una
    za na ter ali kot pri pod nad med skozi projekt razvoj obmocje obmocja
    un ar par uz kas projekts attistiba
    """.split()
)
_WORD = re.compile(r"[^\W\d_]{3,}")


_COMBINING = re.compile(r"[\u0300-\u036f]")


def _title_words(titles) -> list[list[str]]:
    """The words of each title: lower case, accents dropped (as ``fold``), stop words out."""
    import unicodedata

    # one pass over all titles (folding them one by one costs seconds at 30,000 projects)
    text = "\n".join(t.replace("\n", " ") if isinstance(t, str) else "" for t in titles)
    folded = _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))
    return [[w for w in _WORD.findall(line) if w not in _STOPWORDS] for line in folded.split("\n")]


def _stem(word: str) -> str:
    # a fixed-length prefix: one cheap stem for every language of the data (podezelje,
    # podezelja; village, villages), so inflected forms meet
    return word[:6]


@dataclass
class OrganisationProfile:
    """What each organisation's projects say, aligned with a view's nodes (sparse rows)."""

    programmes: object  # organisations × programmes, 1 where it has a project in it
    programme_names: list
    themes: object  # organisations × stems, TF-IDF rows of unit length
    theme_words: list  # the commonest full word of each stem, to show
    recent: np.ndarray  # projects starting in the last two years of the data
    recency: np.ndarray  # per project: exp(-years before the latest start / RECENCY_YEARS)
    incidence: object  # organisations × projects (rows in node order), as the profile read it


def organisation_profile(network, view: GraphView) -> OrganisationProfile:
    """Programmes, title themes and recent projects of every node of ``view``, from ``network``.

    Made once per view and kept in ``view.memo``.
    """
    if "recommend_profile" in view.memo:
        return view.memo["recommend_profile"]
    import scipy.sparse as sp

    from helix_graph.analysis.graphs import incidence

    ids = network.organisations["id"]
    B = view.memo.get("incidence")
    if B is None or B.shape[1] != len(network.projects) or ids.tolist() != view.nodes:
        # a view not made from this network by collaboration_view: rows put in node order
        order = pd.Index(ids).get_indexer(view.nodes)
        B = incidence(network)
        B = sp.vstack([B, sp.csr_matrix((1, B.shape[1]))]).tocsr()[np.where(order >= 0, order, -1)]
    projects = network.projects

    codes = pd.Categorical(projects["programme"])
    known = codes.codes >= 0
    Q = sp.csr_matrix(
        (np.ones(known.sum()), (np.flatnonzero(known), codes.codes[known])),
        shape=(len(projects), len(codes.categories)),
    )
    programmes = (B @ Q > 0).astype(np.float64).tocsr()

    rows, cols, surface = [], [], {}
    stems: dict[str, int] = {}
    for p, words in enumerate(_title_words(projects["title"].tolist())):
        for word in set(words):
            s = _stem(word)
            column = stems.setdefault(s, len(stems))
            surface.setdefault(s, {}).setdefault(word, 0)
            surface[s][word] += 1
            rows.append(p)
            cols.append(column)
    T = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(projects), max(len(stems), 1)))
    df = np.asarray((T > 0).sum(axis=0)).ravel()
    with np.errstate(divide="ignore"):
        idf = np.where(df > 0, np.log(max(len(projects), 1) / np.maximum(df, 1)), 0.0)
    themes = (B @ T).tocsr() @ sp.diags(idf)
    norms = np.sqrt(np.asarray(themes.multiply(themes).sum(axis=1)).ravel())
    themes = sp.diags(np.where(norms > 0, 1.0 / np.where(norms > 0, norms, 1), 0.0)) @ themes
    words = [""] * len(stems)
    for s, column in stems.items():
        words[column] = max(surface[s].items(), key=lambda kv: (kv[1], -len(kv[0])))[0]

    start = pd.to_datetime(projects["start_date"], errors="coerce").dt.year
    latest = start.max()
    recent_projects = (
        (start >= latest - 1) if pd.notna(latest) else start.notna() & False
    ).to_numpy(dtype=float)
    profile = OrganisationProfile(
        programmes=programmes,
        programme_names=[str(c) for c in codes.categories],
        themes=themes.tocsr(),
        theme_words=words,
        recent=np.asarray(B @ recent_projects).ravel(),
        # a project without a start date counts as recent: no date, no decay
        recency=np.exp(-(latest - start).fillna(0.0).to_numpy(dtype=float) / RECENCY_YEARS),
        incidence=B,
    )
    view.memo["recommend_profile"] = profile
    return profile


# --- link-prediction scores and the features of every candidate -------------------------------


def _check_node(view: GraphView, org_id: str) -> int:
    """The position of ``org_id`` in ``view``, or a one-sentence error naming the closest ids."""
    if org_id in view.index:
        return view.index[org_id]
    ids = [str(v) for v in view.nodes]
    close = [v for v in ids if str(org_id).lower() in v.lower()][:3] or difflib.get_close_matches(
        str(org_id), ids, n=3, cutoff=0.5
    )
    hint = (
        f"; did you mean {', '.join(close)}?"
        if close
        else "; check the id (helix-graph query 'MATCH (o:Organisation) RETURN o.id')"
    )
    raise UsageError(f"organisation '{org_id}' is not in the analysed network{hint}")


def _binary(view: GraphView):
    """The unweighted adjacency, made once per view (a view holds no self-loops).

    From the view's incidence matrix B when it has one (BBᵀ is several times faster than
    assembling the weighted adjacency from the tie list), unless a minimum weight left
    ties out.
    """
    if "binary_adjacency" not in view.memo:
        B = view.memo.get("incidence")
        A = None
        if B is not None and B.shape[0] == view.n:
            A = (B @ B.T).tocsr()
            A.setdiag(0)
            A.eliminate_zeros()
            A = A if A.nnz == 2 * view.m else None
        if A is None:
            A = view.adjacency.copy()
        A.data[:] = 1.0
        view.memo["binary_adjacency"] = A
    return view.memo["binary_adjacency"]


_ATTRIBUTES = ("name", "kind", "helix_sector", "country", "city")


def _attributes(view: GraphView) -> dict[str, np.ndarray]:
    """The node attributes recommendations read, as object arrays, made once per view."""
    if "recommend_attributes" not in view.memo:
        view.memo["recommend_attributes"] = {a: view.attribute(a) for a in _ATTRIBUTES}
    return view.memo["recommend_attributes"]


def _scores(view: GraphView, i: int) -> dict[str, np.ndarray]:
    """Link-prediction scores of every node against node ``i``, from the sparse adjacency (no loop per node)."""
    A = _binary(view)
    degree = np.diff(A.indptr).astype(float)
    mine = A.indices[A.indptr[i] : A.indptr[i + 1]]
    rows = A[mine]
    with np.errstate(divide="ignore"):
        adamic = np.where(degree[mine] > 1, 1.0 / np.log(degree[mine]), 0.0)
    common = np.asarray(rows.sum(axis=0)).ravel()
    union = degree[i] + degree - common
    with np.errstate(divide="ignore", invalid="ignore"):
        jaccard = np.where(union > 0, common / union, 0.0)
    return {
        "common_partners": common,
        "jaccard": jaccard,
        "adamic_adar": rows.T @ adamic,
        "resource_allocation": rows.T @ (1.0 / degree[mine]) if len(mine) else np.zeros(view.n),
        "_partners": mine,
        "_A": A,
    }


def _shared(view: GraphView, scores: dict, w: int) -> list[int]:
    """The partners node ``w`` shares with the organisation, strongest tie to ``w`` first (then by id)."""
    A = scores["_A"]
    theirs = A.indices[A.indptr[w] : A.indptr[w + 1]]
    shared = np.intersect1d(scores["_partners"], theirs)
    B = view.memo.get("incidence")
    if B is not None and B.shape[0] == view.n:  # projects in common, without the adjacency
        strength = np.asarray(B[shared] @ B[w].T.toarray()).ravel()
    else:
        strength = np.asarray(view.adjacency[shared, w].todense()).ravel()
    order = sorted(range(len(shared)), key=lambda k: (-strength[k], str(view.nodes[shared[k]])))
    return [int(shared[k]) for k in order]


def link_scores(G: nx.Graph | GraphView, org_id: str) -> pd.DataFrame:
    """Link-prediction scores of every organisation two steps from ``org_id``.

    Returns
    -------
    DataFrame
        id, common_partners, jaccard, adamic_adar, resource_allocation, shared (ids of the
        shared partners); matches NetworkX's ``jaccard_coefficient``, ``adamic_adar_index``
        and ``resource_allocation_index``.

    References
    ----------
    .. [1] Liben-Nowell, D., Kleinberg, J. (2007). The link-prediction problem for social
       networks. JASIST 58(7), 1019–1031. https://doi.org/10.1002/asi.20591
    .. [2] Zhou, T., Lü, L., Zhang, Y.-C. (2009). Predicting missing links via local
       information. Eur. Phys. J. B 71, 623–630. https://doi.org/10.1140/epjb/e2009-00335-8
    """
    view = as_view(G)
    i = _check_node(view, org_id)
    scores = _scores(view, i)
    two_steps = np.flatnonzero(scores["common_partners"] > 0)
    two_steps = two_steps[(two_steps != i) & ~np.isin(two_steps, scores["_partners"])]
    nodes = np.asarray(view.nodes, dtype=object)
    return pd.DataFrame(
        {
            "id": pd.Series(nodes[two_steps], dtype=object),
            "common_partners": scores["common_partners"][two_steps].astype(int),
            **{
                name: scores[name][two_steps]
                for name in ("jaccard", "adamic_adar", "resource_allocation")
            },
            "shared": [[view.nodes[u] for u in _shared(view, scores, w)] for w in two_steps],
        }
    )


def _lacking(view: GraphView, i: int, partners: np.ndarray) -> list[str]:
    sector_of = _attributes(view)["helix_sector"]
    have = {sector_of[i]} | set(sector_of[partners].tolist())
    return [s for s in HELIX_SECTORS if s not in have]


def _recent_adamic_adar(
    profile: OrganisationProfile, i: int, partners: np.ndarray, degree: np.ndarray
) -> np.ndarray:
    """Adamic–Adar of node ``i`` against every node, each tie weighted by the recency of its projects.

    ``Σ_u w(i, u) · w(u, c) / log(partners of u)`` over the shared partners ``u``, where
    ``w(a, b) = Σ exp(-(latest start − start of p) / RECENCY_YEARS)`` over the projects
    ``p`` of both: a tie made last year says more about next year than one of long ago [1]_.
    Two matrix–vector products through the incidence matrix, no adjacency.

    References
    ----------
    .. [1] Tylenda, T., Angelova, R., Bedathur, S. (2009). Towards time-aware link
       prediction in evolving social networks. SNA-KDD '09, 9:1–9:10.
       https://doi.org/10.1145/1731011.1731020
    """
    B, recency = profile.incidence, profile.recency
    if not len(partners):
        return np.zeros(B.shape[0])
    theirs = B[partners].multiply(recency).tocsr()  # the partners' projects, decayed
    with np.errstate(divide="ignore"):
        adamic = np.where(degree[partners] > 1, 1.0 / np.log(degree[partners]), 0.0)
    to_me = np.asarray(theirs @ B[i].T.toarray()).ravel()  # w(i, u); B is 0/1
    return np.asarray(B @ (theirs.T @ (to_me * adamic))).ravel()


def candidate_features(
    view: GraphView, i: int, profile: OrganisationProfile | None = None, scores=None
) -> dict[str, np.ndarray]:
    """Every feature of :data:`FEATURES` for node ``i`` against every node of ``view``.

    Without a ``profile`` the programme and theme features are 0, the candidate's partners
    stand in for its recent activity and every tie counts as recent (``recent_adamic_adar``
    is ``adamic_adar``).
    """
    scores = scores or _scores(view, i)
    degree = np.diff(_binary(view).indptr).astype(float)
    attributes = _attributes(view)
    sector_of, country_of = attributes["helix_sector"], attributes["country"]
    lacking = _lacking(view, i, scores["_partners"])
    zeros = np.zeros(view.n)
    if profile is not None:
        shared_programmes = np.asarray(
            (profile.programmes @ profile.programmes[i].T).todense()
        ).ravel()
        theme = np.asarray((profile.themes @ profile.themes[i].T).todense()).ravel()
        recent = profile.recent
        recent_adamic = _recent_adamic_adar(profile, i, scores["_partners"], degree)
    else:
        shared_programmes, theme, recent = zeros, zeros, degree
        recent_adamic = scores["adamic_adar"]
    return {
        "adamic_adar": np.log1p(scores["adamic_adar"]),
        "resource_allocation": np.log1p(scores["resource_allocation"]),
        "common_partners": np.log1p(scores["common_partners"]),
        "two_steps": (scores["common_partners"] > 0).astype(float),
        "candidate_degree": np.log1p(degree),
        "candidate_recent": np.log1p(recent),
        "candidate_hub": np.maximum(0.0, np.log1p(degree) - np.log1p(HUB_PARTNERS)),
        "recent_adamic_adar": np.log1p(recent_adamic),
        "own_degree": np.full(view.n, np.log1p(degree[i])),
        "same_country": (
            (country_of == country_of[i]) & (country_of != None)  # noqa: E711
        ).astype(float),
        "same_sector": ((sector_of == sector_of[i]) & (sector_of != None)).astype(float),  # noqa: E711
        "fills_gap": np.isin(sector_of.astype(str), lacking).astype(float),
        "shared_programmes": np.log1p(shared_programmes),
        "theme_similarity": theme,
    }


def known_partners(network, org_id: str) -> set:
    """Every organisation ``org_id`` shares a project with in ``network`` (itself left out).

    Pass the unfiltered network: filters narrow where to look for partners, not who
    already is one.
    """
    parts = network.participations
    projects = parts.loc[parts["organisation"] == org_id, "project"]
    return set(parts.loc[parts["project"].isin(projects), "organisation"]) - {org_id}


def _duplicates(
    names: np.ndarray, countries: np.ndarray, i: int, candidates: np.ndarray
) -> np.ndarray:
    """Candidates that are the organisation itself under another record: same country, same name once normalised."""
    from helix_graph.ingest.resolve import normalise_name

    same_country = (
        candidates[countries[candidates] == countries[i]]
        if countries[i] is not None
        else candidates[:0]
    )
    if not len(same_country) or names[i] is None:
        return same_country[:0]
    mine = normalise_name(str(names[i]))
    return same_country[
        np.array([normalise_name(str(names[c])) == mine for c in same_country], dtype=bool)
    ]


def confidence_in_words(probability: float) -> str:
    """The model's probability as a person would say it.

    Examples
    --------
    >>> confidence_in_words(0.31), confidence_in_words(0.04)
    ('likely (about 1 in 3)', 'a long shot (about 1 in 25)')
    """
    if probability <= 0:
        return "a long shot (below 1 in 1,000)"
    one_in = max(1, round(1 / probability))
    odds = f"{probability:.0%}" if probability >= 0.5 else f"about 1 in {one_in:,}"
    if probability >= 0.25:
        return f"likely ({odds})"
    if probability >= 0.08:
        return f"plausible ({odds})"
    return f"a long shot ({odds})"


def _country(code) -> str:
    from helix_graph.model import country_name

    try:
        return country_name(code)
    except KeyError:
        return str(code)


def _programme_label(programme_id: str) -> str:
    from helix_graph.analysis.eligibility import interreg_programmes

    for p in interreg_programmes():
        if p.id == programme_id:
            return p.label
    return programme_id


COLUMNS = [
    "rank",
    "id",
    "name",
    "kind",
    "helix_sector",
    "country",
    "score",
    "confidence",
    "common_partners",
    "jaccard",
    "adamic_adar",
    "resource_allocation",
    "reasons",
]


def recommend_partners(
    G: nx.Graph | GraphView,
    org_id: str,
    k: int = 10,
    *,
    countries=None,
    sectors=None,
    cross_border: bool | None = None,
    known=None,
    network=None,
    programme=None,
    fill_gap: str | None = None,
    model: LinkModel | None = None,
) -> pd.DataFrame:
    """Organisations ``org_id`` should meet, best first, each with its reasons in words.

    Candidates are ranked by the probability that the two start working together, from
    :func:`link_model` over :func:`candidate_features`: shared partners weigh most, then how
    active the candidate is, the programmes and themes both share, and whether it adds a
    sector or a country. An organisation without partners has no shared-partner evidence
    and is told so.

    Parameters
    ----------
    G : networkx.Graph or GraphView
        The collaboration graph (filtered as the user wishes).
    org_id : str
    k : int, default 10
        How many suggestions.
    countries : sequence of str, optional
        Only suggest organisations based in these countries.
    sectors : sequence of str, optional
        Only suggest organisations of these helix sectors.
    cross_border : bool, optional
        True: only other countries; False: only the organisation's own country.
    known : collection of str, optional
        Organisations ``org_id`` already works with, never suggested — from the whole
        loaded data (:func:`known_partners` of the unfiltered network), since a filter
        must not make a current partner look new. Default: its partners in ``G``.
    network : Network, optional
        The network ``G`` was built from; gives the programme, theme and recent-activity
        features and reasons (left out without it).
    programme : str or InterregProgramme, optional
        An Interreg programme (name, alias or id; see
        :func:`~helix_graph.analysis.eligibility.find_interreg_programme`): only partners
        eligible there, by country, and by region where the data tells.
    fill_gap : str, optional
        A helix sector: only suggest organisations of it (what a facilitator filling a gap
        asks for), ranked by the same model.
    model : LinkModel, optional
        Default: the shipped :func:`link_model`.

    Returns
    -------
    DataFrame
        rank, id, name, kind, helix_sector, country, score (the probability), confidence
        (in words), common_partners, jaccard, adamic_adar, resource_allocation, reasons.
        The organisation itself, a record with its own name and country (a duplicate) and
        every known partner are never suggested. Empty when no candidate is left.

    Raises
    ------
    UsageError
        If ``org_id`` is not in ``G``, a sector is unknown, or the programme is not listed.

    Examples
    --------
    >>> G = nx.Graph([("a", "b"), ("b", "c")])
    >>> nx.set_node_attributes(G, {"a": "government", "b": "industry", "c": "academia"}, "helix_sector")
    >>> recommend_partners(G, "a", 1)["reasons"].iloc[0].split("; ")[:2]
    ['you both work with b', 'adds academia, which your partners lack']
    """
    from helix_graph.analysis.eligibility import (
        ELIGIBLE,
        IF_IN_AREA,
        InterregProgramme,
        find_interreg_programme,
        programmes_covering,
    )

    view = as_view(G)
    i = _check_node(view, org_id)
    for s in [*(sectors or ()), *([fill_gap] if fill_gap else [])]:
        if s not in HELIX_SECTORS:
            raise UsageError(f"sector '{s}' is unknown; use one of {', '.join(HELIX_SECTORS)}")
    if programme is not None and not isinstance(programme, InterregProgramme):
        programme = find_interreg_programme(programme)
    if k <= 0:
        return pd.DataFrame(columns=COLUMNS)
    model = model or link_model()
    nodes = np.asarray(view.nodes, dtype=object)
    attributes = _attributes(view)
    names, kinds = attributes["name"], attributes["kind"]
    sector_of, country_of = attributes["helix_sector"], attributes["country"]
    scores = _scores(view, i)
    partners = scores["_partners"]
    my_country = country_of[i]
    lacking = _lacking(view, i, partners)
    network_countries = {my_country} | set(country_of[partners].tolist())

    excluded = np.zeros(view.n, dtype=bool)
    excluded[i] = True
    excluded[partners] = True
    if known is not None:
        excluded[[view.index[v] for v in known if v in view.index]] = True
    candidates = np.flatnonzero(~excluded)
    if countries:
        candidates = candidates[
            np.isin(country_of[candidates].astype(str), [c.upper() for c in countries])
        ]
    wanted_sectors = [fill_gap] if fill_gap else list(sectors or ())
    if wanted_sectors:
        candidates = candidates[np.isin(sector_of[candidates].astype(str), wanted_sectors)]
    if cross_border is True:
        theirs = country_of[candidates]
        # an object array: elementwise comparison with None is meant here
        candidates = candidates[(theirs != None) & (theirs != my_country)]  # noqa: E711
    elif cross_border is False:
        candidates = candidates[country_of[candidates] == my_country]
    eligibility = None
    if programme is not None:
        eligibility = programme.eligibility(country_of[candidates], attributes["city"][candidates])
        candidates, eligibility = candidates[eligibility > 0], eligibility[eligibility > 0]
    if not len(candidates):
        return pd.DataFrame(columns=COLUMNS)

    profile = organisation_profile(network, view) if network is not None else None
    features = candidate_features(view, i, profile, scores)
    mine = {name: f[candidates] for name, f in features.items()}
    probability = model.probability(mine, model.score(mine))
    score = model.score(mine, fill_gap=bool(fill_gap))
    ranked = np.lexsort(
        (nodes[candidates].astype(str), -scores["common_partners"][candidates], -score)
    )
    # a second record of the organisation itself is left out; names are compared only for
    # the best candidates, as many as it takes to fill k places
    order, position = [], 0
    while len(order) < k and position < len(ranked):
        batch = ranked[position : position + 2 * k]
        twins = _duplicates(names, country_of, i, candidates[batch])
        order.extend(b for b in batch if candidates[b] not in twins)
        position += len(batch)
    order = np.asarray(order[:k], dtype=np.int64)
    if not len(order):
        return pd.DataFrame(columns=COLUMNS)
    chosen, probability = candidates[order], probability[order]

    table = pd.DataFrame(
        {
            "id": pd.Series(nodes[chosen], dtype=object),
            "name": [names[c] if names[c] is not None else nodes[c] for c in chosen],
            "kind": kinds[chosen],
            "helix_sector": sector_of[chosen],
            "country": country_of[chosen],
            "score": np.round(probability, 6),
            "confidence": [confidence_in_words(p) for p in probability],
            "common_partners": scores["common_partners"][chosen].astype(int),
            **{
                name: scores[name][chosen]
                for name in ("jaccard", "adamic_adar", "resource_allocation")
            },
        }
    )
    mine_programmes = set(profile.programmes[i].indices.tolist()) if profile is not None else set()
    reasons = []
    for row, c in enumerate(chosen):
        words = []
        if scores["common_partners"][c]:
            shared = _shared(view, scores, c)
            named = ", ".join(
                str(names[u] if names[u] is not None else nodes[u]) for u in shared[:3]
            )
            more = f" and {len(shared) - 3} more" if len(shared) > 3 else ""
            words.append(f"you both work with {named}{more}")
        elif not len(partners):
            words.append(
                "you have no partners in the selected projects yet, so this rests on how active "
                "they are, their sector, country and themes"
            )
        if sector_of[c] in lacking:
            words.append(f"adds {HELIX_SECTORS[sector_of[c]].lower()}, which your partners lack")
        if country_of[c] is not None and country_of[c] not in network_countries:
            words.append(f"adds {_country(country_of[c])}, where none of your partners is based")
        if profile is not None:
            both = sorted(mine_programmes & set(profile.programmes[c].indices.tolist()))
            if both and len(profile.programme_names) > 1:  # one programme for all says nothing
                labels = [_programme_label(profile.programme_names[p]) for p in both[:2]]
                words.append(f"both take part in {', '.join(labels)}")
            mine_t, theirs_t = profile.themes[i], profile.themes[c]
            common_t = np.intersect1d(mine_t.indices, theirs_t.indices)
            if len(common_t):
                weight = (
                    np.asarray(mine_t[:, common_t].todense()).ravel()
                    * np.asarray(theirs_t[:, common_t].todense()).ravel()
                )
                top = common_t[np.argsort(-weight, kind="stable")[:3]]
                if weight.max() > 0:
                    words.append(
                        "themes in common: " + ", ".join(profile.theme_words[t] for t in top)
                    )
        if programme is not None:
            state = eligibility[order[row]]
            where = _country(country_of[c])
            if state == ELIGIBLE:
                words.append(
                    f"eligible for {programme.label} ({where} takes part: "
                    f"{programme.area_in_words(country_of[c])})"
                )
            elif state == IF_IN_AREA:
                words.append(
                    f"eligible for {programme.label} only if based in its area: "
                    f"{where} takes part with {programme.area_in_words(country_of[c]).removeprefix('only ')}"
                )
        elif country_of[c] != my_country:
            both = programmes_covering(my_country, country_of[c])
            if both:
                words.append(f"you are both in the area of {', '.join(both[:2])}")
        words.append(
            f"how sure: {confidence_in_words(probability[row])}, by the Horizon 2020 backtest"
        )
        reasons.append("; ".join(words))
    table["reasons"] = reasons
    table.insert(0, "rank", np.arange(1, len(table) + 1))
    out = table[COLUMNS]
    out.attrs["parameters"] = {
        "organisation": org_id,
        "k": k,
        "countries": list(countries or []),
        "sectors": list(sectors or []),
        "cross_border": cross_border,
        "programme": programme.label if programme is not None else None,
        "fill_gap": fill_gap,
        "lacking_sectors": lacking,
        "model": {"coefficients": dict(model.coefficients), "calibration": dict(model.calibration)},
    }
    return out
