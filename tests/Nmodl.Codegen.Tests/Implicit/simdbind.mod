: Nonlinear binding A + B <-> C with sparse, and a counter of the KINETIC block's evaluations
: (one per Newton pass and one after), so each instance's number of passes is visible.
NEURON { SUFFIX simdbind RANGE kf, kb, calls }
PARAMETER { kf = 2 kb = 0.5 }
ASSIGNED { calls }
STATE { A B C }
INITIAL { A = 1 B = 0.6 C = 0 calls = 0 }
BREAKPOINT { SOLVE ks METHOD sparse }
KINETIC ks {
  calls = calls + 1
  ~ A + B <-> C (kf, kb)
}
