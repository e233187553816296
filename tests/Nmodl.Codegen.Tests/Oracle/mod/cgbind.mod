: Nonlinear binding A + B <-> C, sparse (Newton iterations, states kept non-negative).
NEURON { SUFFIX cgbind RANGE kf, kb }
PARAMETER { kf = 2 kb = 0.5 }
STATE { A B C }
INITIAL { A = 1 B = 0.6 C = 0 }
BREAKPOINT { SOLVE ks METHOD sparse }
KINETIC ks {
  ~ A + B <-> C (kf, kb)
}
