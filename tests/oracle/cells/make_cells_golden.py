#!/usr/bin/env python3
"""Builds multi-section cells in NEURON and writes, for each, the model description together with
NEURON's segment areas, axial resistances and voltage traces, so the runtime's tests can build the
same cell and compare. Only NEURON's built-in pas, hh and IClamp are used.

Usage: python3 make_cells_golden.py OUT_DIR      (needs NEURON's Python module)
"""
import json, os, sys, tempfile
from neuron import h
h.load_file("stdrun.hoc")

NAMES = ["soma", "proxApical", "apic1", "apic2", "proxBasal", "distBasal1", "distBasal2"]
# (child, parent, parent_x): the seed's seven-section tree, plus an interior and a 0-end attachment.
TREE = [("proxApical", "soma", 1.0), ("apic1", "proxApical", 1.0), ("apic2", "proxApical", 0.7),
        ("proxBasal", "soma", 0.0), ("distBasal1", "proxBasal", 1.0), ("distBasal2", "proxBasal", 0.0)]

def section_spec(name, nseg, L, diam, Ra, cm, mechs, seg_diams=None, pt3d=None):
    return {"name": name, "nseg": nseg, "L": L, "diam": diam, "Ra": Ra, "cm": cm,
            "mechs": mechs, "seg_diams": seg_diams, "pt3d": pt3d}

def models():
    passive = {"pas": {"g": 0.0002, "e": -65.0}}
    yield {
        "name": "passive_tree", "celsius": 6.3, "dt": 0.025, "tstop": 15.0, "v_init": -65.0, "every": 4,
        "sections": [
            section_spec("soma", 1, 20.0, 20.0, 100.0, 1.0, passive),
            section_spec("proxApical", 3, 150.0, 3.0, 150.0, 1.0, passive),
            section_spec("apic1", 21, 400.0, 1.5, 80.0, 0.8, passive),
            section_spec("apic2", 7, 250.0, 1.0, 200.0, 1.2, passive),
            section_spec("proxBasal", 5, 80.0, 2.5, 35.4, 1.0, passive),
            section_spec("distBasal1", 9, 120.0, 1.2, 120.0, 2.0, passive),
            section_spec("distBasal2", 2, 60.0, 0.8, 60.0, 1.0, passive),
        ],
        "clamps": [{"sec": "soma", "x": 0.5, "del": 1.0, "dur": 5.0, "amp": 0.3},
                   {"sec": "apic1", "x": 0.8, "del": 3.0, "dur": 2.0, "amp": -0.05}],
        "record": [["soma", 0.5], ["apic1", 0.99], ["apic2", 0.5], ["distBasal1", 0.1], ["distBasal2", 1.0]],
    }
    active = {"hh": {}}
    hh_tree = {
        "name": "hh_tree", "celsius": 16.3, "dt": 0.025, "tstop": 20.0, "v_init": -65.0, "every": 4,
        "sections": [
            section_spec("soma", 1, 25.0, 25.0, 100.0, 1.0, {"hh": {"gnabar": 0.2}}),
            section_spec("proxApical", 5, 200.0, 4.0, 100.0, 1.0, {"hh": {"gkbar": 0.03}, "pas": {"g": 0.0001, "e": -65.0}}),
            section_spec("apic1", 11, 300.0, 2.0, 150.0, 1.0, active, seg_diams=[2.0 - 0.1 * i for i in range(11)]),
            section_spec("apic2", 3, 150.0, 1.5, 150.0, 1.0, passive),
            section_spec("proxBasal", 7, 100.0, 3.0, 70.0, 1.5, active),
            section_spec("distBasal1", 13, 150.0, 1.0, 90.0, 1.0, {"pas": {"g": 0.0003, "e": -70.0}}),
            section_spec("distBasal2", 1, 50.0, 1.0, 90.0, 1.0, active),
        ],
        "clamps": [{"sec": "soma", "x": 0.5, "del": 2.0, "dur": 1.0, "amp": 1.0},
                   {"sec": "distBasal2", "x": 0.5, "del": 10.0, "dur": 1.0, "amp": 0.2}],
        "record": [["soma", 0.5], ["proxApical", 0.9], ["apic1", 0.5], ["apic2", 1.0], ["proxBasal", 0.3], ["distBasal2", 0.5]],
    }
    yield hh_tree
    yield dict(hh_tree, name="hh_tree_dt01_30C", dt=0.1, celsius=30.0, every=1)
    yield {
        "name": "pt3d_tree", "celsius": 6.3, "dt": 0.025, "tstop": 15.0, "v_init": -65.0, "every": 4,
        "sections": [
            section_spec("soma", 3, None, None, 100.0, 1.0, active,
                         pt3d=[[0, 0, 0, 2.0], [5, 0, 0, 18.0], [10, 1, 0, 20.0], [15, 1, 0, 15.5], [20, 0, 0, 1.5]]),
            section_spec("proxApical", 5, None, None, 150.0, 1.0, active,
                         pt3d=[[20, 0, 0, 4.0], [60, 10, 0, 3.0], [61, 11, 0, 3.0], [150, 30, 5, 2.0]]),
            section_spec("apic1", 9, None, None, 120.0, 1.0, passive,
                         pt3d=[[150, 30, 5, 2.0], [200, 60, 5, 1.0], [260, 70, 5, 0.6]]),
            section_spec("apic2", 4, 100.0, 0.9, 120.0, 1.0, passive),
            section_spec("proxBasal", 1, None, None, 80.0, 1.0, active,
                         pt3d=[[0, 0, 0, 3.0], [-30, -20, 0, 2.0], [-31, -20, 0, 2.0], [-50, -40, 0, 1.0]]),
            section_spec("distBasal1", 15, None, None, 80.0, 1.0, passive,
                         pt3d=[[-50, -40, 0, 1.0], [-50, -40, 0, 1.0], [-90, -80, 0, 0.5], [-120, -90, 3, 0.4]]),
            section_spec("distBasal2", 3, 70.0, 0.7, 80.0, 1.0, passive),
        ],
        "clamps": [{"sec": "soma", "x": 0.5, "del": 1.0, "dur": 1.0, "amp": 0.4}],
        "record": [["soma", 0.5], ["proxApical", 0.5], ["apic1", 0.95], ["proxBasal", 0.5], ["distBasal1", 0.5]],
    }

