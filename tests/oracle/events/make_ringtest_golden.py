#!/usr/bin/env python3
"""The default model of NEURON's ringtest (github.com/neuronsimulator/ringtest), rewritten here:
16 rings of 8 ball-and-stick cells (soma with hh; 10 to 20 dendrites of one compartment with pas
and hh, branching at random as ringtest defines it with Random123 streams), each cell exciting the
next through an ExpSyn at dend[0](0.8) (weight 0.01, delay 1), one NetStim per ring starting it.
Runs 100 ms with dt = 0.025 on one process and writes the spike raster (t, gid) in ringtest's
"%g %d" format, and the per-type topology, to ringtest.json.

    /usr/bin/python3 make_ringtest_golden.py ../../golden/events [nring ncell]
"""
import json
import os
import sys

from neuron import h

NPT, BRANCH, COMPART, TSTOP = 8, (10, 20), (1, 1), 100.0


def celltypeinfo(ctype):
    r = h.Random()
    r.Random123(ctype, 2)
    nb = int(r.discunif(BRANCH[0], BRANCH[1]))
    secpar, segvec = [0] * nb, [0] * nb
    r.discunif(COMPART[0], COMPART[1])
    for i in range(nb):
        segvec[i] = int(r.repick())
    x = [[0, 0]]
    for i in range(1, nb):
        a = int(r.discunif(0, len(x) - 1))
        secpar[i] = x[a][0]
        x[a][1] += 1
        if x[a][1] > 1:
            x[a][0] = i
            x[a][1] = 0
        else:
            x.append([i, 0])
    return secpar, segvec


def shuffle(vec, ran):
    n = len(vec) - 1
    for i in range(n + 1):
        ix = int(ran.discunif(i, n))
        vec[i], vec[ix] = vec[ix], vec[i]
    return vec


class BallStick:
    def __init__(self, gid, secpar, segvec):
        self.soma = h.Section(name="soma_%d" % gid)
        self.dend = [h.Section(name="dend_%d_%d" % (gid, i)) for i in range(len(secpar))]
        self.dend[0].connect(self.soma(1))
        for i in range(1, len(secpar)):
            self.dend[i].connect(self.dend[secpar[i]](1))
        for i, d in enumerate(self.dend):
            d.nseg = segvec[i]
        h.pt3dclear(sec=self.soma)
        h.pt3dadd(0, 0, 0, 1, sec=self.soma)
        h.pt3dadd(15, 0, 0, 1, sec=self.soma)
        h.pt3dclear(sec=self.dend[0])
        h.pt3dadd(15, 0, 0, 1, sec=self.dend[0])
        h.pt3dadd(105, 0, 0, 1, sec=self.dend[0])
        self.soma.L = self.soma.diam = 12.6157
        self.dend[0].L, self.dend[0].diam = 200, 1
        for d in self.dend[1:]:
            d.L, d.diam = 10, 1
        for s in [self.soma] + self.dend:
            s.Ra, s.cm = 100, 1
        self.soma.insert("hh")
        self.soma.gnabar_hh, self.soma.gkbar_hh, self.soma.gl_hh, self.soma.el_hh = 0.12, 0.036, 0.0003, -54.3
        for d in self.dend:
            d.insert("pas")
            d.g_pas, d.e_pas = 0.001, -65
            d.insert("hh")
        self.syn_e = h.ExpSyn(self.dend[0](0.8))
        self.syn_e.tau = 2
        self.syn_i = h.ExpSyn(self.dend[0](0.1))
        self.syn_i.tau, self.syn_i.e = 5, -80


def main():
    out = sys.argv[1]
    nring = int(sys.argv[2]) if len(sys.argv) > 2 else 16
    ncell = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    ntype = int((nring * ncell - 1) / NPT + 1)
    h.Random().Random123_globalindex(0)
    h.load_file("stdrun.hoc")
    pc = h.ParallelContext()
    ran = h.Random()
    ran.Random123(0, 1)
    types = shuffle([i % ntype for i in range(ncell * nring)], ran)
    topologies = {t: celltypeinfo(t) for t in sorted(set(types))}
    cells, keep = {}, []
    for ring in range(nring):
        start = ring * ncell
        for gid in range(start, start + ncell):
            cell = BallStick(gid, *topologies[types[gid]])
            cells[gid] = cell
            pc.set_gid2node(gid, pc.id())
            nc = h.NetCon(cell.soma(1)._ref_v, None, sec=cell.soma)
            nc.threshold = 10
            pc.cell(gid, nc)
        for i in range(ncell):
            nc = pc.gid_connect(start + i, cells[start + (i + 1) % ncell].syn_e)
            nc.delay, nc.weight[0] = 1, 0.01
            keep.append(nc)
        stim = h.NetStim()
        stim.number, stim.start = 1, 0
        nc = h.NetCon(stim, cells[start].syn_e)
        nc.delay, nc.weight[0] = 1, 0.01
        keep.extend([stim, nc])
    tvec, idvec = h.Vector(), h.Vector()
    pc.spike_record(-1, tvec, idvec)
    h.cvode_active(0)
    h.dt = 0.025
    pc.set_maxstep(10)
    h.stdinit()
    pc.psolve(TSTOP)
    raster = ["%g %d" % (t, i) for t, i in zip(tvec, idvec)]
    golden = {
        "what": "ringtest default model: spike raster (t, gid) as ringtest's spikeout writes it",
        "neuron_version": h.nrnversion(),
        "nring": nring, "ncell": ncell, "npt": NPT, "branch": BRANCH, "compart": COMPART, "tstop": TSTOP, "dt": 0.025,
        "types": types,
        "topologies": {str(t): {"secpar": p, "nseg": s} for t, (p, s) in topologies.items()},
        "raster": raster,
    }
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "ringtest.json"), "w") as f:
        json.dump(golden, f, indent=0)
    print(len(raster), "spikes")


if __name__ == "__main__":
    main()
