TITLE AlphaSynapse: synaptic current with an alpha-function conductance

COMMENT
i = g*(v - e) with
    g = gmax * x * exp(1 - x),   x = (t - onset)/tau,  for 0 <= x <= 10
    g = 0                                               otherwise,
so the conductance peaks at gmax when t = onset + tau. The synapse fires
once, at onset; use ExpSyn or Exp2Syn with a NetCon for repeated events.
ENDCOMMENT

UNITS {
    (nA) = (nanoamp)
    (mV) = (millivolt)
    (uS) = (microsiemens)
}

NEURON {
    POINT_PROCESS AlphaSynapse
    RANGE onset, tau, gmax, e, i
    NONSPECIFIC_CURRENT i
}

PARAMETER {
    onset = 0 (ms)
    tau = .1 (ms) <1e-3,1e6>
    gmax = 0 (uS) <0,1e9>
    e = 0 (mV)
}

ASSIGNED {
    v (mV)
    i (nA)
    g (uS)
}

BREAKPOINT {
    if (gmax) { at_time(onset) }
    g = gmax * alpha((t - onset)/tau)
    i = g*(v - e)
}

: x*exp(1 - x), cut to zero outside [0, 10] time constants.
FUNCTION alpha(x) {
    if (x < 0 || x > 10) {
        alpha = 0
    } else {
        alpha = x * exp(1 - x)
    }
}
