TITLE SEClamp: single electrode voltage clamp with three levels

COMMENT
An ideal voltage source vc behind a series resistance rs:
    vc ---/\/\/--- cell
           rs
The command holds amp1 for dur1 ms from t = 0, then amp2 for dur2, then
amp3 for dur3; afterwards the clamp is off and injects nothing.
i = (vc - v)/rs is an electrode current, positive into the cell.

The current is computed twice per step: in BREAKPOINT (so the solver gets
di/dv) and again after v has been advanced (SOLVE ... after_cvode), so that
the recorded i is (vc - v(t))/rs with the new v rather than the old one.
The command is evaluated in BREAKPOINT, not in the SOLVE, so that a Vector
played into vc is not shifted by one step.

Several SEClamps at one location are independent clamps, not one clamp
with more levels.
ENDCOMMENT

UNITS {
    (nA) = (nanoamp)
    (mV) = (millivolt)
    (uS) = (microsiemens)
}

NEURON {
    POINT_PROCESS SEClamp
    ELECTRODE_CURRENT i
    RANGE dur1, amp1, dur2, amp2, dur3, amp3, rs, vc, i
}

PARAMETER {
    rs = 1 (megohm) <1e-9, 1e9>
    dur1 (ms)
    amp1 (mV)
    dur2 (ms) <0,1e9>
    amp2 (mV)
    dur3 (ms) <0,1e9>
    amp3 (mV)
}

ASSIGNED {
    v (mV)
    i (nA)
    vc (mV)
    tc2 (ms)
    tc3 (ms)
    on
}

INITIAL {
    tc2 = dur1 + dur2
    tc3 = tc2 + dur3
    on = 0
}

BREAKPOINT {
    SOLVE icur METHOD after_cvode
    vstim()
}

PROCEDURE icur() {
    if (on) {
        i = (vc - v)/rs
    } else {
        i = 0
    }
}

: The command level at time t; switches the clamp off after the last level.
PROCEDURE vstim() {
    on = 1
    if (dur1) { at_time(dur1) }
    if (dur2) { at_time(tc2) }
    if (dur3) { at_time(tc3) }
    if (t < dur1) {
        vc = amp1
    } else if (t < tc2) {
        vc = amp2
    } else if (t < tc3) {
        vc = amp3
    } else {
        vc = 0
        on = 0
    }
    icur()
}
