: SOLVE of a PROCEDURE whose VERBATIM C returns an error code: nocmodl's nrn_state checks the
: result and stops the run (abort_run) when it is not 0.
NEURON {
    SUFFIX cgsolvep
    RANGE x, n, limit
}
PARAMETER { limit = 2 }
ASSIGNED { x n }
INITIAL {
    x = 0
    n = 0
}
BREAKPOINT {
    SOLVE bump
}
PROCEDURE bump() {
    x = x + 1
VERBATIM
    if (x > limit) { return 1; }
ENDVERBATIM
    n = n + 1
}
