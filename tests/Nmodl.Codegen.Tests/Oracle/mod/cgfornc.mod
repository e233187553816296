: FOR_NETCONS: every delivery counts itself in all NetCons of the target and leaves its weight there.
NEURON { POINT_PROCESS cgfornc RANGE total }
ASSIGNED { total }
INITIAL { total = 0 }
NET_RECEIVE(w, count, last) {
    INITIAL {
        count = 0
        last = -1
    }
    total = total + w
    FOR_NETCONS(ww, cc, ll) {
        cc = cc + 1
        ll = w + ww
    }
}
