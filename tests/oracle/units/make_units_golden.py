#!/usr/bin/env python3
"""Writes tests/golden/units/neuron_units.json: unit conversion factors computed by NEURON itself.

Every conversion below becomes a UNITS-block constant `NAME = (from) (to)` of one generated .mod
file whose INITIAL block copies the constants into GLOBAL variables. The file is compiled with
nrnivmodl, loaded into NEURON with nrn_load_dll, initialized, and the globals are read back.
Separately, each name in NAMES is declared alone, `(probe) = (name)`, and run through nocmodl to
record whether NEURON's units table knows it. Finally the UNITS blocks of the demo .mod files
installed with NEURON are read (declarations and `NAME = (from) (to)` constants, in file order)
and the constants' values are taken from the C that nocmodl generates for each file.

Usage: python3 tests/oracle/units/make_units_golden.py   (needs NEURON: nrnivmodl, nocmodl, neuron)
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

from neuron import h

# (from, to, conformable). "conformable" is whether the two have the same dimensions; nocmodl
# itself does not check it and compiles the plain ratio of the two factors.
CONVERSIONS = [
    ("faraday", "coulomb", True),
    ("faraday", "kilocoulombs", True),
    ("faraday", "coulombs", True),
    ("k-mole", "joule/degC", True),
    ("R", "joule/degC", True),
    ("gasconstant", "joule/kelvin", True),
    ("pi", "1", True),
    ("e", "coulomb", True),
    ("e", "coul", True),
    ("mole", "1", True),
    ("boltzmann", "joule/K", True),
    ("k", "joule/kelvin", True),
    ("planck", "joule-sec", True),
    ("hbar", "joule-sec", True),
    ("c", "m/sec", True),
    ("mV", "volt", True),
    ("millivolt", "V", True),
    ("mA/cm2", "amp/m2", True),
    ("mA/cm2", "mM-cm/ms", False),
    ("mA/cm2", "faraday-mM-um/ms", True),
    ("mM-cm2/mA-ms", "/faraday-um", True),
    ("uS/cm2", "S/cm2", True),
    ("S/cm2", "mho/cm2", True),
    ("mho/cm2", "siemens/m2", True),
    ("nA", "mA", True),
    ("pA", "nanoamps", True),
    ("femtoamp", "amp", True),
    ("um", "cm", True),
    ("micron", "meter", True),
    ("um2", "cm2", True),
    ("cm3", "liter", True),
    ("mM", "molar", True),
    ("uM", "mM", True),
    ("nM", "mM", True),
    ("molar", "/liter", True),
    ("mole/liter", "1", False),
    ("/ms", "/sec", True),
    ("1/ms", "hz", True),
    ("/ms", "Hz", True),
    ("ms", "sec", True),
    ("ms", "s", True),
    ("ms", "minutes", True),
    ("hour", "sec", True),
    ("degC", "kelvin", True),
    ("ohm-cm", "megohm-um", True),
    ("kilohm", "ohm", True),
    ("uF/cm2", "farad/m2", True),
    ("joule", "erg", True),
    ("calorie", "joule", True),
    ("eV", "joule", True),
    ("atm", "pascal", True),
    ("torr", "pascal", True),
    ("microliter", "cc", True),
    ("gigaohm", "teraohm", True),
    ("centimeter", "decimeter", True),
    ("hectometer", "dekameter", True),
    ("attocoulomb", "coul", True),
    ("0.5|2 volt", "volt", True),
    ("2.5-3 volt/sec", "volt/ms", True),
    ("1.5+2", "1", True),
    ("1. volt", "volt", True),
    (".5 volt", "volt", True),
    ("1.-3 volt", "volt", True),
    ("1.5.3 volt", "volt", True),
    (". volt", "volt", True),
    ("-5 volt", "volt", True),
    ("5- volt", "volt", True),
    ("7+ volt", "volt", True),
    ("2|4|8 volt", "volt", True),
    ("1e-3 volt", "volt", False),
    ("mV", "coulomb", False),
    ("radian", "1", True),
    ("degree", "1", True),
    ("micro", "1", True),
    ("cm2-volt3", "m2-V3", True),
]

# UNITS-block declarations that make the conversions above compile, as in most .mod files.
DECLARATIONS = [
    ("mV", "millivolt"),
    ("mA", "milliamp"),
    ("nA", "nanoamp"),
    ("pA", "picoamp"),
    ("um", "micron"),
    ("molar", "1/liter"),
    ("mM", "millimolar"),
    ("uM", "micro/liter"),
    ("nM", "nano/liter"),
    ("S", "siemens"),
    ("uS", "microsiemens"),
    ("uF", "microfarad"),
]

# Names whose presence in NEURON's built-in units table is recorded.
NAMES = [
    "mV", "mA", "nA", "A", "V", "M", "molar", "mM", "uM", "nM", "um", "micron", "l", "L", "liter",
    "S", "siemens", "mho", "ohm", "degC", "kelvin", "K", "k", "R", "gasconstant", "e", "pi",
    "avogadro", "faraday", "Hz", "hz", "sec", "s", "ms", "coulomb", "coulombs", "kilocoulombs",
    "coul", "C", "F", "farad", "uF", "J", "joule", "W", "watt", "N", "newton", "mol", "mole", "u",
    "micro", "n", "m", "kilo", "milli", "mm", "cm", "cm2", "um2", "umho", "uS", "nS", "megohm",
    "kilohm", "gram", "kg", "g", "mg", "ug", "microgram", "hour", "minute", "min", "degF",
    "boltzmann", "planck", "hbar", "c", "eV", "erg", "cal", "atm", "torr", "pascal", "Pa", "%",
    "percent", "radian", "degree", "picoamps", "nanometers", "femtoamp", "exasecond", "myriameter",
    "picofarads", "mhos", "amps", "volts", "ohms", "hours", "kelvins", "uA",
]


def constant_name(i):
    return "U%d" % i


def write_constants_mod(path):
    globals_ = ", ".join("g%d" % i for i in range(len(CONVERSIONS)))
    lines = ["NEURON {", "  SUFFIX unitsgolden", "  GLOBAL " + globals_, "}", "UNITS {"]
    lines += ["  (%s) = (%s)" % d for d in DECLARATIONS]
    lines += ["  %s = (%s) (%s)" % (constant_name(i), f, t) for i, (f, t, _) in enumerate(CONVERSIONS)]
    lines += ["}", "ASSIGNED { " + " ".join("g%d" % i for i in range(len(CONVERSIONS))) + " }", "INITIAL {"]
    lines += ["  g%d = %s" % (i, constant_name(i)) for i in range(len(CONVERSIONS))]
    lines += ["}"]
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def neuron_library_dir():
    """The directory of libnrniv.so as loaded into this process, for linking the mechanism library."""
    with open("/proc/self/maps") as maps:
        for line in maps:
            path = line.split()[-1]
            if path.endswith("/libnrniv.so"):
                return os.path.dirname(path)
    return None


def compile_mod_dir(directory):
    libdir = neuron_library_dir()
    command = ["nrnivmodl"]
    if libdir:
        command += ["-loadflags", "-L%s -Wl,-rpath,%s" % (libdir, libdir)]
    result = subprocess.run(command, cwd=directory, capture_output=True, text=True)
    library = os.path.join(directory, "x86_64", "libnrnmech.so")
    if not os.path.exists(library):
        sys.exit("nrnivmodl failed:\n" + result.stdout[-2000:] + result.stderr[-2000:])
    return library


def neuron_values():
    with tempfile.TemporaryDirectory() as directory:
        write_constants_mod(os.path.join(directory, "unitsgolden.mod"))
        h.nrn_load_dll(compile_mod_dir(directory))
    soma = h.Section(name="soma")
    soma.insert("unitsgolden")
    h.finitialize(-65)
    return [getattr(h, "g%d_unitsgolden" % i) for i in range(len(CONVERSIONS))]


def known_to_nocmodl(name):
    with tempfile.TemporaryDirectory() as directory:
        with open(os.path.join(directory, "probe.mod"), "w") as f:
            f.write("NEURON { SUFFIX probe }\nUNITS { (probe) = (%s) }\n" % name)
        result = subprocess.run(["nocmodl", "probe.mod"], cwd=directory, capture_output=True, text=True)
        output = result.stdout + result.stderr
        if "Cannot recognize the units" in output:
            return False
        if not os.path.exists(os.path.join(directory, "probe.c")):
            sys.exit("nocmodl failed on (%s) for another reason:\n%s" % (name, output))
        return True


UNITS_BLOCK = re.compile(r"^\s*UNITS\s*\{(.*?)\}", re.S | re.M)
DECLARATION = re.compile(r"^\(([^)]*)\)\s*=\s*\(([^)]*)\)$")
CONSTANT = re.compile(r"^(\w+)\s*=\s*\(([^)]*)\)\s*(?:->)?\s*\(([^)]*)\)$")
NOCMODL_CONSTANT = re.compile(r"static double _nrnunit_(\w+)\[2\] = \{([^,]+),")


def units_items(mod_text):
    """The declarations and conversion constants of all UNITS blocks, in file order."""
    items = []
    for block in UNITS_BLOCK.findall(mod_text):
        for line in block.splitlines():
            line = line.split(":")[0].strip()
            declaration = DECLARATION.match(line)
            constant = CONSTANT.match(line)
            if declaration:
                items.append({"declare": declaration.group(1).strip(), "as": declaration.group(2).strip()})
            elif constant:
                items.append({"constant": constant.group(1), "from": constant.group(2).strip(), "to": constant.group(3).strip()})
    return items


def nocmodl_constants(mod_path):
    with tempfile.TemporaryDirectory() as directory:
        with open(mod_path) as source, open(os.path.join(directory, "m.mod"), "w") as copy:
            copy.write(source.read())
        subprocess.run(["nocmodl", "m.mod"], cwd=directory, capture_output=True, text=True)
        with open(os.path.join(directory, "m.c")) as c:
            return {name: float.fromhex(value.strip()) for name, value in NOCMODL_CONSTANT.findall(c.read())}


def demo_files():
    demos = []
    pattern = os.path.join(h.neuronhome(), "demo", "release", "*.mod")
    for path in sorted(glob.glob(pattern)):
        with open(path) as f:
            items = units_items(f.read())
        if not any("constant" in item for item in items):
            continue
        values = nocmodl_constants(path)
        for item in items:
            if "constant" in item:
                item["value"] = values[item["constant"]]
        demos.append({"file": os.path.basename(path), "units": items})
    return demos


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    values = neuron_values()
    golden = {
        "source": h.nrnversion(),
        "declarations": [{"name": n, "definition": d} for n, d in DECLARATIONS],
        "conversions": [
            {"from": f, "to": t, "conformable": ok, "value": v, "hex": float.hex(v)}
            for (f, t, ok), v in zip(CONVERSIONS, values)
        ],
        "names": [{"name": n, "known": known_to_nocmodl(n)} for n in NAMES],
        "demo_files": demo_files(),
    }
    out = os.path.join(root, "tests", "golden", "units", "neuron_units.json")
    with open(out, "w") as f:
        json.dump(golden, f, indent=1)
        f.write("\n")
    print("wrote %d conversions and %d names to %s" % (len(values), len(NAMES), out))


if __name__ == "__main__":
    main()
