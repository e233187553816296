#!/usr/bin/python3
"""NEURON's side of the whole-simulation benchmark (fixed step, dt = 0.025 ms).

    python3 bench_neuron.py [--cells 1000] [--repeat 1] [--json]
    python3 bench_neuron.py --scenario soma|cable --config default|cache|threads2|cache+threads2 [--cells N] [--json]

Scenarios (the model is specified in docs/nrniv.md so that the C# side builds the same one):
  soma   one HH soma, L = diam = 20 um, IClamp 0.2 nA from 1 ms on, 10 s of model time
  cable  N cells (default 1000), each an HH soma plus a passive 200-segment dendrite, IClamp
         0.3 nA from 5 to 95 ms on every soma, 100 ms of model time
Configurations of NEURON (each run in its own process so no setting leaks into another):
  default          what h.continuerun does out of the box
  cache            CVode().cache_efficient(1)
  threads2         ParallelContext().nthread(2)
  cache+threads2   both
Without --scenario the script runs soma/default and cable in every configuration.
Only the integration (continuerun after finitialize) is timed, as wall-clock and as CPU time of
the process (all threads); the 1-minute load average before and after tells whether other work
shared the machine. Nothing is recorded except the
soma voltage of the first cell, from which the number of spikes (upward crossings of 0 mV) is
counted as a check that the model fired.
Output: one human line per run on stderr; with --json one JSON document on stdout.
"""
import argparse, json, os, subprocess, sys, time

DT = 0.025
CONFIGS = ("default", "cache", "threads2", "cache+threads2")


def parse():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scenario", choices=("soma", "cable"))
    ap.add_argument("--config", choices=CONFIGS, default="default")
    ap.add_argument("--cells", type=int, default=1000, help="number of cells of the cable scenario")
    ap.add_argument("--repeat", type=int, default=1, help="runs per measurement; the fastest is reported")
    ap.add_argument("--json", action="store_true", help="print the results as JSON on stdout")
    args = ap.parse_args()
    if args.cells < 1:
        ap.error(f"--cells must be at least 1, got {args.cells}")
    if args.repeat < 1:
        ap.error(f"--repeat must be at least 1, got {args.repeat}")
    return args


def hh_soma(h, name):
    soma = h.Section(name=name)
    soma.L = soma.diam = 20
    soma.nseg = 1
    soma.Ra = 35.4
    soma.cm = 1
    soma.insert("hh")
    return soma


def build_soma(h):
    soma = hh_soma(h, "soma")
    ic = h.IClamp(soma(0.5))
    ic.delay, ic.dur, ic.amp = 1, 1e9, 0.2
    return {"sections": [soma], "stims": [ic], "probe": soma(0.5)}, 10000.0


def build_cable(h, cells):
    sections, stims = [], []
    for k in range(cells):
        soma = hh_soma(h, f"soma_{k}")
        dend = h.Section(name=f"dend_{k}")
        dend.L, dend.diam, dend.nseg, dend.Ra, dend.cm = 500, 1, 200, 35.4, 1
        dend.insert("pas")
        for seg in dend:
            seg.pas.g, seg.pas.e = 1e-4, -65
        dend.connect(soma(1), 0)
        ic = h.IClamp(soma(0.5))
        ic.delay, ic.dur, ic.amp = 5, 90, 0.3
        sections += [soma, dend]
        stims.append(ic)
    return {"sections": sections, "stims": stims, "probe": sections[0](0.5)}, 100.0


def configure(h, config):
    if "cache" in config:
        h.CVode().cache_efficient(1)
    if "threads2" in config:
        h.ParallelContext().nthread(2)


def spikes(v):
    return sum(1 for i in range(1, len(v)) if v[i - 1] < 0 <= v[i])


def run_one(scenario, config, cells, repeat):
    from neuron import h
    h.load_file("stdrun.hoc")
    h.dt = DT
    h.steps_per_ms = 1 / DT
    h.celsius = 6.3
    h.cvode_active(0)
    model, tstop = build_soma(h) if scenario == "soma" else build_cable(h, cells)
    configure(h, config)
    h.tstop = tstop
    v = h.Vector().record(model["probe"]._ref_v)
    load_before = os.getloadavg()[0]
    best = None
    for _ in range(repeat):
        h.finitialize(-65)
        start, cpu_start = time.perf_counter(), time.process_time()
        h.continuerun(tstop)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        if best is None or wall < best[0]:
            best = (wall, cpu)
    steps = int(round(tstop / DT))
    compartments = sum(sec.nseg for sec in model["sections"])
    return {
        "scenario": scenario, "config": config, "cells": 1 if scenario == "soma" else cells,
        "compartments": compartments, "tstop_ms": tstop, "dt_ms": DT, "steps": steps,
        "threads": int(h.ParallelContext().nthread()), "cache_efficient": int(h.CVode().cache_efficient()),
        "wall_s": best[0], "cpu_s": best[1], "repeat": repeat,
        "compartment_steps_per_s": compartments * steps / best[0],
        "compartment_steps_per_cpu_s": compartments * steps / best[1],
        "us_per_step": best[0] / steps * 1e6,
        "loadavg_1min_before": load_before, "loadavg_1min_after": os.getloadavg()[0],
        "probe_spikes": spikes(v.as_numpy()), "probe_v_final_mV": v.x[int(v.size()) - 1],
        "neuron_version": h.nrnversion(),
    }


def human(r):
    return (f"NEURON {r['scenario']:5s} {r['config']:15s} cells={r['cells']:<5d} compartments={r['compartments']:<7d} "
            f"steps={r['steps']:<6d} wall={r['wall_s']:.3f} s  {r['compartment_steps_per_s'] / 1e6:.2f} M compartment-steps/s  "
            f"{r['us_per_step']:.2f} us/step  cpu={r['cpu_s']:.3f} s  load={r['loadavg_1min_before']:.1f}  spikes(probe)={r['probe_spikes']}")


def run_child(scenario, config, cells, repeat):
    cmd = [sys.executable, os.path.abspath(__file__), "--scenario", scenario, "--config", config,
           "--cells", str(cells), "--repeat", str(repeat), "--json"]
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout
    return json.loads(out)["runs"][0]


def main():
    args = parse()
    if args.scenario:
        runs = [run_one(args.scenario, args.config, args.cells, args.repeat)]
    else:
        plan = [("soma", "default")] + [("cable", c) for c in CONFIGS]
        runs = []
        for scenario, config in plan:
            runs.append(run_child(scenario, config, args.cells, args.repeat))
            print(human(runs[-1]), file=sys.stderr, flush=True)
    if args.scenario:
        print(human(runs[0]), file=sys.stderr, flush=True)
    if args.json:
        doc = {"machine": {"cpus": os.cpu_count()}, "runs": runs}
        print(json.dumps(doc, indent=1))
    return 0


if __name__ == "__main__":
    rc = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(rc)
