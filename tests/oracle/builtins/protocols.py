"""Simulation protocols shared by compare_builtins.py and make_golden.py.

Each protocol builds a small model in NEURON around one built-in mechanism,
records it, and is run twice by compare_builtins.py: once with NEURON's
built-in and once with our mod/ version of the mechanism under test (loaded
under the name <Name>_ours). Every other mechanism in the model stays
NEURON's built-in, so a difference can only come from the mechanism under
test. make_golden.py runs the same protocols with the built-ins alone.

A protocol is a function (h, use, rec) -> setup, where
  use(name)  gives the mechanism name to instantiate for built-in `name`,
  rec        is a Recorder (columns recorded each step or every record_dt),
  setup      is a JSON-able description of the model (written to meta.json).
The objects the model needs must stay referenced: the function stores them
in rec.keep.

Fixed step throughout: dt = 0.025 ms, v_init = -65 mV, celsius = 6.3 unless
the protocol says otherwise, cvode off, secondorder 0.
"""

DT = 0.025
V_INIT = -65.0


class Recorder:
    """Vectors recorded every step (record_dt None) or every record_dt ms."""

    def __init__(self, h, record_dt=None):
        self.h = h
        self.record_dt = record_dt
        self.columns = []
        self.spike_sources = []
        self.keep = []

    def _vec(self, ref):
        vec = self.h.Vector()
        if self.record_dt:
            vec.record(ref, self.record_dt)
        else:
            vec.record(ref)
        return vec

    def add(self, column, ref):
        self.columns.append((column, self._vec(ref)))

    def add_vars(self, prefix, owner, builtin, actual, density, vartypes=(1, 2, 3)):
        """Every variable of `builtin` visible from hoc, of the MechanismStandard
        kinds vartypes (1 PARAMETER, 2 ASSIGNED, 3 STATE).

        owner is a segment (density mechanism, whose variables are reached
        through seg.<actual>) or a point process. Column names use the
        built-in's variable names without the mechanism suffix."""
        for var, size in mech_vars(self.h, builtin, vartypes):
            short = var[: -len("_" + builtin)] if density else var
            target = getattr(owner, actual) if density else owner
            base = getattr(target, "_ref_" + short)
            if size == 1:
                self.add(f"{prefix}{short}", base)
            else:
                for j in range(size):
                    self.add(f"{prefix}{short}[{j}]", base[j])

    def spikes(self, column, source):
        """Output events of an artificial cell or a NetCon's source."""
        nc = self.h.NetCon(source, None)
        vec = self.h.Vector()
        nc.record(vec)
        self.spike_sources.append((column, vec))
        self.keep.append(nc)

    def run(self, tstop):
        h = self.h
        if len(list(h.allsec())) == 0:
            # Vector.record needs a section to attach to; artificial cells have none
            self.keep.append(h.Section(name="recording_anchor"))
        tvec = self._vec(h._ref_t)
        h.dt = DT
        h.steps_per_ms = 1.0 / DT
        h.secondorder = 0
        h.cvode_active(0)
        h.finitialize(V_INIT)
        h.continuerun(tstop)
        cols = {"t": list(tvec)}
        for name, vec in self.columns:
            cols[name] = list(vec)
        spikes = {name: list(vec) for name, vec in self.spike_sources}
        return cols, spikes


def mech_vars(h, name, vartypes):
    """[(var, size)] of the given MechanismStandard kinds visible from hoc (no POINTERs)."""
    out = []
    for vartype in vartypes:
        ms = h.MechanismStandard(name, vartype)
        sref = h.ref("")
        for i in range(int(ms.count())):
            size = int(ms.name(sref, i))
            out.append((sref[0], size))
    return out


def soma(h, name="soma", hh=None, pas=None):
    """One compartment, L = diam = 20 um, cm = 1, Ra = 100."""
    sec = h.Section(name=name)
    sec.L = sec.diam = 20
    sec.nseg = 1
    sec.cm = 1
    sec.Ra = 100
    if hh:
        sec.insert(hh)
    if pas:
        sec.insert(pas)
        seg_mech = getattr(sec(0.5), pas)
        seg_mech.g = 1e-4
        seg_mech.e = -65
    return sec


def iclamp(h, seg, delay, dur, amp):
    ic = h.IClamp(seg)
    ic.delay, ic.dur, ic.amp = delay, dur, amp
    return ic


def netstim(h, start, interval, number, noise=0.0, name="NetStim"):
    ns = getattr(h, name)()
    ns.start, ns.interval, ns.number, ns.noise = start, interval, number, noise
    return ns


