#!/usr/bin/env python3
"""Differential test data: random token edits of valid files, judged by NEURON's nocmodl.

Seeds are hhlike.mod (next to this script) and Debian's ten NEURON demos. Each mutant deletes,
duplicates or swaps tokens (fixed seed) and is described by its seed, operation and character
offsets, so the test rebuilds it without storing the text. nocmodl's verdict and the end of
its reason (or that it crashed) go to nocmodl_mutants.json. Regenerate with:  python3 nocmodl_mutants.py
"""
import json
import os
import random
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEMOS = "/usr/share/nrn/demo/release"
DEMO_NAMES = ["cabpump", "cachan1", "camchan", "capump", "invlfire", "khhchan", "mcna", "nacaex", "nachan", "release"]
SEEDS = {"hhlike.mod": os.path.join(HERE, "hhlike.mod"), **{f"{n}.mod": os.path.join(DEMOS, f"{n}.mod") for n in DEMO_NAMES}}
PER_SEED = 150
TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*'*|\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?"
                   r"|<->|<<|->|<=|>=|==|!=|&&|\|\||\S")


def mutate(text, op, s, e, s2, e2):
    if op == "delete":
        return text[:s] + text[e:]
    if op == "duplicate":
        return text[:e] + " " + text[s:e] + text[e:]
    return text[:s] + text[s2:e2] + text[e:s2] + text[s:e] + text[e2:]


def nocmodl(text):
    """(accepted, crashed, reason): nocmodl's verdict, whether it died on a signal, its first errors."""
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "m.mod"), "w", newline="") as f:
            f.write(text)
        run = subprocess.run(["nocmodl", "m.mod"], cwd=tmp, capture_output=True, text=True, timeout=60)
        accepted = run.returncode == 0 and os.path.exists(os.path.join(tmp, "m.c"))
        lines = [line.strip() for line in (run.stdout + run.stderr).splitlines() if line.strip()]
        errors = [line for line in lines if not line.startswith(("Translating", "Notice", "Warning", "Thread Safe"))]
        return accepted, run.returncode < 0, " ".join(errors[:2])[:80]


def main():
    rnd = random.Random(5)
    cases = []
    for name, path in SEEDS.items():
        with open(path, newline="") as f:
            text = f.read()
        tokens = [m.span() for m in TOKEN.finditer(text)]
        for _ in range(PER_SEED):
            op = rnd.choice(["delete", "duplicate", "swap"])
            (s, e), (s2, e2) = rnd.choice(tokens), rnd.choice(tokens)
            if op == "swap":
                if s2 < s:
                    s, e, s2, e2 = s2, e2, s, e
                if e > s2:
                    continue
            accepted, crashed, reason = nocmodl(mutate(text, op, s, e, s2, e2))
            case = {"seed": name, "op": op, "s": s, "e": e, "s2": s2, "e2": e2, "nocmodl_accepts": accepted}
            if crashed:
                case["nocmodl_crashed"] = True
            elif not accepted:
                case["nocmodl_reason"] = reason
            cases.append(case)
    with open(os.path.join(HERE, "nocmodl_mutants.json"), "w") as f:
        f.write("[\n" + ",\n".join(json.dumps(c) for c in cases) + "\n]\n")
    print(f"{len(cases)} mutants, {sum(c['nocmodl_accepts'] for c in cases)} accepted by nocmodl")


if __name__ == "__main__":
    main()
