#!/usr/bin/env python3
"""NEURON 8.2.2's NetCon.event(t) and NetCon.event(t, flag), Vector.play of a statement, and
PatternStim's fake_output, for the C# forms nc.Event, Vector.Play(sim, callback, ...) and
PatternStim's nrn_fake_fire. Writes api.json.

netcon_event: NetStim a (start 2, interval 5, number 3) gets a fake flag-1 self-event at 4.3
(an extra spike that also starts a second chain) and, from a second NetCon with weight -1, an
event at 12.2 that stops it; NetStim b (start -1, so idle) is started by an event at 3.05 from
a NetCon with weight 1; an event at 10.5 with flag 1 is sent to a in mid-run (after
continuerun(10)); an inactive NetCon's event(7) to an ExpSyn is dropped; NetCon.event(t, flag) to the ExpSyn
is refused by NEURON (an artificial cell only).

play_callback: play("stmt with $1", tvec) with an equal pair and a time off the dt grid, and
play("stmt", Dt); each call logs (t, $1).

fake_output: hh cell a has gid 0 (pc.cell), b has an ExpSyn reached by gid_connect(0) and
gid_connect(5); a PatternStim plays 150 pairs of gid 5 (weight 0, so only their grouping
matters) and then gid 0 at 5 and 7.5, with fake_output 0 and 1: NEURON 8.2.2 sends nothing
for gid 0 either way (no record, no spike_record entry, g stays 0), while gid 5 pairs reach b.

    /usr/bin/python3 make_api_golden.py ../../golden/events
"""
import json
import os
import sys

from neuron import h

PC = h.ParallelContext()
LOG = []


def netcon_event():
    a, b = h.NetStim(), h.NetStim()
    a.start, a.interval, a.number, a.noise = 2, 5, 3, 0
    b.start, b.interval, b.number, b.noise = -1, 4, 3, 0
    fake = h.NetCon(None, a)
    stop = h.NetCon(None, a)
    stop.weight[0] = -1
    kick = h.NetCon(None, b)
    kick.weight[0] = 1
    soma = h.Section(name="soma")
    soma.L = soma.diam = 20
    soma.insert("pas")
    syn = h.ExpSyn(soma(0.5))
    quiet = h.NetCon(None, syn)
    quiet.weight[0] = 0.01
    quiet.active(0)
    ta, tb = h.Vector(), h.Vector()
    ra, rb = h.NetCon(a, None), h.NetCon(b, None)
    ra.record(ta)
    rb.record(tb)
    g = h.Vector().record(syn._ref_g)
    h.dt = 0.025
    h.finitialize(-65)
    fake.event(4.3, 1)
    stop.event(12.2)
    kick.event(3.05)
    quiet.event(7)
    loud = h.NetCon(None, syn)
    refused = False
    try:
        loud.event(8, 1)
    except RuntimeError:
        refused = True
    h.continuerun(10)
    fake.event(10.5, 1)
    h.continuerun(30)
    return {"a": list(ta), "b": list(tb), "inactive_g_max": g.max(), "flag_to_synapse_refused": refused}


def play_callback():
    here = h.Section(name="here")  # a statement runs with a currently accessed section
    h("objref play_log")
    h("play_log = new Vector()")
    h("proc play_note() { play_log.append(t, $1) }")
    tvec = h.Vector([0, 0.5, 1.2, 1.2, 2.0125])
    values = h.Vector([5, 6, 7, 8, 9])
    values.play("play_note($1)", tvec)
    h.dt = 0.025
    h.finitialize(-65)
    h.continuerun(3)
    at_times = list(h.play_log)
    values.play_remove()
    h.play_log.resize(0)
    dt_values = h.Vector([1, 2, 3])
    dt_values.play("play_note($1)", 0.1)
    h.finitialize(-65)
    h.continuerun(0.35)
    every_dt = list(h.play_log)
    dt_values.play_remove()
    del here
    return {"times": [0, 0.5, 1.2, 1.2, 2.0125], "values": [5, 6, 7, 8, 9], "log": at_times,
            "dt": 0.1, "dt_values": [1, 2, 3], "dt_log": every_dt}


def fake_output(flag):
    a = h.Section(name="a")
    b = h.Section(name="b")
    for s in (a, b):
        s.L = s.diam = 20
        s.insert("hh")
    PC.set_gid2node(0, PC.id())
    det = h.NetCon(a(0.5)._ref_v, None, sec=a)
    det.threshold = 0
    PC.cell(0, det)
    syn = h.ExpSyn(b(0.5))
    own = PC.gid_connect(0, syn)
    own.weight[0], own.delay = 0.01, 1
    other = PC.gid_connect(5, syn)
    other.weight[0], other.delay = 0.001, 1
    rec = h.Vector()
    det.record(rec)
    ps = h.PatternStim()
    ps.fake_output = flag
    times = [0.01 * i for i in range(150)] + [5, 7.5]
    gids = [5] * 150 + [0, 0]
    ps.play(h.Vector(times), h.Vector(gids))
    st, si = h.Vector(), h.Vector()
    PC.spike_record(-1, st, si)
    g = h.Vector().record(syn._ref_g)
    h.dt = 0.025
    h.finitialize(-65)
    h.continuerun(12)
    result = {"fake_output": flag, "record": list(rec), "spike_t": list(st), "spike_id": list(si),
              "g": list(g)}
    PC.gid_clear()
    return result


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "golden", "events")
    h.load_file("stdrun.hoc")
    golden = {"netcon_event": netcon_event()}
    golden["play_callback"] = play_callback()
    golden["fake_output"] = [fake_output(0), fake_output(1)]
    with open(os.path.join(out, "api.json"), "w") as f:
        json.dump(golden, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
