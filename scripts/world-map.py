#!/usr/bin/env python3
"""Build crates/publish/data/world.tsv, the world map of the SVG choropleth.

Usage:
    python3 scripts/world-map.py COUNTRIES_110M.json COUNTRIES_50M.json \
        [COUNTRIES_10M.json] [--countries data/countries.csv] \
        > crates/publish/data/world.tsv

The inputs are the TopoJSON files of the npm package world-atlas 2.0.2
(Natural Earth 4.1.0 Admin 0 countries, by Mike Bostock, ISC licence).
Every country of data/countries.csv that has a shape in the 110m file is
drawn as an SVG path; every other one is drawn as a point, the projected
centroid of its largest polygon in the first of the other files that has it
(50m, then 10m if given: Tuvalu is only in the 10m file).  Features of the
110m file that are not countries of the index are background land, key "-".

Python 3.11, standard library only.  The output is written to standard
output, the report of which country came from where to standard error.
"""

import argparse
import csv
import hashlib
import json
import math
import os
import sys

PACKAGE = "world-atlas"
VERSION = "2.0.2"
WIDTH = 1000.0
MIN_RING = 0.6  # rings smaller than this (viewBox units) both ways are dropped
DENSIFY_DEG = 1.0  # non-parallel lon/lat segments longer than this are split

# ---------------------------------------------------------------- Equal Earth
# Šavrič, Patterson & Jenny (2018), "The Equal Earth map projection",
# International Journal of Geographical Information Science 33(3).
A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2


