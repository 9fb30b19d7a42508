"""The helix-graph explorer: ``streamlit run app.py`` (or ``helix-graph app``). Pages live in helix_graph.ui."""

from helix_graph.ui import main

main()
