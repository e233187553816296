#!/usr/bin/env python3
"""What NEURON 8.2.2's Vector.record(ref, Dt) samples when NetCon and self events fall on (or a few
ulps beside) its sampling times. NEURON samples with events of its own queue, at 0, then each
previous sampling time plus Dt (so 0.1 + 0.1 + ... drifts off the decimal grid), delivered in time
order with every other event; which of two events at the same time comes first is its queue's order.

Model: a passive soma, ExpSyn(0.5), NetStim (start 5, interval 10, number 5) -> NetCon (weight
0.01), dt 0.025, finitialize(-65), continuerun(50). For each case (sampling interval, NetCon
delay) the golden file holds the sampled ExpSyn g, soma v and t.

Usage (from this folder): /usr/bin/python3 make_record_events_golden.py ../golden/record_events_golden.json
"""
import json
import sys

from neuron import h

h.load_file("stdrun.hoc")

CASES = [
    # The reproduction of the bug: at 20, 25, 35, 45 ms the accumulated sampling time lies a few
    # ulps above the NetStim's event, so the sample shows the state after the event.
    ("dt_0.1_delay_0", 0.1, 0.0),
    # Sums of 0.5 are exact: samples tie with the NetStim's events (sampling event queued first).
    ("dt_0.5_delay_0", 0.5, 0.0),
    # ... and with the NetCon's delayed events (NetCon event queued first).
    ("dt_0.5_delay_1", 0.5, 1.0),
    ("dt_0.025_delay_0", 0.025, 0.0),
    ("dt_0.3_delay_0.2", 0.3, 0.2),
    # Several samples per step.
    ("dt_0.01_delay_0", 0.01, 0.0),
]


def run(dt_record, delay):
    soma = h.Section(name="soma")
    soma.insert("pas")
    syn = h.ExpSyn(soma(0.5))
    stim = h.NetStim()
    stim.start = 5
    stim.interval = 10
    stim.number = 5
    nc = h.NetCon(stim, syn)
    nc.delay = delay
    nc.weight[0] = 0.01
    g = h.Vector().record(syn._ref_g, dt_record)
    v = h.Vector().record(soma(0.5)._ref_v, dt_record)
    t = h.Vector().record(h._ref_t, dt_record)
    h.dt = 0.025
    h.finitialize(-65)
    h.continuerun(50)
    return {"dt_record": dt_record, "delay": delay, "g": list(g), "v": list(v), "t": list(t)}


def main():
    out = {"neuron_version": h.nrnversion(), "cases": {}}
    for name, dt_record, delay in CASES:
        out["cases"][name] = run(dt_record, delay)
    with open(sys.argv[1], "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


main()
