: WATCH conditions reading RANGE and GLOBAL variables that NET_RECEIVE changes: each upward
: crossing raises the threshold by rise; the watch re-arms after v falls hyst below the old one.
NEURON { POINT_PROCESS cgwatch2 RANGE th, rise, count, low GLOBAL hyst }
PARAMETER {
    th = -45 (mV)
    rise = 6 (mV)
    hyst = 4 (mV)
}
ASSIGNED { v (mV) count low (mV) }
INITIAL {
    count = 0
    low = th - hyst
    net_send(0, 1)
}
NET_RECEIVE(w) {
    if (flag == 1) {
        WATCH (v > th) 2
    } else if (flag == 2) {
        count = count + 1
        net_event(t)
        low = th - hyst
        th = th + rise
        WATCH (v < low) 3
    } else if (flag == 3) {
        hyst = hyst + 1
        WATCH (v > th) 2
    }
}
