"""Where the nodes of a view go, and which labels show at which zoom,
computed when the pages are written: the same graph gives the same picture
on every load and every machine, and the browser runs no physics.

* Positions: an entity's page puts it in the middle and its neighbourhood
  on rings around it, each node near the one that brings it in. The whole
  graph lays out each connected part on its own (Kamada-Kawai when small,
  a seeded spring layout of the best-connected nodes when large, the
  others on rings around the neighbour that brought them in), scaled so
  that neighbours sit ``SPACING`` units apart, the parts packed in rows
  largest first, and the nodes joined to nothing in a grid below them.
* Label levels: at the first zoom a label is drawn ``LABEL_PX`` pixels
  high, and only where it overlaps no label or node already placed; the
  others wait for a closer zoom (each level doubles the zoom), so that the
  labels on screen are always readable and never on top of each other.
  Nodes get their labels first, best connected first; edge labels after.
"""
from __future__ import annotations

import math
from collections import defaultdict

import networkx as nx

SPACING = 150            # layout units between neighbours (a pixel at zoom 1)
LABEL_PX = 13            # screen height of a label when it first shows
MAX_LABEL_PX = 18        # labels grow with the zoom up to this height
LEVELS = 6               # zoom levels ×1, ×2, ×4 … at which labels may appear
REFERENCE_AREA = (960, 780)  # the graph's area at 1366×900, beside the panel
LINE_CHARS = 20          # labels wrap after about this many characters, two lines at most
SMALL_PART = 120         # parts up to this size get Kamada-Kawai
LAYOUT_CORE = 2000       # force layout for this many hubs at most in a big part
_CHAR_EM = 0.6           # average width of a character, in font heights
_LINE_EM = 1.25          # line height, in font heights


def wrap(label: str, limit: int = LINE_CHARS) -> str:
    """A label on at most two lines, cut with "…" beyond them."""
    words, lines, line = label.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > limit:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    if len(lines[-1]) > limit:
        lines[-1] = lines[-1][:limit - 1].rstrip() + "…"
    return "\n".join(lines)


# ---------------------------------------------------------------- positions
def induced(g: nx.Graph, nodes) -> nx.Graph:
    """The subgraph of ``nodes``, its nodes and edges in sorted order.
    (networkx's subgraph views iterate over a set when they are small, so
    their order, and a layout computed from it, would change with Python's
    hash seed from one run to the next.)"""
    keep = set(nodes)
    out = nx.Graph()
    out.add_nodes_from(sorted(keep))
    out.add_edges_from(sorted(tuple(sorted((u, v))) for u, v in g.edges(keep) if u in keep and v in keep))
    return out


