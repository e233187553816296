#!/usr/bin/env python3
"""Writes what NEURON 8.2.2 (and Python's own csv/json modules) produce for the Vector tests.

Usage (from this folder): /usr/bin/python3 make_vector_golden.py ../golden/vector_golden.json
"""
import csv, io, json, os, sys, tempfile
from neuron import h
h.load_file("stdrun.hoc")


def printed(action):
    """What NEURON prints to its stdout (file descriptor 1) while running action()."""
    sys.stdout.flush()
    with tempfile.TemporaryFile(mode="w+") as tmp:
        saved = os.dup(1)
        os.dup2(tmp.fileno(), 1)
        try:
            action()
        finally:
            sys.stdout.flush()
            os.dup2(saved, 1)
            os.close(saved)
        tmp.seek(0)
        return tmp.read()


out = {"neuron_version": h.nrnversion()}

samples = {
    "range5": list(range(5)),
    "range10": list(range(10)),
    "range23": list(range(23)),
    "empty": [],
    "mixed": [0.1, 1e-7, 123456789.0, -2.5, 1e20, 0.000123456789, 3.14159265358979],
    "ties": [1234565.0, 0.5, 2.5, 1e100, 5e-324, 123456.5, -0.0, 100000.0, 1000000.0, 0.0001, 0.00001],
}
out["printf"] = {name: printed(lambda: h.Vector(values).printf()) for name, values in samples.items()}
out["printf_format"] = {
    "%5.2f,": printed(lambda: h.Vector(range(7)).printf("%5.2f,")),
    "%g\\n": printed(lambda: h.Vector([0.5, -1e-10, 2.5]).printf("%g\n")),
    "[%-9.3e]": printed(lambda: h.Vector([123.456, -0.0015]).printf("[%-9.3e]")),
    "%08.3f|": printed(lambda: h.Vector([3.14159, -2.5]).printf("%08.3f|")),
    "%+.0f ": printed(lambda: h.Vector([0.5, 1.5, 2.5, -3.5]).printf("%+.0f ")),
}
out["printf_range"] = printed(lambda: h.Vector(range(7)).printf("%g ", 2, 4))

stats = {}
for name in ["mixed", "range10"]:
    v = h.Vector(samples[name])
    stats[name] = {"values": samples[name], "sum": v.sum(), "mean": v.mean(), "var": v.var(),
                   "stdev": v.stdev(), "max": v.max(), "min": v.min()}
out["stats"] = stats
out["max_min_of_empty"] = [h.Vector().max(), h.Vector().min(), h.Vector().sum()]
out["eq"] = {"within_epsilon": h.Vector([1, 2]).eq(h.Vector([1, 2 + 1e-12])),
             "beyond_epsilon": h.Vector([1, 2]).eq(h.Vector([1, 2 + 1e-9])),
             "nan": h.Vector([float("nan")]).eq(h.Vector([float("nan")])),
             "sizes": h.Vector([1, 2]).eq(h.Vector([1, 2, 3])),
             "float_epsilon": h.float_epsilon}

# glibc's own snprintf (what NEURON's printf calls) on random doubles of every magnitude.
import ctypes, random, struct
libc = ctypes.CDLL("libc.so.6")
def c_format(fmt, x):
    buf = ctypes.create_string_buffer(2048)
    libc.snprintf(buf, 2048, fmt.encode(), ctypes.c_double(x))
    return buf.value.decode()
rng = random.Random(2026)
values = [struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0] for _ in range(300)]
values += [rng.uniform(-100, 100) for _ in range(100)] + [round(rng.uniform(-1e6, 1e6), rng.randint(0, 3)) for _ in range(100)]
values += [k + 0.5 for k in range(-5, 6)] + [k / 8 for k in range(-20, 20)] + [0.0, -0.0, 5e-324, 1.7976931348623157e308]
values = [x for x in values if x == x and abs(x) != float("inf")]
formats = ["%g", "%.3e", "%.10f", "%.17g", "%#.3g", "%12.4G", "%-+10.2f|", "%.0e", "%.1f", "%010.3g", "%lE", "% .5lg"]
out["glibc_printf"] = {"values": [repr(x) for x in values],
                       "formats": {fmt: [c_format(fmt, x) for x in values] for fmt in formats}}

