TITLE APCount: action potential counter

COMMENT
Counts upward crossings of thresh by v at its location. n is the number of
crossings since INITIAL, time the time of the latest one, and firing is 1
while v stays at or above thresh. The test runs after v has been advanced
in each step (SOLVE ... after_cvode), so time is the end of the first step
at which v >= thresh.
ENDCOMMENT

UNITS {
    (mV) = (millivolt)
}

NEURON {
    POINT_PROCESS APCount
    RANGE n, thresh, time, firing
    THREADSAFE
}

PARAMETER {
    n
    thresh = -20 (mV)
    time (ms)
}

ASSIGNED {
    v (mV)
    firing
}

INITIAL {
    n = 0
    firing = 0
    check()
}

BREAKPOINT {
    SOLVE check METHOD after_cvode
}

PROCEDURE check() {
    if (v >= thresh && !firing) {
        firing = 1
        time = t
        n = n + 1
    }
    if (firing && v < thresh && t > time) {
        firing = 0
    }
}
