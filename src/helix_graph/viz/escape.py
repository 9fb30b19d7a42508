"""Names and titles come from data files: render them as text, never as markup.

Streamlit's ``st.iframe`` runs HTML with same-origin access to the app, and Markdown
elements interpret ``*``, ``[…](…)`` and friends. Everything from the data goes through
one of these functions (or through an element that shows plain text: ``st.text``,
``st.dataframe``, a chart, a canvas label).
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["json_for_script", "markdown_text"]

_SCRIPT_UNSAFE = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")


def json_for_script(data: Any) -> str:
    """JSON safe to place inside ``<script type="application/json">``.

    ``<``, ``>`` and ``&`` become ``\\u003c``-style escapes, so no value can close the
    element or open another; ``JSON.parse`` gives back the original strings.

    Examples
    --------
    >>> json_for_script({"name": "</script><img src=x onerror=alert(1)>"})
    '{"name": "\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False, allow_nan=False, default=str)
    for char, escaped in _SCRIPT_UNSAFE.items():
        text = text.replace(char, escaped)
    return text


def markdown_text(value: Any) -> str:
    """``value`` as literal text inside Streamlit Markdown (every markup character escaped).

    Examples
    --------
    >>> markdown_text("<img src=x onerror=alert(1)>")
    '\\\\<img src=x onerror=alert\\\\(1\\\\)\\\\>'
    >>> markdown_text("*bold* [link](javascript:x)")
    '\\\\*bold\\\\* \\\\[link\\\\]\\\\(javascript\\\\:x\\\\)'
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(value))