def netcon(h, source, target, weight, delay):
    nc = h.NetCon(source, target)
    nc.weight[0] = weight
    nc.delay = delay
    return nc


# ---------------------------------------------------------------- density


def hh_soma(celsius, usetable):
    def protocol(h, use, rec):
        h.celsius = celsius
        mech = use("hh")
        setattr(h, "usetable_" + mech, usetable)
        sec = soma(h, hh=mech)
        ic = iclamp(h, sec(0.5), 5, 40, 0.1)
        rec.keep += [sec, ic]
        rec.add("v", sec(0.5)._ref_v)
        rec.add_vars("", sec(0.5), "hh", mech, True)
        for ion in ("ina", "ik"):
            rec.add(ion, getattr(sec(0.5), "_ref_" + ion))
        return {"model": "soma L=diam=20 um, cm=1, Ra=100, nseg=1, hh (defaults)",
                "celsius": celsius, "usetable_hh": usetable,
                "stimulus": "IClamp(0.5) delay=5 dur=40 amp=0.1 nA"}
    return protocol


def hh_cable(h, use, rec):
    h.celsius = 6.3
    mech = use("hh")
    s = soma(h, hh=mech)
    dend = h.Section(name="dend")
    dend.L, dend.diam, dend.nseg, dend.Ra = 200, 2, 9, 100
    axon = h.Section(name="axon")
    axon.L, axon.diam, axon.nseg, axon.Ra = 500, 1, 15, 100
    for sec in (dend, axon):
        sec.insert(mech)
    dend.connect(s(1), 0)
    axon.connect(s(0), 0)
    ic = iclamp(h, s(0.5), 2, 1, 2.0)
    rec.keep += [s, dend, axon, ic]
    for sec in (s, dend, axon):
        for k, seg in enumerate(sec):
            p = f"{sec.name()}[{k}]."
            rec.add(p + "v", seg._ref_v)
            rec.add_vars(p, seg, "hh", mech, True, vartypes=(3,))
    return {"model": "soma (L=diam=20, nseg=1) + dend (L=200, diam=2, nseg=9) connected to soma(1) + "
                     "axon (L=500, diam=1, nseg=15) connected to soma(0); Ra=100, cm=1, hh everywhere",
            "celsius": 6.3, "stimulus": "IClamp(soma 0.5) delay=2 dur=1 amp=2 nA",
            "columns": "<section>[<segment index>].<var>: v and the states m, h, n of every segment"}


def pas_soma(h, use, rec):
    mech = use("pas")
    sec = soma(h)
    sec.insert(mech)
    ic = iclamp(h, sec(0.5), 5, 20, 0.05)
    rec.keep += [sec, ic]
    rec.add("v", sec(0.5)._ref_v)
    rec.add_vars("", sec(0.5), "pas", mech, True)
    return {"model": "soma L=diam=20 um, cm=1, nseg=1, pas (defaults g=0.001, e=-70)",
            "stimulus": "IClamp(0.5) delay=5 dur=20 amp=0.05 nA"}


# ---------------------------------------------------------------- clamps


def iclamp_protocol(h, use, rec):
    sec = soma(h, pas="pas")
    seg = sec(0.5)
    pulses = {"a": (1.0, 2.5, 0.2), "b": (10.0125, 5.05, -0.1), "c": (20.005, 2.0, 0.15),
              "d": (0.0125, 0.5, 0.05)}
    for name, (delay, dur, amp) in pulses.items():
        ic = getattr(h, use("IClamp"))(seg)
        ic.delay, ic.dur, ic.amp = delay, dur, amp
        rec.keep.append(ic)
        rec.add_vars(name + ".", ic, "IClamp", None, False)
    rec.keep.append(sec)
    rec.add("v", seg._ref_v)
    return {"model": "soma L=diam=20, pas g=1e-4 e=-65",
            "stimulus": "IClamp a: del=1 dur=2.5 amp=0.2 (edges on step boundaries); "
                        "b: del=10.0125 dur=5.05 amp=-0.1 (edges on the mid-step times t+dt/2 at which "
                        "BREAKPOINT is evaluated: which step sees them depends on how t is accumulated); "
                        "c: del=20.005 dur=2 amp=0.15 (edges strictly inside steps); "
                        "d: del=0.0125 dur=0.5 amp=0.05 (starts exactly at the first evaluation, t = dt/2)"}


