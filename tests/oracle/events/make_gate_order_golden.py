#!/usr/bin/env python3
"""Equal-time events whose order changes the outcome, from NEURON 8.2.2 (fixed step).

Eight NetStims (number 1) fire once each at 9, 10, 10.5 or 11 ms. Through 60 random NetCons
(weight +1 or -1; each source's delay brings its events to 11.5 or 12 ms, and two sources mix two
delays) they reach twelve idle NetStims ("gates", start -1, number 1): a +1
event starts a gate, which fires at once through a self-event, a -1 event stops it, so whether and
how often a gate fires depends on the order of the equal-time events: on NEURON's queue order, on
its single fanned-out event for a source with more than two NetCons of one delay, and on when
self-events sent during delivery come due. The golden file holds the specification (objects and
NetCons in creation order) and every gate's output spike times.

    /usr/bin/python3 make_gate_order_golden.py ../../golden/events
"""
import json
import os
import random
import sys

from neuron import h

SEED = 8128
SOURCES = 8
GATES = 12
NETCONS = 60


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "golden", "events")
    rnd = random.Random(SEED)
    starts = [rnd.choice([9.0, 10.0, 10.5, 11.0]) for _ in range(SOURCES)]
    arrivals = [rnd.choice([12.0, 12.0, 11.5]) for _ in range(SOURCES)]
    mixed = set(rnd.sample(range(SOURCES), 2))
    netcons = []
    for _ in range(NETCONS):
        src = rnd.randrange(SOURCES)
        arrival = rnd.choice([11.5, 12.0]) if src in mixed else arrivals[src]
        netcons.append({"source": src, "gate": rnd.randrange(GATES), "weight": rnd.choice([1.0, -1.0]),
                        "delay": arrival - starts[src]})
    # A designed case after the random part has settled: source A (t 15) sends to three gates with one
    # delay (one fanned-out event at 17), B (t 15.5) to gate 1 at 17, C (t 16) to gate 3 at 16.5. C's
    # event is earlier than A's held least event, which NEURON then puts behind B's: gate 1 gets +1
    # from B before -1 from A and stays silent; with separate events for A it would fire.
    a, b, c = SOURCES, SOURCES + 1, SOURCES + 2
    g0 = GATES
    starts += [15.0, 15.5, 16.0]
    netcons += [
        {"source": a, "gate": g0, "weight": 1.0, "delay": 2.0},
        {"source": a, "gate": g0 + 1, "weight": -1.0, "delay": 2.0},
        {"source": a, "gate": g0 + 2, "weight": 1.0, "delay": 2.0},
        {"source": b, "gate": g0 + 1, "weight": 1.0, "delay": 1.5},
        {"source": c, "gate": g0 + 3, "weight": 1.0, "delay": 0.5},
    ]
    gate_count = GATES + 4
    sources = []
    for start in starts:
        s = h.NetStim()
        s.start, s.number, s.interval, s.noise = start, 1, 10, 0
        sources.append(s)
    gates = []
    for _ in range(gate_count):
        g = h.NetStim()
        g.start, g.number, g.interval, g.noise = -1, 1, 1, 0
        gates.append(g)
    keep = []
    for k in netcons:
        nc = h.NetCon(sources[k["source"]], gates[k["gate"]])
        nc.weight[0] = k["weight"]
        nc.delay = k["delay"]
        keep.append(nc)
    spikes = []
    for g in gates:
        nc = h.NetCon(g, None)
        vec = h.Vector()
        nc.record(vec)
        keep.append(nc)
        spikes.append(vec)
    h.load_file("stdrun.hoc")
    anchor = h.Section(name="anchor")
    h.dt = 0.025
    h.cvode_active(0)
    h.finitialize(-65)
    h.continuerun(20)
    golden = {
        "what": "output spikes of NetStim gates started (+1) and stopped (-1) by equal-time events",
        "neuron_version": h.nrnversion(),
        "dt": 0.025, "tstop": 20,
        "sources": {"starts": starts, "number": 1, "interval": 10, "noise": 0},
        "gates": {"count": gate_count, "start": -1, "number": 1, "interval": 1, "noise": 0},
        "creation_order": "sources, gates, NetCons in list order, then one recording NetCon per gate",
        "netcons": netcons,
        "spikes": [list(v) for v in spikes],
    }
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "gate_order.json"), "w") as f:
        json.dump(golden, f, indent=1)
    print([len(v) for v in spikes])


if __name__ == "__main__":
    main()
