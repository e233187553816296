#!/usr/bin/env python3
"""Runs NEURON's own translator (nocmodl) on small NMODL files and records which it accepts.

Writes nocmodl_agreement.json next to this script: [{"name", "text", "nocmodl_accepts"}].
The parser tests check that our parser accepts exactly the files nocmodl accepts, except for
the differences listed (with reasons) in the test. Regenerate with:  python3 nocmodl_agreement.py
"""
import json
import os
import subprocess
import tempfile

HEADER = "NEURON { SUFFIX t }\n"

VALID = {
    "hh-like neuron block": "NEURON {\n SUFFIX hh2\n USEION na READ ena WRITE ina\n USEION k READ ek WRITE ik\n NONSPECIFIC_CURRENT il\n RANGE gnabar, gl\n GLOBAL minf\n THREADSAFE\n}\nPARAMETER { gnabar = .12 (S/cm2) gl = .0003 (S/cm2) }\nASSIGNED { minf ena ek ina ik il }\n",
    "point process lists": "NEURON {\n POINT_PROCESS P\n ELECTRODE_CURRENT i\n POINTER p\n RANGE x\n}\nASSIGNED { i (nA) p x }\n",
    "artificial cell": "NEURON { ARTIFICIAL_CELL A }\nNET_RECEIVE(w) { net_event(t) }\n",
    "units block": "UNITS {\n (mV) = (millivolt)\n (molar) = (1/liter)\n FARADAY = (faraday) (coulomb)\n R = 8.314 (joule/degC)\n PI = (pi) (1)\n}\n",
    "parameters": HEADER + "PARAMETER {\n x = 1 (mV) <0,1e9>\n y = -2.5e-3\n z[4] (uS)\n w = .5 (/ms)\n q = 5. (1/ms)\n}\n",
    "define and arrays": HEADER + "DEFINE N 4\nSTATE { ca[N] (mM) <1e-6> }\nASSIGNED { vol[N] }\n",
    "state from to start": HEADER + "STATE { m h n FROM 0 TO 1 START .5 (1) }\n",
    "constant and independent": HEADER + "CONSTANT { c = 3 (um) }\nINDEPENDENT { t FROM 0 TO 1 WITH 1 (ms) }\n",
    "top-level local and verbatim": HEADER + "LOCAL a, b[2]\nVERBATIM\nstatic int x;\nENDVERBATIM\nUNITSOFF\nUNITSON\n",
    "cnexp derivative": HEADER + "STATE { m }\nASSIGNED { minf mtau }\nBREAKPOINT { SOLVE states METHOD cnexp }\nDERIVATIVE states { m' = (minf - m)/mtau }\n",
    "kinetic scheme": HEADER + "STATE { A B C[2] }\nBREAKPOINT { SOLVE kin METHOD sparse }\nKINETIC kin {\n COMPARTMENT i, 2 { C }\n ~ A + 2B <-> C[0] (1, 2)\n ~ C[1] << (0.5)\n ~ A -> (3)\n CONSERVE A + B = 1\n}\n",
    "linear block": HEADER + "STATE { a b }\nBREAKPOINT { SOLVE l }\nLINEAR l {\n ~ a + b = 1\n ~ a - b = 0\n}\n",
    "procedure with table": HEADER + "ASSIGNED { minf celsius }\nPROCEDURE rates(v (mV)) {\n LOCAL q\n TABLE minf DEPEND celsius FROM -100 TO 100 WITH 200\n FROM i = 0 TO 3 BY 1 { q = q + i }\n while (q > 0) { q = q - 1 }\n minf = q\n}\n",
    "function with units": HEADER + "FUNCTION vtrap(x (mV), y (mV)) (mV) {\n if (fabs(x/y) < 1e-6) {\n  vtrap = y*(1 - x/y/2)\n } else if (x > 0) {\n  vtrap = x/(exp(x/y) - 1)\n } else {\n  vtrap = 0\n }\n}\n",
    "uppercase IF ELSE WHILE": HEADER + "FUNCTION f(x) {\n IF (x > 0) { f = 1 } ELSE { f = 2 }\n WHILE (x > 0) { x = x - 1 }\n}\n",
    "net receive everything": "NEURON { POINT_PROCESS S }\nASSIGNED { v g }\nNET_RECEIVE(w (uS), tt (ms)) {\n INITIAL { tt = t }\n if (flag == 0) {\n  g = g + w\n  net_send(0, 1)\n } else if (flag == 1) {\n  WATCH (v > -20) 2\n } else {\n  net_event(t)\n }\n FOR_NETCONS(ww, tq) { tq = t }\n}\n",
    "before after": HEADER + "ASSIGNED { x }\nBEFORE BREAKPOINT { x = 1 }\nAFTER SOLVE { x = 2 }\nBEFORE INITIAL { x = 3 }\nAFTER STEP { x = 4 }\n",
    "function table": HEADER + "FUNCTION_TABLE tab(v (mV)) (ms)\n",
    "protect and mutex": HEADER + "ASSIGNED { n }\nINITIAL {\n PROTECT n = n + 1\n MUTEXLOCK\n MUTEXUNLOCK\n}\n",
    "number with unit in expression": HEADER + "ASSIGNED { x }\nINITIAL { x = 2 (mV) }\n",
    "crlf line ends": "NEURON {\r\n SUFFIX crlf\r\n}\r\nPARAMETER { x = 1 }\r\n",
    "tabs, no final newline": "NEURON {\tSUFFIX tb\t}\n\tPARAMETER {\tx = 1 }",
    "form feed between blocks": "NEURON { SUFFIX ff }\n\fPARAMETER { x = 1 }\n",
    "cr line ends": "NEURON {\r SUFFIX cr\r}\rPARAMETER { x = 1 }\r",
    "title and comments": "TITLE a title\nCOMMENT\n anything { here\nENDCOMMENT\n: comment\n? other comment\n" + HEADER,
    "printf with a string": HEADER + "INITIAL { printf(\"%g\\n\", 1) }\n",
    "steady state": HEADER + "STATE { A B }\nINITIAL { SOLVE kin STEADYSTATE sparse }\nBREAKPOINT { SOLVE kin METHOD sparse }\nKINETIC kin { ~ A <-> B (1, 2) }\n",
    "published-file habits": "NEURON{ SUFFIX k2 }\nPARAMETER {\n\tgmax = 10 (ms) <1e-9,1e9>: comment\n Kf = 2 (/ms mM)\n vlo = -100 vhi = 100\n}\n"
        + "STATE {\n q <1e-1>\n}\nASSIGNED { v i g e }\nINITIAL{\n if(v == -10.5){\n  v = v + 1e-4\n }\n i = (1e-3) * g * (v - e)\n}\n"
        + "PROCEDURE rates(v(mV)) { LOCAL a, b\n a = v\n b = a\n}\n"
        + "FUNCTION f(v (mV)) {\n TABLE FROM vlo TO vhi WITH 150\n f = 1/(1 + exp((v + 35 (mV))/(-4 (mV))))\n}\n",
    "ENDVERBATIM inside a C comment": HEADER + "CONSTRUCTOR { VERBATIM\nx(); /* ENDVERBATIM */\nENDVERBATIM\n}\n",
    "text after ENDCOMMENT is dropped": HEADER + "COMMENT\nENDCOMMENT not parsed { (\nPARAMETER { x = 1 }\n",
    "integer expressions": HEADER + "ASSIGNED { x n y[3] }\nINITIAL {\n FROM i = 0 TO INT(n/2) BY 2 { y[(i)*2] = y[i+1] }\n x = y[INT(x)] + y[n/2] + y[ 2 ]\n}\n",
    "WATCH forms": "NEURON { POINT_PROCESS w }\nASSIGNED { v }\nFUNCTION f(a) { f = a }\nNET_RECEIVE(w) { WATCH (v + 1 > f(2)) 2.5, (v < -60 (mV)) 3 }\n",
    "LOCAL first in nested blocks": HEADER + "ASSIGNED { x }\nINITIAL { LOCAL a x = a if (x) { LOCAL b b = 1 } { LOCAL c } }\n",
    "string over two lines": HEADER + "INITIAL { printf(\"a\nb\") }\n",
    "useion valence and represents": "NEURON {\n SUFFIX r\n USEION ca READ cai WRITE ica VALENCE 2 REPRESENTS CHEBI:29108\n REPRESENTS NCIT:C17145\n}\n",
}

