COMMENT
The old style of published channel models (tests/oracle/verbatim/make_golden.py): SOLVE of a
PROCEDURE without METHOD, which nocmodl calls once per step in nrn_state, ending with VERBATIM's
'return 0;' (the success code nocmodl checks); the gate relaxes exactly towards a sigmoid of v.
ENDCOMMENT

NEURON {
    SUFFIX vbsolve
    NONSPECIFIC_CURRENT i
    RANGE gmax, erev, m, calls
}

UNITS { (mV) = (millivolt) (mA) = (milliamp) }

PARAMETER {
    gmax = 0.002 (S/cm2)
    erev = -40 (mV)
    tau = 3 (ms)
}

ASSIGNED { v (mV) i (mA/cm2) m calls }

INITIAL {
    m = minf(v)
    calls = 0
}

BREAKPOINT {
    SOLVE states
    i = gmax * m * (v - erev)
}

FUNCTION minf(v (mV)) {
    minf = 1 / (1 + exp(-(v + 60) / 4))
}

PROCEDURE states() {
    m = m + (1 - exp(-dt / tau)) * (minf(v) - m)
    calls = calls + 1
VERBATIM
    return 0;
ENDVERBATIM
}
