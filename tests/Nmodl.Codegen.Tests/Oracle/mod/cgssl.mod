: STEADYSTATE sparse of a linear scheme with CONSERVE in INITIAL.
NEURON { SUFFIX cgssl }
STATE { A B }
INITIAL { A = 1 B = 0  SOLVE ks STEADYSTATE sparse }
BREAKPOINT { SOLVE ks METHOD sparse }
KINETIC ks { ~ A <-> B (0.3, 0.1) CONSERVE A + B = 1 }
