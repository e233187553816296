: A FUNCTION whose VERBATIM code calls a function defined by the script, by name.
NEURON {
    SUFFIX hoccall
    RANGE result
}
ASSIGNED {
    result
}
FUNCTION callscript(a, b) {
VERBATIM
    Symbol* s = hoc_lookup("scriptfn");
    if (!s) {
        hoc_execerror("hoccall: define the script function scriptfn first", 0);
    }
    hoc_pushx(_la);
    hoc_pushx(_lb);
    _lcallscript = hoc_call_func(s, 2);
ENDVERBATIM
}
PROCEDURE keep(a) {
    result = callscript(a, 10)
}
