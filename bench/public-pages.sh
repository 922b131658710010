#!/usr/bin/env bash
# Loads the public pages a contested evening brings readers to, each in turn with wrk on loopback, next to the
# same server's static stylesheet as the yardstick: the minutes permalink, the minutes Atom feed and a body's
# iCalendar feed. Prints requests/s and latency percentiles for each; asserts nothing (see permalink.sh for the
# permalink's own bars). LoadBenchmark runs it after the members' load, against the same server.
#
# Usage: bench/public-pages.sh [BASE_URL] [MINUTES_ID] [BODY_SLUG]
#   BASE_URL    default http://127.0.0.1:8080 (start the app first: java -jar target/roundtable-*.jar)
#   MINUTES_ID  published minutes to read (default: the first /public/minutes/N that answers 200, N = 1..50)
#   BODY_SLUG   whose calendar feed (default dac)
# Environment: DURATION (default 10s), WARMUP (default 5s), THREADS (default 2), CONNECTIONS (default 64).
set -euo pipefail

BASE=${1:-http://127.0.0.1:8080}
ID=${2:-}
SLUG=${3:-dac}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
curl -fsS -o /dev/null "$BASE/styles.css" || { echo "No server answering at $BASE" >&2; exit 2; }
if [[ -z "$ID" ]]; then
  for n in $(seq 1 50); do
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/public/minutes/$n") == 200 ]]; then ID=$n; break; fi
  done
  [[ -n "$ID" ]] || { echo "No published minutes at $BASE/public/minutes/1..50; pass an id" >&2; exit 2; }
fi

to_ms() { # wrk prints latency with a unit (us, ms, s)
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

printf 'wrk %s threads, %s connections, %s each after %s warm-up, first visits (no cookie, no If-None-Match), %s\n' \
  "$THREADS" "$CONNECTIONS" "$DURATION" "$WARMUP" "$(date -u +%F)"
printf '%-36s %12s %9s %9s %9s %8s\n' "what" "requests/s" "p50 ms" "p90 ms" "p99 ms" "non-2xx"
for path in /styles.css "/public/minutes/$ID" /feeds/minutes.atom "/feeds/committees/$SLUG.ics"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$BASE$path" >/dev/null
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE$path")
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p90=$(awk '$1 == "90%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")
  printf '%-36s %12s %9s %9s %9s %8s\n' "$path" "$rps" "$(to_ms "$p50")" "$(to_ms "$p90")" "$(to_ms "$p99")" "${errors:-0}"
done
