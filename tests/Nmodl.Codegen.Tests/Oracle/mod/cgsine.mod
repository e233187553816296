: A sinusoidal current injection, so that v of a bare section swings up and down (drives cgwatch).
NEURON { POINT_PROCESS cgsine ELECTRODE_CURRENT i RANGE amp, period }
PARAMETER {
    amp = 0.5 (nA)
    period = 10 (ms)
}
ASSIGNED { i (nA) }
BREAKPOINT { i = amp*sin(2*3.141592653589793*t/period) }
