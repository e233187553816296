: FUNCTION_TABLEs of two and three arguments, filled from outside, called from FUNCTIONs.
NEURON { SUFFIX cgft2 }
FUNCTION_TABLE grid2(v (mV), c (mM)) (ms)
FUNCTION_TABLE points2(v (mV), c (mM)) (ms)
FUNCTION_TABLE grid3(a, b, c)
FUNCTION probe2(x (mV), y (mM), which) (ms) {
    if (which == 0) {
        probe2 = grid2(x, y)
    } else {
        probe2 = points2(x, y)
    }
}
FUNCTION probe3(x, y, z) {
    probe3 = grid3(x, y, z)
}