MALFORMED = {
    "unterminated NEURON block": "NEURON {\n SUFFIX a\n",
    "missing brace before next block": "NEURON {\n SUFFIX a\nPARAMETER { x = 1 }\n",
    "unterminated BREAKPOINT body": "BREAKPOINT {\n  x = 1\n",
    "stray closing brace": "NEURON { SUFFIX a }\n}\n",
    "unknown block": "NEURON { SUFFIX a }\nFOO { }\n",
    "lower-case block keyword": "neuron { SUFFIX a }\n",
    "unterminated COMMENT": "NEURON { SUFFIX a }\n  COMMENT\n never closed\n",
    "unterminated VERBATIM": "BREAKPOINT {\nVERBATIM\n x = 1;\n}\n",
    "number missing after =": "PARAMETER {\n x = (mV)\n}\n",
    "two decimal points": "PARAMETER { x = 1.2.3 }\n",
    "missing INCLUDE file": "INCLUDE \"nowhere.inc\"\n",
    "unexpected character": "BREAKPOINT {\n x = 1 $ 2\n}\n",
    "unterminated unit": "PARAMETER {\n x = 1 (mV\n}\n",
    "unknown NEURON statement": "NEURON {\n  SUFFIX a\n  RANGES x\n}\n",
    "USEION without ion name": "NEURON { USEION READ }\n",
    "RANGE list ending in comma": "NEURON { RANGE a, }\n",
    "unknown SOLVE method": HEADER + "BREAKPOINT { SOLVE states METHOD magic }\nDERIVATIVE states { }\n",
    "missing expression": "BREAKPOINT { x = }\n",
    "missing operand": "BREAKPOINT { x = a * }\n",
    "unbalanced parenthesis": "BREAKPOINT { x = (a + b\n}\n",
    "name without = or call": "BREAKPOINT {\n  x y\n}\n",
    "else without if": "BREAKPOINT {\n else { }\n}\n",
    "if without parentheses": "BREAKPOINT { if a { } }\n",
    "reaction outside KINETIC": "BREAKPOINT { ~ a <-> b (1, 2) }\n",
    "reaction with one rate": "STATE { a b }\nKINETIC k { ~ a <-> b (1) }\n",
    "zero array size": "STATE { ca[0] }\n",
    "DEFINE of a real number": "DEFINE N 2.5\n",
    "NET_RECEIVE without arguments": "NEURON { POINT_PROCESS p }\nNET_RECEIVE() { }\n",
    "BEFORE with unknown point": "BEFORE LUNCH { }\n",
    "DERIVATIVE without name": "DERIVATIVE { m' = 1 }\n",
    "limits missing comma": "PARAMETER { x = 1 <0 1> }\n",
    "top-level statement": "x = 1\n",
    "keyword used as a name": "PARAMETER { TABLE = 1 }\n",
    "TABLE WITH a name": HEADER + "FUNCTION f(v) {\n TABLE FROM 0 TO 1 WITH n\n f = v\n}\n",
    "real array index": HEADER + "ASSIGNED { y[3] }\nINITIAL { y[0.5] = 1 }\n",
    "negative array index": HEADER + "ASSIGNED { y[3] }\nINITIAL { y[-1] = 1 }\n",
    "call as array index": HEADER + "ASSIGNED { x y[3] }\nFUNCTION f(a) { f = a }\nINITIAL { x = y[f(1)] }\n",
    "negative FROM bound": HEADER + "ASSIGNED { x }\nINITIAL { FROM i = -1 TO 1 { x = i } }\n",
    "real FROM bound": HEADER + "ASSIGNED { x }\nINITIAL { FROM i = 0 TO 2.5 { x = i } }\n",
    "INT outside an index": HEADER + "ASSIGNED { x }\nINITIAL { x = INT(2.5) }\n",
    "negative limit": "PARAMETER { x = 1 <-1e9, 1e9> }\n",
    "negative tolerance": "STATE { s <-1e-3> }\n",
    "plus sign on a number": "PARAMETER { x = +1 }\n",
    "WATCH with >=": "NEURON { POINT_PROCESS w }\nASSIGNED { v }\nNET_RECEIVE(w) { WATCH (v >= -20) 2 }\n",
    "WATCH with &&": "NEURON { POINT_PROCESS w }\nASSIGNED { v }\nNET_RECEIVE(w) { WATCH (v > 1 && v < 2) 2 }\n",
    "WATCH with a name as flag": "NEURON { POINT_PROCESS w }\nASSIGNED { v y }\nNET_RECEIVE(w) { WATCH (v > -20) y }\n",
    "SOLVE with IFERROR": HEADER + "BREAKPOINT { SOLVE s IFERROR { } }\nDERIVATIVE s { }\n",
    "INDEPENDENT WITH a real": "INDEPENDENT { t FROM 0 TO 1 WITH 1.5 (ms) }\n",
    "LOCAL after a statement": HEADER + "ASSIGNED { x }\nINITIAL { x = 1 LOCAL a }\n",
    "two LOCAL statements": HEADER + "INITIAL { LOCAL a LOCAL b }\n",
    "LOCAL after VERBATIM": HEADER + "PROCEDURE p() { VERBATIM\nENDVERBATIM\n LOCAL a }\n",
    "TABLE outside FUNCTION and PROCEDURE": HEADER + "BREAKPOINT {\n  TABLE FROM 0 TO 1 WITH 2\n}\n",
    "CONDUCTANCE outside BREAKPOINT": HEADER + "ASSIGNED { g }\nINITIAL {\n  CONDUCTANCE g\n}\n",
    "brace after ENDVERBATIM is dropped": HEADER + "CONSTRUCTOR { VERBATIM\nx();\nENDVERBATIM }\n",
    "call statement followed by an operator": HEADER + "PROCEDURE rates(v) { }\nBREAKPOINT { rates(v) + 1 }\n",
}


def accepts(text):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "case.mod")
        with open(path, "w", newline="") as f:
            f.write(text)
        run = subprocess.run(["nocmodl", "case.mod"], cwd=tmp, capture_output=True, text=True, timeout=60)
        return run.returncode == 0 and os.path.exists(os.path.join(tmp, "case.c"))


def main():
    cases = [{"name": n, "text": t, "nocmodl_accepts": accepts(t)} for n, t in {**VALID, **MALFORMED}.items()]
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nocmodl_agreement.json")
    with open(out, "w") as f:
        json.dump(cases, f, indent=1)
        f.write("\n")
    print(f"{out}: {sum(c['nocmodl_accepts'] for c in cases)} accepted, {sum(not c['nocmodl_accepts'] for c in cases)} rejected")


if __name__ == "__main__":
    main()
