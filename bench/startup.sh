#!/usr/bin/env bash
# Issue 21: start-up to healthy (readiness UP) of the jar on an existing PostgreSQL database (postgres profile, demo
# off), RUNS times (default 3), and where each start's time went. Run it under the machine lock:
#   flock /tmp/lp-machine.lock bench/startup.sh
# The first call fills a database (the application started once on an empty one, the real register imported through
# the API); keep BENCH_DATA (e.g. BENCH_DATA=/tmp/lp-startup) to reuse it, the cluster and the index, in later calls.
# CDS=1 starts the extracted jar with a class-data-sharing archive (README "A faster start"), made once per call by a
# training run that stops once the context is refreshed, or with CDS_TRAINING=ready, once the application is ready.
# JAVA_OPTS and extra application arguments ("$@") are passed to every start.
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

CDS_DIR=${CDS_DIR:-$BENCH_DATA/app}   # a CDS_DIR with an archive newer than the jar is used again (KEEP_CDS=1)
if [ "${CDS:-0}" = 1 ] && [ "${KEEP_CDS:-0}" = 1 ] && [ "$CDS_DIR/app.jsa" -nt "$(ls "$BENCH_DIR"/libpartners-*.jar | head -n 1)" ]; then
  APP_JAR=$(ls "$CDS_DIR"/libpartners-*.jar); export APP_JAR
  JAVA_OPTS="${JAVA_OPTS:-} -XX:SharedArchiveFile=$CDS_DIR/app.jsa"
elif [ "${CDS:-0}" = 1 ]; then
  rm -rf "$CDS_DIR"
  java -Djarmode=tools -jar "$(ls "$BENCH_DIR"/libpartners-*.jar | head -n 1)" extract --destination "$CDS_DIR" > /dev/null
  APP_JAR=$(ls "$CDS_DIR"/libpartners-*.jar)
  [ ${#DB_ARGS[@]} = 0 ] && start_postgres > /dev/null
  export APP_JAR
  if [ "${CDS_TRAINING:-refresh}" = ready ]; then   # the training run goes on until ready (runners, warm-up), then stops
    JAVA_OPTS="${JAVA_OPTS:-} -XX:ArchiveClassesAtExit=$CDS_DIR/app.jsa" LIBPARTNERS_DEMO=false start_app "$@" > /dev/null
    stop_app
  else                                              # README "A faster start": stops once the context is refreshed
    LIBPARTNERS_DATA="$BENCH_DATA" LIBPARTNERS_DEMO=false java ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$CDS_DIR/app.jsa" \
      -Dspring.context.exit=onRefresh -jar "$APP_JAR" --server.port="$PORT" "${DB_ARGS[@]}" "$@" > "$BENCH_DATA/training.log" 2>&1 || true
  fi
  ls -la "$CDS_DIR/app.jsa" | awk '{ printf "CDS archive: %d MB\n", $5 / 1048576 }'
  JAVA_OPTS="${JAVA_OPTS:-} -XX:SharedArchiveFile=$CDS_DIR/app.jsa"
fi
[ "${STEPS:-0}" = 1 ] && export LIBPARTNERS_STARTUP_STEPS=true && set -- "$@" \
  --management.endpoints.web.exposure.include=health,startup

[ ${#DB_ARGS[@]} = 0 ] && start_postgres > /dev/null
echo "$(git rev-parse --short HEAD) $(git diff --quiet || echo '(+ uncommitted changes)'); ${CDS:+CDS=$CDS }${JAVA_OPTS:+JAVA_OPTS=$JAVA_OPTS }$*"
echo "| run | load average at the start | healthy after | JVM until \"Starting\" | context | runners until ready | of which the warm-up |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
total=0
for run in $(seq 1 "$RUNS"); do
  load=$(loadavg)
  launched=$(date +%s%3N)
  LIBPARTNERS_DEMO=false start_app "$@" > /dev/null
  midnight=$(( $(date -d "$(date +%F) 00:00:00" +%s%3N) ))
  starting=$(stamp "Starting .*LibPartnersApplication"); started=$(stamp "Started LibPartnersApplication")
  ready=$(( launched - midnight + STARTUP_MS ))
  warm=$(grep -oE 'Warm-up: .* in [0-9]+ ms' "$BENCH_DATA/app.log" | grep -oE '[0-9]+ ms' | tail -n 1)
  echo "| $run | $load | **$(s "$STARTUP_MS") s** | $(s $(( starting - (launched - midnight) ))) s | $(s $(( started - starting ))) s | $(s $(( ready - started ))) s | ${warm:-off} |"
  total=$(( total + STARTUP_MS ))
  if [ "${FIRST:-0}" = 1 ]; then   # operators.sh's "first 5 s of load right after healthy": /practices and 200 records
    command -v wrk > /dev/null || { echo "wrk is needed (Debian package wrk)"; exit 1; }
    urls="$BENCH_DATA/first-urls"; echo "/practices" > "$urls"
    curl -s -H "$AUTH" "$BASE/api/v1/organisations?size=200&kind=CHITALISHTE" | grep -oE '"id":[0-9]+' | cut -d: -f2 \
      | sed 's|^|/api/v1/organisations/|' >> "$urls"
    echo "    first 5 s after healthy: $(WRK_URLS="$urls" WRK_TOKEN="$LIBPARTNERS_ADMIN_TOKEN" wrk -t 2 -c 20 -d 5s --timeout 10s \
      -s "$WRK_SCRIPT" "$BASE" | tail -n 1)"
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
