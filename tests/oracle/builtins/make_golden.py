#!/usr/bin/python3
"""Golden reference traces of NEURON's built-in mechanisms, for our own tests.

    /usr/bin/python3 tests/oracle/builtins/make_golden.py [--out DIR] [--record-dt 0.1]

For every built-in <Name> covered by protocols.py, writes into DIR/<Name>/ (default
tests/golden/builtins):
  <protocol>.csv          t and every recorded column that changes, sampled every
                          record_dt ms, numbers written with repr (shortest exact
                          round trip); columns that never change are listed with
                          their value under constant_columns in meta.json
  <protocol>.spikes.json  output event times (protocols with artificial cells / NetCons)
  meta.json               NEURON's version, dt, record_dt, v_init and for each protocol
                          its model description, tstop and file names
  rates.json              (hh only) rates(v) with and without its TABLE, and vtrap
  erand_stream.json       (NetStim only) the legacy random stream after seed(s)
  standard/               the shared oracle's neuron_trace.py protocol (its CSV files are
                          written with 10 significant digits; see its meta.json)
Only NEURON's built-ins run here; the library of our renamed copies is loaded
solely because neuron_trace.py requires one.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nrnsetup  # noqa: E402
import protocols  # noqa: E402


def write_csv(path, cols):
    names = list(cols)
    rows = len(cols["t"])
    with open(path, "w") as fh:
        fh.write(",".join(names) + "\n")
        for k in range(rows):
            fh.write(",".join(repr(cols[n][k]) for n in names) + "\n")


def run(h, protocol, tstop, record_dt):
    """The protocol with the built-ins; the model is freed on return."""
    nrnsetup.reset(h)
    rec = protocols.Recorder(h, record_dt)
    setup = protocol(h, lambda n: n, rec)
    celsius = h.celsius
    cols, spikes = rec.run(tstop)
    return setup, celsius, cols, spikes


def hh_rates(h, path):
    """hh's rates(v) through its TABLE (usetable_hh 1) and computed directly (0), at two
    temperatures, on and between table points and outside the table's range; and vtrap."""
    cases, vtrap = protocols.hh_rates(h, "hh")
    out = {"what": "hh GLOBALs after h.rates_hh(v)", "voltages": protocols.HH_RATE_VOLTAGES, "cases": cases,
           "vtrap": [{"x": x, "y": y, "vtrap": r} for (x, y), r in zip(protocols.VTRAP_ARGS, vtrap)]}
    with open(path, "w") as fh:
        json.dump(out, fh, indent=1)
        fh.write("\n")


def random_stream(h, path):
    """The legacy shared random stream behind NetStim's noise: NetStim.erand() (= exprand(1))
    right after seed(s), for a few seeds, with the built-in NetStim."""
    ns = h.NetStim()
    streams = {}
    for seed in (1, 12345, 4294967295):
        ns.seed(seed)
        streams[str(seed)] = [ns.erand() for _ in range(50)]
    with open(path, "w") as fh:
        json.dump({"what": "NetStim.erand() values drawn right after NetStim.seed(key), built-in NetStim",
                   "use_mcell_ran4": h.use_mcell_ran4(), "neuron_version": h.nrnversion(),
                   "streams": streams}, fh, indent=1)
        fh.write("\n")


def standard_trace(oracle, lib, name, out, record_dt):
    """neuron_trace.py --mech name into out; its meta.json's machine-specific library path is dropped."""
    os.makedirs(out, exist_ok=True)
    cmd = [sys.executable, os.path.join(oracle, "neuron_trace.py"), "--lib", lib, "--mech", name,
           "--out", out, "--record-dt", str(record_dt)]
    res = subprocess.run(cmd, capture_output=True, text=True, cwd=out)
    meta_path = os.path.join(out, "meta.json")
    if res.returncode != 0 or not os.path.exists(meta_path):
        sys.exit(f"error: neuron_trace.py --mech {name} failed ({res.returncode}):\n{res.stderr}")
    with open(meta_path) as fh:
        meta = json.load(fh)
    meta["lib"] = "NEURON built-in"
    with open(meta_path, "w") as fh:
        json.dump(meta, fh, indent=1)
        fh.write("\n")
    return meta.get("protocol")


def main(scratch):
    root = nrnsetup.repo_root()
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--out", default=os.path.join(root, "tests", "golden", "builtins"))
    ap.add_argument("--record-dt", type=float, default=0.1)
    ap.add_argument("--only", nargs="*", help="built-ins to regenerate (default: all)")
    args = ap.parse_args()

    unknown = sorted(set(args.only or []) - set(protocols.PROTOCOLS))
    if unknown:
        sys.exit(f"error: no protocol for {', '.join(unknown)}; known: {', '.join(protocols.PROTOCOLS)}")
    oracle = nrnsetup.shared_oracle()
    work = os.path.join(scratch, "mod")
    lib, _ = nrnsetup.compile_renamed(os.path.join(root, "mod"), work)
    h = nrnsetup.neuron()

    for name, plist in protocols.PROTOCOLS.items():
        if args.only and name not in args.only:
            continue
        out = os.path.join(args.out, name)
        os.makedirs(out, exist_ok=True)
        meta = {"mechanism": name, "neuron_version": h.nrnversion(), "dt": protocols.DT,
                "v_init": protocols.V_INIT, "record_dt": args.record_dt, "protocols": {}}
        for pid, protocol, tstop in plist:
            setup, celsius, cols, spikes = run(h, protocol, tstop, args.record_dt)
            constant = {n: c[0] for n, c in cols.items() if n != "t" and len(set(c)) == 1}
            cols = {n: c for n, c in cols.items() if n not in constant}
            entry = {"setup": setup, "celsius": celsius, "tstop": tstop, "constant_columns": constant}
            if len(cols) > 1:
                entry.update(csv=f"{pid}.csv", rows=len(cols["t"]), columns=list(cols))
                write_csv(os.path.join(out, f"{pid}.csv"), cols)
            if spikes:
                entry["spikes"] = f"{pid}.spikes.json"
                with open(os.path.join(out, entry["spikes"]), "w") as fh:
                    json.dump(spikes, fh, indent=1)
                    fh.write("\n")
            meta["protocols"][pid] = entry
        if name == "hh":
            hh_rates(h, os.path.join(out, "rates.json"))
            meta["rates"] = "rates.json"
        if name == "NetStim":
            random_stream(h, os.path.join(out, "erand_stream.json"))
            meta["random_stream"] = "erand_stream.json"
        meta["standard_protocol"] = standard_trace(oracle, lib, name, os.path.join(out, "standard"),
                                                   args.record_dt)
        with open(os.path.join(out, "meta.json"), "w") as fh:
            json.dump(meta, fh, indent=1)
            fh.write("\n")
        print("wrote", out, flush=True)
    return 0


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="nrn_oracle_") as scratch:
        rc = main(scratch)
    sys.stdout.flush()
    os._exit(rc)