def equal_earth(lon, lat):
    """Equal Earth on the unit sphere, central meridian 0; y grows north."""
    lam = math.radians(lon)
    theta = math.asin(M * math.sin(math.radians(lat)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, y


X_MAX = equal_earth(180.0, 0.0)[0]  # the equator is the widest line
Y_MAX = equal_earth(0.0, 90.0)[1]
SCALE = WIDTH / (2 * X_MAX)
HEIGHT = 2 * Y_MAX * SCALE  # about 486.74
VIEW_HEIGHT = math.ceil(HEIGHT)


def project(lon, lat):
    """Degrees to viewBox units: x in [0, 1000], y down from the north pole."""
    x, y = equal_earth(lon, lat)
    return (x + X_MAX) * SCALE, (Y_MAX - y) * SCALE


# ------------------------------------------------------------------- TopoJSON


def decode_arcs(topo):
    """Absolute lon/lat arcs: undo delta encoding and the quantizing transform."""
    tr = topo.get("transform")
    out = []
    for arc in topo["arcs"]:
        pts = []
        if tr:
            (sx, sy), (tx, ty) = tr["scale"], tr["translate"]
            qx = qy = 0
            for p in arc:
                qx += p[0]
                qy += p[1]
                pts.append((qx * sx + tx, qy * sy + ty))
        else:
            pts = [(p[0], p[1]) for p in arc]
        out.append(pts)
    return out


def ring_points(arcs, indices):
    """A ring from arc indices; ~i (negative) is arc i reversed."""
    pts = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        # consecutive arcs share their end/start point
        pts.extend(arc[1:] if pts else arc)
    return pts


def feature_polygons(geom, arcs):
    """[[exterior, hole, ...], ...] in lon/lat for Polygon and MultiPolygon."""
    kind = geom.get("type")
    if kind == "Polygon":
        polys = [geom["arcs"]]
    elif kind == "MultiPolygon":
        polys = geom["arcs"]
    elif kind is None:
        return []
    else:
        raise SystemExit(f"unexpected geometry type {kind!r}")
    return [[ring_points(arcs, r) for r in poly] for poly in polys]


# ---------------------------------------------------------------- antimeridian
# world-atlas rings are spherical: a few (Russia, Fiji, Antarctica) jump from
# +180 to -180.  Unwrap the longitudes, close a ring that goes round a pole
# through that pole, clip the planar polygon to the bands [-540,-180],
# [-180,180] and [180,540], and shift each piece back into [-180,180].


def unwrap(ring):
    out = [ring[0]]
    shift = 0.0
    for (x0, _), (x1, y1) in zip(ring, ring[1:]):
        d = x1 - x0
        if d > 180:
            shift -= 360
        elif d < -180:
            shift += 360
        out.append((x1 + shift, y1))
    return out, shift


def clip_half(ring, inside, cross):
    out = []
    n = len(ring)
    for i in range(n):
        cur, prev = ring[i], ring[i - 1]
        if inside(cur):
            if not inside(prev):
                out.append(cross(prev, cur))
            out.append(cur)
        elif inside(prev):
            out.append(cross(prev, cur))
    return out


def x_cross(x):
    def f(a, b):
        t = (x - a[0]) / (b[0] - a[0])
        return (x, a[1] + t * (b[1] - a[1]))

    return f


def clip_band(ring, lo, hi):
    """Sutherland–Hodgman against lo <= lon <= hi (closed ring, no repeat)."""
    ring = clip_half(ring, lambda p: p[0] >= lo, x_cross(lo))
    if ring:
        ring = clip_half(ring, lambda p: p[0] <= hi, x_cross(hi))
    return ring


def cut_antimeridian(polygon):
    """A list of polygons whose longitudes all lie in [-180, 180]."""
    unwrapped = []
    crosses = False
    for ring in polygon:
        if ring and ring[0] == ring[-1]:
            ring = ring[:-1]
        u, shift = unwrap(ring + ring[:1])
        u = u[:-1]
        if shift or any(abs(x) > 180 for x, _ in u):
            crosses = True
        if shift:
            # the ring goes round a pole: close it through that pole
            pole = -90.0 if sum(y for _, y in u) < 0 else 90.0
            # the closing edge leads to the first point shifted by 360 degrees
            end_x = u[0][0] + shift
            u = u + [(end_x, u[0][1]), (end_x, pole), (u[0][0], pole)]
        unwrapped.append(u)
    if not crosses:
        return [unwrapped]
    out = []
    for k in (-360.0, 0.0, 360.0):
        pieces = []
        for i, ring in enumerate(unwrapped):
            c = clip_band(ring, k - 180.0, k + 180.0)
            if len(c) < 3:
                if i == 0:
                    break
                continue
            pieces.append([(x - k, y) for x, y in c])
        if pieces:
            out.append(pieces)
    return out


def densify(ring):
    """Split long non-parallel segments: meridians are curves in Equal Earth."""
    out = []
    n = len(ring)
    for i in range(n):
        a, b = ring[i], ring[(i + 1) % n]
        out.append(a)
        if a[1] != b[1]:
            steps = int(max(abs(b[0] - a[0]), abs(b[1] - a[1])) / DENSIFY_DEG)
            for s in range(1, steps + 1):
                t = s / (steps + 1)
                out.append((a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])))
    return out


def projected_polygons(geom, arcs):
    """Projected polygons (viewBox units), rings open (no repeated point)."""
    result = []
    for poly in feature_polygons(geom, arcs):
        for piece in cut_antimeridian(poly):
            result.append([[project(x, y) for x, y in densify(r)] for r in piece])
    return result


# ---------------------------------------------------------------- geometry


def signed_area(ring):
    """Shoelace area; positive is clockwise on screen (y down)."""
    s = 0.0
    n = len(ring)
    for i in range(n):
        x0, y0 = ring[i]
        x1, y1 = ring[(i + 1) % n]
        s += x0 * y1 - x1 * y0
    return s / 2


def ring_centroid(ring):
    a = cx = cy = 0.0
    n = len(ring)
    for i in range(n):
        x0, y0 = ring[i]
        x1, y1 = ring[(i + 1) % n]
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    return a / 2, cx, cy


def polygon_centroid(poly):
    """Area-weighted centroid of an exterior ring minus its holes."""
    area = sx = sy = 0.0
    sign = 1 if signed_area(poly[0]) >= 0 else -1
    for i, ring in enumerate(poly):
        a, cx, cy = ring_centroid(ring)
        # make the exterior count positive and holes negative
        w = 1 if i == 0 else -1
        if (a * sign >= 0) != (w > 0):
            a, cx, cy = -a, -cx, -cy
        area += a * sign
        sx += cx * sign
        sy += cy * sign
    if abs(area) < 1e-12:
        xs = [p[0] for p in poly[0]]
        ys = [p[1] for p in poly[0]]
        return abs(area), ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
    return abs(area), (sx / (6 * area), sy / (6 * area))


