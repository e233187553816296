: A TABLE whose listed variables are RANGE (the common ModelDB form), in a PROCEDURE that also
: reads a RANGE parameter: NEURON builds the table once, from the first instance's data.
NEURON {
    SUFFIX cgtabr
    RANGE minf, mtau, vshift, gbar
    NONSPECIFIC_CURRENT i
}
PARAMETER {
    gbar = 0.001 (S/cm2)
    e = -70 (mV)
    vshift = 0 (mV)
}
ASSIGNED { v (mV) i (mA/cm2) minf mtau (ms) }
STATE { m }
BREAKPOINT {
    SOLVE states METHOD cnexp
    i = gbar*m*(v - e)
}
INITIAL {
    rates(v)
    m = minf
}
DERIVATIVE states {
    rates(v)
    m' = (minf - m)/mtau
}
PROCEDURE rates(v (mV)) {
    TABLE minf, mtau DEPEND celsius FROM -100 TO 100 WITH 200
    minf = 1/(1 + exp(-(v + 40 - vshift)/10))
    mtau = 1 + 5*exp(-((v + 50)/20)^2) * 3^((celsius - 6.3)/10)
}
