TITLE IntFire1: leaky integrate-and-fire cell with a refractory period

COMMENT
An artificial cell whose "membrane potential" m decays to 0 with time
constant tau and jumps by the weight of each input event. When m exceeds 1
the cell fires, m is shown as 2 for 0.5 ms and then -1 until the
refractory period `refrac` ends; inputs arriving while refractory are
ignored. m is advanced analytically only at events; the function M()
gives its value at the current time for plotting.
ENDCOMMENT

NEURON {
    ARTIFICIAL_CELL IntFire1
    RANGE tau, refrac, m
}

PARAMETER {
    tau = 10 (ms)
    refrac = 5 (ms)
}

ASSIGNED {
    m
    t0 (ms)
    refractory
}

INITIAL {
    m = 0
    t0 = t
    refractory = 0
}

: m at the present time (m itself is only updated at events).
FUNCTION M() {
    if (refractory == 0) {
        M = m*exp(-(t - t0)/tau)
    } else if (refractory == 1) {
        if (t - t0 < .5) {
            M = 2
        } else {
            M = -1
        }
    }
}

NET_RECEIVE (w) {
    if (refractory == 0) {
        m = m*exp(-(t - t0)/tau)
        t0 = t
        m = m + w
        if (m > 1) {
            refractory = 1
            m = 2
            net_send(refrac, refractory)
            net_event(t)
        }
    } else if (flag == 1) {
        : end of the refractory period
        t0 = t
        refractory = 0
        m = 0
    }
}
