: NET_RECEIVE with three weights and no INITIAL: NEURON zeroes all but the first at finitialize.
NEURON { POINT_PROCESS cgnrzero RANGE g }
ASSIGNED { g }
NET_RECEIVE(w, a, b) { g = g + w + a + b }
