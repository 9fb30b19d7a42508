"""Labels that never collide: which names are drawn, and from which zoom on.

A label is drawn only where its box overlaps no label of a more important node. Boxes
are measured with the advance widths of DejaVu Sans (the first font the drawings ask
for; Verdana is as wide, Arial narrower), so a box is never smaller than the text a
viewer sees. The same placement is run at zoom 1, 2, 4 and 8 with the text kept the same
size on screen: each node gets the zoom from which its label shows (``reveal``), so
zooming in reveals more names, and at every zoom the drawn ones are apart.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence

import numpy as np

__all__ = [
    "FONT_FAMILY",
    "LABEL_FONT_SIZE",
    "ZOOM_LEVELS",
    "text_width",
    "label_box",
    "place_labels",
    "overlapping_pairs",
]

FONT_FAMILY = "DejaVu Sans, Verdana, Arial, sans-serif"
LABEL_FONT_SIZE = 13.0
"""Label text height in pixels at zoom 1 (and on screen at every zoom)."""
ZOOM_LEVELS = (1.0, 2.0, 4.0, 8.0)
"""The zooms at which labels are placed; a label not placed by the last is hover only."""
_LINE = 1.25  # a line's height, in font sizes
_GAP = 2.0  # pixels kept free around each label

# Advance widths of DejaVu Sans in ems (printable ASCII), read from the font.
_WIDTHS = dict(
    zip(
        " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~",
        (
            0.318, 0.401, 0.46, 0.838, 0.636, 0.95, 0.78, 0.275, 0.39, 0.39, 0.5, 0.838, 0.318,
            0.361, 0.318, 0.337, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636,
            0.636, 0.337, 0.337, 0.838, 0.838, 0.838, 0.531, 1.0, 0.684, 0.686, 0.698, 0.77,
            0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787, 0.603,
            0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685, 0.39, 0.337,
            0.39, 0.838, 0.5, 0.5, 0.613, 0.635, 0.55, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278,
            0.278, 0.579, 0.278, 0.974, 0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634,
            0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337, 0.636, 0.838,
        ),
    )
)  # fmt: skip
# Letters and punctuation beyond ASCII that are not an ASCII letter with an accent.
_WIDTHS.update(
    {"…": 1.0, "–": 0.5, "—": 1.0, "·": 0.318, "’": 0.318, "‘": 0.318, "“": 0.518, "”": 0.518,
     "„": 0.518, "«": 0.612, "»": 0.612, "ß": 0.63, "ø": 0.612, "Ø": 0.787, "æ": 0.982,
     "Æ": 0.974, "ł": 0.284, "Ł": 0.562, "đ": 0.635, "Đ": 0.775, "ı": 0.278, "œ": 1.023,
     "Œ": 1.07, "ð": 0.612, "Ð": 0.775, "þ": 0.635, "Þ": 0.605, "€": 0.636, "°": 0.5,
     "×": 0.838, "•": 0.59}
)  # fmt: skip
_WIDE = 1.0  # anything else unknown (CJK, symbols) counts as a full em


def _char_width(char: str) -> float:
    width = _WIDTHS.get(char)
    if width is None:  # Č, ā, ő: the width of the base letter (accents do not widen it)
        base = unicodedata.normalize("NFD", char)
        width = _WIDTHS.get(base[0], _WIDE) if len(base) > 1 else _WIDE
    return width


def text_width(text: str, font_size: float = LABEL_FONT_SIZE) -> float:
    """The width in pixels of ``text`` set in DejaVu Sans at ``font_size``.

    Examples
    --------
    >>> text_width("Ab", 10)
    13.19
    >>> text_width("Ob", 10) == text_width("Öb", 10)
    True
    """
    return round(sum(_char_width(c) for c in text) * font_size, 2)


def label_box(
    x: float, y: float, radius: float, text: str, font_size: float = LABEL_FONT_SIZE
) -> tuple[float, float, float, float]:
    """The box ``(x0, y0, x1, y1)`` a label takes: centred under a node of ``radius`` at (x, y).

    vis-network and the SVG both draw a label centred below its node.
    """
    width = text_width(text, font_size)
    top = y + radius + 1.0
    return (x - width / 2, top, x + width / 2, top + font_size * _LINE)


def place_labels(
    x: Sequence[float],
    y: Sequence[float],
    radius: Sequence[float],
    texts: Sequence[str],
    priority: Sequence[float],
    *,
    font_size: float = LABEL_FONT_SIZE,
    zooms: Sequence[float] = ZOOM_LEVELS,
    avoid_nodes: bool = False,
) -> np.ndarray:
    """The zoom from which each label is drawn (``inf``: never, hover only).

    Labels are taken in order of ``priority`` (highest first); at each zoom a label is
    kept when its box, with the text the same size on screen, overlaps no kept label (and,
    with ``avoid_nodes``, no other node's disc). Labels kept at a zoom stay kept at every
    larger zoom, where boxes only shrink relative to the positions.

    Parameters
    ----------
    x, y, radius : sequences of float
        Node centres and radii in drawing pixels at zoom 1.
    texts : sequence of str
        The label of each node ("" for none).
    priority : sequence of float
        Importance (the size metric): more important labels are placed first.

    Returns
    -------
    numpy.ndarray
        One float per node: the smallest zoom of ``zooms`` at which its label shows.

    Examples
    --------
    Two nodes 30 px apart: only the more important label fits at zoom 1, the other from 2.

    >>> place_labels([0, 30], [0, 0], [4, 4], ["Maribor", "Ptuj"], [1, 2]).tolist()
    [2.0, 1.0]
    """
    n = len(texts)
    reveal = np.full(n, np.inf)
    order = sorted(
        (i for i in range(n) if texts[i]), key=lambda i: (-float(priority[i]), texts[i], i)
    )
    xs, ys, rs = (np.asarray(v, dtype=float) for v in (x, y, radius))
    kept: list[int] = []
    for zoom in zooms:
        # screen-constant text: in drawing units the box shrinks as 1/zoom around the node
        scale = 1.0 / zoom
        boxes: dict[int, tuple[float, float, float, float]] = {}
        grid = _Grid(cell=max(40.0 * scale, 1.0))
        if avoid_nodes:
            for i in range(n):
                grid.add(("node", i), (xs[i] - rs[i], ys[i] - rs[i], xs[i] + rs[i], ys[i] + rs[i]))
        for i in kept:
            boxes[i] = _box(xs[i], ys[i], rs[i], texts[i], font_size, scale)
            grid.add(("label", i), boxes[i])
        for i in order:
            if i in boxes:
                continue
            box = _box(xs[i], ys[i], rs[i], texts[i], font_size, scale)
            if grid.collides(box, own=i):
                continue
            boxes[i] = box
            grid.add(("label", i), box)
            kept.append(i)
            reveal[i] = zoom
    return reveal


def _box(x, y, r, text, font_size, scale):
    width = text_width(text, font_size) * scale
    top = y + r + 1.0 * scale
    return (
        x - width / 2 - _GAP * scale,
        top - _GAP * scale,
        x + width / 2 + _GAP * scale,
        top + font_size * _LINE * scale + _GAP * scale,
    )


class _Grid:
    """Boxes bucketed on a square grid, to test a new box against its neighbours only."""

    def __init__(self, cell: float):
        self.cell = cell
        self.cells: dict[tuple[int, int], list] = {}

    def _keys(self, box):
        c = self.cell
        for gx in range(math.floor(box[0] / c), math.floor(box[2] / c) + 1):
            for gy in range(math.floor(box[1] / c), math.floor(box[3] / c) + 1):
                yield gx, gy

    def add(self, tag, box):
        for key in self._keys(box):
            self.cells.setdefault(key, []).append((tag, box))

    def collides(self, box, own: int) -> bool:
        for key in self._keys(box):
            for (kind, i), other in self.cells.get(key, ()):
                if kind == "node" and i == own:
                    continue
                if (
                    box[0] < other[2]
                    and other[0] < box[2]
                    and box[1] < other[3]
                    and other[1] < box[3]
                ):
                    return True
        return False


def overlapping_pairs(boxes: Sequence[tuple[float, float, float, float]]) -> int:
    """How many pairs of boxes ``(x0, y0, x1, y1)`` overlap (touching edges do not count).

    Examples
    --------
    >>> overlapping_pairs([(0, 0, 10, 10), (5, 5, 15, 15), (10, 0, 20, 4)])
    1
    """
    if not len(boxes):
        return 0
    b = np.asarray(boxes, dtype=float)
    order = np.argsort(b[:, 0])
    b = b[order]
    count = 0
    for i in range(len(b)):  # sweep along x: only boxes starting before this one ends
        j = i + 1
        while j < len(b) and b[j, 0] < b[i, 2]:
            if b[i, 1] < b[j, 3] and b[j, 1] < b[i, 3]:
                count += 1
            j += 1
    return count
