: A rotation p' = -w q, q' = w p with fourth-order Runge-Kutta.
NEURON { SUFFIX cgrotrk RANGE w }
PARAMETER { w = 0.5 }
STATE { p q }
INITIAL { p = 1 q = 0 }
BREAKPOINT { SOLVE s METHOD runge }
DERIVATIVE s { p' = -w*q  q' = w*p }
