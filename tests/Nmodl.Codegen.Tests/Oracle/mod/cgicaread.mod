: Reads the calcium ion's total current (NEURON loads ica from the ion before INITIAL and the
: state update), while also writing its own part of it.
NEURON {
    SUFFIX cgicaread
    USEION ca READ ica WRITE ica
    RANGE seeninit
}
ASSIGNED { ica (mA/cm2) seeninit }
STATE { c }
INITIAL {
    seeninit = ica
    c = 0
}
BREAKPOINT {
    SOLVE s METHOD cnexp
    ica = 0.001
}
DERIVATIVE s { c' = ica }
