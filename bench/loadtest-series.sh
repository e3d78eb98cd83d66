#!/usr/bin/env bash
# Runs the load test's two-core rows of bench/README.md back to back, ROUNDS times (default 3), so every engine row
# has a floor measured minutes apart on the same machine: producer pinned to CPU 0, handler to CPU 1, both spinning.
# One line per run: the flags and the latency percentiles (ns).
# Run it on a quiet machine: anything else running (a build, a test) shows up in the tail.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROUNDS="${1:-3}"
TWO_CORE="--producer-cpu 0 --consumer-cpu 1 --producer-wait spin"
for round in $(seq 1 "$ROUNDS"); do
  for args in "--floor-thread" "--floor --wait busy_spin" "--journal on --wait busy_spin" \
              "--journal on --journal-advise off --wait busy_spin" "--journal off --wait busy_spin" \
              "--journal on --baseline" "--journal on --layout staged --wait yielding"; do
    # shellcheck disable=SC2086
    scripts/quantmatrix loadtest --rate 100000 --seconds 10 --warmup-seconds 5 $TWO_CORE $args 2>/dev/null \
      | python3 -c "import json,sys; d=json.load(sys.stdin); l=d['latencyNanos']; print('%-45s p50 %6d p99 %9d p999 %9d p9999 %9d max %9d' % (sys.argv[1], l['p50'], l['p99'], l['p999'], l['p9999'], l['max']), flush=True)" "$args"
  done
done
for i in 1 2; do
  # shellcheck disable=SC2086
  scripts/quantmatrix loadtest --rate 0 --seconds 10 --warmup-seconds 5 $TWO_CORE --wait busy_spin --journal on 2>/dev/null \
    | python3 -c "import json,sys; d=json.load(sys.stdin); print('rate 0, journal on: %d events/s' % d['throughput'])"
done
