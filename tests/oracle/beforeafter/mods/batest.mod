COMMENT
Where NEURON's fixed step runs BEFORE and AFTER blocks. Each block counts itself on a shared
counter and keeps the counter, t and v it saw; BEFORE BREAKPOINT sets the conductance the
current uses and AFTER SOLVE a value the next current uses, so a block run at the wrong place,
at the wrong t, or not at all, changes the voltage.
ENDCOMMENT

NEURON {
    SUFFIX batest
    NONSPECIFIC_CURRENT i
    RANGE g, e, gnow, w, count, bi, ini, ai, bb, as, bs, tbb, tas, tbs, vbb, vas, vbs
}

UNITS {
    (mV) = (millivolt)
    (mA) = (milliamp)
}

PARAMETER {
    g = 0.0005 (S/cm2)
    e = -70 (mV)
}

ASSIGNED {
    v (mV)
    i (mA/cm2)
    gnow (S/cm2)
    w (mV)
    count
    bi
    ini
    ai
    bb
    as
    bs
    tbb (ms)
    tas (ms)
    tbs (ms)
    vbb (mV)
    vas (mV)
    vbs (mV)
}

BEFORE INITIAL {
    count = 100
    bi = count
}

INITIAL {
    count = count + 1
    ini = count
    gnow = g
    w = 0
}

AFTER INITIAL {
    count = count + 1
    ai = count
    w = v
}

BEFORE BREAKPOINT {
    count = count + 1
    bb = count
    tbb = t
    vbb = v
    gnow = g * (1 + 0.5 * sin(t))
}

BREAKPOINT {
    i = gnow * (v - e) + 1e-6 * (w + 65)
}

AFTER SOLVE {
    count = count + 1
    as = count
    tas = t
    vas = v
    w = v
}

BEFORE STEP {
    count = count + 1
    bs = count
    tbs = t
    vbs = v
}
