TITLE IClamp: rectangular current pulse

COMMENT
Injects amp (nA) from t = del for dur ms, and nothing otherwise.
This is an electrode current: positive i depolarises the cell, and with
extracellular present it flows into the inside of the cell, not across
the membrane.
ENDCOMMENT

UNITS {
    (nA) = (nanoamp)
}

NEURON {
    POINT_PROCESS IClamp
    RANGE del, dur, amp, i
    ELECTRODE_CURRENT i
}

PARAMETER {
    del (ms)
    dur (ms) <0,1e9>
    amp (nA)
}

ASSIGNED {
    i (nA)
}

INITIAL {
    i = 0
}

BREAKPOINT {
    : the two edges of the pulse are discontinuities a variable step
    : integrator must not step over
    at_time(del)
    at_time(del + dur)
    if (t < del + dur && t >= del) {
        i = amp
    } else {
        i = 0
    }
}
