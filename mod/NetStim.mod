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
As in NEURON, noiseFromRandom123(id1, id2[, id3]) gives the instance its own
Random123 stream (restarted by finitialize), and noiseFromRandom(r) draws
from a Random r whose distribution must be negexp(1); one of the two styles
for all instances of the process.

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
    BBCOREPOINTER donotuse
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
    donotuse
}

: Reseed the shared random stream used when noise > 0.
PROCEDURE seed(x) {
    set_seed(x)
}

VERBATIM
/* 1: noiseFromRandom was called, 2: noiseFromRandom123 was; the style of all instances, as in NEURON */
static int _ran_compat;
ENDVERBATIM

INITIAL {
VERBATIM
    if (_p_donotuse && _ran_compat == 2) {
        nrnran123_setseq(_p_donotuse, 0, 0);
    }
ENDVERBATIM
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

: Exponential deviate of mean 1: from the Random or Random123 stream the instance was given, else from the shared stream.
FUNCTION erand() {
VERBATIM
    if (_p_donotuse) {
        if (_ran_compat == 2) {
            _lerand = nrnran123_negexp(_p_donotuse);
        } else {
            _lerand = nrn_random_pick(_p_donotuse);
        }
        return _lerand;
    }
ENDVERBATIM
    erand = exprand(1)
}

: Draw from the Random given (its distribution must be negexp(1)); none: back to exprand.
PROCEDURE noiseFromRandom() {
VERBATIM
    if (_ran_compat == 2) {
        hoc_execerror("NetStim.noiseFromRandom123 was previously called", 0);
    }
    _ran_compat = 1;
    if (ifarg(1)) {
        _p_donotuse = nrn_random_arg(1);
    } else {
        _p_donotuse = 0;
    }
ENDVERBATIM
}

: This instance's own Random123 stream (id1, id2[, id3]).
PROCEDURE noiseFromRandom123() {
VERBATIM
    if (_ran_compat == 1) {
        hoc_execerror("NetStim.noiseFromRandom was previously called", 0);
    }
    _ran_compat = 2;
    if (ifarg(3)) {
        _p_donotuse = nrnran123_newstream3((uint32_t)*getarg(1), (uint32_t)*getarg(2), (uint32_t)*getarg(3));
    } else if (ifarg(2)) {
        _p_donotuse = nrnran123_newstream((uint32_t)*getarg(1), (uint32_t)*getarg(2));
    }
ENDVERBATIM
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
