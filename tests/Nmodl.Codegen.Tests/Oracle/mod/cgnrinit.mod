: NET_RECEIVE with an INITIAL block that sets the NetCon's other weights.
NEURON { POINT_PROCESS cgnrinit RANGE g }
ASSIGNED { g }
NET_RECEIVE(w, a, b) {
    INITIAL { a = 2*w + t  b = 7 }
    g = g + w + a + b
}
