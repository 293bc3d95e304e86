// Benchmark peer for scripts/bench-match.ts: a compiled Jonker-Volgenant solver for complete
// square problems, written for this benchmark from the published algorithm (R. Jonker and
// A. Volgenant, Computing 38 (1987) 325-340): column reduction, reduction transfer, two passes
// of augmenting row reduction, then one shortest augmenting path per row left free, with the
// tied-minimum set of columns scanned as a block. The same phases as
// lib/core/matching/assignment/dense-square.ts, in C++ compiled with -O2, so the benchmark
// shows what the algorithm costs compiled.
//
// Input: the instance file of scipy_peer.py (int32: P, M, E, capacity[M], rows[E], cols[E],
// scores[E]); only complete square problems with one seat each. Prints JSON: matched, total,
// ms and cpuMs (wall and CPU time of the solve alone; reading the file and building the matrix
// are not timed).
#include <chrono>
#include <ctime>
#include <cstdint>
#include <cstdio>
#include <vector>

using Cost = double;

struct Lap {
  int n;
  std::vector<Cost> cost;  // row-major, cost = -score
  std::vector<int> rowsol, colsol;
  std::vector<Cost> v;
};

static int column_reduction(Lap& a, std::vector<int>& free_rows) {
  const int n = a.n;
  std::vector<Cost> col_min(a.cost.begin(), a.cost.begin() + n);
  std::vector<int> col_arg(n, 0);
  for (int i = 1; i < n; i++) {
    const Cost* row = &a.cost[(size_t)i * n];
    for (int j = 0; j < n; j++)
      if (row[j] < col_min[j]) { col_min[j] = row[j]; col_arg[j] = i; }
  }
  std::vector<int> matches(n, 0);
  for (int j = n - 1; j >= 0; j--) {
    const int i = col_arg[j];
    a.v[j] = col_min[j];
    if (++matches[i] == 1) { a.rowsol[i] = j; a.colsol[j] = i; }
    else if (col_min[j] < a.v[a.rowsol[i]]) {
      a.colsol[a.rowsol[i]] = -1; a.rowsol[i] = j; a.colsol[j] = i;
    } else a.colsol[j] = -1;
  }
  int count = 0;
  for (int i = 0; i < n; i++) {
    if (matches[i] == 0) { free_rows[count++] = i; continue; }
    if (matches[i] != 1) continue;
    // Reduction transfer: the row's slack to its second-best column goes to its own column.
    const int j1 = a.rowsol[i];
    const Cost* row = &a.cost[(size_t)i * n];
    Cost m = 1e300;
    for (int j = 0; j < n; j++) if (j != j1 && row[j] - a.v[j] < m) m = row[j] - a.v[j];
    if (m < 1e300) a.v[j1] -= m;
  }
  return count;
}

static int augmenting_row_reduction(Lap& a, std::vector<int>& free_rows, int previous) {
  const int n = a.n;
  int k = 0, count = 0;
  while (k < previous) {
    const int i = free_rows[k++];
    const Cost* row = &a.cost[(size_t)i * n];
    Cost u1 = row[0] - a.v[0], u2 = 1e300;
    int j1 = 0, j2 = -1;
    for (int j = 1; j < n; j++) {
      const Cost h = row[j] - a.v[j];
      if (h < u2) {
        if (h >= u1) { u2 = h; j2 = j; }
        else { u2 = u1; u1 = h; j2 = j1; j1 = j; }
      }
    }
    int i0 = a.colsol[j1];
    const bool lowered = u1 < u2;
    if (lowered) a.v[j1] -= u2 - u1;
    else if (i0 >= 0 && j2 >= 0) { j1 = j2; i0 = a.colsol[j2]; }
    a.rowsol[i] = j1; a.colsol[j1] = i;
    if (i0 >= 0) {
      a.rowsol[i0] = -1;
      if (lowered) free_rows[--k] = i0; else free_rows[count++] = i0;
    }
  }
  return count;
}

