: First-order relaxation x' = (xinf - x)/tau, integrated with cnexp.
NEURON { SUFFIX cgrelax RANGE xinf, tau }
PARAMETER { xinf = 0.3 tau = 2 }
STATE { x }
INITIAL { x = 1 }
BREAKPOINT { SOLVE s METHOD cnexp }
DERIVATIVE s { x' = (xinf - x)/tau }
