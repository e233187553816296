#!/usr/bin/env python3
"""NEURON's side of the ringtest benchmark: the model of tests/oracle/events/make_ringtest_golden.py
(ringtest's default cells and rings) with NRING rings of NCELL cells, run to TSTOP with ringtest's
settings (cache_efficient, set_maxstep(10), stdinit, psolve). Prints one JSON object: build,
init and run wall times (s), the run's CPU time (s), compartments, spikes, and the raster ("%g %d" lines).

    python3 neuron_ringtest.py NRING NCELL TSTOP
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "oracle", "events"))
from neuron import h  # noqa: E402
import make_ringtest_golden as ring  # noqa: E402


def main():
    nring, ncell, tstop = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
    ntype = int((nring * ncell - 1) / ring.NPT + 1)
    start = time.perf_counter()
    h.Random().Random123_globalindex(0)
    h.load_file("stdrun.hoc")
    pc = h.ParallelContext()
    ran = h.Random()
    ran.Random123(0, 1)
    types = ring.shuffle([i % ntype for i in range(ncell * nring)], ran)
    topologies = {}
    cells, keep = {}, []
    for r in range(nring):
        first = r * ncell
        for gid in range(first, first + ncell):
            if types[gid] not in topologies:
                topologies[types[gid]] = ring.celltypeinfo(types[gid])
            cells[gid] = ring.BallStick(gid, *topologies[types[gid]])
            pc.set_gid2node(gid, pc.id())
            nc = h.NetCon(cells[gid].soma(1)._ref_v, None, sec=cells[gid].soma)
            nc.threshold = 10
            pc.cell(gid, nc)
        for i in range(ncell):
            nc = pc.gid_connect(first + i, cells[first + (i + 1) % ncell].syn_e)
            nc.delay, nc.weight[0] = 1, 0.01
            keep.append(nc)
        stim = h.NetStim()
        stim.number, stim.start = 1, 0
        nc = h.NetCon(stim, cells[first].syn_e)
        nc.delay, nc.weight[0] = 1, 0.01
        keep.extend([stim, nc])
    tvec, idvec = h.Vector(), h.Vector()
    pc.spike_record(-1, tvec, idvec)
    h.cvode.cache_efficient(1)
    h.cvode_active(0)
    h.dt = 0.025
    built = time.perf_counter()
    pc.set_maxstep(10)
    h.stdinit()
    initialized = time.perf_counter()
    cpu = time.process_time()
    pc.psolve(tstop)
    done = time.perf_counter()
    cpu = time.process_time() - cpu
    print(json.dumps({
        "build_s": built - start, "init_s": initialized - built, "run_s": done - initialized, "run_cpu_s": cpu,
        "compartments": sum(sec.nseg for sec in h.allsec()), "spikes": int(tvec.size()),
        "raster": ["%g %d" % (t, i) for t, i in zip(tvec, idvec)],
    }))


if __name__ == "__main__":
    main()
