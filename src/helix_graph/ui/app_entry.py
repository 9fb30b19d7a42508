"""The script ``helix-graph app`` hands to Streamlit (the same two lines as the repository's ``app.py``,
shipped inside the package so an installed wheel can start the app too)."""

from helix_graph.ui import main

main()