def seclamp_protocol(h, use, rec):
    sec = soma(h, hh="hh")
    seg = sec(0.5)
    c = getattr(h, use("SEClamp"))(seg)
    c.dur1, c.amp1, c.dur2, c.amp2, c.dur3, c.amp3 = 5, -65, 10, -20, 10, -80
    c.rs = 1
    rec.keep += [sec, c]
    rec.add("v", seg._ref_v)
    rec.add_vars("", c, "SEClamp", None, False)
    for var in ("m_hh", "h_hh", "n_hh"):
        rec.add(var, getattr(seg, "_ref_" + var))
    return {"model": "soma L=diam=20, hh", "clamp": "SEClamp rs=1 dur1=5 amp1=-65 dur2=10 amp2=-20 "
                                                    "dur3=10 amp3=-80; off after 25 ms"}


def vclamp_protocol(tau2):
    def protocol(h, use, rec):
        sec = soma(h, hh="hh")
        seg = sec(0.5)
        c = getattr(h, use("VClamp"))(seg)
        for j, (d, a) in enumerate(((5, -65), (10, -20), (10, -80))):
            c.dur[j] = d
            c.amp[j] = a
        c.tau2 = tau2
        rec.keep += [sec, c]
        rec.add("v", seg._ref_v)
        rec.add_vars("", c, "VClamp", None, False)
        for var in ("m_hh", "h_hh", "n_hh"):
            rec.add(var, getattr(seg, "_ref_" + var))
        return {"model": "soma L=diam=20, hh",
                "clamp": f"VClamp dur=[5,10,10] amp=[-65,-20,-80] tau2={tau2}, other parameters default; "
                         "off after 25 ms"}
    return protocol


# ---------------------------------------------------------------- synapses


def alphasynapse_protocol(h, use, rec):
    sec = soma(h, hh="hh")
    seg = sec(0.5)
    s = getattr(h, use("AlphaSynapse"))(seg)
    s.onset, s.tau, s.gmax, s.e = 5, 2, 0.005, 0
    s2 = getattr(h, use("AlphaSynapse"))(seg)
    s2.onset, s2.tau, s2.gmax, s2.e = 30.01, 0.5, 0.002, -80
    rec.keep += [sec, s, s2]
    rec.add("v", seg._ref_v)
    rec.add_vars("a.", s, "AlphaSynapse", None, False)
    rec.add_vars("b.", s2, "AlphaSynapse", None, False)
    return {"model": "soma L=diam=20, hh",
            "synapses": "AlphaSynapse a: onset=5 tau=2 gmax=0.005 e=0; b: onset=30.01 tau=0.5 gmax=0.002 e=-80"}


def expsyn_protocol(h, use, rec):
    sec = soma(h, hh="hh")
    seg = sec(0.5)
    syn = getattr(h, use("ExpSyn"))(seg)
    syn.tau, syn.e = 2, 0
    ns = netstim(h, 5, 7, 6)
    nc = netcon(h, ns, syn, 0.005, 1)
    rec.keep += [sec, syn, ns, nc]
    rec.add("v", seg._ref_v)
    rec.add_vars("", syn, "ExpSyn", None, False)
    return {"model": "soma L=diam=20, hh", "synapse": "ExpSyn tau=2 e=0",
            "events": "NetStim start=5 interval=7 number=6 noise=0 -> NetCon weight=0.005 uS delay=1"}


def exp2syn_single_protocol(h, use, rec):
    sec = soma(h, hh="hh")
    seg = sec(0.5)
    syn = getattr(h, use("Exp2Syn"))(seg)
    syn.tau1, syn.tau2, syn.e = 0.5, 5, 0
    ns = netstim(h, 5, 7, 6)
    nc = netcon(h, ns, syn, 0.004, 1)
    rec.keep += [sec, syn, ns, nc]
    rec.add("v", seg._ref_v)
    rec.add_vars("", syn, "Exp2Syn", None, False)
    return {"model": "soma L=diam=20, hh", "synapse": "Exp2Syn tau1=0.5 tau2=5 e=0",
            "events": "NetStim start=5 interval=7 number=6 noise=0 -> NetCon weight=0.004 uS delay=1"}


def exp2syn_protocol(h, use, rec):
    sec = soma(h, hh="hh")
    seg = sec(0.5)
    a = getattr(h, use("Exp2Syn"))(seg)
    a.tau1, a.tau2, a.e = 0.5, 5, 0
    b = getattr(h, use("Exp2Syn"))(seg)
    b.tau1, b.tau2, b.e = 3, 3, -70
    ns = netstim(h, 5, 7, 6)
    nca = netcon(h, ns, a, 0.004, 1)
    ncb = netcon(h, ns, b, 0.002, 3)
    rec.keep += [sec, a, b, ns, nca, ncb]
    rec.add("v", seg._ref_v)
    rec.add_vars("a.", a, "Exp2Syn", None, False)
    rec.add_vars("b.", b, "Exp2Syn", None, False)
    return {"model": "soma L=diam=20, hh",
            "synapses": "Exp2Syn a: tau1=0.5 tau2=5 e=0; b: tau1=tau2=3 e=-70 (INITIAL lowers tau1)",
            "events": "NetStim start=5 interval=7 number=6 -> a (weight 0.004, delay 1), b (weight 0.002, delay 3)"}


