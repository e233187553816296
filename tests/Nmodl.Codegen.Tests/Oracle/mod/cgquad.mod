: x' = -k x^2 with derivimplicit (Newton on the implicit Euler step).
NEURON { SUFFIX cgquad RANGE k }
PARAMETER { k = 0.7 }
STATE { x }
INITIAL { x = 1 }
BREAKPOINT { SOLVE s METHOD derivimplicit }
DERIVATIVE s { x' = -k*x*x }
