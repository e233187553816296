TITLE IntFire2: integrate-and-fire cell driven by a decaying synaptic current

COMMENT
An artificial cell with two variables:
    taus * di/dt + i = ib       (synaptic current; an event of weight w
                                 adds w to i)
    taum * dm/dt + m = i        (membrane; the cell fires when m reaches 1,
                                 after which m = 0)
The current must outlast the membrane (taum < taus; INITIAL enforces
taus >= taum + 0.1). Between events both are known in closed form, so the
next firing time is found by Newton's method and scheduled as a self event
(flag 1), which later inputs move. M() and I() give the present values for
plotting.
ENDCOMMENT

NEURON {
    ARTIFICIAL_CELL IntFire2
    RANGE taus, taum, ib, i, m
}

PARAMETER {
    taus = 20 (ms)
    taum = 10 (ms)
    ib = 0
}

ASSIGNED {
    i
    m
    t0 (ms)
}

FUNCTION M() {
    LOCAL x, f
    f = taus/(taus - taum)
    x = (i - ib)*exp(-(t - t0)/taus)
    M = ib + f*x + (m - (ib + (i - ib)*f))*exp(-(t - t0)/taum)
}

FUNCTION I() {
    LOCAL x, f
    f = taus/(taus - taum)
    x = (i - ib)*exp(-(t - t0)/taus)
    I = x + ib
}

INITIAL {
    i = ib
    m = 0
    if (taus <= taum) {
        taus = taum + .1
    }
    t0 = t
    net_send(firetime(ib, 0, 0), 1)
}

NET_RECEIVE (w) {
    LOCAL x, inew, f, ibf
    f = taus/(taus - taum)
    x = (i - ib)*exp(-(t - t0)/taus)
    inew = ib + x
    if (flag == 1) {
        : the scheduled firing time has come
        net_event(t)
        m = 0
        ibf = (inew - ib)*f
        net_send(firetime(ib, ibf, 0), 1)
    } else {
        m = ib + f*x + (m - (ib + (i - ib)*f))*exp(-(t - t0)/taum)
        inew = inew + w
        if (m >= 1) {
            net_move(t)
        } else {
            ibf = (inew - ib)*f
            net_move(firetime(ib, ibf, m) + t)
        }
    }
    t0 = t
    i = inew
}

COMMENT
firetime(a, b, c): the first t > 0 with
    a + b*exp(-t/taus) + (c - a - b)*exp(-t/taum) = 1,
i.e. when m starting at c (< 1) reaches 1, or 1e9 if it never does.
With x = exp(-t/taum) and r = taum/taus this is 1 = a + b*x^r + (c-a-b)*x
on 0 < x <= 1; when b is so negative that the slope at x = 1 points out of
the domain, the equation is solved in x = exp(-t/taus) instead.
ENDCOMMENT
FUNCTION firetime(a, b, c) (ms) {
    LOCAL r, cab, x, slope, peak
    r = taum/taus
    if (a <= 1 && a + b <= 1) {
        firetime = 1e9
    } else if (a > 1 && b <= 0) {
        : a > 1, so there is exactly one root in the domain
        cab = c - a - b
        slope = r*b + cab
        if (slope >= 0) {
            firetime = -taus * log(newton1(a, cab, b, 1/r, 0))
        } else {
            : start from the tangent's crossing of 1 (the value at x = 1 is c)
            x = (1 - c + slope)/slope
            if (x <= 0) {
                firetime = -taus*log(newton1(a, cab, b, 1/r, 0))
            } else {
                firetime = -taum*log(newton1(a, b, cab, r, x))
            }
        }
    } else {
        : a root exists only if the maximum of m exceeds 1; Newton from
        : x = 1 then converges to the first one
        cab = c - a - b
        x = (-cab/(r*b))^(1/(r - 1))
        peak = a + b*x^r + cab*x
        : the maximum can lie at x > 1 (e.g. a=0, b=1.1, c=.9, r=.5),
        : so both tests are needed
        if (x >= 1 || peak <= 1) {
            firetime = 1e9
        } else {
            slope = r*b + cab
            x = (1 - c + slope)/slope
            firetime = -taum*log(newton1(a, b, cab, r, x))
        }
    }
}

: Newton's method for 1 = a + b*x^r + c*x from x, kept inside 0 < x <= 1.
FUNCTION newton1(a, b, c, r, x) {
    LOCAL dx, f, df, iter
    dx = 1
    f = 0
    iter = 0
    while (fabs(dx) > 1e-6 || fabs(f - 1) > 1e-6) {
        f = a + b*x^r + c*x
        df = r*b*x^(r - 1) + c
        dx = (1 - f)/df
        x = x + dx
        if (x <= 0) {
            x = 1e-4
        } else if (x > 1) {
            x = 1
        }
        iter = iter + 1
        if (iter > 10) {
            printf("IntFire2 iter %g x=%g f=%g df=%g dx=%g a=%g b=%g c=%g r=%g\n", iter, x, f, df, dx, a, b, c, r)
            f = 1
            dx = 0
        }
    }
    newton1 = x
}