# ---------------------------------------------------------------- artificial cells


def netstim_protocol(h, use, rec):
    """Periodic, noisy and externally started/stopped trains."""
    name = use("NetStim")
    regular = netstim(h, 5, 10, 5, 0, name)
    noisy = netstim(h, 2, 5, 20, 0.5, name)
    poisson = netstim(h, 0, 3, 30, 1.0, name)
    gated = netstim(h, -1, 4, 100, 0, name)
    start = netstim(h, 30, 1, 1)
    stop = netstim(h, 60, 1, 1)
    nc_on = netcon(h, start, gated, 1, 0)
    nc_off = netcon(h, stop, gated, -1, 0)
    rec.keep += [regular, noisy, poisson, gated, start, stop, nc_on, nc_off]
    for col, cell in (("regular", regular), ("noisy", noisy), ("poisson", poisson), ("gated", gated)):
        rec.spikes(col, cell)
    regular.seed(12345)
    return {"cells": {"regular": "start=5 interval=10 number=5 noise=0",
                      "noisy": "start=2 interval=5 number=20 noise=0.5",
                      "poisson": "start=0 interval=3 number=30 noise=1",
                      "gated": "start=-1 interval=4 number=100 noise=0; started by an event of weight +1 "
                               "at t=30 and stopped by weight -1 at t=60 (built-in NetStims, delay 0)"},
            "random": "seed(12345) on the legacy shared stream before finitialize; instances created in the "
                      "order regular, noisy, poisson, gated draw from it as events come"}


def intfire1_protocol(h, use, rec):
    cell = getattr(h, use("IntFire1"))()
    cell.tau, cell.refrac = 10, 5
    ns = netstim(h, 2, 3, 30)
    inh = netstim(h, 40.5, 2, 5)
    nc = netcon(h, ns, cell, 0.4, 0)
    nci = netcon(h, inh, cell, -0.5, 0)
    rec.keep += [cell, ns, inh, nc, nci]
    rec.add_vars("", cell, "IntFire1", None, False)
    rec.spikes("spikes", cell)
    return {"cell": "IntFire1 tau=10 refrac=5",
            "events": "NetStim start=2 interval=3 number=30 -> weight 0.4; "
                      "NetStim start=40.5 interval=2 number=5 -> weight -0.5; delays 0"}


def intfire2_protocol(h, use, rec):
    driven = getattr(h, use("IntFire2"))()
    driven.taus, driven.taum, driven.ib = 20, 10, 0
    tonic = getattr(h, use("IntFire2"))()
    tonic.taus, tonic.taum, tonic.ib = 15, 5, 1.5
    ns = netstim(h, 2, 4, 20)
    nc = netcon(h, ns, driven, 0.3, 0)
    nct = netcon(h, ns, tonic, -0.1, 0.5)
    rec.keep += [driven, tonic, ns, nc, nct]
    rec.add_vars("driven.", driven, "IntFire2", None, False)
    rec.add_vars("tonic.", tonic, "IntFire2", None, False)
    rec.spikes("driven", driven)
    rec.spikes("tonic", tonic)
    return {"cells": {"driven": "IntFire2 taus=20 taum=10 ib=0", "tonic": "IntFire2 taus=15 taum=5 ib=1.5"},
            "events": "NetStim start=2 interval=4 number=20 -> driven (weight 0.3, delay 0), "
                      "tonic (weight -0.1, delay 0.5)"}


def intfire4_protocol(h, use, rec):
    cell = getattr(h, use("IntFire4"))()
    odd = getattr(h, use("IntFire4"))()
    odd.taue, odd.taui1, odd.taui2, odd.taum = 30, 25, 20, 20
    ex = netstim(h, 2, 3, 30)
    inh = netstim(h, 20.5, 5, 8)
    ncs = [netcon(h, ex, cell, 0.5, 0), netcon(h, inh, cell, -0.4, 0),
           netcon(h, ex, odd, 0.7, 0), netcon(h, inh, odd, -0.2, 0)]
    rec.keep += [cell, odd, ex, inh] + ncs
    rec.add_vars("a.", cell, "IntFire4", None, False)
    rec.add_vars("b.", odd, "IntFire4", None, False)
    rec.spikes("a", cell)
    rec.spikes("b", odd)
    return {"cells": {"a": "IntFire4 defaults (taue=5 taui1=10 taui2=20 taum=50)",
                      "b": "IntFire4 taue=30 taui1=25 taui2=20 taum=20 (INITIAL adjusts them)"},
            "events": "NetStim start=2 interval=3 number=30 -> a (0.5), b (0.7); "
                      "NetStim start=20.5 interval=5 number=8 -> a (-0.4), b (-0.2); delays 0"}


