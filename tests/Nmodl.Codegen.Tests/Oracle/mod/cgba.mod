: BEFORE/AFTER blocks: each leaves a trace of when NEURON ran it.
NEURON { SUFFIX cgba RANGE a, b, c, d, e, n }
STATE { x }
ASSIGNED { a b c d e n }
BEFORE INITIAL { a = 10  n = 100 }
INITIAL {
    x = 1
    b = a + 1
}
AFTER INITIAL { c = b*2 }
BEFORE BREAKPOINT { n = n + 1 }
BREAKPOINT { SOLVE s METHOD cnexp }
DERIVATIVE s { x' = -x }
AFTER SOLVE { d = x + n }
BEFORE STEP { e = n + x + d }
