COMMENT
VERBATIM inside the blocks of a density mechanism, run by NEURON and by us in one compartment
(tests/oracle/verbatim/make_golden.py): a file-scope static shared by all instances, a macro and a
C helper; INITIAL reading v and t, writing RANGE variables and an NMODL LOCAL through its _l name,
calling a FUNCTION from C and leaving with a final return; BREAKPOINT counting its calls (nocmodl
evaluates the current twice per step); a FUNCTION computed in C and used by the DERIVATIVE block;
a PROCEDURE (after_cvode) that leaves early with return 0 before its NMODL statements.
ENDCOMMENT

NEURON {
    SUFFIX vbdensity
    NONSPECIFIC_CURRENT i
    RANGE gl, el, ncur, vinit, tinit, acc, nproc, shared, late
    GLOBAL gscale
}

UNITS { (mV) = (millivolt) (mA) = (milliamp) }

PARAMETER {
    gl = 0.001 (S/cm2)
    el = -50 (mV)
    gscale = 1.5
}

ASSIGNED { v (mV) i (mA/cm2) ncur vinit tinit acc nproc shared late }

STATE { s }

VERBATIM
static int nbreak = 0;
#define HALF(x) ((x) / 2)
static double boltz(double x, double k) { return 1.0 / (1.0 + exp(-x / k)); }
ENDVERBATIM

INITIAL {
    LOCAL q
    q = 3
VERBATIM
    vinit = v;
    tinit = t;
    _lq = _lq * HALF(5.0);
    acc = _lq + sinf(_threadargscomma_ v);
    ncur = 0;
    nproc = 0;
    late = 0;
    nbreak = 0;
    s = boltz(v + 40.0, 5.0);
    return;
ENDVERBATIM
}

BREAKPOINT {
    SOLVE states METHOD cnexp
VERBATIM
    ncur = ncur + 1;
    nbreak++;
    shared = nbreak;
ENDVERBATIM
    i = gl * gscale * s * (v - el)
    SOLVE tally METHOD after_cvode
}

DERIVATIVE states {
    s' = (sinf(v) - s) / 2
}

FUNCTION sinf(v (mV)) {
VERBATIM
    _lsinf = boltz(_lv + 40.0, 5.0);
ENDVERBATIM
}

PROCEDURE tally() {
VERBATIM
    nproc += 1;
    if (t < 2.0) return 0;
ENDVERBATIM
    late = late + 1
}
