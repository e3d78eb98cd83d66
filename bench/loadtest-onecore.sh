#!/usr/bin/env bash
# The one-core layout of bench/README.md: the producer and the pipeline's handler thread pinned to the SAME CPU (1),
# both yielding when they wait, so the other CPU stays free for the kernel and the JVM's own threads. Runs each row
# ROUNDS times (default 3), back to back. Run it on a quiet machine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROUNDS="${1:-3}"
ONE_CORE="--producer-cpu 1 --consumer-cpu 1 --producer-wait yield --wait yielding"
for round in $(seq 1 "$ROUNDS"); do
  for args in "--floor" "--journal on" "--journal off" "--journal on --baseline"; do
    # shellcheck disable=SC2086
    scripts/quantmatrix loadtest --rate 100000 --seconds 10 --warmup-seconds 5 $ONE_CORE $args 2>/dev/null \
      | python3 -c "import json,sys; d=json.load(sys.stdin); l=d['latencyNanos']; print('%-30s p50 %6d p99 %9d p999 %9d p9999 %9d max %9d' % (sys.argv[1], l['p50'], l['p99'], l['p999'], l['p9999'], l['max']), flush=True)" "$args"
  done
done
for i in 1 2; do
  # shellcheck disable=SC2086
  scripts/quantmatrix loadtest --rate 0 --seconds 10 --warmup-seconds 5 $ONE_CORE --journal on 2>/dev/null \
    | python3 -c "import json,sys; d=json.load(sys.stdin); print('rate 0, journal on, one core: %d events/s' % d['throughput'])"
done