def bbox_small(ring):
    xs = [p[0] for p in ring]
    ys = [p[1] for p in ring]
    return max(xs) - min(xs) < MIN_RING and max(ys) - min(ys) < MIN_RING


def tenths(v):
    return int(math.floor(v * 10 + 0.5))


def simplify(ring):
    """Round to 0.1, drop repeats and exactly collinear middle points."""
    pts = []
    for x, y in ring:
        p = (tenths(x), tenths(y))
        if not pts or pts[-1] != p:
            pts.append(p)
    while len(pts) > 1 and pts[0] == pts[-1]:
        pts.pop()
    changed = True
    while changed and len(pts) >= 3:
        changed = False
        keep = []
        n = len(pts)
        for i in range(n):
            a, b, c = pts[i - 1], pts[i], pts[(i + 1) % n]
            ux, uy = b[0] - a[0], b[1] - a[1]
            vx, vy = c[0] - b[0], c[1] - b[1]
            if ux * vy - uy * vx == 0 and ux * vx + uy * vy > 0:
                changed = True
                continue
            keep.append(b)
        if changed:
            # removing one point can only make its neighbours collinear; repeat
            pts = keep
    return pts if len(pts) >= 3 else None


def num(n):
    """Tenths as the shortest SVG number: 12, 12.3, .3, -.3."""
    sign = "-" if n < 0 else ""
    i, f = divmod(abs(n), 10)
    if f == 0:
        return f"{sign}{i}"
    return f"{sign}{i if i else ''}.{f}"


def join_numbers(values):
    out = []
    for k, v in enumerate(values):
        s = num(v)
        if k and not s.startswith("-"):
            out.append(" ")
        out.append(s)
    return "".join(out)


def path_data(polys):
    """SVG path d: exteriors clockwise on screen, holes counter-clockwise."""
    parts = []
    for poly in polys:
        if bbox_small(poly[0]):
            continue
        for i, ring in enumerate(poly):
            if bbox_small(ring):
                continue
            pts = simplify(ring)
            if pts is None:
                continue
            a = signed_area(pts)
            if a == 0:
                continue
            if (a > 0) != (i == 0):
                pts = pts[::-1]
            x0, y0 = pts[0]
            d = ["M", join_numbers([x0, y0]), "l"]
            deltas = []
            for (xa, ya), (xb, yb) in zip(pts, pts[1:]):
                deltas += [xb - xa, yb - ya]
            d.append(join_numbers(deltas))
            d.append("z")
            parts.append("".join(d))
    return "".join(parts)


