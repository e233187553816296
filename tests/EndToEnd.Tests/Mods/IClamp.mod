COMMENT
A rectangular current pulse, NEURON's IClamp without the at_time() calls (they only mark
discontinuities for the variable-step integrator, so fixed-step numbers are the same). Used
while the compiler does not translate at_time.
ENDCOMMENT

NEURON {
    POINT_PROCESS IClamp
    RANGE del, dur, amp, i
    ELECTRODE_CURRENT i
}

UNITS {
    (nA) = (nanoamp)
}

PARAMETER {
    del (ms)
    dur (ms) <0, 1e9>
    amp (nA)
}

ASSIGNED {
    i (nA)
}

INITIAL {
    i = 0
}

BREAKPOINT {
    if (t < del + dur && t >= del) {
        i = amp
    } else {
        i = 0
    }
}