def positions(g: nx.Graph, centre: str | None = None) -> dict[str, tuple[float, float]]:
    """Deterministic positions for every node of ``g`` (undirected)."""
    if centre is not None:
        return rings(g, centre)
    parts = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c))
    alone = [c[0] for c in parts if len(c) == 1]
    laid = [_part(induced(g, c), centre) for c in parts if len(c) > 1]
    pos: dict[str, tuple[float, float]] = {}
    cell = (SPACING * 1.6, SPACING * 0.6)          # a node joined to nothing, with room for its label
    area = sum(_area(p) for p in laid) + len(alone) * cell[0] * cell[1]
    aspect = REFERENCE_AREA[0] / REFERENCE_AREA[1]
    width = max([_extent(p)[0] for p in laid] + [math.sqrt(area * aspect), SPACING * 4])
    x = y = row = 0.0
    for part in laid:
        w, h = _extent(part)
        if x and x + w > width:
            x, y, row = 0.0, y + row + SPACING, 0.0
        left, top = (min(v[0] for v in part.values()), min(v[1] for v in part.values()))
        for n, (px, py) in part.items():
            pos[n] = (x + px - left, y + py - top)
        x, row = x + w + SPACING, max(row, h)
    y = y + row + (SPACING if laid else 0)
    columns = max(1, int(width // cell[0]) + 1)
    for i, n in enumerate(alone):                  # nodes joined to nothing: a grid out of the way
        pos[n] = ((i % columns) * cell[0], y + (i // columns) * cell[1])
    return pos


def rings(g: nx.Graph, centre: str) -> dict[str, tuple[float, float]]:
    """The centre in the middle, its neighbours evenly on a ring around it,
    and each node further out on the next ring beside the node that brings
    it in, so that a branch stays together."""
    pos = {centre: (0.0, 0.0)}
    angle = {centre: 0.0}
    ring, radius = [centre], 0.0
    seen = {centre}
    while ring:
        children = []
        for parent in ring:
            mine = [n for n in sorted(g.neighbors(parent)) if n not in seen]
            seen.update(mine)
            children.append((parent, mine))
        count = sum(len(c) for _, c in children)
        if not count:
            break
        radius = max(radius + SPACING * 1.6, count * SPACING * 0.75 / (2 * math.pi))
        step = min(2 * math.pi / count, SPACING * 0.9 / radius)
        for parent, mine in children:
            for j, n in enumerate(mine):
                if parent == centre:
                    a = 2 * math.pi * (j + 0.5) / len(mine) + 0.3
                else:
                    a = angle[parent] + (j - (len(mine) - 1) / 2) * step
                angle[n] = a
                pos[n] = (radius * math.cos(a), radius * math.sin(a))
        ring = [n for _, c in children for n in c]
    rest = sorted(set(g.nodes) - seen)             # not reached from the centre: a row below
    for i, n in enumerate(rest):
        pos[n] = ((i - len(rest) / 2) * SPACING * 1.2, radius + SPACING * 1.5)
    return pos


def _extent(part: dict) -> tuple[float, float]:
    xs, ys = [p[0] for p in part.values()], [p[1] for p in part.values()]
    return max(xs) - min(xs), max(ys) - min(ys)


def _area(part: dict) -> float:
    w, h = _extent(part)
    return (w + SPACING) * (h + SPACING)


def _part(g: nx.Graph, centre: str | None) -> dict[str, tuple[float, float]]:
    """One connected part, scaled so that its median edge is SPACING long."""
    n = g.number_of_nodes()
    if n == 2:
        a, b = sorted(g.nodes)
        return {a: (0.0, 0.0), b: (float(SPACING), 0.0)}
    if n <= SMALL_PART:
        raw = nx.kamada_kawai_layout(g)
    elif n <= LAYOUT_CORE:
        raw = nx.spring_layout(g, seed=7, iterations=80)
    else:
        raw = _hubs_and_rings(g)
    pos = {k: (float(v[0]), float(v[1])) for k, v in raw.items()}
    lengths = sorted(math.dist(pos[u], pos[v]) for u, v in g.edges if u != v)
    factor = SPACING / max(lengths[len(lengths) // 2], 1e-9)
    cx, cy = pos[centre] if centre in pos else (0.0, 0.0)
    return {k: ((x - cx) * factor, (y - cy) * factor) for k, (x, y) in pos.items()}


def _hubs_and_rings(g: nx.Graph) -> dict[str, tuple[float, float]]:
    """A big part: a force layout of the best-connected nodes (its cost grows
    with the square of their number), every other node on a small ring
    around the neighbour that brought it in, outwards from the hubs."""
    hubs = sorted(g.nodes, key=lambda n: (-g.degree(n), n))[:LAYOUT_CORE]
    core = nx.spring_layout(induced(g, hubs), seed=7, iterations=60)
    pos = {n: (float(x), float(y)) for n, (x, y) in core.items()}
    ring = 1 / math.sqrt(len(hubs))
    placed_around: dict[str, int] = defaultdict(int)
    for anchor, node in _outwards(g, hubs):
        k = placed_around[anchor]
        placed_around[anchor] = k + 1
        angle = k * 2.399963                       # the golden angle: neighbours spread evenly
        radius = ring * (0.5 + 0.15 * math.sqrt(k))
        ax, ay = pos[anchor]
        pos[node] = (ax + radius * math.cos(angle), ay + radius * math.sin(angle))
    return pos


def _outwards(g: nx.Graph, hubs: list[str]):
    """(anchor, node) pairs in breadth-first order from the hubs."""
    seen = set(hubs)
    frontier = list(hubs)
    while frontier:
        nxt = []
        for anchor in frontier:
            for node in sorted(g.neighbors(anchor)):
                if node not in seen:
                    seen.add(node)
                    nxt.append(node)
                    yield anchor, node
        frontier = nxt


# ------------------------------------------------------------ first zoom
MARGIN_PX = (110, 40)     # room left around the nodes at the first zoom, for their labels


def first_scale(pos: dict[str, tuple[float, float]], area: tuple[float, float] = REFERENCE_AREA) -> float:
    """The zoom at which the whole view fits the area with MARGIN_PX around
    it (never above 1); the page computes the same from its own size."""
    if not pos:
        return 1.0
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    return min(1.0, (area[0] - 2 * MARGIN_PX[0]) / max(max(xs) - min(xs), 1),
               (area[1] - 2 * MARGIN_PX[1]) / max(max(ys) - min(ys), 1))


# ------------------------------------------------------------ spreading
SPREAD_LIMIT = 800       # views up to this many nodes are spread so that their labels fit
HOME_PULL = 0.015         # how strongly a moved node is drawn back to its place in the layout


def spread(pos: dict[str, tuple[float, float]], marks: dict[str, tuple[str, float]],
           area: tuple[float, float] = REFERENCE_AREA, rounds: int = 80) -> dict[str, tuple[float, float]]:
    """Positions in pixels of the first zoom, moved apart until each node's
    label (``marks``: label and size) overlaps no other, as far as the area
    allows. The picture keeps its shape: overlapping pairs are pushed apart
    along the shorter overlap, and nobody leaves the area."""
    if not pos or len(pos) > SPREAD_LIMIT:
        return pos
    scale = first_scale(pos, area)
    ids = sorted(pos)
    xs = {n: pos[n][0] * scale for n in ids}
    ys = {n: pos[n][1] * scale for n in ids}
    home = {n: (xs[n], ys[n]) for n in ids}
    extent = {n: _mark_extent(*marks[n]) for n in ids}
    cx, cy = (min(xs.values()) + max(xs.values())) / 2, (min(ys.values()) + max(ys.values())) / 2
    half_w, half_h = area[0] / 2 - MARGIN_PX[0], area[1] / 2 - MARGIN_PX[1]
    for _ in range(rounds):
        grid: dict[tuple[int, int], list[str]] = defaultdict(list)
        boxes = {n: (xs[n] - extent[n][0], ys[n] - extent[n][1], xs[n] + extent[n][0], ys[n] + extent[n][2])
                 for n in ids}
        for n in ids:
            for cell in _grid_cells(boxes[n], 160):
                grid[cell].append(n)
        pairs = {(a, b) for members in grid.values() for a in members for b in members if a < b}
        moved = False
        for a, b in sorted(pairs):
            ba, bb = boxes[a], boxes[b]
            ox, oy = min(ba[2], bb[2]) - max(ba[0], bb[0]), min(ba[3], bb[3]) - max(ba[1], bb[1])
            if ox <= 0 or oy <= 0:
                continue
            moved = True
            if ox < oy:
                step = (ox / 2 + 1) * (1 if xs[a] <= xs[b] else -1)
                xs[a], xs[b] = xs[a] - step, xs[b] + step
            else:
                step = (oy / 2 + 1) * (1 if ys[a] <= ys[b] else -1)
                ys[a], ys[b] = ys[a] - step, ys[b] + step
        for n in ids:                          # a pull home keeps the picture's shape
            xs[n] += (home[n][0] - xs[n]) * HOME_PULL
            ys[n] += (home[n][1] - ys[n]) * HOME_PULL
            xs[n] = min(max(xs[n], cx - half_w), cx + half_w)
            ys[n] = min(max(ys[n], cy - half_h), cy + half_h)
        if not moved:
            break
    return {n: (xs[n], ys[n]) for n in ids}


def _mark_extent(label: str, size: float) -> tuple[float, float, float]:
    """Half width, height above and depth below the position, in pixels, of a
    node and its label drawn LABEL_PX high."""
    x0, _, x1, y1 = _text_box(0, 0, label, LABEL_PX, 1.0, size + 3)
    return max((x1 - x0) / 2, size) + 2, size + 2, y1 + 2


def _grid_cells(box, cell: float):
    for i in range(int(box[0] // cell), int(box[2] // cell) + 1):
        for j in range(int(box[1] // cell), int(box[3] // cell) + 1):
            yield i, j


# ------------------------------------------------------------ label levels
class _Boxes:
    """Rectangles already on screen at one zoom, in a grid for quick lookups."""

    def __init__(self, cell: float) -> None:
        self.cell = cell
        self.grid: dict[tuple[int, int], list[tuple[float, float, float, float]]] = defaultdict(list)

    def free(self, box, ignore=None) -> bool:
        for cell in _grid_cells(box, self.cell):
            for other in self.grid[cell]:
                if other is not ignore and box[0] < other[2] and other[0] < box[2] and \
                        box[1] < other[3] and other[1] < box[3]:
                    return False
        return True

    def add(self, box) -> None:
        for cell in _grid_cells(box, self.cell):
            self.grid[cell].append(box)


def _text_box(x: float, y: float, text: str, px: float, scale: float, below: float) -> tuple:
    """The rectangle (layout units) of ``text`` drawn ``px`` high on screen at
    ``scale``, centred on x, its top ``below`` units under y (0: centred on y)."""
    lines = text.split("\n")
    w = (max(len(line) for line in lines) * _CHAR_EM * px + 4) / scale
    h = (len(lines) * _LINE_EM * px + 2) / scale
    top = y + below if below else y - h / 2
    return (x - w / 2, top, x + w / 2, top + h)


def label_levels(nodes: list[dict], edges: list[dict], scale: float, edges_from: int = 0) -> None:
    """Set ``level`` on each node and edge dict (x, y, size, label; edges
    from, to, label): the zoom level (first zoom ×2**level) at which its
    label shows, None when it never finds room. ``nodes`` come in order of
    importance; edge labels show from level ``edges_from`` on."""
    levels = [_Boxes(cell=200 / (scale * 2 ** k)) for k in range(LEVELS)]
    shapes = {}
    for n in nodes:
        shape = (n["x"] - n["size"], n["y"] - n["size"], n["x"] + n["size"], n["y"] + n["size"])
        shapes[n["id"]] = shape
        for boxes in levels:
            boxes.add(shape)
    where = {n["id"]: n for n in nodes}
    for n in nodes:
        n["level"] = _place(levels, scale, lambda s, px: _text_box(n["x"], n["y"], n["label"], px, s,
                                                                    n["size"] + 2 / s),
                            ignore=shapes[n["id"]])
    for e in edges:
        a, b = where[e["from"]], where[e["to"]]
        mid = ((a["x"] + b["x"]) / 2, (a["y"] + b["y"]) / 2)
        e["level"] = _place(levels, scale, lambda s, px: _text_box(*mid, e["label"], px, s, 0), start=edges_from)


def _place(levels: list[_Boxes], scale: float, box_at, ignore=None, start: int = 0) -> int | None:
    """The first level where the label's box is free; the box is then added
    to that level and every closer one (where it is drawn larger, up to
    MAX_LABEL_PX, on a screen that shows less)."""
    for k in range(start, LEVELS):
        if levels[k].free(box_at(scale * 2 ** k, LABEL_PX), ignore):
            for j in range(k, LEVELS):
                px = min(MAX_LABEL_PX, LABEL_PX * 2 ** (j - k))
                levels[j].add(box_at(scale * 2 ** j, px))
            return k
    return None
