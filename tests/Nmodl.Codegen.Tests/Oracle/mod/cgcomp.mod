: Two compartments of different volumes exchanging a species, with an influx into the first.
NEURON { SUFFIX cgcomp RANGE D, v1, v2, influx }
PARAMETER { D = 0.6  v1 = 2  v2 = 5  influx = 0.01 }
STATE { c1 c2 }
INITIAL { c1 = 1 c2 = 0 }
BREAKPOINT { SOLVE ks METHOD sparse }
KINETIC ks {
  COMPARTMENT v1 {c1}
  COMPARTMENT v2 {c2}
  ~ c1 << (influx*(1 - c1))
  ~ c1 <-> c2 (D, D)
}
