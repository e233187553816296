COMMENT
A structure kept in a POINTER through the void** idiom (tests/oracle/verbatim/make_struct_golden.py):
setup(n) makes it with hoc_Emalloc and gives it a calloc'd ring of n doubles; each event writes its
weight into the ring and updates the structure's count and sum; mean() and last() read it back.
Without setup, events only count in ncalls; a check with assert guards the ring's size.
ENDCOMMENT

NEURON {
    POINT_PROCESS vbstruct
    POINTER ring
    RANGE ncalls, total, avg, latest
}

ASSIGNED { ring ncalls total avg latest }

VERBATIM
typedef struct Ring {
    int size;
    int count;
    double sum;
    double* values;
} Ring;

static double ring_mean(Ring* r) {
    int i, n;
    double s = 0;
    n = r->count < r->size ? r->count : r->size;
    for (i = 0; i < n; i++) {
        s += r->values[i];
    }
    return n > 0 ? s / n : 0;
}
ENDVERBATIM

INITIAL {
    ncalls = 0
    total = 0
    avg = 0
    latest = 0
VERBATIM
    {
        Ring** rp = (Ring**)(&_p_ring);
        if (*rp) {
            (*rp)->count = 0;
            (*rp)->sum = 0;
        }
    }
ENDVERBATIM
}

NET_RECEIVE(w) {
    ncalls = ncalls + 1
VERBATIM
    {
        Ring* r = *((Ring**)(&_p_ring));
        if (r != NULL) {
            assert(r->size > 0);
            r->values[r->count % r->size] = _args[0] * ncalls;
            r->count++;
            r->sum += _args[0] * ncalls;
        }
    }
ENDVERBATIM
    total = sum()
    avg = mean()
    latest = last()
}

FUNCTION sum() {
VERBATIM
    Ring* r = (Ring*)_p_ring;
    _lsum = r ? r->sum : -1;
ENDVERBATIM
}

FUNCTION mean() {
VERBATIM
    Ring* r = (Ring*)_p_ring;
    _lmean = r ? ring_mean(r) : -1;
ENDVERBATIM
}

FUNCTION last() {
VERBATIM
    Ring* r = (Ring*)_p_ring;
    if (r == 0 || r->count == 0) {
        return -1;
    }
    _llast = r->values[(r->count - 1) % r->size];
ENDVERBATIM
}

PROCEDURE setup(n) {
VERBATIM
    Ring** rp = (Ring**)(&_p_ring);
    if (!(*rp)) {
        *rp = (Ring*)hoc_Emalloc(sizeof(Ring)); hoc_malchk();
    }
    (*rp)->size = (int)_ln;
    (*rp)->count = 0;
    (*rp)->sum = 0;
    (*rp)->values = (double*)calloc((int)_ln, sizeof(double));
ENDVERBATIM
}