def build(spec):
    secs = {}
    for s in spec["sections"]:
        sec = h.Section(name=s["name"])
        secs[s["name"]] = sec
    for child, parent, x in TREE:
        secs[child].connect(secs[parent](x), 0)
    for s in spec["sections"]:
        sec = secs[s["name"]]
        if s["pt3d"]:
            for p in s["pt3d"]:
                h.pt3dadd(*p, sec=sec)
            sec.nseg = s["nseg"]
        else:
            sec.nseg = s["nseg"]
            sec.L = s["L"]
            sec.diam = s["diam"]
        if s["seg_diams"]:
            for seg, d in zip(sec, s["seg_diams"]):
                seg.diam = d
        sec.Ra = s["Ra"]
        sec.cm = s["cm"]
        for mech, params in s["mechs"].items():
            sec.insert(mech)
            for name, value in params.items():
                for seg in sec:
                    setattr(seg, name + "_" + mech, value)
    clamps = []
    for c in spec["clamps"]:
        ic = h.IClamp(secs[c["sec"]](c["x"]))
        ic.delay, ic.dur, ic.amp = c["del"], c["dur"], c["amp"]
        clamps.append(ic)
    return secs, clamps

def psection(sec):
    """psection() after the run, JSON-able: sets sorted, objects by name, no hoc_internal_name."""
    def clean(d):
        if isinstance(d, dict):
            return {str(k): clean(v) for k, v in d.items()}
        if isinstance(d, (set, list, tuple)):
            items = [clean(x) for x in d]
            return sorted(items, key=str) if isinstance(d, set) else items
        if isinstance(d, (int, float, str)) or d is None:
            return d
        return str(d)
    ps = sec.psection()
    ps.pop("hoc_internal_name", None)
    return clean(ps)

def run(spec):
    secs, clamps = build(spec)
    h.celsius = spec["celsius"]
    h.dt = spec["dt"]
    t = h.Vector().record(h._ref_t)
    vs = [h.Vector().record(secs[name](x)._ref_v) for name, x in spec["record"]]
    h.finitialize(spec["v_init"])
    h.continuerun(spec["tstop"])
    every = spec["every"]
    out = dict(spec)
    out["area"] = {n: [seg.area() for seg in secs[n]] for n in secs}
    out["ri"] = {n: [seg.ri() for seg in secs[n]] for n in secs}
    out["seg_diam"] = {n: [seg.diam for seg in secs[n]] for n in secs}
    out["L_result"] = {n: secs[n].L for n in secs}
    out["psection"] = {n: psection(secs[n]) for n in secs}
    out["t"] = list(t)[::every]
    out["v"] = [list(v)[::every] for v in vs]
    del clamps
    for sec in list(h.allsec()):
        h.delete_section(sec=sec)
    return out

def nseg_change():
    """Values of per-segment variables after nseg changes (NEURON keeps the old segment's values
    for every new segment whose centre it contains)."""
    sec = h.Section(name="soma")
    sec.insert("hh")
    sec.nseg = 3
    for seg, d, g, v in zip(sec, [1.0, 2.0, 3.0], [0.1, 0.2, 0.3], [-60.0, -50.0, -40.0]):
        seg.diam, seg.gnabar_hh, seg.v = d, g, v
    ic = h.IClamp(sec(0.3))
    out = {"initial": {"nseg": 3, "diam": [1.0, 2.0, 3.0], "gnabar": [0.1, 0.2, 0.3], "v": [-60.0, -50.0, -40.0], "clamp_x": 0.3},
           "steps": []}
    for n in [9, 2, 5]:
        sec.nseg = n
        out["steps"].append({"nseg": n, "diam": [seg.diam for seg in sec], "gnabar": [seg.gnabar_hh for seg in sec],
                             "v": [seg.v for seg in sec], "clamp_x": ic.get_loc()})
        h.pop_section()
    del ic
    h.delete_section(sec=sec)
    return out

