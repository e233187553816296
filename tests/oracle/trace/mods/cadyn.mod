COMMENT
High-threshold calcium current with its own first-order calcium accumulation in a thin shell:
writes ica and cai, so NEURON keeps eca at the Nernst value of the changing cai.
ENDCOMMENT

NEURON {
    SUFFIX cadyn
    USEION ca READ eca WRITE ica, cai
    RANGE gbar, tau, depth
}

UNITS {
    (mV) = (millivolt)
    (mA) = (milliamp)
    (mM) = (milli/liter)
    (um) = (micron)
    (S) = (siemens)
    FARADAY = (faraday) (coulomb)
}

PARAMETER {
    gbar = 0.002 (S/cm2)
    tau = 40 (ms)
    depth = 0.2 (um)
    cainf = 5e-5 (mM)
}

ASSIGNED {
    v (mV)
    eca (mV)
    ica (mA/cm2)
    minf
    mtau (ms)
}

STATE {
    m
    cai (mM)
}

BREAKPOINT {
    SOLVE states METHOD cnexp
    ica = gbar * m * m * (v - eca)
}

INITIAL {
    gate(v)
    m = minf
    cai = cainf
}

DERIVATIVE states {
    gate(v)
    m' = (minf - m) / mtau
    cai' = -ica * 10000 / (2 * FARADAY * depth) - (cai - cainf) / tau
}

PROCEDURE gate(v (mV)) {
    minf = 1 / (1 + exp(-(v + 25) / 5))
    mtau = 1 + 4 / (1 + exp((v + 30) / 10))
}
