: WHILE and FROM loops in BREAKPOINT: bounded by a GLOBAL (the same for every instance), by a
: non-whole RANGE value (truncated, per instance), a WHILE whose number of iterations depends on
: v, and loops inside both branches of an if.
NEURON {
  SUFFIX simdloops
  NONSPECIFIC_CURRENT i
  RANGE n, g, acc, w, k
  GLOBAL reps
}
PARAMETER { n = 3.7  reps = 4  g = 0.001 }
ASSIGNED { v (mV) i (mA/cm2) acc w k }
INITIAL { acc = 0 w = 0 k = 0 }
BREAKPOINT {
  LOCAL j, e
  acc = 0
  FROM j = 1 TO reps {
    acc = acc + exp(-j*v/100)
  }
  FROM j = 0 TO n BY 1 {
    acc = acc + j*0.01
  }
  e = 1
  k = 0
  WHILE (e > exp(v/10)) {
    e = e*0.5
    k = k + 1
  }
  if (v > -60) {
    FROM j = 1 TO 2 {
      acc = acc*1.01
    }
    w = 0
    WHILE (w < n) {
      w = w + 0.75
    }
  } else {
    FROM j = 1 TO n {
      w = w - j
    }
  }
  i = g*(v - 10)*(1 + 0.001*acc) + 1e-6*k
}
