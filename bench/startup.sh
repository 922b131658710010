#!/usr/bin/env bash
# Seconds from `java` to a ready Roundtable (/actuator/health/readiness answers UP), from the
# packaged jar as it is, and from the extracted jar with the JVM's AOT cache (JEP 483/514,
# Java 25: a training run writes app.aot, later starts read it). Each start gets a fresh data
# directory (so the first start creates the demo data), then starts again on that same data.
# Builds nothing: run `./mvnw -B -q -DskipTests package` first. Prints every run and the medians.
#
# Usage: bench/startup.sh [RUNS]        RUNS per case, default 5
# Environment: JAR (default target/roundtable-*.jar), PORT (default 18160),
#              MODES (default "plain aot"; also "extracted": the extracted jar without the cache),
#              AOT_TRAINING (refresh, the default: the training run exits once Spring's context is
#              refreshed, as Spring Boot documents; full: it runs until ready, opens a few pages, stops),
#              JAVA_OPTS (added to every start, e.g. -XX:TieredStopAtLevel=1), JAVA (default java on PATH
#              or $JAVA_HOME/bin/java), TIMEOUT seconds per start (default 300).
# Exit status: 0 when every start became ready, 1 when one did not, 2 when it cannot run.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-5}
PORT=${PORT:-18160}
MODES=${MODES:-plain aot}
TIMEOUT=${TIMEOUT:-300}
JAVA=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
JAR=${JAR:-$(ls target/roundtable-*.jar 2>/dev/null | grep -v -- '-plain' | head -1)}
read -r -a EXTRA <<<"${JAVA_OPTS:-}"

