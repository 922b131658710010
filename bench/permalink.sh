#!/usr/bin/env bash
# Loads the minutes permalink and, in the same run, the same server's static stylesheet with wrk
# (64 connections on loopback), prints throughput and p99 of each, and checks the permalink
# creates no session. Issue 6's bar: the permalink reaches at least half the stylesheet's
# throughput, with p99 under 50 ms, and no session (no Set-Cookie, and Tomcat's session count
# from /actuator/prometheus does not move while the permalink is loaded).
#
# Usage: bench/permalink.sh [MINUTES_ID] [BASE_URL]
#   MINUTES_ID  published minutes to read (default: the first /public/minutes/N that answers 200, N = 1..50)
#   BASE_URL    default http://127.0.0.1:8080 (start the app first: java -jar target/roundtable-*.jar)
# Environment: DURATION (default 20s), THREADS (default 2), CONNECTIONS (default 64), WARMUP (default 10s),
#              PERMALINK_QUERY (e.g. "?lang=es"; default none).
# Exit status: 0 when all three checks pass, 1 when one fails, 2 when it cannot run.
set -euo pipefail

BASE=${2:-http://127.0.0.1:8080}
DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
WARMUP=${WARMUP:-10s}
QUERY=${PERMALINK_QUERY:-}

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is not installed" >&2; exit 2; }
curl -fsS -o /dev/null "$BASE/styles.css" || { echo "No server answering at $BASE" >&2; exit 2; }

ID=${1:-}
if [[ -z "$ID" ]]; then
  for n in $(seq 1 50); do
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/public/minutes/$n") == 200 ]]; then ID=$n; break; fi
  done
  [[ -n "$ID" ]] || { echo "No published minutes found at $BASE/public/minutes/1..50; pass an id" >&2; exit 2; }
fi
PERMALINK="$BASE/public/minutes/$ID$QUERY"
STATIC="$BASE/styles.css"

# Each request is a first visit: no cookie, no If-None-Match, so nothing is answered from a 304.
headers=$(curl -s -D - -o /dev/null -H 'Accept: text/html' "$PERMALINK")
status=$(head -1 <<<"$headers" | awk '{print $2}')
[[ "$status" == 200 ]] || { echo "$PERMALINK answered $status" >&2; exit 2; }
if grep -qi '^set-cookie:' <<<"$headers"; then
  session="FAIL: the permalink sets a cookie: $(grep -i '^set-cookie:' <<<"$headers" | head -1 | tr -d '\r')"
else
  session="ok: no Set-Cookie on the permalink"
fi

# wrk prints latency with a unit (us, ms, s); turn it into milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

run() { # url -> "requests_per_second p50_ms p99_ms non2xx"
  local out rps p50 p99 errors
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H 'Accept: text/html' "$1")
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")
  echo "$rps $(to_ms "$p50") $(to_ms "$p99") ${errors:-0}"
}

echo "Warming up both for $WARMUP each (JIT, caches)..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$PERMALINK" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$STATIC" >/dev/null

# Sessions the server made while the permalink was loaded, from Tomcat's own count where the
# actuator shows it: one header checked by curl would miss a session made only now and then.
sessions_created() {
  curl -fsS "$BASE/actuator/prometheus" 2>/dev/null | awk '/^tomcat_sessions_created_sessions_total/ {print int($2)}'
}

read -r static_rps static_p50 static_p99 static_err < <(run "$STATIC")
sessions_before=$(sessions_created || true)
read -r link_rps link_p50 link_p99 link_err < <(run "$PERMALINK")
sessions_after=$(sessions_created || true)
if [[ -n "$sessions_before" && -n "$sessions_after" ]]; then
  made=$((sessions_after - sessions_before))
  if (( made > 0 )); then
    session="FAIL: $made sessions created during the permalink run"
  else
    session="$session; 0 sessions created during the run (Tomcat's count)"
  fi
fi

ratio=$(awk -v a="$link_rps" -v b="$static_rps" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
throughput=$(awk -v r="$ratio" 'BEGIN { print (r >= 0.5 ? "ok" : "FAIL") }')
latency=$(awk -v p="$link_p99" 'BEGIN { print (p < 50 ? "ok" : "FAIL") }')

printf '\nwrk %s threads, %s connections, %s each, %s\n' "$THREADS" "$CONNECTIONS" "$DURATION" "$(date -u +%F)"
printf '%-40s %12s %10s %10s %8s\n' "what" "requests/s" "p50 ms" "p99 ms" "non-2xx"
printf '%-40s %12s %10s %10s %8s\n' "${STATIC#"$BASE"}" "$static_rps" "$static_p50" "$static_p99" "$static_err"
printf '%-40s %12s %10s %10s %8s\n' "${PERMALINK#"$BASE"}" "$link_rps" "$link_p50" "$link_p99" "$link_err"
echo
echo "throughput: $throughput: permalink is ${ratio} of the stylesheet's (needs 0.50)"
echo "latency:    $latency: permalink p99 ${link_p99} ms (needs under 50)"
echo "session:    $session"

[[ "$throughput" == ok && "$latency" == ok && "$session" == ok* && "$link_err" == 0 ]] || exit 1
