#!/usr/bin/env python3
"""NEURON 8.2.2's Vector.play (step play at given times, step play every Dt, continuous play),
recorded at every fixed step.

Soma "a" (hh, L = diam = 20 um) has an IClamp whose amp is step-played at the times of tvec
(an equal-time pair and a time off the dt grid) and whose gnabar_hh is played every 2.5 ms;
soma "b" has an IClamp whose amp is played continuously (an equal-time pair, and times past the
last point, where NEURON extrapolates the last line); soma "c"'s amp is played continuously with
discontinuity indices (events only at the listed points). Writes play.json.

    /usr/bin/python3 make_play_golden.py ../../golden/events
"""
import json
import os
import sys

from neuron import h

SPEC = {
    "dt": 0.025, "tstop": 10, "v_init": -65,
    "soma": {"L": 20, "diam": 20, "Ra": 100, "mechanisms": ["hh"]},
    "step": {"target": "a IClamp amp", "t": [0, 1, 1.0125, 2.51, 5, 5, 7.3], "y": [0, 0.3, 0, 0.5, 0.1, 0.2, 0.0]},
    "every_dt": {"target": "a gnabar_hh", "dt": 2.5, "y": [0.12, 0.10, 0.14, 0.12]},
    "continuous": {"target": "b IClamp amp", "t": [0.5, 2, 2, 4.99, 7], "y": [0.1, 0.5, 0.2, 0.6, 0.0]},
    "discontinuous": {"target": "c IClamp amp", "t": [0, 1.5, 3, 3, 6.01, 8], "y": [0.0, 0.4, 0.1, 0.5, 0.3, 0.3],
                      "indices": [2, 3]},
}


def soma(name):
    s = h.Section(name=name)
    s.L, s.diam, s.Ra = SPEC["soma"]["L"], SPEC["soma"]["diam"], SPEC["soma"]["Ra"]
    s.insert("hh")
    clamp = h.IClamp(s(0.5))
    clamp.delay, clamp.dur, clamp.amp = 0, 1e9, 0
    return s, clamp


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "golden", "events")
    a, clamp_a = soma("a")
    b, clamp_b = soma("b")
    step_t, step_y = h.Vector(SPEC["step"]["t"]), h.Vector(SPEC["step"]["y"])
    step_y.play(clamp_a._ref_amp, step_t)
    every_y = h.Vector(SPEC["every_dt"]["y"])
    every_y.play(a(0.5).hh._ref_gnabar, SPEC["every_dt"]["dt"])
    cont_t, cont_y = h.Vector(SPEC["continuous"]["t"]), h.Vector(SPEC["continuous"]["y"])
    cont_y.play(clamp_b._ref_amp, cont_t, 1)
    c, clamp_c = soma("c")
    disc = SPEC["discontinuous"]
    disc_t, disc_y, disc_i = h.Vector(disc["t"]), h.Vector(disc["y"]), h.Vector(disc["indices"])
    disc_y.play(clamp_c._ref_amp, disc_t, disc_i)
    columns = {
        "t": h._ref_t, "a.v": a(0.5)._ref_v, "a.amp": clamp_a._ref_amp, "a.gnabar": a(0.5).hh._ref_gnabar,
        "b.v": b(0.5)._ref_v, "b.amp": clamp_b._ref_amp,
        "c.v": c(0.5)._ref_v, "c.amp": clamp_c._ref_amp,
    }
    recorded = {}
    for name, ref in columns.items():
        recorded[name] = h.Vector()
        recorded[name].record(ref)
    h.load_file("stdrun.hoc")
    h.dt = SPEC["dt"]
    h.cvode_active(0)
    h.finitialize(SPEC["v_init"])
    h.continuerun(SPEC["tstop"])
    golden = dict(SPEC)
    golden["what"] = "Vector.play into IClamp.amp and gnabar_hh, every fixed step"
    golden["neuron_version"] = h.nrnversion()
    golden["trace"] = {k: list(v) for k, v in recorded.items()}
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "play.json"), "w") as f:
        json.dump(golden, f, indent=1)
    print({k: len(v) for k, v in recorded.items()})


if __name__ == "__main__":
    main()
