COMMENT
NEURON objects kept by VERBATIM code in POINTERs, in the styles of published mod files
(tests/oracle/verbatim/make_golden.py): a Random attached with the void** idiom and drawn with
nrn_random_pick on each event (hoc_execerror when none is attached), and a Vector attached with
vector_arg, read with vector_capacity/vector_vec and grown with vector_resize by a FUNCTION called
from the script with its own argument.
ENDCOMMENT

NEURON {
    POINT_PROCESS vbobjects
    POINTER rng, vec
    RANGE draw, n, sum
}

ASSIGNED { draw n sum rng vec }

VERBATIM
double nrn_random_pick(void* r);
void* nrn_random_arg(int argpos);
ENDVERBATIM

INITIAL {
    n = 0
    sum = 0
}

NET_RECEIVE(w) {
    draw = pick()
    n = n + 1
    sum = sum + draw * w
}

FUNCTION pick() {
VERBATIM
    if (_p_rng) {
        _lpick = nrn_random_pick(_p_rng);
    } else {
        hoc_execerror("vbobjects: no Random attached,", "call setRandObjRef(r) first");
    }
ENDVERBATIM
}

PROCEDURE setRandObjRef() {
VERBATIM
    void** pv4 = (void**)(&_p_rng);
    if (ifarg(1)) {
        *pv4 = nrn_random_arg(1);
    } else {
        *pv4 = (void*)0;
    }
ENDVERBATIM
}

PROCEDURE setVector() {
VERBATIM
    void** vv = (void**)(&_p_vec);
    *vv = (void*)0;
    if (ifarg(1)) {
        *vv = vector_arg(1);
    }
ENDVERBATIM
}

FUNCTION total(scale) {
VERBATIM
    {
        void* vv = _p_vec;
        int i, size;
        double* px;
        double s = 0;
        if (vv) {
            size = vector_capacity(vv);
            px = vector_vec(vv);
            for (i = 0; i < size; ++i) {
                s += px[i];
            }
            vector_resize(vv, size + 1);
            px = vector_vec(vv);
            px[size] = s * _lscale;
        }
        _ltotal = s * _lscale;
    }
ENDVERBATIM
}
