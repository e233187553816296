: FUNCTION_TABLEs filled from outside: at points, evenly spaced, constant; called from a FUNCTION.
NEURON { SUFFIX cgftable }
FUNCTION_TABLE tpoints(x (mV)) (ms)
FUNCTION_TABLE tevenly(x (mV)) (ms)
FUNCTION_TABLE tconst(x (mV)) (ms)
FUNCTION probe(x (mV), which) (ms) {
    if (which == 0) {
        probe = tpoints(x)
    } else if (which == 1) {
        probe = tevenly(x)
    } else {
        probe = tconst(x)
    }
}
