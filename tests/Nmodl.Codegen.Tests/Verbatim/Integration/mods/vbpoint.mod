COMMENT
VERBATIM in NET_RECEIVE of a point process (tests/oracle/verbatim/make_golden.py): the weight
through NEURON's _args, the flag as _lflag, a self-event sent by NMODL after C decided, and a
return that leaves NET_RECEIVE early.
ENDCOMMENT

NEURON {
    POINT_PROCESS vbpoint
    RANGE nev, wsum, tlast, nself
}

ASSIGNED { nev wsum tlast nself }

INITIAL {
    nev = 0
    wsum = 0
    tlast = -1
    nself = 0
}

NET_RECEIVE(w) {
    LOCAL big
VERBATIM
    if (_lflag == 1) {
        nself += 1;
        return;
    }
    nev += 1;
    wsum += _args[0];
    tlast = t;
    _lbig = _args[0] > 0.5;
ENDVERBATIM
    if (big) {
        net_send(0.5, 1)
    }
}