[[ -f "$JAR" ]] || { echo "No jar: run ./mvnw -B -q -DskipTests package first (or set JAR)" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is not installed" >&2; exit 2; }
java_major=$("$JAVA" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print v[1]; exit }')
if [[ " $MODES " == *" aot "* ]] && (( java_major < 25 )); then
  echo "$JAVA is Java $java_major: the AOT cache as used here needs Java 25+; set JAVA, or MODES=plain" >&2; exit 2
fi
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  echo "Something already answers on port $PORT; set PORT" >&2; exit 2
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/roundtable-startup.XXXXXX")
APP_PID=""
cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM  # so that the exit trap stops the app too

now() { date +%s.%N; }

# CPU seconds (user + system, all threads) the process has used so far: on a machine shared with
# other work this moves far less than the wall-clock time, so it tells whether a change helped.
cpu_seconds() {
  awk -v tick="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / tick }' "/proc/$1/stat"
}

# Starts the app with the given java arguments on the data in $1, waits until ready, sets RESULT to
# "seconds rss_mb cpu_seconds", stops it. Its log goes to $1/app.log. Runs in this shell (not in a
# $(...) subshell), so the exit trap knows the app's pid and never leaves it running.
start_once() {
  local data=$1; shift
  local t0 t1 rss cpu
  mkdir -p "$data"
  t0=$(now)
  PORT=$PORT DB_URL="jdbc:h2:file:$data/db" ATTACHMENTS_DIR="$data/attachments" \
    "$JAVA" "${EXTRA[@]}" "$@" >"$data/app.log" 2>&1 &
  APP_PID=$!
  until [[ "$(curl -s --max-time 2 "http://127.0.0.1:$PORT/actuator/health/readiness")" == *'"UP"'* ]]; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "the app stopped before it was ready; see its log:" >&2; tail -20 "$data/app.log" >&2; APP_PID=""; return 1
    fi
    if (( $(awk -v a="$(now)" -v b="$t0" -v m="$TIMEOUT" 'BEGIN { print (a - b > m) }') )); then
      echo "not ready after ${TIMEOUT}s; see $data/app.log" >&2
      kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; return 1
    fi
    sleep 0.05
  done
  t1=$(now)
  rss=$(ps -o rss= -p "$APP_PID" | awk '{ printf "%d", $1 / 1024 }')
  cpu=$(cpu_seconds "$APP_PID")
  for page in ${WARM_PAGES:-}; do curl -s -o /dev/null "http://127.0.0.1:$PORT$page"; done
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
  RESULT=$(awk -v a="$t1" -v b="$t0" -v r="$rss" -v c="$cpu" 'BEGIN { printf "%.2f %s %s", a - b, r, c }')
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The extracted form (application/roundtable-*.jar + lib/) is what the AOT cache needs: the
# cache records classes by the exact class path, which a nested jar does not give it.
prepare_extracted() {
  [[ -d "$WORK/extracted" ]] && return
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" >/dev/null
}
extracted_jar() { ls "$WORK/extracted"/*.jar | head -1; }

# AOT_TRAINING=refresh (Spring's documented training run: exit once the context is refreshed) or
# full (start until ready, make the demo data, open a few pages, then stop: more classes and profiles).
prepare_aot() {
  prepare_extracted
  local t0 training=$WORK/training jar
  t0=$(now)
  jar=$(extracted_jar)
  mkdir -p "$training"
  echo "Training run for the AOT cache (${AOT_TRAINING:-refresh}, on an empty database)..."
  if [[ "${AOT_TRAINING:-refresh}" == full ]]; then
    # The cache is keyed to the class path: the same absolute jar path here as in the timed starts.
    WARM_PAGES="/ /meetings /minutes /committees/dac /login" \
      start_once "$training" -XX:AOTCacheOutput="$WORK/app.aot" -jar "$jar" || exit 1
  else
    PORT=$PORT DB_URL="jdbc:h2:file:$training/db" ATTACHMENTS_DIR="$training/attachments" \
      "$JAVA" "${EXTRA[@]}" -XX:AOTCacheOutput="$WORK/app.aot" -Dspring.context.exit=onRefresh -jar "$jar" \
      >"$training/app.log" 2>&1 || { echo "training run failed; see its log:" >&2; tail -20 "$training/app.log" >&2; exit 1; }
  fi
  [[ -f "$WORK/app.aot" ]] || { echo "the training run wrote no app.aot" >&2; tail -20 "$training/app.log" >&2; exit 1; }
  printf 'AOT cache: %s MB, made in %.0f s\n' "$(( $(stat -c %s "$WORK/app.aot") / 1024 / 1024 ))" \
    "$(awk -v a="$(now)" -v b="$t0" 'BEGIN { print a - b }')"
}

args_for() {
  case $1 in
    plain) echo "-jar $JAR" ;;
    extracted) echo "-jar $(extracted_jar)" ;;
    aot) echo "-XX:AOTCache=$WORK/app.aot -jar $(extracted_jar)" ;;
    *) echo "unknown mode $1 (plain, extracted, aot)" >&2; exit 2 ;;
  esac
}

echo "Roundtable start-up to ready, $RUNS runs per case, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%F)"
echo "java: $("$JAVA" -version 2>&1 | head -1); jar: $JAR${JAVA_OPTS:+; JAVA_OPTS: $JAVA_OPTS}"
failed=0
declare -A results
for mode in $MODES; do
  case $mode in extracted) prepare_extracted ;; aot) prepare_aot ;; esac
  read -r -a args <<<"$(args_for "$mode")"
  for run in $(seq 1 "$RUNS"); do
    data="$WORK/$mode-$run"
    if start_once "$data" "${args[@]}" && read -r f_s f_rss f_cpu <<<"$RESULT" \
        && start_once "$data" "${args[@]}" && read -r a_s a_rss a_cpu <<<"$RESULT"; then
      printf '%-10s run %d: empty database %6s s (CPU %5s s, RSS %s MB), existing data %6s s (CPU %5s s, RSS %s MB)\n' \
        "$mode" "$run" "$f_s" "$f_cpu" "$f_rss" "$a_s" "$a_cpu" "$a_rss"
      results[$mode-fresh]+="$f_s"$'\n'
      results[$mode-again]+="$a_s"$'\n'
      results[$mode-cpu]+="$a_cpu"$'\n'
      results[$mode-rss]+="$a_rss"$'\n'
    else
      failed=1
    fi
    rm -rf "$data"
  done
done

echo
printf '%-10s %22s %22s %18s %8s\n' "median" "empty db (demo data)" "existing data" "CPU (existing) s" "RSS MB"
for mode in $MODES; do
  [[ -n "${results[$mode-fresh]:-}" ]] || continue
  printf '%-10s %20s s %20s s %18s %8s\n' "$mode" \
    "$(printf '%s' "${results[$mode-fresh]}" | median)" "$(printf '%s' "${results[$mode-again]}" | median)" \
    "$(printf '%s' "${results[$mode-cpu]}" | median)" "$(printf '%s' "${results[$mode-rss]}" | median | cut -d. -f1)"
done
exit $failed
