#!/usr/bin/env python3
"""NEURON 8.2.2's delivery order of events at equal times (its TQueue keeps the least event apart
from a splay tree; an earlier event displaces it back into the tree behind the events already there
at its time, so equal times are not always first-in first-out).

After finitialize, 200 callbacks (cvode.event, which shares the queue with NetCon and self events)
are queued at times drawn from a few values; each delivered callback records its id. The golden
file lists the insertions and the delivery order. (Callbacks do not queue further events: NEURON
runs cvode.event callbacks after the delivery loop, a timing of its own that this file is not about.)

    /usr/bin/python3 make_tie_order_golden.py ../../golden/events
"""
import json
import os
import random
import sys

from neuron import h

SEED = 424242


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "golden", "events")
    rnd = random.Random(SEED)
    initial = [{"id": i, "time": rnd.choice([1.0, 1.0, 1.5, 2.0, 2.0, 2.5, 0.5, 3.0])} for i in range(200)]
    delivered = []

    def callback(eid):
        def fire():
            delivered.append(eid)
        return fire

    h.load_file("stdrun.hoc")
    anchor = h.Section(name="anchor")
    h.dt = 0.025
    h.cvode_active(0)
    h.finitialize(-65)
    for e in initial:
        h.cvode.event(e["time"], callback(e["id"]))
    h.continuerun(5)
    golden = {
        "what": "delivery order of cvode.event callbacks at equal times, NEURON fixed step",
        "neuron_version": h.nrnversion(),
        "dt": 0.025, "tstop": 5,
        "inserted_after_finitialize": initial,
        "delivered": delivered,
    }
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "tie_order.json"), "w") as f:
        json.dump(golden, f, indent=1)
    fifo = sorted(range(len(initial)), key=lambda i: (initial[i]["time"], i))
    order = delivered
    print(f"{len(delivered)} deliveries; first-in first-out order would {'agree' if order == fifo else 'differ'}")
    if order == fifo:
        sys.exit("the insertions do not exercise NEURON's displacement of the least event; change SEED")


if __name__ == "__main__":
    main()
