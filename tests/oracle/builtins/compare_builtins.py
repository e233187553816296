#!/usr/bin/python3
"""Proves that our mod/ files reproduce NEURON's built-in mechanisms, inside NEURON.

    /usr/bin/python3 tests/oracle/builtins/compare_builtins.py [--out FILE] [--keep DIR]

Copies mod/ to a temporary folder, renames every mechanism <Name> -> <Name>_ours
so that it can live next to NEURON's built-in, compiles it with NEURON's nrnivmodl,
then runs every protocol of protocols.py twice in one NEURON process: with the
built-in and with ours (only the mechanism under test is swapped). v, every
PARAMETER/ASSIGNED/STATE of the mechanism and output spike times are recorded at
every time step and compared.

Writes tests/golden/builtins/comparison.json: per mechanism and protocol the
largest absolute and relative difference, the column where it occurs, and
whether the two runs are bit-identical. Exit status 1 if any difference
exceeds the tolerance (1e-9 absolute on values, 0 on spike counts).
"""
import argparse
import json
import math
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nrnsetup  # noqa: E402
import protocols  # noqa: E402

TOLERANCE = 1e-9

# Explanations of results that are not bit-identical, written next to them.
NOTES = {
    ("Exp2Syn", "two_synapses"):
        "Not a property of the mod file: NEURON adds the currents of a node's mechanisms to its "
        "right-hand side in mechanism-type order, built-ins first (pas 4, IClamp 7, AlphaSynapse 8, "
        "ExpSyn 9, Exp2Syn 10, SEClamp 11, VClamp 12, APCount 14, hh 17, then loaded mod files). "
        "With two synapses and hh on one node the built-in sums -a-b-hh, our renamed copy (loaded "
        "after hh) sums -hh-a-b; the last-bit difference grows through the spikes. With a single "
        "synapse (Exp2Syn/netstim) or a passive soma the traces are bit-identical.",
}


def run(h, protocol, tstop, use):
    nrnsetup.reset(h)
    rec = protocols.Recorder(h)
    protocol(h, use, rec)
    return rec.run(tstop)


def compare_columns(ref, ours):
    worst = {"max_abs_diff": 0.0, "max_rel_diff": 0.0, "column": None, "t": None}
    identical = True
    missing = sorted(set(ref) ^ set(ours))
    for col, a in ref.items():
        b = ours.get(col)
        if b is None:
            continue
        if len(a) != len(b):
            missing.append(f"{col} (length {len(a)} vs {len(b)})")
            continue
        for k, (x, y) in enumerate(zip(a, b)):
            if x == y or (math.isnan(x) and math.isnan(y)):
                continue
            identical = False
            d = abs(x - y) if math.isfinite(x) and math.isfinite(y) else math.inf
            if d > worst["max_abs_diff"]:
                worst.update(max_abs_diff=d, column=col, t=ref["t"][k])
            r = d / max(abs(x), abs(y))
            worst["max_rel_diff"] = max(worst["max_rel_diff"], r)
    worst["identical"] = identical
    worst["columns"] = len(ref)
    worst["steps"] = len(ref["t"])
    if missing:
        worst["mismatched_columns"] = missing
    return worst


def interface(h, name, suffix_from, suffix_to):
    """What hoc and Python see of a mechanism: variables with sizes and defaults per
    MechanismStandard kind, and (point processes, artificial cells) the callable members."""
    out = {}
    for vartype, kind in ((-1, "globals"), (1, "parameters"), (2, "assigned"), (3, "states"), (0, "all")):
        ms = h.MechanismStandard(name, vartype)
        sref = h.ref("")
        items = []
        for i in range(int(ms.count())):
            size = int(ms.name(sref, i))
            var = sref[0]
            value = getattr(h, var) if vartype == -1 else (ms.get(var) if vartype != 0 else None)
            if suffix_from and var.endswith(suffix_from):
                var = var[: -len(suffix_from)] + suffix_to
            items.append([var, size, value])
        out[kind] = items
    try:
        obj = getattr(h, name)()
    except Exception:
        return out
    out["members"] = sorted(m for m in dir(obj) if not m.startswith("_"))
    return out


def compare_interface(h, mech, ours):
    ref = interface(h, mech, None, None)
    mine = interface(h, ours, "_" + ours, "_" + mech)
    diff = {}
    for kind in ref:
        if ref[kind] != mine.get(kind):
            diff[kind] = {"builtin": ref[kind], "ours": mine.get(kind)}
    if "members" in diff:
        a, b = set(ref["members"]), set(mine["members"])
        diff["members"] = {"missing_in_ours": sorted(a - b), "extra_in_ours": sorted(b - a)}
    return diff


def compare_spikes(ref, ours):
    out = {}
    for col, a in ref.items():
        b = ours.get(col, [])
        diff = max((abs(x - y) for x, y in zip(a, b)), default=0.0)
        out[col] = {"count_builtin": len(a), "count_ours": len(b), "max_time_diff": diff,
                    "identical": a == b}
    return out


