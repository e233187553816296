COMMENT
PatternStim: replays (time, gid) spike pairs, e.g. the raster of a larger parallel run, into the
connections made with ParallelContext.gid_connect, as NEURON's built-in PatternStim.

    ps = new PatternStim()
    ps.play(tvec, gidvec)   : copies the pairs (times non-decreasing); later changes to the
                            : Vectors do not matter
    ps.play()               : forget the pairs
    ps.fake_output = 1      : a gid with no gid_connect input but a cell here sends the spike
                            : as if that cell had fired

Each self-event fakes the next group of pairs, at least 102 of them and then up to the first
pair later than now, whatever their times, and waits for the time of the first pair left.
nrn_fake_fire(gid, time, fake_output) is the simulator's entry that sends one faked spike.
ENDCOMMENT

NEURON {
    THREADSAFE
    ARTIFICIAL_CELL PatternStim
    RANGE fake_output
    POINTER times, gids
}

PARAMETER {
    fake_output = 0
}

ASSIGNED {
    index
    times
    gids
}

INITIAL {
    index = 0
    if (played() > 0) {
        net_send(0, 1)
    }
}

NET_RECEIVE (w) { LOCAL next
    if (flag == 1) {
        next = sendgroup()
        if (next >= t) {
            net_send(next - t, 1)
        }
    }
}

FUNCTION played() {
VERBATIM
    _lplayed = _p_times ? 1. : 0.;
ENDVERBATIM
}

: Fakes the next group of pairs; the time of the next pair left, or t - 1 when none is.
FUNCTION sendgroup() {
VERBATIM
    {
        void* tv;
        double* when;
        double* who;
        int count, sent, fake;
        tv = (void*)(_p_times);
        count = vector_capacity(tv);
        when = vector_vec(tv);
        who = vector_vec((void*)(_p_gids));
        fake = fake_output ? 1 : 0;
        for (sent = 0; (int)index < count; ++sent) {
            nrn_fake_fire((int)who[(int)index], when[(int)index], fake);
            index += 1.;
            if (sent > 100 && (int)index < count && t < when[(int)index]) {
                break;
            }
        }
        if ((int)index >= count) {
            _lsendgroup = t - 1.;
        } else {
            _lsendgroup = when[(int)index];
        }
    }
ENDVERBATIM
}

PROCEDURE play() {
VERBATIM
    {
        void** tslot;
        void** gslot;
        void* tvec;
        void* gidvec;
        double* from;
        double* to;
        int count, i;
        tslot = (void**)(&_p_times);
        gslot = (void**)(&_p_gids);
        *tslot = (void*)0;
        *gslot = (void*)0;
        if (ifarg(1)) {
            tvec = vector_arg(1);
            gidvec = vector_arg(2);
            count = vector_capacity(tvec);
            if (vector_capacity(gidvec) < count) {
                hoc_execerror("PatternStim.play(tvec, gidvec): gidvec is shorter than tvec", 0);
            }
            *tslot = vector_new1(count);
            *gslot = vector_new1(count);
            from = vector_vec(tvec);
            to = vector_vec(*tslot);
            for (i = 0; i < count; ++i) {
                to[i] = from[i];
            }
            from = vector_vec(gidvec);
            to = vector_vec(*gslot);
            for (i = 0; i < count; ++i) {
                to[i] = (double)((int)from[i]);
            }
        }
    }
ENDVERBATIM
}
