: A NONLINEAR system whose Newton iteration fails on purpose: no real root when c < 0 (it does
: not converge), a singular Jacobian when s = 0.
NEURON { SUFFIX simdnlfail RANGE c, s }
PARAMETER { c = 4 s = 1 }
STATE { p q }
INITIAL { p = 1 q = 1 }
BREAKPOINT { SOLVE nl }
NONLINEAR nl {
  ~ p*p = c
  ~ s*q = p
}
