#!/usr/bin/env bash
# Issue 21: start-up to healthy (readiness UP) of the jar on an existing PostgreSQL database (postgres profile, demo
# off), RUNS times (default 3), and where each start's time went. Run it under the machine lock:
#   flock /tmp/lp-machine.lock bench/startup.sh
# The first call fills a database (the application started once on an empty one, the real register imported through
# the API); keep BENCH_DATA (e.g. BENCH_DATA=/tmp/lp-startup) to reuse it, the cluster and the index, in later calls.
# CDS=1 starts the extracted jar with a class-data-sharing archive (README "A faster start"), made once per call by a
# training run that stops once the context is refreshed, or with CDS_TRAINING=ready, once the application is ready.
# AOTCACHE=1 does the same with Java 25's AOT cache (JEP 483/514/515: classes loaded and linked, method profiles;
# JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java): one training run with -XX:AOTCacheOutput, starts with -XX:AOTCache
# (and -XX:AOTMode=on, so that a cache the JVM cannot use fails the start instead of going unnoticed).
# AOTCACHE_TRAINING=refresh (the default), ready, or load (ready, then TRAINING_SECONDS of operators.sh's requests).
# PEAK=1 measures operators.sh's throughput rows after each start (/practices, a record; 40 s of warm-up, then
# PEAK_SECONDS, default 15). DEMO=true starts with the demo data (written into the database at its first such start).
# The last column says how much CPU the application used until healthy, and how much every other process (PostgreSQL
# included) used meanwhile: a start that had to share the two cores shows there.
# JAVA selects the launcher (common.sh); JAVA_OPTS and extra application arguments ("$@") are passed to every start.
# Per start it prints: time to healthy as the script sees it (java launched → readiness UP), of which the JVM's own
# start until Spring logs "Starting", the context (until "Started …"), the runners after it until readiness (of which
# the warm-up, as it logs itself). STEPS=1 also records Spring's start-up steps and prints the slowest ones (costs a
# little time itself: not for timing runs). FIRST=1 drives 5 s of load right after healthy, as bench/operators.sh does
# (wrk, 20 connections, /practices and 200 chitalishta's records), and prints wrk's line.
source "$(dirname "$0")/common.sh"
build
RUNS=${RUNS:-3}
REGISTER=${REGISTER:-../shared/data/chitalishta-register/chitalishta_register_masked.csv}
[ -f "$REGISTER" ] || REGISTER=$(ls /work/shared/data/chitalishta-register/chitalishta_register_masked.csv)
AUTH="Authorization: Bearer $LIBPARTNERS_ADMIN_TOKEN"
BASE="http://localhost:$PORT"
DB=postgres

stamp() { # PATTERN: the log time (ms since midnight) of the first line matching PATTERN in app.log
  grep -m 1 -- "$1" "$BENCH_DATA/app.log" | grep -oE '[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}' | head -n 1 \
    | awk -F'[:.]' '{ printf "%d", (($1 * 60 + $2) * 60 + $3) * 1000 + $4 }'
}
s() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }
busy_ticks() { awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }   # the machine's CPU in use, 1/100 s

if [ ! -f "$BENCH_DATA/filled" ]; then
  echo "filling the database: the register through the API"
  LIBPARTNERS_DEMO=false start_app > /dev/null
  batch=$(curl -s -H "$AUTH" -F "file=@$REGISTER" "$BASE/api/v1/imports/chitalishta-register" \
    | grep -oE '"batchId":"[^"]+"' | cut -d'"' -f4)
  [ -n "$batch" ] || { echo "preview failed"; exit 1; }
  curl -s -H "$AUTH" -X POST "$BASE/api/v1/imports/$batch/commit" | grep -q '"committed":true' || { echo "commit failed"; exit 1; }
  organisations=; for _ in $(seq 1 120); do   # the index catches up in the background: until the count holds still
    now=$(curl -s -H "$AUTH" "$BASE/api/v1/organisations?size=1" | grep -oE '"totalElements":[0-9]+' | cut -d: -f2)
    [ -n "$now" ] && [ "$now" = "$organisations" ] && [ "$now" -gt 1000 ] && break
    organisations=$now; sleep 0.5
  done
  echo "organisations: ${organisations:-?}"
  stop_app
  touch "$BENCH_DATA/filled"
fi

# CDS=1 (any JVM) or AOTCACHE=1 (Java 25+, JEP 483/514/515): the extracted jar with an archive made by a training run
CDS_DIR=${CDS_DIR:-$BENCH_DATA/app}   # a CDS_DIR with an archive newer than the jar is used again (KEEP_CDS=1)
if [ "${AOTCACHE:-0}" = 1 ]; then
  ARCHIVE=$CDS_DIR/app.aot; MAKE_ARCHIVE="-XX:AOTCacheOutput=$ARCHIVE"; USE_ARCHIVE="-XX:AOTMode=on -XX:AOTCache=$ARCHIVE"
  TRAINING=${AOTCACHE_TRAINING:-refresh}
