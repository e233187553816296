: CONDUCTANCE hints for every current: nocmodl evaluates BREAKPOINT once, at v, and takes the
: conductance from the hints (gk is also the potassium current's dI/dv).
NEURON {
    SUFFIX cgcond
    USEION k READ ek WRITE ik
    NONSPECIFIC_CURRENT il
    RANGE gk, gl, el
}
PARAMETER {
    gk = 0.004 (S/cm2)
    gl = 0.0003 (S/cm2)
    el = -54.3 (mV)
}
ASSIGNED { v (mV) ek (mV) ik (mA/cm2) il (mA/cm2) }
BREAKPOINT {
    CONDUCTANCE gk USEION k
    CONDUCTANCE gl
    ik = gk*(v - ek)
    il = gl*(v - el)
}
