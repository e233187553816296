: CONSTRUCTOR and DESTRUCTOR of an artificial cell, numbering the instances.
NEURON {
    ARTIFICIAL_CELL cgactor
    RANGE id, got
    GLOBAL next, live
}
PARAMETER { next = 100 }
ASSIGNED { id got live }
CONSTRUCTOR {
    id = next
    next = next + 1
    live = live + 1
}
DESTRUCTOR {
    live = live - 1
    next = next + 1000
}
INITIAL { got = 0 }
NET_RECEIVE (w) { got = got + w + id }
