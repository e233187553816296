#!/usr/bin/python3
"""NEURON's side of the whole-simulation benchmark (fixed step, dt = 0.025 ms).

    python3 bench_neuron.py [--cells 1000] [--repeat 1] [--json]
    python3 bench_neuron.py --scenario soma|cable --config default|cache|threads2|cache+threads2 [--cells N] [--json]

Scenarios, built from models.json beside this script (the C# side reads the same file;
docs/nrniv.md explains it):
  soma   one HH soma, L = diam = 20 um, IClamp 0.2 nA from 1 ms on, 10 s of model time
  cable  N cells (--cells, default 1000), each an HH soma plus a passive 200-segment dendrite,
         IClamp 0.3 nA from 5 to 95 ms on every soma, 100 ms of model time
Configurations of NEURON (each run in its own process so no setting leaks into another):
  default          what h.continuerun does out of the box
  cache            CVode().cache_efficient(1)
  threads2         ParallelContext().nthread(2)
  cache+threads2   both
Without --scenario the script runs soma/default and cable in every configuration.
Only the integration (continuerun after finitialize) is timed, as wall-clock and as CPU time of
the process (all threads); the 1-minute load average before and after tells whether other work
shared the machine. Nothing is recorded except the probe (soma voltage of the first cell) at
every step; its number of spikes (upward crossings of 0 mV) and last value are checked against
the values models.json gives (check_ok), so a run that timed a wrong model shows.
Output: one human line per run on stderr; with --json one JSON document on stdout.
Exit status: 0 when every run passed its check, 1 when one did not, 2 on bad arguments.
"""
import argparse, json, math, os, subprocess, sys, time

MODELS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "models.json")
CONFIGS = ("default", "cache", "threads2", "cache+threads2")


def parse():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scenario", choices=("soma", "cable"))
    ap.add_argument("--config", choices=CONFIGS, default="default")
    ap.add_argument("--cells", type=int, default=None, help="number of cells (default: the scenario's, 1000 for cable)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per measurement; the fastest is reported")
    ap.add_argument("--json", action="store_true", help="print the results as JSON on stdout")
    args = ap.parse_args()
    if args.cells is not None and args.cells < 1:
        ap.error(f"--cells must be at least 1, got {args.cells}")
    if args.repeat < 1:
        ap.error(f"--repeat must be at least 1, got {args.repeat}")
    return args


def load_models():
    with open(MODELS) as fh:
        return json.load(fh)


def make_section(h, name, spec):
    sec = h.Section(name=name)
    sec.L, sec.diam, sec.nseg, sec.Ra, sec.cm = spec["L"], spec["diam"], spec["nseg"], spec["Ra"], spec["cm"]
    for mech, params in spec["mechanisms"].items():
        sec.insert(mech)
        for seg in sec:
            for param, value in params.items():
                setattr(getattr(seg, mech), param, value)
    return sec


def build(h, models, scenario, cells):
    """Builds `cells` copies of the scenario's cell; returns (sections, stimuli, probe segment)."""
    spec = models["scenarios"][scenario]
    sections, stims, probe = [], [], None
    for k in range(cells):
        cell = {name: make_section(h, f"{name}_{k}", models["sections"][name]) for name in spec["cell"]}
        for c in spec["connections"]:
            cell[c["child"]].connect(cell[c["parent"]](c["parent_x"]), c["child_x"])
        ic_spec = spec["iclamp"]
        ic = h.IClamp(cell[ic_spec["section"]](ic_spec["x"]))
        ic.delay, ic.dur, ic.amp = ic_spec["delay"], ic_spec["dur"], ic_spec["amp"]
        sections += cell.values()
        stims.append(ic)
        if probe is None:
            probe = cell[spec["probe"]["section"]](spec["probe"]["x"])
    return sections, stims, probe


def configure(h, config):
    if "cache" in config:
        h.CVode().cache_efficient(1)
    if "threads2" in config:
        h.ParallelContext().nthread(2)


def spikes(v):
    return sum(1 for i in range(1, len(v)) if v[i - 1] < 0 <= v[i])


