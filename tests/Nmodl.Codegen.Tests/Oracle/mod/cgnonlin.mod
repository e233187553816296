: A NONLINEAR system solved by Newton's method in INITIAL and at every step (a changes in time).
NEURON { SUFFIX cgnonlin RANGE a }
PARAMETER { a = 2 }
STATE { p q }
INITIAL { p = 1 q = 1  SOLVE nl }
BREAKPOINT { SOLVE nl }
NONLINEAR nl {
  a = 2 + t
  ~ p*p + q*q = a*a
  ~ p = q*q*0.5 + 0.2
}