def apcount_protocol(h, use, rec):
    sec = soma(h, hh="hh")
    seg = sec(0.5)
    ic = iclamp(h, seg, 5, 40, 0.1)
    apc = getattr(h, use("APCount"))(seg)
    apc.thresh = -20
    low = getattr(h, use("APCount"))(seg)
    low.thresh = -60
    rec.keep += [sec, ic, apc, low]
    rec.add("v", seg._ref_v)
    rec.add_vars("a.", apc, "APCount", None, False)
    rec.add_vars("b.", low, "APCount", None, False)
    return {"model": "soma L=diam=20, hh; IClamp(0.5) delay=5 dur=40 amp=0.1 nA",
            "counters": "APCount a: thresh=-20; b: thresh=-60"}


# hh's rates(v) and vtrap(x, y) are also compared and recorded directly at these arguments:
# on, between and outside the table's points, and around vtrap's removable singularity.
HH_RATE_VOLTAGES = [-150.0, -100.0, -99.5, -65.0, -64.3, -55.0, -54.995, -40.0, -40.0000001, -39.99,
                    -35.0, 0.0, 0.7, 99.0, 100.0, 130.0]
HH_RATE_TEMPERATURES = [6.3, 18.5]
HH_RATE_NAMES = ("minf", "mtau", "hinf", "htau", "ninf", "ntau")
VTRAP_ARGS = [(0.0, 10.0), (1e-6, 10.0), (-1e-6, 10.0), (9.9e-6, 10.0), (1.01e-5, 10.0), (0.01, 10.0),
              (15.0, 10.0), (-25.0, 10.0)]


def hh_rates(h, mech):
    """[{celsius, usetable, values: {minf: [...], ...}}] from rates_<mech>(v) at HH_RATE_VOLTAGES,
    and [vtrap_<mech>(x, y)] at VTRAP_ARGS; leaves celsius 6.3 and the table on."""
    cases = []
    for celsius in HH_RATE_TEMPERATURES:
        for usetable in (1, 0):
            h.celsius = celsius
            setattr(h, "usetable_" + mech, usetable)
            values = {n: [] for n in HH_RATE_NAMES}
            for v in HH_RATE_VOLTAGES:
                getattr(h, "rates_" + mech)(v)
                for n in HH_RATE_NAMES:
                    values[n].append(getattr(h, f"{n}_{mech}"))
            cases.append({"celsius": celsius, "usetable_hh": usetable, "values": values})
    h.celsius = 6.3
    setattr(h, "usetable_" + mech, 1)
    vtrap = [getattr(h, "vtrap_" + mech)(x, y) for x, y in VTRAP_ARGS]
    return cases, vtrap


# name -> list of (protocol id, function, tstop)
PROTOCOLS = {
    "hh": [("soma_6.3C", hh_soma(6.3, 1), 50), ("soma_18.5C", hh_soma(18.5, 1), 50),
           ("soma_notable", hh_soma(6.3, 0), 50), ("cable", hh_cable, 20)],
    "pas": [("soma", pas_soma, 40)],
    "IClamp": [("pulses", iclamp_protocol, 25)],
    "SEClamp": [("steps", seclamp_protocol, 30)],
    "VClamp": [("steps", vclamp_protocol(0.0), 30), ("steps_tau2", vclamp_protocol(0.01), 30)],
    "AlphaSynapse": [("two_synapses", alphasynapse_protocol, 40)],
    "ExpSyn": [("netstim", expsyn_protocol, 50)],
    "Exp2Syn": [("netstim", exp2syn_single_protocol, 60), ("two_synapses", exp2syn_protocol, 60)],
    "NetStim": [("trains", netstim_protocol, 100)],
    "IntFire1": [("netstim", intfire1_protocol, 100)],
    "IntFire2": [("netstim", intfire2_protocol, 100)],
    "IntFire4": [("netstim", intfire4_protocol, 100)],
    "APCount": [("hh_spikes", apcount_protocol, 50)],
}
