: A second calcium current, so that the ion's total differs from cgicaread's own.
NEURON {
    SUFFIX cgicawrite
    USEION ca WRITE ica
}
ASSIGNED { ica (mA/cm2) }
BREAKPOINT { ica = 0.002 }
