COMMENT
Artificial integrate-and-fire cell: the drive m decays with tau between events (computed
analytically); crossing 1 fires (net_event), then the cell is refractory for refrac ms
(a self-event with flag 1) and fires a second spike after gap ms (flag 2).
ENDCOMMENT

NEURON {
    ARTIFICIAL_CELL burster
    RANGE tau, refrac, gap, m
}

PARAMETER {
    tau = 8 (ms)
    refrac = 3 (ms)
    gap = 1.5 (ms)
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

NET_RECEIVE(w) {
    if (flag == 0) {
        if (refractory == 0) {
            m = m * exp(-(t - t0) / tau) + w
            t0 = t
            if (m > 1) {
                net_event(t)
                m = 0
                refractory = 1
                net_send(gap, 2)
                net_send(refrac, 1)
            }
        }
    } else if (flag == 1) {
        refractory = 0
        t0 = t
    } else if (flag == 2) {
        net_event(t)
    }
}
