"""Network analysis of the collaboration network: graphs, centrality, communities, helix
indicators, brokerage, the under-connected report and partner recommendations.

The package only re-exports; each topic lives in its own module.
"""

from helix_graph.analysis.brokerage import *  # noqa: F403
from helix_graph.analysis.brokerage import __all__ as _brokerage
from helix_graph.analysis.centrality import *  # noqa: F403
from helix_graph.analysis.centrality import __all__ as _centrality
from helix_graph.analysis.communities import *  # noqa: F403
from helix_graph.analysis.communities import __all__ as _communities
from helix_graph.analysis.engines import ENGINES, GraphView, as_view, choose_engine
from helix_graph.analysis.evolution import *  # noqa: F403
from helix_graph.analysis.evolution import __all__ as _evolution
from helix_graph.analysis.gaps import *  # noqa: F403
from helix_graph.analysis.gaps import __all__ as _gaps
from helix_graph.analysis.graphs import *  # noqa: F403
from helix_graph.analysis.graphs import __all__ as _graphs
from helix_graph.analysis.helix import *  # noqa: F403
from helix_graph.analysis.helix import __all__ as _helix
from helix_graph.analysis.lookup import find_organisation
from helix_graph.analysis.network import *  # noqa: F403
from helix_graph.analysis.network import __all__ as _network
from helix_graph.analysis.recommend import *  # noqa: F403
from helix_graph.analysis.recommend import __all__ as _recommend
from helix_graph.analysis.run import *  # noqa: F403
from helix_graph.analysis.run import __all__ as _run

__all__ = [
    *_network,
    *_evolution,
    *_graphs,
    *_centrality,
    *_communities,
    *_helix,
    *_brokerage,
    *_gaps,
    *_recommend,
    *_run,
    "ENGINES",
    "GraphView",
    "as_view",
    "choose_engine",
    "find_organisation",
]
