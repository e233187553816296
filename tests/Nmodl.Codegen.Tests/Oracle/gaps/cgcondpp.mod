: A point process current (nA) with a CONDUCTANCE hint (uS): scaled by 1e2/area like the current.
NEURON {
    POINT_PROCESS cgcondpp
    NONSPECIFIC_CURRENT i
    RANGE g, e
}
PARAMETER {
    g = 0.002 (uS)
    e = 10 (mV)
}
ASSIGNED { v (mV) i (nA) }
BREAKPOINT {
    CONDUCTANCE g
    i = g*(v - e)
}
