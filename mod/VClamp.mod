TITLE VClamp: two-electrode voltage clamp with a finite-gain amplifier

COMMENT
A three-level voltage clamp: the command is amp[0] for dur[0] ms from t = 0,
then amp[1] for dur[1], then amp[2] for dur[2]; afterwards the clamp is off
and injects no current.

Circuit: a control amplifier of gain `gain` and output time constant tau2
drives the cell through rstim; the measuring input is ideal, coupled through
a lead-lag network of time constant tau1. The three states are the input of
the control amplifier (e), its output (vo) and the output of the measuring
amplifier (vi); they start at 0, v and v. fac mixes vo into the measured
potential.

The clamp equations are very stiff, so they are solved implicitly inside
each step (LINEAR block, backward Euler in dt) together with the current,
and the current is recomputed after v has been advanced so that the
recorded i matches the potential at the end of the step. Use it with the
fixed step method and secondorder = 0.

i is an electrode current: positive depolarises the cell. v is the internal
potential (v + vext when extracellular is present).
ENDCOMMENT

DEFINE NSTEP 3

UNITS {
    (nA) = (nanoamp)
    (mV) = (millivolt)
    (uS) = (microsiemens)
}

NEURON {
    POINT_PROCESS VClamp
    ELECTRODE_CURRENT i
    RANGE e0, vo0, vi0, dur, amp, gain, rstim, tau1, tau2, fac, i
}

PARAMETER {
    dur[NSTEP] (ms) <0, 1e9>
    amp[NSTEP] (mV)
    gain = 1e5 <0,1e9>
    rstim = 1 (megohm) <1e-9,1e9>
    tau1 = .001 (ms) <0,1e9>
    tau2 = 0 (ms) <0,1e9>
    e0 (mV)
    vo0 (mV)
    vi0 (mV)
    fac = 0 <1,10>
}

ASSIGNED {
    v (mV)
    dt (ms)
    i (nA)
    stim (mV)
    tc (ms)
}

STATE {
    e (mV)
    vo (mV)
    vi (mV)
}

INITIAL {
    e0 = 0
    vo = v
    vo0 = v
    vi = v
    vi0 = v
    e = 0
}

BREAKPOINT {
    SOLVE update METHOD after_cvode
    vstim()
    i = icur()
}

: The command level at time t. tc is pushed 100 ms past the end of the
: current level so that icur() sees the clamp as on; after the last level
: tc is the total duration and the clamp is off once t exceeds it.
PROCEDURE vstim() {
    LOCAL found
    tc = 0
    found = 0
    FROM j = 0 TO NSTEP - 1 {
        if (found == 0) {
            stim = amp[j]
            tc = tc + dur[j]
            if (t < tc) {
                tc = tc + 100
                found = 1
            }
        }
    }
}

: Clamp current, advancing the clamp circuit over one step when the clamp
: is on. Uses RANGE variables, so it is meaningful only inside the solver.
FUNCTION icur() (nA) {
    if (t > tc) {
        e0 = 0
        vo0 = 0
        icur = 0
    } else {
        SOLVE clamp
        icur = (vo - v)/rstim
    }
}

LINEAR clamp {
    LOCAL t1, t2
    t1 = tau1/dt
    t2 = tau2/dt
    ~ vi = v + fac*vo - fac*v
    ~ t2*vo - t2*vo0 + vo = -gain * e
    ~ -stim - e  +  vi - e  +  t1*vi - t1*e - t1*(vi0 - e0) = 0
}

: After v has been advanced: current at the new v, and the circuit's
: values at the end of this step become the start of the next one.
PROCEDURE update() {
    i = icur()
    e0 = e
    vo0 = vo
    vi0 = vi
}
