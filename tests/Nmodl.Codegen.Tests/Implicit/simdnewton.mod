: Two coupled nonlinear states with derivimplicit: a voltage-dependent rate, an if in the
: DERIVATIVE block, and a counter of how often the block is evaluated (once per residual), so the
: number of Newton iterations each instance takes is visible from outside.
NEURON { SUFFIX simdnewton RANGE k, calls, rate }
PARAMETER { k = 0.7 }
ASSIGNED { v (mV) calls rate }
STATE { x z }
INITIAL { x = 1 z = 0.5 calls = 0 }
BREAKPOINT { SOLVE s METHOD derivimplicit }
DERIVATIVE s {
  LOCAL f
  calls = calls + 1
  rate = k * exp(v / 50)
  if (x > z) {
    f = x*z
  } else {
    f = x*x
  }
  x' = -rate*f + 0.1*z
  z' = 0.5*x*x - 0.2*z*z*z
}
