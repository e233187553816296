COMMENT
Graded (non-spiking) chemical synapse: the conductance follows a sigmoid of the presynaptic
voltage, read through a POINTER, with first-order kinetics.
ENDCOMMENT

NEURON {
    POINT_PROCESS gradsyn
    POINTER vpre
    RANGE gmax, e, vth, vslope, tau, i, s
    NONSPECIFIC_CURRENT i
}

UNITS {
    (nA) = (nanoamp)
    (mV) = (millivolt)
    (uS) = (microsiemens)
}

PARAMETER {
    gmax = 0.005 (uS)
    e = 0 (mV)
    vth = -20 (mV)
    vslope = 5 (mV)
    tau = 3 (ms)
}

ASSIGNED {
    v (mV)
    vpre (mV)
    i (nA)
    sinf
}

STATE { s }

INITIAL {
    sinf = 1 / (1 + exp(-(vpre - vth) / vslope))
    s = sinf
}

BREAKPOINT {
    SOLVE state METHOD cnexp
    i = gmax * s * (v - e)
}

DERIVATIVE state {
    sinf = 1 / (1 + exp(-(vpre - vth) / vslope))
    s' = (sinf - s) / tau
}
