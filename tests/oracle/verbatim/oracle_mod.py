"""What the oracle scripts of this folder share: compiling one mod file of
tests/Nmodl.Codegen.Tests/Verbatim/Integration/mods with NEURON's nrnivmodl, loading it, and writing the
golden JSON file (into tests/golden/verbatim, or the folder given as the first argument)."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

from neuron import h

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
MODS = os.path.join(ROOT, "tests", "Nmodl.Codegen.Tests", "Verbatim", "Integration", "mods")


def neuron_library_dir():
    """The directory of libnrniv.so as loaded into this process, for linking the mechanism library."""
    with open("/proc/self/maps") as maps:
        for line in maps:
            path = line.split()[-1]
            if path.endswith("/libnrniv.so"):
                return os.path.dirname(path)
    return None


def load(mod_name):
    """Compiles mods/<mod_name>.mod alone with NEURON's nrnivmodl and loads it into this NEURON."""
    work = tempfile.mkdtemp()
    shutil.copy(os.path.join(MODS, mod_name + ".mod"), work)
    libdir = neuron_library_dir()
    command = ["nrnivmodl"] + (["-loadflags", "-L%s -Wl,-rpath,%s" % (libdir, libdir)] if libdir else [])
    result = subprocess.run(command, cwd=work, capture_output=True, text=True)
    library = os.path.join(work, "x86_64", "libnrnmech.so")
    if not os.path.exists(library):
        sys.exit("nrnivmodl failed:\n" + result.stdout[-3000:] + result.stderr[-3000:])
    h.nrn_load_dll(library)


def point_process_columns(pps, names, steps):
    """finitialize(-65), then `steps` steps of 0.025 ms: RANGE variable n of pps[k] as column "n[k]" after each."""
    columns = {"%s[%d]" % (n, k): [] for k in range(len(pps)) for n in names}

    def sample():
        for k, pp in enumerate(pps):
            for n in names:
                columns["%s[%d]" % (n, k)].append(getattr(pp, n))

    h.dt = 0.025
    h.finitialize(-65)
    sample()
    for _ in range(steps):
        h.fadvance()
        sample()
    return columns


def write(file_name, data):
    """Writes data (with NEURON's version) as file_name into the output folder."""
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "tests", "golden", "verbatim")
    os.makedirs(out, exist_ok=True)
    data["neuron"] = h.nrnversion()
    with open(os.path.join(out, file_name), "w") as f:
        json.dump(data, f, indent=1)
    print("wrote", os.path.join(out, file_name))
