#!/usr/bin/python3
"""Writes gaps_golden.json: what NEURON 8.2.2 computes with the mechanisms in gaps/ (constructs a
survey of published mod files met: a TABLE of RANGE variables read by a PROCEDURE that uses a RANGE
parameter, ...). Usage: python3 make_gaps_golden.py  (needs NEURON; compiles gaps/ in a temporary folder)."""
import json
import os
import shutil
import subprocess
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

with open(os.path.join(here, "gaps_golden.json"), "w") as f:
    json.dump(golden, f, indent=1)