def compare_hh_functions(h, ours):
    """rates(v) with and without the TABLE and vtrap(x, y), called directly from hoc."""
    nrnsetup.reset(h)
    ref_cases, ref_vtrap = protocols.hh_rates(h, "hh")
    our_cases, our_vtrap = protocols.hh_rates(h, ours)
    worst = max(abs(a - b) for rc, oc in zip(ref_cases, our_cases) for n in protocols.HH_RATE_NAMES
                for a, b in zip(rc["values"][n], oc["values"][n]))
    worst_vtrap = max(abs(a - b) for a, b in zip(ref_vtrap, our_vtrap))
    return {"calls": len(ref_cases) * len(protocols.HH_RATE_VOLTAGES) + len(ref_vtrap),
            "max_abs_diff": max(worst, worst_vtrap),
            "identical": ref_cases == our_cases and ref_vtrap == our_vtrap,
            "ok": max(worst, worst_vtrap) <= TOLERANCE}


def spike_summary(spikes):
    if not spikes:
        return ""
    counts = " ".join(f"{k}:{s['count_builtin']}/{s['count_ours']}" for k, s in spikes.items())
    worst = max(s["max_time_diff"] for s in spikes.values())
    return f" spikes builtin/ours {counts} max|dt|={worst:.3g}"


def main(scratch):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    root = nrnsetup.repo_root()
    ap.add_argument("--out", default=os.path.join(root, "tests", "golden", "builtins", "comparison.json"))
    ap.add_argument("--keep", help="compile in this folder and keep it (default: a temporary folder, removed at the end)")
    ap.add_argument("--only", nargs="*", help="mechanisms to compare (default: all)")
    ap.add_argument("--mod-dir", default=os.path.join(root, "mod"), help="folder of our .mod files (default: mod/)")
    args = ap.parse_args()

    unknown = sorted(set(args.only or []) - set(protocols.PROTOCOLS))
    if unknown:
        sys.exit(f"error: no protocol for {', '.join(unknown)}; known: {', '.join(protocols.PROTOCOLS)}")
    verbatim = [f for f in sorted(os.listdir(args.mod_dir))
                if f.endswith(".mod") and "VERBATIM" in open(os.path.join(args.mod_dir, f)).read().upper()]
    if verbatim:
        sys.exit(f"error: VERBATIM in {', '.join(verbatim)}: our built-ins must be pure NMODL")
    work = args.keep or os.path.join(scratch, "mod")
    so, renamed = nrnsetup.compile_renamed(args.mod_dir, work)
    h = nrnsetup.neuron()
    if not h.nrn_load_dll(so):
        sys.exit(f"error: NEURON could not load {so}")

    summary = {"neuron_version": h.nrnversion(), "dt": protocols.DT, "v_init": protocols.V_INIT,
               "tolerance_abs": TOLERANCE, "recorded": "every time step", "mechanisms": {}}
    failed = []
    for mech, plist in protocols.PROTOCOLS.items():
        if args.only and mech not in args.only:
            continue
        if mech not in renamed:
            sys.exit(f"error: no mod file in mod/ declares mechanism {mech}")
        entry = {}
        idiff = compare_interface(h, mech, renamed[mech])
        summary.setdefault("interface_differences", {})[mech] = idiff
        print(f"{mech:13s} interface      {'identical' if not idiff else idiff}", flush=True)
        if mech == "hh":
            entry["rates_and_vtrap"] = compare_hh_functions(h, renamed[mech])
            print(f"{mech:13s} rates/vtrap    {entry['rates_and_vtrap']}", flush=True)
            if not entry["rates_and_vtrap"]["ok"]:
                failed.append("hh/rates_and_vtrap")
        for pid, protocol, tstop in plist:
            ref_cols, ref_spk = run(h, protocol, tstop, lambda n: n)
            our_cols, our_spk = run(h, protocol, tstop, lambda n: renamed[n] if n == mech else n)
            res = compare_columns(ref_cols, our_cols)
            res["tstop"] = tstop
            if ref_spk:
                res["spikes"] = compare_spikes(ref_spk, our_spk)
            ok = (res["max_abs_diff"] <= TOLERANCE and "mismatched_columns" not in res
                  and all(s["count_builtin"] == s["count_ours"] and s["max_time_diff"] <= TOLERANCE
                          for s in res.get("spikes", {}).values()))
            res["ok"] = ok
            if (mech, pid) in NOTES:
                res["note"] = NOTES[(mech, pid)]
            entry[pid] = res
            if not ok:
                failed.append(f"{mech}/{pid}")
            status = "identical" if res["identical"] and ok else ("ok" if ok else "FAIL")
            print(f"{mech:13s} {pid:14s} {status:9s} max|diff|={res['max_abs_diff']:.3g} "
                  f"rel={res['max_rel_diff']:.3g} ({res['column']}){spike_summary(res.get('spikes', {}))}",
                  flush=True)
        summary["mechanisms"][mech] = entry
    if args.only and os.path.exists(args.out):
        # a partial run updates its mechanisms in the existing summary and keeps the others
        with open(args.out) as fh:
            previous = json.load(fh)
        for kind in ("mechanisms", "interface_differences"):
            previous.setdefault(kind, {}).update(summary.get(kind, {}))
        summary = previous
        failed = [f"{m}/{p}" for m, e in summary["mechanisms"].items() for p, r in e.items() if not r["ok"]]
    summary["failed"] = failed
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w") as fh:
        json.dump(summary, fh, indent=1, sort_keys=False)
        fh.write("\n")
    print("wrote", args.out)
    return 1 if failed else 0


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="nrn_oracle_") as scratch:
        rc = main(scratch)
    sys.stdout.flush()
    os._exit(rc)