elif [ "${CDS:-0}" = 1 ]; then
  ARCHIVE=$CDS_DIR/app.jsa; MAKE_ARCHIVE="-XX:ArchiveClassesAtExit=$ARCHIVE"; USE_ARCHIVE="-XX:SharedArchiveFile=$ARCHIVE"
  TRAINING=${CDS_TRAINING:-refresh}
fi
if [ -n "${ARCHIVE:-}" ] && [ "${KEEP_CDS:-0}" = 1 ] && [ "$ARCHIVE" -nt "$(ls "$BENCH_DIR"/libpartners-*.jar | head -n 1)" ]; then
  APP_JAR=$(ls "$CDS_DIR"/libpartners-*.jar); export APP_JAR
  TRAINING="$(cat "$CDS_DIR/training" 2>/dev/null || echo '?') (archive kept)"
  JAVA_OPTS="${JAVA_OPTS:-} $USE_ARCHIVE"
elif [ -n "${ARCHIVE:-}" ]; then
  rm -rf "$CDS_DIR"
  "$JAVA" -Djarmode=tools -jar "$(ls "$BENCH_DIR"/libpartners-*.jar | head -n 1)" extract --destination "$CDS_DIR" > /dev/null
  APP_JAR=$(ls "$CDS_DIR"/libpartners-*.jar)
  [ ${#DB_ARGS[@]} = 0 ] && start_postgres > /dev/null
  export APP_JAR
  trained=$(date +%s%3N)
  case "$TRAINING" in
    ready)   # the training run goes on until ready (runners, warm-up), then stops
      JAVA_OPTS="${JAVA_OPTS:-} $MAKE_ARCHIVE" LIBPARTNERS_DEMO=false start_app "$@" > /dev/null
      stop_app ;;
    load)    # until ready, then TRAINING_SECONDS (default 20) of operators.sh's load (/practices, 200 records), then stops
      JAVA_OPTS="${JAVA_OPTS:-} $MAKE_ARCHIVE" LIBPARTNERS_DEMO=false start_app "$@" > /dev/null
      command -v wrk > /dev/null || { echo "wrk is needed (Debian package wrk)"; exit 1; }
      urls="$BENCH_DATA/first-urls"; echo "/practices" > "$urls"
      curl -s -H "$AUTH" "$BASE/api/v1/organisations?size=200&kind=CHITALISHTE" | grep -oE '"id":[0-9]+' | cut -d: -f2 \
        | sed 's|^|/api/v1/organisations/|' >> "$urls"
      WRK_URLS="$urls" WRK_TOKEN="$LIBPARTNERS_ADMIN_TOKEN" wrk -t 2 -c 20 -d "${TRAINING_SECONDS:-20}s" --timeout 10s \
        -s "$WRK_SCRIPT" "$BASE" > /dev/null
      stop_app ;;
    *)       # README "A faster start": stops once the context is refreshed
      LIBPARTNERS_DATA="$BENCH_DATA" LIBPARTNERS_DEMO=false "$JAVA" ${JAVA_OPTS:-} $MAKE_ARCHIVE \
        -Dspring.context.exit=onRefresh -jar "$APP_JAR" --server.port="$PORT" "${DB_ARGS[@]}" "$@" > "$BENCH_DATA/training.log" 2>&1 || true ;;
  esac
  echo "$TRAINING" > "$CDS_DIR/training"
  [ -f "$ARCHIVE" ] || { echo "no archive made: see $BENCH_DATA/training.log or app.log"; exit 1; }
  ls -la "$ARCHIVE" | awk -v t=$(( $(date +%s%3N) - trained )) -v training="$TRAINING" \
    '{ printf "archive %s: %d MB, training (%s) and making it took %.1f s\n", $NF, $5 / 1048576, training, t / 1000 }'
  JAVA_OPTS="${JAVA_OPTS:-} $USE_ARCHIVE"
fi
[ "${STEPS:-0}" = 1 ] && export LIBPARTNERS_STARTUP_STEPS=true && set -- "$@" \
  --management.endpoints.web.exposure.include=health,startup

