: Arrays indexed at run time: loop counters with bounds known only at run time,
: a LOCAL index computed from a RANGE value, RANGE, GLOBAL and LOCAL arrays,
: and a diffusion-like KINETIC chain over a STATE array.
NEURON {
    SUFFIX cgarray
    RANGE n, k, a, total, picked, fsum
    GLOBAL g
}
DEFINE N 4
PARAMETER {
    n = 3
    k = 2.7
    kf = 0.3 (/ms)
    kb = 0.1 (/ms)
}
ASSIGNED { v (mV) a[N] g[N] total picked fsum }
STATE { c[N] }
INITIAL {
    LOCAL i
    FROM i = 0 TO n {
        a[i] = (i + 1) * 0.5 + v * 0.001
    }
    FROM i = 0 TO N - 1 {
        c[i] = 1 / (i + 1)
        g[i] = i * i + 1
    }
    picked = 0
    total = 0
    fsum = 0
}
BREAKPOINT {
    SOLVE chain METHOD sparse
    sums()
}
PROCEDURE sums() {
    LOCAL i, j, w[N]
    total = 0
    FROM i = 0 TO n {
        w[i] = a[i] * c[i]
        total = total + w[i]
    }
    j = k
    picked = a[j] + w[j] + c[j]
    fsum = gsum(n - 1)
}
FUNCTION gsum(m) {
    LOCAL j
    gsum = 0
    FROM j = 0 TO m {
        gsum = gsum + g[j] * c[j]
    }
}
KINETIC chain {
    LOCAL i
    FROM i = 0 TO N - 2 {
        ~ c[i] <-> c[i + 1] (kf * (i + 1), kb)
    }
}
