#!/usr/bin/python3
"""Writes names_golden.json: which names NEURON 8.2.2's nocmodl refuses to declare ("NAME is a
RESERVED WORD": the scopmath and NEURON functions a mod file may call without defining them),
where (PARAMETER, ASSIGNED, STATE, CONSTANT, FUNCTION, PROCEDURE, FUNCTION_TABLE refuse; a LOCAL
or a function argument may shadow them), and names it accepts. Usage: python3 make_names_golden.py
[OUTPUT]  (needs NEURON's nocmodl on PATH; OUTPUT defaults to names_golden.json beside this script)."""
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
# Every name of nocmodl's extdef table, and names that look alike but are free.
candidates = """first_time error f_flux b_flux fabs sqrt sin cos tan acos asin atan atan2 sinh cosh tanh floor
ceil fmod log10 log pow printf prterr exp threshold force deflate expfit derivs spline hyperbol revhyperbol
sigmoid revsigmoid harmonic squarewave sawtooth revsawtooth ramp pulse perpulse step perstep erf exprand
factorial gauss normrand poisrand poisson setseed scop_random boundary romberg legendre invert stepforce
schedule set_seed nrn_pointing state_discontinuity net_send net_move net_event nrn_random_play at_time
nrn_ghk erfc expm1 hypot mcell_ran4 unirand ghk delta_t first table steps""".split()

declarations = {
    "PARAMETER": "NEURON {{ SUFFIX nm RANGE y }}\nPARAMETER {{ {n} = 1 }}\nASSIGNED {{ y }}\nBREAKPOINT {{ y = {n} + 1 }}\n",
    "ASSIGNED": "NEURON {{ SUFFIX nm RANGE y }}\nASSIGNED {{ y {n} }}\nBREAKPOINT {{ y = 1 }}\n",
    "STATE": "NEURON {{ SUFFIX nm RANGE y }}\nASSIGNED {{ y }}\nSTATE {{ {n} }}\nBREAKPOINT {{ y = 1 }}\n",
    "CONSTANT": "NEURON {{ SUFFIX nm RANGE y }}\nASSIGNED {{ y }}\nCONSTANT {{ {n} = 2 }}\nBREAKPOINT {{ y = 1 }}\n",
    "FUNCTION": "NEURON {{ SUFFIX nm RANGE y }}\nASSIGNED {{ y }}\nBREAKPOINT {{ y = 1 }}\nFUNCTION {n}(x) {{ {n} = x }}\n",
    "PROCEDURE": "NEURON {{ SUFFIX nm RANGE y }}\nASSIGNED {{ y }}\nBREAKPOINT {{ y = 1 }}\nPROCEDURE {n}() {{ y = 2 }}\n",
    "FUNCTION_TABLE": "NEURON {{ SUFFIX nm RANGE y }}\nASSIGNED {{ y }}\nBREAKPOINT {{ y = 1 }}\nFUNCTION_TABLE {n}(x)\n",
    "file LOCAL": "NEURON {{ SUFFIX nm RANGE y }}\nASSIGNED {{ y }}\nLOCAL {n}\nBREAKPOINT {{ y = 1 }}\n",
    "block LOCAL": "NEURON {{ SUFFIX nm RANGE y }}\nASSIGNED {{ y }}\nBREAKPOINT {{ LOCAL {n}\n {n} = 2\n y = {n} }}\n",
    "argument": "NEURON {{ SUFFIX nm RANGE y }}\nASSIGNED {{ y }}\nBREAKPOINT {{ y = f(2) }}\nFUNCTION f({n}) {{ f = {n} }}\n",
}


def refused(text):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "nm.mod")
        with open(path, "w") as f:
            f.write(text)
        out = subprocess.run(["nocmodl", path], cwd=folder, capture_output=True, text=True)
        return "RESERVED WORD" in out.stdout + out.stderr


cases = []
for n in candidates:
    cases.append({"name": n, "declaration": "PARAMETER", "refused": refused(declarations["PARAMETER"].format(n=n))})
for kind, template in declarations.items():
    if kind != "PARAMETER":
        for n in ["step", "exp", "delta_t"]:
            cases.append({"name": n, "declaration": kind, "refused": refused(template.format(n=n))})
golden = {"templates": declarations, "cases": cases}
with open(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "names_golden.json"), "w") as f:
    json.dump(golden, f, indent=1)
