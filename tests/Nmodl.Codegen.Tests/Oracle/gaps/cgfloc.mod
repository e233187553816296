: A LOCAL declared outside any block: one value shared by every instance, starting at 0, that hoc
: does not see (a static of nocmodl's C).
NEURON {
    SUFFIX cgfloc
    RANGE y
    GLOBAL g
}
PARAMETER { g = 3 }
ASSIGNED { y }
LOCAL z
INITIAL {
    z = z + 1
    y = z + g
}
