COMMENT
VERBATIM's null test of a POINTER connected with setpointer (tests/oracle/verbatim/make_pointer_golden.py):
in NEURON's C, _p_src is the address setpointer gave, so 'if (_p_src)' is true once connected; the C split
around NMODL statements reads the POINTER only then, as hhdcdt.mod does with its capacitance.
ENDCOMMENT

NEURON {
    POINT_PROCESS vbpointer
    POINTER src
    RANGE seen, val
}

ASSIGNED { src seen val }

INITIAL {
    seen = 0
    val = 0
}

BREAKPOINT {
VERBATIM
    if (_p_src) {
ENDVERBATIM
    seen = seen + 1
    val = src
VERBATIM
    }
ENDVERBATIM
}

FUNCTION connected() {
VERBATIM
    _lconnected = (_p_src == NULL) ? 0 : (!_p_src ? 2 : 1);
ENDVERBATIM
}