def run_one(scenario, config, cells, repeat):
    from neuron import h
    models = load_models()
    common, spec = models["common"], models["scenarios"][scenario]
    h.load_file("stdrun.hoc")
    h.dt = common["dt_ms"]
    h.steps_per_ms = 1 / common["dt_ms"]
    h.celsius = common["celsius"]
    h.secondorder = common["secondorder"]
    h.cvode_active(0)
    cells = cells or spec["cells"]
    sections, stims, probe = build(h, models, scenario, cells)  # stims: IClamps live while referenced
    configure(h, config)
    tstop = spec["tstop_ms"]
    h.tstop = tstop
    v = h.Vector().record(probe._ref_v)
    load_before = os.getloadavg()[0]
    best = None
    for _ in range(repeat):
        h.finitialize(common["v_init_mV"])
        start, cpu_start = time.perf_counter(), time.process_time()
        h.continuerun(tstop)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        if best is None or wall < best[0]:
            best = (wall, cpu)
    steps = int(round(tstop / h.dt))
    compartments = sum(sec.nseg for sec in sections)
    spikes_seen, v_final = spikes(v.as_numpy()), v.x[int(v.size()) - 1]
    check = spec["check"]
    return {
        "scenario": scenario, "config": config, "cells": cells,
        "compartments": compartments, "tstop_ms": tstop, "dt_ms": h.dt, "steps": steps,
        "threads": int(h.ParallelContext().nthread()), "cache_efficient": int(h.CVode().cache_efficient()),
        "wall_s": best[0], "cpu_s": best[1], "repeat": repeat,
        "compartment_steps_per_s": compartments * steps / best[0],
        "compartment_steps_per_cpu_s": compartments * steps / best[1],
        "us_per_step": best[0] / steps * 1e6,
        "loadavg_1min_before": load_before, "loadavg_1min_after": os.getloadavg()[0],
        "probe_spikes": spikes_seen, "probe_v_final_mV": v_final,
        "check_ok": spikes_seen == check["probe_spikes"] and math.isclose(v_final, check["probe_v_final_mV"], rel_tol=1e-9),
        "neuron_version": h.nrnversion(),
    }


def human(r):
    return (f"NEURON {r['scenario']:5s} {r['config']:15s} cells={r['cells']:<5d} compartments={r['compartments']:<7d} "
            f"steps={r['steps']:<6d} wall={r['wall_s']:.3f} s  {r['compartment_steps_per_s'] / 1e6:.2f} M compartment-steps/s  "
            f"{r['us_per_step']:.2f} us/step  cpu={r['cpu_s']:.3f} s  load={r['loadavg_1min_before']:.1f}  spikes(probe)={r['probe_spikes']}  check={'ok' if r['check_ok'] else 'MISMATCH'}")


def run_child(scenario, config, cells, repeat):
    cmd = [sys.executable, os.path.abspath(__file__), "--scenario", scenario, "--config", config,
           "--repeat", str(repeat), "--json"] + (["--cells", str(cells)] if cells else [])
    child = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if child.returncode != 0:
        sys.exit(f"bench_neuron.py: the {scenario}/{config} run failed (exit {child.returncode}):\n{child.stderr}")
    return json.loads(child.stdout)["runs"][0]


def main():
    args = parse()
    if args.scenario:
        plan = [(args.scenario, args.config, args.cells)]
    else:
        plan = [("soma", "default", None)] + [("cable", c, args.cells) for c in CONFIGS]
    runs = []
    for scenario, config, cells in plan:
        if args.scenario:
            runs.append(run_one(scenario, config, cells, args.repeat))
        else:
            runs.append(run_child(scenario, config, cells, args.repeat))
        print(human(runs[-1]), file=sys.stderr, flush=True)
    if args.json:
        doc = {"machine": {"cpus": os.cpu_count()}, "runs": runs}
        print(json.dumps(doc, indent=1))
    return 0 if all(r["check_ok"] for r in runs) else 1


if __name__ == "__main__":
    rc = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(rc)
