: Two coupled nonlinear states with derivimplicit: a voltage-dependent rate, an if in the
: DERIVATIVE block, and a counter of how often the block is evaluated (once per residual), so the
: number of Newton iterations each instance takes is visible from outside.
NEURON { SUFFIX simdnewton RANGE k, calls, rate }
PARAMETER { k = 0.7 }
ASSIGNED { v (mV) calls rate }
STATE { x y }
INITIAL { x = 1 y = 0.5 calls = 0 }
BREAKPOINT { SOLVE s METHOD derivimplicit }
DERIVATIVE s {
  calls = calls + 1
  rate = k * exp(v / 50)
  if (x > y) {
    x' = -rate*x*y + 0.1*y
  } else {
    x' = -rate*x*x + 0.1*y
  }
  y' = 0.5*x*x - 0.2*y*y*y
}
