COMMENT
C split across VERBATIM blocks around NMODL statements (tests/oracle/verbatim/make_split_golden.py):
nocmodl pastes the C of the NMODL statements between the VERBATIM texts, so braces, if/else, loops
and declarations span the blocks. erand() is NetStim's: a Random kept in a POINTER through the
void** idiom when one is attached, NMODL's exprand(1) otherwise (only on the main thread, as
ModelDB's copies check). A NetStim's events drive it all.
ENDCOMMENT

NEURON {
    POINT_PROCESS vbsplit
    THREADSAFE
    POINTER donotuse
    RANGE n, a, acc, r, c, b, hasrand, nsteps
}

ASSIGNED { n a acc r c b hasrand nsteps donotuse }

VERBATIM
double nrn_random_pick(void* randomobj);
void* nrn_random_arg(int argpos);
ENDVERBATIM

INITIAL {
    n = 0
    a = 0
    acc = 1
    r = 0
    c = 0
    b = 0
    nsteps = 0
VERBATIM
    if (_p_donotuse) {
ENDVERBATIM
    hasrand = 1
VERBATIM
    } else {
ENDVERBATIM
    hasrand = 0
VERBATIM
    }
ENDVERBATIM
}

BREAKPOINT {
VERBATIM
    if (n > 1) {
ENDVERBATIM
    nsteps = nsteps + 1
VERBATIM
    }
ENDVERBATIM
}

NET_RECEIVE(w) {
    n = n + 1
    branch(w * (n - 2.5))
    repeat(n)
    r = erand()
    c = carried(n)
}

FUNCTION erand() {
VERBATIM
    if (_p_donotuse) {
        _lerand = nrn_random_pick(_p_donotuse);
    } else {
        if (_nt != nrn_threads) {
            hoc_execerror("multithread random in vbsplit", " only via hoc Random");
        }
ENDVERBATIM
    erand = exprand(1)
VERBATIM
    }
ENDVERBATIM
}

PROCEDURE branch(x) {
VERBATIM
    if (_lx > 0) {
ENDVERBATIM
    a = x * 2
VERBATIM
    } else if (_lx > -1) {
ENDVERBATIM
    a = 100 + x
VERBATIM
    } else {
ENDVERBATIM
    a = -x
VERBATIM
    }
ENDVERBATIM
}

PROCEDURE repeat(k) {
VERBATIM
    int i;
    for (i = 0; i < (int)_lk; i++) {
        if (i == 3) break;
ENDVERBATIM
    acc = acc * 1.5 + 1
VERBATIM
    }
ENDVERBATIM
}

FUNCTION carried(x) {
VERBATIM
    double y = _lx * 3;
    int odd = ((int)_lx) % 2;
ENDVERBATIM
    b = x + 1
VERBATIM
    _lcarried = odd ? y + b : y - b;
ENDVERBATIM
}

PROCEDURE seed(s) {
    set_seed(s)
}

PROCEDURE setRandObjRef() {
VERBATIM
    void** pv = (void**)(&_p_donotuse);
    if (ifarg(1)) {
        *pv = nrn_random_arg(1);
    } else {
        *pv = (void*)0;
    }
ENDVERBATIM
}
