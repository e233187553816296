: CONSTRUCTOR and DESTRUCTOR of a point process: NEURON runs the first when the object is
: created (after PARAMETER defaults are set), the second when it is freed.
NEURON {
    POINT_PROCESS cgctor
    RANGE a, b, serial
    GLOBAL made, alive
}
PARAMETER { a = 2 }
ASSIGNED { b serial made alive }
CONSTRUCTOR {
    b = a*3
    made = made + 1
    alive = alive + 1
    serial = made
}
DESTRUCTOR {
    alive = alive - 1
}
INITIAL { b = b + 1 }
