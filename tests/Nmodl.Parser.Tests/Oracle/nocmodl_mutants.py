#!/usr/bin/env python3
"""Differential test data: random token edits of valid files, judged by NEURON's nocmodl.

Seeds are hhlike.mod (next to this script) and three of Debian's NEURON demos. Each mutant deletes,
duplicates or swaps tokens (fixed seed) and is described by its seed, operation and character
offsets, so the test rebuilds it without storing the text. nocmodl's verdict and the end of
its reason go to nocmodl_mutants.json. Regenerate with:  python3 nocmodl_mutants.py
"""
import json
import os
import random
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEMOS = "/usr/share/nrn/demo/release"
SEEDS = {
    "hhlike.mod": os.path.join(HERE, "hhlike.mod"),
    "khhchan.mod": os.path.join(DEMOS, "khhchan.mod"),
    "cabpump.mod": os.path.join(DEMOS, "cabpump.mod"),
    "nacaex.mod": os.path.join(DEMOS, "nacaex.mod"),
}
PER_SEED = 250
TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*'*|\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?"
                   r"|<->|<<|->|<=|>=|==|!=|&&|\|\||\S")


def mutate(text, op, s, e, s2, e2):
    if op == "delete":
        return text[:s] + text[e:]
    if op == "duplicate":
        return text[:e] + " " + text[s:e] + text[e:]
    return text[:s] + text[s2:e2] + text[e:s2] + text[s:e] + text[e2:]


def nocmodl(text):
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "m.mod"), "w", newline="") as f:
            f.write(text)
        run = subprocess.run(["nocmodl", "m.mod"], cwd=tmp, capture_output=True, text=True, timeout=60)
        accepted = run.returncode == 0 and os.path.exists(os.path.join(tmp, "m.c"))
        lines = [line.strip() for line in (run.stdout + run.stderr).splitlines() if line.strip()]
        errors = [line for line in lines if not line.startswith(("Translating", "Notice", "Warning", "Thread Safe"))]
        return accepted, " ".join(errors[:2])[:120]


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
            accepted, message = nocmodl(mutate(text, op, s, e, s2, e2))
            cases.append({"seed": name, "op": op, "s": s, "e": e, "s2": s2, "e2": e2,
                          "nocmodl_accepts": accepted, "nocmodl_reason": message})
    with open(os.path.join(HERE, "nocmodl_mutants.json"), "w") as f:
        f.write("[\n" + ",\n".join(json.dumps(c) for c in cases) + "\n]\n")
    print(f"{len(cases)} mutants, {sum(c['nocmodl_accepts'] for c in cases)} accepted by nocmodl")


if __name__ == "__main__":
    main()
