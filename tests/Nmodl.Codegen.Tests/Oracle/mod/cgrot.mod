: A rotation p' = -w q, q' = w p with forward Euler.
NEURON { SUFFIX cgrot RANGE w }
PARAMETER { w = 0.5 }
STATE { p q }
INITIAL { p = 1 q = 0 }
BREAKPOINT { SOLVE s METHOD euler }
DERIVATIVE s { p' = -w*q  q' = w*p }
