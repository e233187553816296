COMMENT
A stream of events from a Vector, in the style of NEURON's VecStim (tests/oracle/verbatim/make_golden.py):
play(vec) keeps the Vector in the double 'space' through a void**, element() reads it with
vector_capacity and vector_vec; play() without an argument detaches it.
ENDCOMMENT

NEURON {
    THREADSAFE
    ARTIFICIAL_CELL vbvecstim
}

ASSIGNED {
    index
    etime (ms)
    space
}

INITIAL {
    index = 0
    element()
    if (index > 0) {
        net_send(etime - t, 1)
    }
}

NET_RECEIVE (w) {
    if (flag == 1) {
        net_event(t)
        element()
        if (index > 0) {
            net_send(etime - t, 1)
        }
    }
}

PROCEDURE element() {
VERBATIM
    {
        void* vv;
        int i, size;
        double* px;
        i = (int)index;
        if (i >= 0) {
            vv = *((void**)(&space));
            if (vv) {
                size = vector_capacity(vv);
                px = vector_vec(vv);
                if (i < size) {
                    etime = px[i];
                    index += 1.;
                } else {
                    index = -1.;
                }
            } else {
                index = -1.;
            }
        }
    }
ENDVERBATIM
}

PROCEDURE play() {
VERBATIM
    void** vv;
    vv = (void**)(&space);
    *vv = (void*)0;
    if (ifarg(1)) {
        *vv = vector_arg(1);
    }
ENDVERBATIM
}