static void augment(Lap& a, int free_row, std::vector<Cost>& d, std::vector<int>& pred,
                    std::vector<int>& cols) {
  const int n = a.n;
  const Cost* start = &a.cost[(size_t)free_row * n];
  for (int j = 0; j < n; j++) { d[j] = start[j] - a.v[j]; pred[j] = free_row; cols[j] = j; }
  // cols: [0, low) scanned, [low, up) at the current minimum, [up, n) the rest.
  int low = 0, up = 0, last = 0, end = -1;
  Cost min = 0;
  while (end < 0) {
    if (up == low) {
      last = low - 1;
      min = d[cols[up++]];
      for (int k = up; k < n; k++) {
        const int j = cols[k];
        const Cost h = d[j];
        if (h <= min) {
          if (h < min) { up = low; min = h; }
          cols[k] = cols[up]; cols[up++] = j;
        }
      }
      for (int k = low; k < up; k++) if (a.colsol[cols[k]] < 0) { end = cols[k]; break; }
      if (end >= 0) break;
    }
    const int j1 = cols[low++];
    const int i = a.colsol[j1];
    const Cost* row = &a.cost[(size_t)i * n];
    const Cost h = row[j1] - a.v[j1] - min;
    for (int k = up; k < n; k++) {
      const int j = cols[k];
      const Cost through = row[j] - a.v[j] - h;
      if (through < d[j]) {
        pred[j] = i;
        if (through == min) {
          if (a.colsol[j] < 0) { end = j; break; }
          cols[k] = cols[up]; cols[up++] = j;
        }
        d[j] = through;
      }
    }
  }
  for (int k = 0; k <= last; k++) { const int j = cols[k]; a.v[j] += d[j] - min; }
  for (;;) {
    const int i = pred[end];
    a.colsol[end] = i;
    const int next = a.rowsol[i];
    a.rowsol[i] = end;
    if (i == free_row) break;
    end = next;
  }
}

int main(int argc, char** argv) {
  if (argc < 2) { std::fprintf(stderr, "usage: jv_dense instance.bin\n"); return 2; }
  std::FILE* f = std::fopen(argv[1], "rb");
  if (!f) { std::fprintf(stderr, "cannot open %s\n", argv[1]); return 2; }
  int32_t head[3];
  if (std::fread(head, 4, 3, f) != 3) return 2;
  const int p = head[0], m = head[1];
  const int64_t e = head[2];
  std::vector<int32_t> data((size_t)m + 3 * e);
  if (std::fread(data.data(), 4, data.size(), f) != data.size()) return 2;
  std::fclose(f);
  const int32_t* cap = data.data();
  const int32_t* rows = cap + m;
  const int32_t* cols = rows + e;
  const int32_t* scores = cols + e;
  if (p != m || e != (int64_t)p * p) { std::fprintf(stderr, "not a complete square problem\n"); return 3; }
  for (int j = 0; j < m; j++) if (cap[j] != 1) { std::fprintf(stderr, "capacity must be 1\n"); return 3; }
  Lap a{p, std::vector<Cost>((size_t)p * p), std::vector<int>(p, -1), std::vector<int>(p, -1),
        std::vector<Cost>(p, 0)};
  for (int64_t k = 0; k < e; k++) a.cost[(size_t)rows[k] * p + cols[k]] = -(Cost)scores[k];

  timespec cpu_started{}, cpu_ended{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu_started);
  const auto started = std::chrono::steady_clock::now();
  std::vector<int> free_rows(p);
  int left = column_reduction(a, free_rows);
  for (int pass = 0; pass < 2 && left > 0; pass++) left = augmenting_row_reduction(a, free_rows, left);
  std::vector<Cost> d(p);
  std::vector<int> pred(p), order(p);
  for (int k = 0; k < left; k++) augment(a, free_rows[k], d, pred, order);
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu_ended);
  const double cpu_ms = (cpu_ended.tv_sec - cpu_started.tv_sec) * 1e3 +
                        (cpu_ended.tv_nsec - cpu_started.tv_nsec) / 1e6;

  int64_t total = 0;
  for (int i = 0; i < p; i++) total -= (int64_t)a.cost[(size_t)i * p + a.rowsol[i]];
  std::printf("{\"matched\": %d, \"total\": %lld, \"ms\": %.3f, \"cpuMs\": %.3f}\n", p,
              (long long)total, ms, cpu_ms);
  return 0;
}
