TITLE Exp2Syn: synapse with a difference-of-exponentials conductance

COMMENT
Conductance g = B - A, where A decays with the rise time constant tau1 and
B with the decay time constant tau2 (tau1 < tau2): the scheme
A -> G -> bath written as two independent exponentials, so cnexp solves it
exactly. Each event adds weight*factor to both A and B; factor is chosen in
INITIAL so that a single event of weight w gives a peak conductance of w.
As tau1 -> tau2 the waveform tends to an alpha function and as tau1 -> 0
to a single exponential; to keep factor finite, INITIAL holds tau1 between
1e-9*tau2 and 0.9999*tau2.
ENDCOMMENT

UNITS {
    (nA) = (nanoamp)
    (mV) = (millivolt)
    (uS) = (microsiemens)
}

NEURON {
    POINT_PROCESS Exp2Syn
    RANGE tau1, tau2, e, i
    NONSPECIFIC_CURRENT i
    RANGE g
}

PARAMETER {
    tau1 = .1 (ms) <1e-9,1e9>
    tau2 = 10 (ms) <1e-9,1e9>
    e = 0 (mV)
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
    LOCAL tpeak
    if (tau1/tau2 > 0.9999) {
        tau1 = 0.9999*tau2
    }
    if (tau1/tau2 < 1e-9) {
        tau1 = tau2*1e-9
    }
    A = 0
    B = 0
    : time of the peak of exp(-t/tau2) - exp(-t/tau1)
    tpeak = (tau1*tau2)/(tau2 - tau1) * log(tau2/tau1)
    factor = -exp(-tpeak/tau1) + exp(-tpeak/tau2)
    factor = 1/factor
}

BREAKPOINT {
    SOLVE state METHOD cnexp
    g = B - A
    i = g*(v - e)
}

DERIVATIVE state {
    A' = -A/tau1
    B' = -B/tau2
}

NET_RECEIVE(weight (uS)) {
    A = A + weight*factor
    B = B + weight*factor
}
