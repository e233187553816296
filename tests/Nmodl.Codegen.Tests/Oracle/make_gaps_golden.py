#!/usr/bin/python3
"""Writes gaps_golden.json: what NEURON 8.2.2 computes with the mechanisms in gaps/ (constructs a
survey of published mod files met: a TABLE of RANGE variables read by a PROCEDURE that uses a RANGE
parameter, ...). Usage: python3 make_gaps_golden.py [OUTPUT]  (needs NEURON; compiles gaps/ in a temporary folder;
OUTPUT defaults to gaps_golden.json beside this script)."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
source = os.path.join(here, "gaps")
golden = {}
with tempfile.TemporaryDirectory() as moddir:
    for name in sorted(os.listdir(source)):
        if name.endswith(".mod"):
            shutil.copy(os.path.join(source, name), moddir)
    subprocess.run(["nrnivmodl", "-loadflags", "-L/usr/lib/nrn -Wl,-rpath,/usr/lib/nrn"], cwd=moddir,
                   check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    from neuron import h  # noqa: E402
    h.nrn_load_dll(os.path.join(moddir, "x86_64", "libnrnmech.so"))
    golden["neuron_version"] = h.nrnversion()

    # cgtabr: three instances on one section (instance order = segment order), each with its own
    # vshift, voltages held by cm = 1e30 after finitialize(-65); celsius changes after 4 steps
    # (DEPEND: the table is rebuilt). Once with usetable = 1, once with usetable = 0.
    def tabr_run(usetable):
        sec = h.Section(name="tabr")
        sec.nseg = 3
        sec.cm = 1e30
        sec.insert("cgtabr")
        segs = list(sec)
        shifts, volts = [0.0, 10.0, -7.0], [-65.0, -41.3, 12.25]
        for seg, s in zip(segs, shifts):
            seg.vshift_cgtabr = s
        h.usetable_cgtabr = usetable
        h.celsius = 6.3
        h.dt = 0.025
        h.finitialize(-65)
        trace = {"minf": [], "mtau": [], "m": []}

        def record():
            for n in trace:
                trace[n].append([getattr(seg, n + "_cgtabr") for seg in segs])
        record()
        for seg, v in zip(segs, volts):
            seg.v = v
        for step in range(8):
            if step == 4:
                h.celsius = 22.0
            h.fadvance()
            record()
        h.delete_section(sec=sec)
        h.celsius = 6.3
        return {"vshift": shifts, "v": volts, "celsius": [6.3, 22.0], "celsius_from_step": 5, "trace": trace}

    golden["cgtabr"] = {"dt": 0.025, "usetable1": tabr_run(1), "usetable0": tabr_run(0)}

    # cgctor, cgactor: CONSTRUCTOR at creation (after the PARAMETER defaults), DESTRUCTOR when the
    # last reference goes; the GLOBALs count them.
    sec = h.Section(name="ctor")
    first = h.cgctor(sec(0.5))
    after_first = {"b": first.b, "serial": first.serial, "made": h.made_cgctor, "alive": h.alive_cgctor}
    first.a = 5
    second = h.cgctor(sec(0.5))
    after_second = {"b": second.b, "serial": second.serial, "made": h.made_cgctor, "alive": h.alive_cgctor, "first_b": first.b}
    h.finitialize(-65)
    after_init = {"first_b": first.b, "second_b": second.b}
    del first
    after_removal = {"made": h.made_cgctor, "alive": h.alive_cgctor, "second_b": second.b}
    del second
    h.delete_section(sec=sec)
    cells = [h.cgactor() for _ in range(3)]
    ids = [c.id for c in cells]
    live = h.live_cgactor
    del cells[1]
    after_cell_removal = {"next": h.next_cgactor, "live": h.live_cgactor}
    source = h.NetStim()
    source.number = 1
    source.start = 1
    nc = h.NetCon(source, cells[1])
    nc.weight[0] = 0.5
    h.finitialize(-65)
    while h.t < 3 - h.dt / 2:
        h.fadvance()
    golden["lifecycle"] = {"after_first": after_first, "after_second": after_second, "after_init": after_init,
                           "after_removal": after_removal, "ids": ids, "live": live,
                           "after_cell_removal": after_cell_removal, "got": [c.got for c in cells]}
    del nc, source, cells

    # cgsolvep: fadvance until the SOLVEd PROCEDURE returns 1; NEURON prints "at line L in file
    # cgsolvep.mod" on its C stderr (captured here) and raises.
    sec = h.Section(name="solvep")
    sec.insert("cgsolvep")
    h.finitialize(-65)
    steps = []
    captured = tempfile.TemporaryFile()
    saved = os.dup(2)
    os.dup2(captured.fileno(), 2)
    try:
        for _ in range(4):
            try:
                h.fadvance()
                steps.append({"ok": True, "x": sec(0.5).x_cgsolvep, "n": sec(0.5).n_cgsolvep})
            except RuntimeError:
                steps.append({"ok": False, "x": sec(0.5).x_cgsolvep, "n": sec(0.5).n_cgsolvep})
                break
    finally:
        os.dup2(saved, 2)
    captured.seek(0)
    stderr = captured.read().decode()
    line = int(stderr.split("at line ")[1].split(" ")[0])
    golden["cgsolvep"] = {"steps": steps, "line": line}
    h.delete_section(sec=sec)

    # cgfloc: two instances, two finitialize calls; which names hoc knows.
    sec = h.Section(name="floc")
    sec.nseg = 2
    sec.insert("cgfloc")
    ys = []
    for _ in range(2):
        h.finitialize(-65)
        ys.append([seg.y_cgfloc for seg in sec])
    standard = h.MechanismStandard("cgfloc", -1)
    names = []
    for i in range(int(standard.count())):
        name = h.ref("")
        standard.name(name, i)
        names.append(name[0])
    golden["cgfloc"] = {"y": ys, "globals": names, "hoc_has_z": hasattr(h, "z_cgfloc")}
    h.delete_section(sec=sec)

    # cgftab: the names hoc gives the functions that fill FUNCTION_TABLEs, and one filled by name.
    sec = h.Section(name="ftab")
    sec.insert("cgftab")
    names = sorted(n for n in dir(h) if n.startswith("table_") and n.endswith("_cgftab"))
    ty, tx = h.Vector([2.0, 4.0, 3.0]), h.Vector([-80.0, -20.0, 40.0])
    h.table_tau_cgftab(ty, tx)
    xs = [-100.0, -80.0, -50.0, 0.0, 40.0, 60.0]
    golden["cgftab"] = {"names": names, "y": list(ty), "x": list(tx), "probe_x": xs, "probe": [h.probe_cgftab(x) for x in xs]}
    h.delete_section(sec=sec)

    # cgcond, cgcondp, cgcondpp: one compartment (L = diam = 10 um) with the mechanism alone, from
    # -65 mV, 40 steps of 0.025 ms: v (and ik) at every step. The conductance only enters the
    # matrix, so a hint that differs from dI/dv changes the trajectory.
    for mech in ["cgcond", "cgcondp", "cgcondpp"]:
        sec = h.Section(name=mech)
        sec.L = sec.diam = 10
        point = None
        if mech == "cgcondpp":
            point = h.cgcondpp(sec(0.5))
        else:
            sec.insert(mech)
        h.dt = 0.025
        h.finitialize(-65)
        vs, iks = [sec(0.5).v], []
        for _ in range(40):
            h.fadvance()
            vs.append(sec(0.5).v)
            if mech != "cgcondpp":
                iks.append(sec(0.5).ik)
        golden[mech] = {"L": 10.0, "diam": 10.0, "v": vs, "ik": iks}
        del point
        h.delete_section(sec=sec)

with open(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "gaps_golden.json"), "w") as f:
    json.dump(golden, f, indent=1)
