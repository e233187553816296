TITLE NetStim: presynaptic spike train generator

COMMENT
An artificial cell that emits `number` events, the first at about
`start` ms, then one every `interval` ms on average. With noise = 0 the
train is periodic; with noise = f (0 < f <= 1) each interval is
(1 - f)*interval plus f*interval times an exponential deviate of mean 1,
so noise = 1 gives a Poisson train. The number of events does not depend
on noise.

Random numbers come from NMODL's exprand(1), the shared legacy generator
that NEURON's NetStim also uses when no Random object has been attached;
seed(x) reseeds that shared stream. finitialize() does not reseed it.

An incoming event can control the generator:
  - weight > 0 while the generator is idle (on == 0) starts a complete new
    train at once (its first event after a noise-scaled delay);
  - weight < 0 stops the current train;
  - other events are ignored.

Self-event flags: 3 = scheduled by INITIAL for the first spike, 1 = next
spike of a running train.
ENDCOMMENT

NEURON {
    ARTIFICIAL_CELL NetStim
    RANGE interval, number, start
    RANGE noise
    THREADSAFE
}

PARAMETER {
    interval = 10 (ms) <1e-9,1e9>
    number = 10 <0,1e9>
    start = 50 (ms)
    noise = 0 <0,1>
}

ASSIGNED {
    event (ms)
    on
    ispike
}

: Reseed the shared random stream used when noise > 0.
PROCEDURE seed(x) {
    set_seed(x)
}

INITIAL {
    on = 0
    ispike = 0
    if (noise < 0) {
        noise = 0
    }
    if (noise > 1) {
        noise = 1
    }
    if (start >= 0 && number > 0) {
        on = 1
        : on average the first spike comes at start + noise*interval,
        : and never before t = 0
        event = start + invl(interval) - interval*(1. - noise)
        if (event < 0) {
            event = 0
        }
        net_send(event, 3)
    }
}

PROCEDURE init_sequence(t (ms)) {
    if (number > 0) {
        on = 1
        event = 0
        ispike = 0
    }
}

: One interspike interval of mean `mean`, its random part scaled by noise.
FUNCTION invl(mean (ms)) (ms) {
    if (mean <= 0.) {
        mean = .01 (ms)
    }
    if (noise == 0) {
        invl = mean
    } else {
        invl = (1. - noise)*mean + noise*mean*erand()
    }
}

: Exponential deviate of mean 1 from the shared stream.
FUNCTION erand() {
    erand = exprand(1)
}

PROCEDURE next_invl() {
    if (number > 0) {
        event = invl(interval)
    }
    if (ispike >= number) {
        on = 0
    }
}

NET_RECEIVE (w) {
    if (flag == 0) {
        if (w > 0 && on == 0) {
            init_sequence(t)
            : the first spike of a triggered train comes after a delay that
            : is 0 on average when noise < 1
            next_invl()
            event = event - interval*(1. - noise)
            net_send(event, 1)
        } else if (w < 0) {
            on = 0
        }
    }
    if (flag == 3) {
        if (on == 1) {
            init_sequence(t)
            net_send(0, 1)
        }
    }
    if (flag == 1 && on == 1) {
        ispike = ispike + 1
        net_event(t)
        next_invl()
        if (on == 1) {
            net_send(event, 1)
        }
    }
}