def pt3d_edits():
    """3-d points after changing L and diam of a section that has them, and after pt3dclear."""
    sec = h.Section(name="dend")
    sec.nseg = 3
    for p in [[0, 0, 0, 2.0], [10, 5, 0, 3.0], [30, 5, 2, 1.0], [31, 6, 2, 1.0]]:
        h.pt3dadd(*p, sec=sec)
    def snapshot(what):
        return {"what": what, "L": sec.L, "nseg": sec.nseg,
                "pts": [[sec.x3d(i), sec.y3d(i), sec.z3d(i), sec.diam3d(i), sec.arc3d(i)] for i in range(sec.n3d())],
                "area": [seg.area() for seg in sec], "ri": [seg.ri() for seg in sec], "diam": [seg.diam for seg in sec]}
    out = [snapshot("points")]
    sec.L = 50
    out.append(snapshot("L=50"))
    sec.diam = 4
    out.append(snapshot("diam=4"))
    h.pt3dclear(sec=sec)
    out.append(snapshot("pt3dclear"))
    h.delete_section(sec=sec)
    return out

def topology_text():
    sys.stdout.flush()
    with tempfile.TemporaryFile(mode="w+") as tmp:
        saved = os.dup(1)
        os.dup2(tmp.fileno(), 1)
        try:
            h.topology()
        finally:
            sys.stdout.flush()
            os.dup2(saved, 1)
            os.close(saved)
        tmp.seek(0)
        return tmp.read()

def orientation_and_distance():
    """A section attached by its 1 end, children on interior nodes, and distances between nodes."""
    a = h.Section(name="a"); b = h.Section(name="b"); c = h.Section(name="c"); e = h.Section(name="e")
    b.connect(a(1), 1)
    c.connect(b(0.2), 0)
    e.connect(a(0.3), 0)
    b.nseg = 3
    a.nseg = 5
    for seg, d in zip(b, [1.0, 2.0, 3.0]):
        seg.diam = d
    for sec in [a, b, c, e]:
        sec.insert("pas")
    ic = h.IClamp(b(0.2))
    ic.delay, ic.dur, ic.amp = 0.5, 2.0, 0.05
    out = {"topology": topology_text(),
           "b_segments": [[seg.x, seg.diam, seg.area(), seg.ri()] for seg in b],
           "b_ri_ends": [b(0).ri(), b(1).ri()],
           "parents": {n: [str(s.parentseg()), str(s.trueparentseg())] for n, s in [("b", b), ("c", c), ("e", e)]},
           "orientation": b.orientation(),
           "clamp_x": ic.get_loc()}
    h.pop_section()
    distances = []
    for osec, ox in [(a, 0.5), (a, 0.1), (b, 0.2), (c, 1.0)]:
        for tsec, tx in [(a, 0.0), (a, 0.3), (a, 1.0), (b, 0.0), (b, 0.2), (b, 1.0), (c, 0.0), (c, 1.0), (e, 0.0), (e, 1.0)]:
            distances.append([osec.name(), ox, tsec.name(), tx, h.distance(osec(ox), tsec(tx))])
    out["distances"] = distances
    t = h.Vector().record(h._ref_t)
    vs = [h.Vector().record(s(x)._ref_v) for s, x in [(b, 0.2), (b, 0.0), (c, 1.0), (a, 0.5)]]
    h.dt = 0.025
    h.finitialize(-65)
    h.continuerun(5)
    out["record"] = [["b", 0.2], ["b", 0.0], ["c", 1.0], ["a", 0.5]]
    out["t"] = list(t)
    out["v"] = [list(v) for v in vs]
    out["nseg_changes"] = []
    for n in [7, 2, 4]:
        b.nseg = n
        out["nseg_changes"].append({"nseg": n, "diam": [seg.diam for seg in b], "v": [seg.v for seg in b], "clamp_x": ic.get_loc()})
        h.pop_section()
    del ic
    for sec in [e, c, b, a]:
        h.delete_section(sec=sec)
    return out

if __name__ == "__main__":
    os.makedirs(sys.argv[1], exist_ok=True)
    with open(os.path.join(sys.argv[1], "orientation.json"), "w") as f:
        json.dump(orientation_and_distance(), f)
    with open(os.path.join(sys.argv[1], "pt3d_edits.json"), "w") as f:
        json.dump(pt3d_edits(), f)
    with open(os.path.join(sys.argv[1], "nseg_change.json"), "w") as f:
        json.dump(nseg_change(), f)
    for spec in models():
        path = os.path.join(sys.argv[1], spec["name"] + ".json")
        with open(path, "w") as f:
            json.dump(run(spec), f)
        print("wrote", path)