# Recording: an hh soma with a 30 nA clamp from 0.2 to 0.7 ms, dt 0.025, to 1 ms then on to 1.5 ms;
# every step, every 0.1 ms and every 0.06 ms.
soma = h.Section(name="soma")
soma.insert("hh")
clamp = h.IClamp(soma(0.5)); clamp.delay = 0.2; clamp.dur = 0.5; clamp.amp = 30
rec = {}
for label, dt_record in [("every_step", None), ("dt_0.1", 0.1), ("dt_0.06", 0.06), ("dt_0.01", 0.01),
                         ("dt_0.025", 0.025), ("dt_0.05", 0.05)]:
    refs = {"t": h._ref_t, "v": soma(0.5)._ref_v, "m_hh": soma(0.5)._ref_m_hh,
            "ina": soma(0.5)._ref_ina, "i": clamp._ref_i}
    rec[label] = {n: (h.Vector().record(r) if dt_record is None else h.Vector().record(r, dt_record))
                  for n, r in refs.items()}
h.finitialize(-65)
h.continuerun(1)
recorded = {label: {n: list(v) for n, v in vs.items()} for label, vs in rec.items()}
h.continuerun(1.5)
out["record_hh"] = {"to_1ms": recorded,
                    "to_1.5ms": {label: {n: list(v) for n, v in vs.items()} for label, vs in rec.items()}}
h.finitialize(-65)
out["record_hh_after_second_finitialize"] = {label: {n: list(v) for n, v in vs.items()} for label, vs in rec.items()}

# Deleting the section of a recorded variable: NEURON drops that recording and keeps its values.
# (With record(ref, Dt) NEURON 8.2.2 crashes here, so only the every-step form is asked.)
for sec in list(h.allsec()):
    h.delete_section(sec=sec)
del rec, refs, clamp
a = h.Section(name="a")
b = h.Section(name="b")
vb = h.Vector().record(b(0.5)._ref_v)
ta = h.Vector().record(h._ref_t)
deleted = {}
h.finitialize(-65); h.continuerun(0.1)
deleted["before"] = [len(vb), len(ta)]
h.delete_section(sec=b)
h.continuerun(0.2)
deleted["after_delete"] = [len(vb), len(ta)]
h.finitialize(-65); h.continuerun(0.1)
deleted["after_finitialize"] = [len(vb), len(ta)]
out["record_deleted_section"] = deleted

# A record attached after finitialize samples nothing until the next finitialize.
h.finitialize(-65)
late = {"v": h.Vector([1, 2, 3]).record(a(0.5)._ref_v), "t": h.Vector().record(h._ref_t),
        "t_dt": h.Vector().record(h._ref_t, 0.05)}
h.continuerun(0.2)
out["record_attached_after_finitialize"] = {n: list(v) for n, v in late.items()}
h.finitialize(-65)
out["record_attached_after_finitialize_then_finitialize"] = {n: list(v) for n, v in late.items()}

# The seed's data files, written by Python's csv and json modules, with awkward numbers.
columns = {"t": [0.0, 0.025, 0.09999999999999999, 1e-05, 1e16, 123456789012345.6],
           "v": [-65.0, -0.0, 5e-324, 1.7976931348623157e308, float("nan"), float("inf")]}
buffer = io.StringIO()
csv.writer(buffer).writerows(zip(columns["t"], columns["v"]))
out["csv_text"] = buffer.getvalue()
out["json_text"] = json.dumps(columns, indent=4)
out["csv_columns"] = {k: [repr(x) for x in v] for k, v in columns.items()}

with open(sys.argv[1], "w") as f:
    json.dump(out, f, indent=1)
print("wrote", sys.argv[1])
