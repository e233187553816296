: WATCH: counts upward crossings of thresh (re-armed by a downward crossing 10 mV lower) and
: reports each with net_event.
NEURON { POINT_PROCESS cgwatch RANGE thresh, count, tlast }
PARAMETER { thresh = -20 (mV) }
ASSIGNED { v (mV) count tlast (ms) }
INITIAL {
    count = 0
    tlast = -1
    net_send(0, 1)
}
NET_RECEIVE(w) {
    if (flag == 1) {
        WATCH (v > thresh) 2
    } else if (flag == 2) {
        count = count + 1
        tlast = t
        net_event(t)
        WATCH (v < thresh - 10) 3
    } else if (flag == 3) {
        WATCH (v > thresh) 2
    }
}
