: A five-state Markov potassium channel C1 <-> C2 <-> C3 <-> O, C3 <-> I with voltage-dependent
: rates (a linear KINETIC scheme: one sparse solve per step), CONSERVE, and its current.
NEURON {
  SUFFIX simdmarkov
  USEION k READ ek WRITE ik
  RANGE gbar, g
}
UNITS { (mA) = (milliamp) (mV) = (millivolt) (S) = (siemens) }
PARAMETER { gbar = 0.01 (S/cm2) }
ASSIGNED { v (mV) ek (mV) ik (mA/cm2) g (S/cm2) a (/ms) b (/ms) }
STATE { C1 C2 C3 O I }
INITIAL { SOLVE ks STEADYSTATE sparse }
BREAKPOINT {
  SOLVE ks METHOD sparse
  g = gbar*O
  ik = g*(v - ek)
}
KINETIC ks {
  a = 0.1*exp((v + 40)/20)
  b = 0.05*exp(-(v + 40)/25)
  ~ C1 <-> C2 (3*a, b)
  ~ C2 <-> C3 (2*a, 2*b)
  ~ C3 <-> O (a, 3*b)
  ~ C3 <-> I (0.02, 0.01)
  CONSERVE C1 + C2 + C3 + O + I = 1
}
