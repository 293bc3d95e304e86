"""Benchmark peer for scripts/bench-match.ts: solves one instance with scipy and prints JSON.

Input: a binary file of int32 values: P, M, E, capacity[M], rows[E], cols[E], scores[E].
scipy has no capacity, so both solvers see the capacity-expanded form (supporter j becomes
c_j identical columns). The lexicographic objective is the same weight as the engine's:
score + BIG per pair, BIG = max score * min(P, seats) + 1.
  lsa:    linear_sum_assignment(maximize) on the dense P x seats matrix; a forbidden pair
          weighs 0, the same as leaving the row unmatched, so the optimum is unchanged.
  sparse: min_weight_full_bipartite_matching needs every row matched, so each row also gets
          its own dummy column (weight 0 = unmatched); costs are C - weight, C > max weight,
          all positive, so minimising cost maximises weight.
Only the solver call is timed; building the matrices is not. ms is wall time, cpuMs the
process's CPU time over the same call (steadier on a shared machine).
"""
import json
import resource
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching


def main(path, method):
    data = np.fromfile(path, dtype=np.int32)
    p, m, e = int(data[0]), int(data[1]), int(data[2])
    cap = data[3 : 3 + m].astype(np.int64)
    rows = data[3 + m : 3 + m + e].astype(np.int64)
    cols = data[3 + m + e : 3 + m + 2 * e].astype(np.int64)
    scores = data[3 + m + 2 * e : 3 + m + 3 * e].astype(np.int64)
    seats = int(cap.sum())
    bonus = int(scores.max(initial=0)) * min(p, seats) + 1
    weight = (scores + bonus).astype(np.float64)
    first_seat = np.concatenate([[0], np.cumsum(cap)[:-1]])
    # Expand each edge into one edge per seat of its supporter.
    reps = cap[cols]
    erow = np.repeat(rows, reps)
    ewt = np.repeat(weight, reps)
    offset = np.arange(int(reps.sum())) - np.repeat(np.cumsum(reps) - reps, reps)
    ecol = np.repeat(first_seat[cols], reps) + offset
    seat_owner = np.repeat(np.arange(m), cap)

    if method == "lsa":
        dense = np.zeros((p, seats))
        dense[erow, ecol] = ewt
        started, cpu_started = time.perf_counter(), time.process_time()
        r, c = linear_sum_assignment(dense, maximize=True)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        real = dense[r, c] > 0
        r, c = r[real], c[real]
    else:
        big_c = float(weight.max(initial=0.0)) + 1.0
        all_rows = np.concatenate([erow, np.arange(p)])
        all_cols = np.concatenate([ecol, seats + np.arange(p)])
        costs = np.concatenate([big_c - ewt, np.full(p, big_c)])
        graph = csr_matrix((costs, (all_rows, all_cols)), shape=(p, seats + p))
        started, cpu_started = time.perf_counter(), time.process_time()
        r, c = min_weight_full_bipartite_matching(graph)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        real = c < seats
        r, c = r[real], c[real]

    score_of = {}
    for i, j, s in zip(rows.tolist(), cols.tolist(), scores.tolist()):
        score_of[(i, j)] = s
    owners = seat_owner[c]
    total = sum(score_of[(i, j)] for i, j in zip(r.tolist(), owners.tolist()))
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"matched": int(len(r)), "total": int(total), "ms": elapsed * 1000, "cpuMs": cpu * 1000, "peakMb": peak_kb / 1024}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
