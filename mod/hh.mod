TITLE hh: Hodgkin-Huxley squid axon sodium, potassium and leak channels

COMMENT
The classic Hodgkin & Huxley (1952) model of the squid giant axon,
J. Physiol. 117:500-544, with the membrane potential in NEURON's
convention: absolute mV, depolarisation positive, rest near -65 mV.

Gates m, h (sodium) and n (potassium) relax towards their steady states
with voltage dependent time constants that scale with temperature by
q10 = 3^((celsius - 6.3)/10); the model was fitted at 6.3 degC, so set
celsius accordingly for squid-like behaviour.

The steady states and time constants are tabulated over -100..100 mV in
200 intervals and linearly interpolated (usetable_hh = 0 turns this off);
the table is rebuilt whenever celsius changes.
ENDCOMMENT

UNITS {
    (mA) = (milliamp)
    (mV) = (millivolt)
    (S) = (siemens)
}

NEURON {
    SUFFIX hh
    USEION na READ ena WRITE ina
    USEION k READ ek WRITE ik
    NONSPECIFIC_CURRENT il
    RANGE gnabar, gkbar, gl, el, gna, gk
    GLOBAL minf, hinf, ninf, mtau, htau, ntau
    THREADSAFE
}

PARAMETER {
    gnabar = .12 (S/cm2) <0,1e9>
    gkbar = .036 (S/cm2) <0,1e9>
    gl = .0003 (S/cm2) <0,1e9>
    el = -54.3 (mV)
}

STATE {
    m h n
}

ASSIGNED {
    v (mV)
    celsius (degC)
    ena (mV)
    ek (mV)
    gna (S/cm2)
    gk (S/cm2)
    ina (mA/cm2)
    ik (mA/cm2)
    il (mA/cm2)
    minf hinf ninf
    mtau (ms) htau (ms) ntau (ms)
}

BREAKPOINT {
    SOLVE states METHOD cnexp
    gna = gnabar*m*m*m*h
    ina = gna*(v - ena)
    gk = gkbar*n*n*n*n
    ik = gk*(v - ek)
    il = gl*(v - el)
}

INITIAL {
    rates(v)
    m = minf
    h = hinf
    n = ninf
}

DERIVATIVE states {
    rates(v)
    m' = (minf - m)/mtau
    h' = (hinf - h)/htau
    n' = (ninf - n)/ntau
}

UNITSOFF

: Steady states and time constants of the three gates at membrane potential v.
PROCEDURE rates(v (mV)) {
    LOCAL alpha, beta, sum, q10
    TABLE minf, mtau, hinf, htau, ninf, ntau DEPEND celsius FROM -100 TO 100 WITH 200

    q10 = 3^((celsius - 6.3)/10)

    : sodium activation
    alpha = .1 * vtrap(-(v + 40), 10)
    beta = 4 * exp(-(v + 65)/18)
    sum = alpha + beta
    mtau = 1/(q10*sum)
    minf = alpha/sum

    : sodium inactivation
    alpha = .07 * exp(-(v + 65)/20)
    beta = 1 / (exp(-(v + 35)/10) + 1)
    sum = alpha + beta
    htau = 1/(q10*sum)
    hinf = alpha/sum

    : potassium activation
    alpha = .01 * vtrap(-(v + 55), 10)
    beta = .125 * exp(-(v + 65)/80)
    sum = alpha + beta
    ntau = 1/(q10*sum)
    ninf = alpha/sum
}

: x/(exp(x/y) - 1), replaced near x = 0 by its first-order expansion
: so that the removable singularity does not divide 0 by 0.
FUNCTION vtrap(x, y) {
    if (fabs(x/y) < 1e-6) {
        vtrap = y*(1 - x/y/2)
    } else {
        vtrap = x/(exp(x/y) - 1)
    }
}

UNITSON
