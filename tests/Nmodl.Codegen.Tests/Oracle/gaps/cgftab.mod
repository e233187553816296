: FUNCTION_TABLEs filled by name: NEURON calls the filling function table_<function>_<suffix>.
NEURON {
    SUFFIX cgftab
    RANGE y
}
ASSIGNED { v (mV) y }
FUNCTION_TABLE tau(v (mV)) (ms)
FUNCTION_TABLE amp(a, b)
INITIAL { y = tau(v) }
FUNCTION probe(x) { probe = tau(x) }
