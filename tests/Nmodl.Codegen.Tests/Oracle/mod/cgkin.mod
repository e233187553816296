: Two-state scheme A <-> B with conservation, sparse.
NEURON { SUFFIX cgkin RANGE kf, kb }
PARAMETER { kf = 0.3 kb = 0.1 }
STATE { A B }
INITIAL { A = 1 B = 0 }
BREAKPOINT { SOLVE ks METHOD sparse }
KINETIC ks {
  ~ A <-> B (kf, kb)
  CONSERVE A + B = 1
}
