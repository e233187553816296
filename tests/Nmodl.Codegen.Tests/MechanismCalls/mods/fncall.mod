: FUNCTIONs and PROCEDUREs of a density mechanism called from a script, reading and writing
: RANGE and GLOBAL variables of the instance chosen by setdata_fncall(seg).
NEURON {
    SUFFIX fncall
    RANGE gbar, last
    GLOBAL scale, count
}
PARAMETER {
    gbar = 0.002
    scale = 3
}
ASSIGNED {
    last
    count
}
FUNCTION eff(x) {
    eff = gbar * scale * x
}
FUNCTION twice(x) {
    twice = 2 * eff(x)
}
PROCEDURE bump(x) {
    last = x * gbar
    count = count + 1
}
