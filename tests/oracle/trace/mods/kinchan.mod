COMMENT
Two-gate potassium channel written as a KINETIC scheme (closed <-> open, voltage-dependent
rates) and solved with METHOD sparse; CONSERVE keeps the occupancies summing to one.
ENDCOMMENT

NEURON {
    SUFFIX kinchan
    USEION k READ ek WRITE ik
    RANGE gbar, g
}

UNITS {
    (mV) = (millivolt)
    (mA) = (milliamp)
    (S) = (siemens)
}

PARAMETER {
    gbar = 0.01 (S/cm2)
    a0 = 0.05 (/ms)
    b0 = 0.02 (/ms)
    vhalf = -40 (mV)
    slope = 12 (mV)
}

ASSIGNED {
    v (mV)
    ek (mV)
    ik (mA/cm2)
    g (S/cm2)
    kf (/ms)
    kb (/ms)
}

STATE { C O }

BREAKPOINT {
    SOLVE scheme METHOD sparse
    g = gbar * O
    ik = g * (v - ek)
}

INITIAL {
    rates(v)
    SOLVE scheme STEADYSTATE sparse
}

KINETIC scheme {
    rates(v)
    ~ C <-> O (kf, kb)
    CONSERVE C + O = 1
}

PROCEDURE rates(v (mV)) {
    kf = a0 * exp((v - vhalf) / slope)
    kb = b0 * exp(-(v - vhalf) / slope)
}
