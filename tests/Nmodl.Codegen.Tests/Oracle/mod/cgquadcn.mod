: x' = -k x^2 with cnexp (Newton on the implicit Euler step).
NEURON { SUFFIX cgquadcn RANGE k }
PARAMETER { k = 0.7 }
STATE { x }
INITIAL { x = 1 }
BREAKPOINT { SOLVE s METHOD cnexp }
DERIVATIVE s { x' = -k*x*x }
