COMMENT
VERBATIM idioms run by NEURON to produce the golden file vbidioms.json (see make_golden.py):
file-scope macros, a static counter and a C helper; FUNCTION bodies that use NEURON's _l names
for arguments and results and leave early with return 0; a PROCEDURE that prints with printf
and leaves with return 0 before its NMODL statements; a FUNCTION called from C with NEURON's
thread arguments; exp, which NEURON's generated C redefines as its own hoc_Exp.
ENDCOMMENT

NEURON {
    SUFFIX vbidioms
    GLOBAL scale
}

PARAMETER {
    scale = 2.5
}

VERBATIM
#define NTERMS 6
static int ncalls = 0;
static double series(double x, int n) {
    double s = 0, term = 1;
    int k;
    for (k = 1; k <= n; k++) {
        term *= x / k;
        s += term;
    }
    return s;
}
ENDVERBATIM

FUNCTION expsum(x) {
VERBATIM
    ncalls++;
    _lexpsum = series(_lx, NTERMS);
    if (_lx < 0) return 0;
ENDVERBATIM
}

FUNCTION twice(x) {
VERBATIM
    _ltwice = 2 * expsum(_threadargscomma_ _lx);
ENDVERBATIM
}

FUNCTION clampedexp(x) {
VERBATIM
    _lclampedexp = exp(_lx);
ENDVERBATIM
}

FUNCTION calls() {
VERBATIM
    _lcalls = ncalls;
ENDVERBATIM
}

FUNCTION idiv(a, b) {
VERBATIM
    int ia = (int)_la, ib = (int)_lb;
    _lidiv = ia / ib + (ia % ib) * 0.001;
ENDVERBATIM
}

PROCEDURE report(x) {
VERBATIM
    printf("report x=%g trunc=%d half=%d scaled=%.3e [%6.2f] [%-8.1e]\n", _lx, (int)_lx, (int)_lx / 2, _lx * scale, _lx, _lx);
    if (_lx > 100) return 0;
ENDVERBATIM
    printf("report continues after VERBATIM\n")
}
