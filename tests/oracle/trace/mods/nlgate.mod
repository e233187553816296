COMMENT
A gate with nonlinear (second-order) inactivation, x' = a(v) (1 - x) - b x^2, coupled to a
slow variable z, integrated with METHOD derivimplicit (Newton iterations every step).
ENDCOMMENT

NEURON {
    SUFFIX nlgate
    NONSPECIFIC_CURRENT i
    RANGE gbar, e, i
}

UNITS {
    (mV) = (millivolt)
    (mA) = (milliamp)
    (S) = (siemens)
}

PARAMETER {
    gbar = 0.001 (S/cm2)
    e = -20 (mV)
    b = 0.5 (/ms)
    kz = 0.02 (/ms)
}

ASSIGNED {
    v (mV)
    i (mA/cm2)
    a (/ms)
}

STATE { x z }

BREAKPOINT {
    SOLVE states METHOD derivimplicit
    i = gbar * x * (1 - z) * (v - e)
}

INITIAL {
    x = 0.05
    z = 0
}

DERIVATIVE states {
    a = 0.1 / (1 + exp(-(v + 50) / 6))
    x' = a * (1 - x) - b * x * x
    z' = kz * (x - z)
}