# ------------------------------------------------------------------- main


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def load(path):
    with open(path, encoding="utf-8") as f:
        topo = json.load(f)
    if topo.get("type") != "Topology" or "countries" not in topo.get("objects", {}):
        raise SystemExit(f"{path}: not a world-atlas countries topology")
    return topo, decode_arcs(topo), topo["objects"]["countries"]["geometries"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("shapes", help="countries-110m.json (paths)")
    ap.add_argument("points", nargs="+", help="countries-50m.json [countries-10m.json] (points)")
    ap.add_argument("--countries", default=os.path.join(here, "..", "data", "countries.csv"))
    args = ap.parse_args()

    with open(args.countries, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    by_numeric = {}
    for r in rows:
        assert len(r["numeric"]) == 3 and r["numeric"].isdigit(), r
        assert r["numeric"] not in by_numeric, r
        by_numeric[r["numeric"]] = r["alpha3"]
    alpha3s = set(by_numeric.values())
    assert len(alpha3s) == len(rows)

    report = lambda *a: print(*a, file=sys.stderr)

    # paths: the 110m file
    _, arcs, geoms = load(args.shapes)
    country_polys = {}  # alpha3 -> polygons
    background = []  # (sort key, polygons)
    for n, g in enumerate(geoms):
        fid = g.get("id")
        polys = projected_polygons(g, arcs)
        if fid in by_numeric:
            country_polys.setdefault(by_numeric[fid], []).extend(polys)
        else:
            background.append(((fid is None, fid or "", n), polys))

    lines = {}  # alpha3 -> (kind, data)
    sources = {}
    for a3, polys in country_polys.items():
        d = path_data(polys)
        if d:
            lines[a3] = ("path", d)
            sources[a3] = os.path.basename(args.shapes)
        else:
            report(f"{a3}: every ring of the 110m shape is too small; drawn as a point")

    # points: the 50m file, then the 10m file
    point_files = []
    for path in args.points:
        _, parcs, pgeoms = load(path)
        point_files.append((path, parcs, pgeoms))
    for a3 in sorted(alpha3s - set(lines)):
        numeric = next(k for k, v in by_numeric.items() if v == a3)
        for path, parcs, pgeoms in point_files:
            polys = []
            for g in pgeoms:
                if g.get("id") == numeric:
                    polys.extend(projected_polygons(g, parcs))
            if polys:
                best = max((polygon_centroid(p) for p in polys), key=lambda t: t[0])
                x, y = best[1]
                lines[a3] = ("point", join_numbers([tenths(x), tenths(y)]))
                sources[a3] = os.path.basename(path)
                break

    missing = sorted(alpha3s - set(lines))
    assert not missing, f"countries with neither a shape nor a point: {missing}"
    assert set(lines) == alpha3s

    bg_lines = []
    for _, polys in sorted(background, key=lambda t: t[0]):
        d = path_data(polys)
        if d:
            bg_lines.append(d)

    n_path = sum(1 for k, _ in lines.values() if k == "path")
    n_point = len(lines) - n_path
    out = []
    out.append("# world.tsv: the world map of the server-rendered SVG choropleth; generated by scripts/world-map.py, do not edit by hand")
    out.append(f"# source: npm package {PACKAGE} {VERSION} (Mike Bostock; Natural Earth 4.1.0 Admin 0 countries): paths from {os.path.basename(args.shapes)}, points from "
               + ", ".join(os.path.basename(p) for p in args.points))
    out.append(f"# sha256: {os.path.basename(args.shapes)} {sha256(args.shapes)}")
    for p in args.points:
        out.append(f"# sha256: {os.path.basename(p)} {sha256(p)}")
    out.append("# licence: Natural Earth shapes are in the public domain; world-atlas is Copyright 2013-2019 Michael Bostock, ISC licence (text in README.md)")
    out.append("# projection: Equal Earth (Šavrič, Patterson & Jenny 2018), central meridian 0; x -180..180 at the equator maps to 0..1000, y grows south from the north pole at 0 to the south pole at %.2f" % HEIGHT)
    out.append(f"# viewbox: 0 0 {WIDTH:g} {VIEW_HEIGHT}")
    out.append("# lines: KEY<TAB>KIND<TAB>DATA; KEY is ISO 3166-1 alpha-3, or - for background land that is no country of the index")
    out.append("# KIND path: DATA is an SVG path d (M, l, z; exteriors clockwise, holes anticlockwise); KIND point: DATA is 'x y', a country too small for the map")
    out.append(f"# counts: {n_path} path countries, {n_point} point countries, {len(bg_lines)} background lines")
    for a3 in sorted(lines):
        kind, data = lines[a3]
        out.append(f"{a3}\t{kind}\t{data}")
    for d in bg_lines:
        out.append(f"-\tpath\t{d}")
    text = "\n".join(out) + "\n"
    sys.stdout.buffer.write(text.encode("utf-8"))

    for kind in ("path", "point"):
        keys = sorted(k for k, v in lines.items() if v[0] == kind)
        report(f"{kind} ({len(keys)}):")
        by_src = {}
        for k in keys:
            by_src.setdefault(sources[k], []).append(k)
        for src, ks in by_src.items():
            report(f"  from {src} ({len(ks)}): {' '.join(ks)}")
    report(f"background lines: {len(bg_lines)}")
    report(f"viewbox: 0 0 {WIDTH:g} {VIEW_HEIGHT} (map height {HEIGHT:.4f})")
    report(f"size: {len(text.encode('utf-8'))} bytes, {text.count(chr(10))} lines")


if __name__ == "__main__":
    main()
