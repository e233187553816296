: A CONDUCTANCE hint for one current only: nocmodl then gives the node the hinted conductance
: alone (gl is left out of the matrix, though il is in the right-hand side).
NEURON {
    SUFFIX cgcondp
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
    ik = gk*(v - ek)
    il = gl*(v - el)
}
