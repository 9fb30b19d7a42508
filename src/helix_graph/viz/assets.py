"""The vis-network script and stylesheet, read from the installed pyvis package.

pyvis ships vis-network under ``pyvis/lib/``; inlining those files makes the drawing
work with no internet (pyvis's own templates still fetch Bootstrap or reach cdnjs).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["vis_network_js", "vis_network_css", "VIS_NETWORK_VERSION"]

VIS_NETWORK_VERSION = "9.1.2"


def _lib_dir() -> Path:
    import pyvis

    folder = Path(pyvis.__file__).resolve().parent / "lib" / f"vis-{VIS_NETWORK_VERSION}"
    if not (folder / "vis-network.min.js").is_file():
        raise FileNotFoundError(
            f"vis-network {VIS_NETWORK_VERSION} is missing from the pyvis package ({folder}); "
            "reinstall pyvis with: pip install --force-reinstall 'pyvis>=0.3.2,<0.4'"
        )
    return folder


@cache
def vis_network_js() -> str:
    """The minified vis-network script (checked free of ``</script``, so it can be inlined)."""
    text = (_lib_dir() / "vis-network.min.js").read_text(encoding="utf-8")
    if "</script" in text.lower():  # would end the inline <script> element early
        raise ValueError("vis-network.min.js contains '</script' and cannot be inlined")
    return text


@cache
def vis_network_css() -> str:
    """The vis-network stylesheet (its images are data: URIs, nothing is fetched)."""
    text = (_lib_dir() / "vis-network.css").read_text(encoding="utf-8")
    if "</style" in text.lower():
        raise ValueError("vis-network.css contains '</style' and cannot be inlined")
    return text
