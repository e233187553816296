: A LINEAR system solved in INITIAL and at every step (b changes in time).
NEURON { SUFFIX cglin RANGE b }
PARAMETER { b = 3 }
STATE { p q r }
INITIAL { SOLVE lin }
BREAKPOINT { SOLVE lin }
LINEAR lin {
  b = 3 + t
  ~ 2*p + q - r = b
  ~ p - q = 1
  ~ p + q + 4*r = 0.5
}
