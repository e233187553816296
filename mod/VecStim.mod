COMMENT
VecStim: an artificial cell that fires at the times of a Vector, as the VecStim of NEURON's
examples (vecevent.mod), which NEURON users load from ModelDB models. Not one of NEURON's
built-ins, so a library that brings its own VecStim replaces this one.

    vs = new VecStim()
    vs.play(tvec)    : fire at tvec's times (non-decreasing) from the next finitialize
    vs.play()        : fire no more from the next finitialize

The Vector is read while running, one element per spike: changing it between runs changes the
next run. index is the next element to read (-1 once the Vector is used up or absent), etime
the time of the pending spike. Unsorted times send an event into the past, which stops the run.
ENDCOMMENT

NEURON {
    THREADSAFE
    ARTIFICIAL_CELL VecStim
    POINTER ptr
}

ASSIGNED {
    index
    etime (ms)
    ptr
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

: Takes element index of the played Vector into etime and moves on, or sets index to -1.
PROCEDURE element() {
VERBATIM
    {
        void* times;
        int next, count;
        next = (int)index;
        if (next >= 0) {
            times = (void*)(_p_ptr);
            if (times) {
                count = vector_capacity(times);
                if (next < count) {
                    etime = vector_vec(times)[next];
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
    void** slot;
    slot = (void**)(&_p_ptr);
    *slot = (void*)0;
    if (ifarg(1)) {
        *slot = vector_arg(1);
    }
ENDVERBATIM
}
