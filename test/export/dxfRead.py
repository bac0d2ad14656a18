"""Reads a DXF file with ezdxf (a reader other than ours) and prints what it found as JSON.

Used by test/export/dxf.test.ts: /usr/bin/python3 test/export/dxfRead.py file.dxf
Debian's python3-ezdxf provides ezdxf (scripts/install-test-deps.sh installs it).
"""
import json
import sys
from collections import Counter

try:
    import ezdxf
except ImportError:
    sys.stderr.write("ezdxf is missing: install Debian's python3-ezdxf (scripts/install-test-deps.sh)\n")
    sys.exit(3)


def xy(v):
    return [round(v[0], 6), round(v[1], 6)]


def shape(e):
    """The geometry of one entity, in drawing units, for the checks the test makes."""
    kind = e.dxftype()
    out = {"type": kind, "layer": e.dxf.layer}
    if kind == "LWPOLYLINE":
        out["points"] = [xy(p) for p in e.get_points("xy")]
        out["closed"] = bool(e.closed)
    elif kind == "LINE":
        out["points"] = [xy(e.dxf.start), xy(e.dxf.end)]
    elif kind == "CIRCLE":
        out["center"] = xy(e.dxf.center)
        out["radius"] = round(e.dxf.radius, 6)
    elif kind == "ARC":
        out["center"] = xy(e.dxf.center)
        out["radius"] = round(e.dxf.radius, 6)
        out["angles"] = [round(e.dxf.start_angle, 6), round(e.dxf.end_angle, 6)]
    elif kind == "INSERT":
        out["name"] = e.dxf.name
        out["at"] = xy(e.dxf.insert)
        out["rotation"] = round(e.dxf.rotation, 6)
    elif kind == "MTEXT":
        out["text"] = e.plain_text()
        out["at"] = xy(e.dxf.insert)
        out["style"] = e.dxf.style
    elif kind == "TEXT":
        out["text"] = e.dxf.text
    elif kind == "HATCH":
        out["pattern"] = e.dxf.pattern_name
        out["solid"] = bool(e.dxf.solid_fill)
        out["paths"] = len(e.paths)
        out["color"] = e.dxf.color
    return out


def main(path):
    doc = ezdxf.readfile(path)
    auditor = doc.audit()
    msp = doc.modelspace()
    entities = [shape(e) for e in msp]
    # inserts are many (a desk per seat): counted, not listed, except a few samples
    inserts = [e for e in entities if e["type"] == "INSERT"]
    listed = [e for e in entities if e["type"] != "INSERT"]
    blocks = {}
    for block in doc.blocks:
        if block.name.startswith("*"):
            continue
        blocks[block.name] = [shape(e) for e in block]
    report = {
        "version": doc.dxfversion,
        "insunits": doc.header.get("$INSUNITS"),
        "codepage": doc.header.get("$DWGCODEPAGE"),
        "audit": {
            "errors": [f"{err.code}: {err.message}" for err in auditor.errors],
            "fixes": [f"{fix.code}: {fix.message}" for fix in auditor.fixes],
        },
        "layers": [layer.dxf.name for layer in doc.layers],
        "layerColors": {layer.dxf.name: layer.dxf.color for layer in doc.layers},
        "styles": {style.dxf.name: style.dxf.font for style in doc.styles},
        "blocks": blocks,
        "counts": dict(Counter(f'{e["type"]}|{e["layer"]}' for e in entities)),
        "insertsByBlock": dict(Counter(e["name"] for e in inserts)),
        "insertsByLayer": dict(Counter(e["layer"] for e in inserts)),
        "insertSamples": inserts[:200],
        "entities": listed,
    }
    json.dump(report, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
