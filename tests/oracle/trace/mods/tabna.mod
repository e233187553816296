COMMENT
Transient sodium channel whose steady states and time constants come from a TABLE over
voltage that depends on celsius (Q10 temperature scaling of the rates).
ENDCOMMENT

NEURON {
    SUFFIX tabna
    USEION na READ ena WRITE ina
    RANGE gbar
    GLOBAL minf, hinf, mtau, htau
}

UNITS {
    (mV) = (millivolt)
    (mA) = (milliamp)
    (S) = (siemens)
}

PARAMETER {
    gbar = 0.05 (S/cm2)
    q10 = 2.5
}

ASSIGNED {
    v (mV)
    ena (mV)
    ina (mA/cm2)
    minf
    hinf
    mtau (ms)
    htau (ms)
}

STATE { m h }

BREAKPOINT {
    SOLVE states METHOD cnexp
    ina = gbar * m * m * m * h * (v - ena)
}

INITIAL {
    rates(v)
    m = minf
    h = hinf
}

DERIVATIVE states {
    rates(v)
    m' = (minf - m) / mtau
    h' = (hinf - h) / htau
}

PROCEDURE rates(v (mV)) { LOCAL qt, am, bm, ah, bh
    TABLE minf, hinf, mtau, htau DEPEND celsius FROM -120 TO 60 WITH 360
    qt = q10 ^ ((celsius - 6.3) / 10)
    am = 0.2 * vtrap(-(v + 38), 7)
    bm = 0.4 * vtrap(v + 63, 8)
    ah = 0.015 * exp(-(v + 65) / 18)
    bh = 0.6 / (1 + exp(-(v + 33) / 9))
    mtau = 1 / (qt * (am + bm))
    minf = am / (am + bm)
    htau = 1 / (qt * (ah + bh))
    hinf = ah / (ah + bh)
}

FUNCTION vtrap(x (mV), k (mV)) (mV) {
    if (fabs(x / k) < 1e-6) {
        vtrap = k * (1 - x / k / 2)
    } else {
        vtrap = x / (exp(x / k) - 1)
    }
}
