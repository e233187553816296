: STEADYSTATE sparse of a nonlinear scheme in INITIAL.
NEURON { SUFFIX cgssk }
STATE { A B C }
INITIAL { A = 1 B = 0.6 C = 0  SOLVE ks STEADYSTATE sparse }
BREAKPOINT { SOLVE ks METHOD sparse }
KINETIC ks { ~ A + B <-> C (2, 0.5) }
