"""Locating the repository, the shared oracle and NEURON; compiling our mod/ files with NEURON."""
import os
import re
import shutil
import subprocess
import sys

OURS = "_ours"
_DECL = re.compile(r"^(\s*(?:SUFFIX|POINT_PROCESS|ARTIFICIAL_CELL)\s+)(\w+)", re.MULTILINE)


def repo_root():
    """The directory holding NeuronSharp.sln, searched upwards from this file."""
    here = os.path.dirname(os.path.abspath(__file__))
    d = here
    while True:
        if os.path.exists(os.path.join(d, "NeuronSharp.sln")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            sys.exit(f"error: no NeuronSharp.sln above {here}")
        d = parent


def shared_oracle():
    """<repo root>/../shared/oracle, with its nrnivmodl-ref.sh and neuron_trace.py."""
    oracle = os.path.join(os.path.dirname(repo_root()), "shared", "oracle")
    for f in ("nrnivmodl-ref.sh", "neuron_trace.py"):
        if not os.path.exists(os.path.join(oracle, f)):
            sys.exit(f"error: {os.path.join(oracle, f)} not found (expected the shared oracle next to the repository)")
    return oracle


def mechanism_names(text):
    return [m.group(2) for m in _DECL.finditer(text)]


def compile_renamed(mod_dir, work_dir):
    """Copies every .mod of mod_dir into work_dir with each mechanism renamed <Name>_ours,
    compiles them with NEURON and returns (path of libnrnmech.so, {Name: Name_ours})."""
    os.makedirs(work_dir, exist_ok=True)
    renamed = {}
    for f in sorted(os.listdir(mod_dir)):
        if not f.endswith(".mod"):
            continue
        text = open(os.path.join(mod_dir, f)).read()
        for name in mechanism_names(text):
            renamed[name] = name + OURS
        text = _DECL.sub(lambda m: m.group(1) + m.group(2) + OURS, text)
        with open(os.path.join(work_dir, f), "w") as fh:
            fh.write(text)
    return compile_dir(work_dir), renamed


def compile_dir(work_dir):
    """NEURON's nrnivmodl on work_dir (through the shared oracle's wrapper); the library's path."""
    script = os.path.join(shared_oracle(), "nrnivmodl-ref.sh")
    res = subprocess.run([script, work_dir], capture_output=True, text=True)
    so = os.path.join(work_dir, "x86_64", "libnrnmech.so")
    if res.returncode != 0 or not os.path.exists(so):
        sys.exit(f"error: nrnivmodl failed in {work_dir}:\n{res.stderr}")
    return so


def neuron():
    """NEURON's hoc interpreter with stdrun loaded, started outside any folder holding x86_64/
    (import neuron would otherwise load that folder's library by itself)."""
    cwd = os.getcwd()
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    try:
        from neuron import h
    finally:
        os.chdir(cwd)
    h.load_file("stdrun.hoc")
    return h


def reset(h):
    """Global state every protocol starts from."""
    if len(list(h.allsec())) != 0:
        sys.exit("error: sections of a previous protocol are still alive")
    h.celsius = 6.3
    for name in ("usetable_hh", "usetable_hh" + OURS):
        if hasattr(h, name):
            setattr(h, name, 1)