[ ${#DB_ARGS[@]} = 0 ] && start_postgres > /dev/null
echo "$(git rev-parse --short HEAD) $(git diff --quiet || echo '(+ uncommitted changes)'); $("$JAVA" -version 2>&1 | head -n 1);" \
  "${CDS:+CDS=$CDS }${AOTCACHE:+AOTCACHE=$AOTCACHE }${TRAINING:+training=$TRAINING }${JAVA_OPTS:+JAVA_OPTS=$JAVA_OPTS }$*"
echo "| run | load average at the start | healthy after | JVM until \"Starting\" | context | runners until ready | of which the warm-up | CPU: the application, other processes |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
total=0
for run in $(seq 1 "$RUNS"); do
  load=$(loadavg)
  busy0=$(busy_ticks)
  launched=$(date +%s%3N)
  LIBPARTNERS_DEMO=${DEMO:-false} start_app "$@" > /dev/null
  own=$(awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"); others=$(( $(busy_ticks) - busy0 - own ))
  midnight=$(( $(date -d "$(date +%F) 00:00:00" +%s%3N) ))
  starting=$(stamp "Starting .*LibPartnersApplication"); started=$(stamp "Started LibPartnersApplication")
  ready=$(( launched - midnight + STARTUP_MS ))
  warm=$(grep -oE 'Warm-up: .* in [0-9]+ ms' "$BENCH_DATA/app.log" | grep -oE '[0-9]+ ms' | tail -n 1)
  echo "| $run | $load | **$(s "$STARTUP_MS") s** | $(s $(( starting - (launched - midnight) ))) s | $(s $(( started - starting ))) s | $(s $(( ready - started ))) s | ${warm:-off} | $(s $(( own * 10 ))) s, $(s $(( others * 10 ))) s |"
  total=$(( total + STARTUP_MS ))
  if [ "${FIRST:-0}" = 1 ]; then   # operators.sh's "first 5 s of load right after healthy": /practices and 200 records
    command -v wrk > /dev/null || { echo "wrk is needed (Debian package wrk)"; exit 1; }
    urls="$BENCH_DATA/first-urls"; echo "/practices" > "$urls"
    curl -s -H "$AUTH" "$BASE/api/v1/organisations?size=200&kind=CHITALISHTE" | grep -oE '"id":[0-9]+' | cut -d: -f2 \
      | sed 's|^|/api/v1/organisations/|' >> "$urls"
    echo "    first 5 s after healthy: $(WRK_URLS="$urls" WRK_TOKEN="$LIBPARTNERS_ADMIN_TOKEN" wrk -t 2 -c 20 -d 5s --timeout 10s \
      -s "$WRK_SCRIPT" "$BASE" | tail -n 1)"
  fi
  if [ "${PEAK:-0}" = 1 ]; then   # operators.sh's throughput rows: /practices as a visitor, then 200 records, each after 40 s
    command -v wrk > /dev/null || { echo "wrk is needed (Debian package wrk)"; exit 1; }
    echo "/practices" > "$BENCH_DATA/peak-practices"
    curl -s -H "$AUTH" "$BASE/api/v1/organisations?size=200&kind=CHITALISHTE" | grep -oE '"id":[0-9]+' | cut -d: -f2 \
      | sed 's|^|/api/v1/organisations/|' > "$BENCH_DATA/peak-one"
    for what in practices one; do
      token=$LIBPARTNERS_ADMIN_TOKEN; [ $what = practices ] && token=
      WRK_URLS="$BENCH_DATA/peak-$what" WRK_TOKEN="$token" wrk -t 2 -c 20 -d 40s --timeout 10s -s "$WRK_SCRIPT" "$BASE" > /dev/null
      echo "    $what, ${PEAK_SECONDS:-15} s after 40 s: $(WRK_URLS="$BENCH_DATA/peak-$what" WRK_TOKEN="$token" wrk -t 2 -c 20 \
        -d "${PEAK_SECONDS:-15}s" --timeout 10s -s "$WRK_SCRIPT" "$BASE" | tail -n 1)"
    done
  fi
  if [ "${STEPS:-0}" = 1 ]; then
    curl -s -H "$AUTH" "$BASE/actuator/startup" > "$BENCH_DATA/steps-$run.json"
    python3 - "$BENCH_DATA/steps-$run.json" <<'EOF' || true
import json, sys, re
events = json.load(open(sys.argv[1]))["timeline"]["events"]
def ms(d): return float(re.match(r"PT([\d.]+)S", d).group(1)) * 1000 if d.startswith("PT") and "M" not in d else 0
rows = [(ms(e["duration"]), e["startupStep"]["name"], {t["key"]: t["value"] for t in e["startupStep"]["tags"]}) for e in events]
for d, name, tags in sorted(rows, key=lambda r: -r[0])[:25]:
    print(f"    {d:8.0f} ms  {name}  {tags.get('beanName', tags.get('beanType', ''))}")
EOF
  fi
  cp "$BENCH_DATA/app.log" "$BENCH_DATA/app-$run.log"
  stop_app
done
echo "mean of $RUNS: $(s $(( total / RUNS ))) s (logs in $BENCH_DATA/app-N.log)"
