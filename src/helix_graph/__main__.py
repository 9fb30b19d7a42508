"""``python -m helix_graph``: the same as the ``helix-graph`` command."""

import sys

from helix_graph.cli import main

sys.exit(main())
