COMMENT
Dual-exponential conductance synapse whose NetCon streams depress: each event scales its
stream's efficacy r (kept per NetCon, reset by the NET_RECEIVE INITIAL block) by fdep.
ENDCOMMENT

NEURON {
    POINT_PROCESS facsyn
    RANGE tau1, tau2, e, i, g, fdep
    NONSPECIFIC_CURRENT i
}

UNITS {
    (nA) = (nanoamp)
    (mV) = (millivolt)
    (uS) = (microsiemens)
}

PARAMETER {
    tau1 = 0.5 (ms)
    tau2 = 4 (ms)
    e = 0 (mV)
    fdep = 0.7
}

ASSIGNED {
    v (mV)
    i (nA)
    g (uS)
    factor
}

STATE {
    A (uS)
    B (uS)
}

INITIAL {
    LOCAL tp
    A = 0
    B = 0
    tp = (tau1 * tau2) / (tau2 - tau1) * log(tau2 / tau1)
    factor = 1 / (-exp(-tp / tau1) + exp(-tp / tau2))
}

BREAKPOINT {
    SOLVE state METHOD cnexp
    g = B - A
    i = g * (v - e)
}

DERIVATIVE state {
    A' = -A / tau1
    B' = -B / tau2
}

NET_RECEIVE(weight (uS), r) {
    INITIAL { r = 1 }
    A = A + weight * factor * r
    B = B + weight * factor * r
    r = r * fdep
}
