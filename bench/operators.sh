#!/usr/bin/env bash
# Issue 21: the application as operators run it — the jar on the postgres profile against PostgreSQL (the machine's
# when installed, embedded otherwise), the real register — and the first map on the default run (H2 file database).
# Prints the issue's table. Usage: bench/operators.sh      (WORLD=1 adds the world-scale row through bench/world.sh)
#
#   1. empty database, demo off: start-up to healthy; the register imported through the API (preview, then commit)
#   2. the database from 1, demo off: start-up with an existing database; then demo on: started once (the demo
#      programme is written), stopped, started again, the first 5 s of load right after healthy; then, after a warm-up
#      of $WARMUP s (default 180) each, 15 s of load on
#      /practices, one organisation through the API, and an oblast's organisation list with the answer cache off
#   3. the default run (H2 file, demo on): the first visit to /map after start — the page and the requests its script
#      makes before anything is drawn — then the same visit again
#
# bench/operators.sh import   only the register import, on PostgreSQL and on H2 (the jar, demo off, a fresh database):
#   preview + commit through the API, then the same file again (every row unchanged), then the import at first start
#   of the demo run (H2, the time DirectoryBootstrap logs). JFR=1 records each run (files in $BENCH_DATA).
MODE=${1:-all}
source "$(dirname "$0")/common.sh"
[ "$MODE" = import ] || command -v wrk > /dev/null || { echo "wrk is needed (Debian package wrk)"; exit 1; }
build
REGISTER=${REGISTER:-../shared/data/chitalishta-register/chitalishta_register_masked.csv}
[ -f "$REGISTER" ] || REGISTER=$(ls /work/shared/data/chitalishta-register/chitalishta_register_masked.csv)
AUTH="Authorization: Bearer $LIBPARTNERS_ADMIN_TOKEN"
BASE="http://localhost:$PORT"
RUN_SECONDS=${RUN_SECONDS:-15}
# warm-up of each load row: the JIT of this 2-core machine needed about 150 s of the uncached list's load to reach its
# steady state (1,000/s after 40 s, 2,000–2,200/s after 160 s: BENCHMARKS.md, session 17)
WARMUP=${WARMUP:-180}
declare -A ROW
LOAD_AT_START=$(loadavg)

seconds() { awk -v ms="$1" 'BEGIN { printf "%.1f s", ms / 1000 }'; }
timed_post() { # URL [curl args…]: prints "MILLISECONDS BODY"
  local out; out=$(curl -s -w '\n%{time_total}' -H "$AUTH" -X POST "$@")
  echo "$(tail -n 1 <<< "$out" | awk '{ printf "%d", $1 * 1000 }') $(head -n -1 <<< "$out")"
}
wrk_run() { # SECONDS URLFILE [TOKEN]: one wrk line in rotate.lua's shape
  WRK_URLS="$2" WRK_TOKEN="${3:-}" wrk -t 2 -c 20 -d "${1}s" --timeout 10s -s "$WRK_SCRIPT" "$BASE" | tail -n 1
}
field() { grep -oE "$1=[0-9.]+" <<< "$2" | cut -d= -f2; }

register_import() { # preview + commit through the API, twice (the second time every row is unchanged)
  local run label
  for run in 1 2; do
    label=$([ $run = 1 ] && echo "new" || echo "again, unchanged")
    read -r preview_ms preview <<< "$(timed_post "$BASE/api/v1/imports/chitalishta-register" -F "file=@$REGISTER")"
    batch=$(grep -oE '"batchId":"[^"]+"' <<< "$preview" | cut -d'"' -f4)
    [ -n "$batch" ] || { echo "preview failed: ${preview:0:400}"; exit 1; }
    read -r commit_ms committed <<< "$(timed_post "$BASE/api/v1/imports/$batch/commit")"
    grep -q '"committed":true' <<< "$committed" || { echo "commit failed: ${committed:0:400}"; exit 1; }
    # the search index catches up after the commit (in the background for an import this large): until it has them all
    local t0; t0=$(date +%s%N)
    until organisations=$(curl -s -H "$AUTH" "$BASE/api/v1/organisations?size=1" | grep -oE '"totalElements":[0-9]+' \
        | cut -d: -f2) && [ "${organisations:-0}" -ge 7434 ]; do
      [ $(( ($(date +%s%N) - t0) / 1000000000 )) -gt 60 ] && break
      sleep 0.05
    done
    echo "| $DB | $label | $(seconds "$preview_ms") | $(seconds "$commit_ms") | $(seconds $((preview_ms + commit_ms))) | ${organisations:-?} | $(seconds $(( ($(date +%s%N) - t0) / 1000000 ))) |"
  done
}

if [ "$MODE" = import ]; then
  jfr() { [ "${JFR:-0}" = 1 ] && echo "-XX:StartFlightRecording=filename=$BENCH_DATA/$1.jfr,settings=profile" || true; }
  echo "load average at the start $LOAD_AT_START"
  echo "| database | import | preview | commit | together | organisations searchable | index caught up after the commit |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
  root=$BENCH_DATA
  DB=postgres
  JAVA_OPTS="$(jfr postgres)" LIBPARTNERS_DEMO=false start_app > /dev/null
  register_import
  stop_app
  [ -n "${PG_STOP:-}" ] && eval "$PG_STOP" > /dev/null 2>&1; PG_STOP=
  DB=h2; DB_ARGS=(); BENCH_DATA="$root/h2"; mkdir -p "$BENCH_DATA"
  JAVA_OPTS="$(jfr h2)" LIBPARTNERS_DEMO=false start_app > /dev/null
  register_import
  stop_app
  BENCH_DATA="$root/h2-demo"; mkdir -p "$BENCH_DATA"
  JAVA_OPTS="$(jfr h2-demo)" LIBPARTNERS_DEMO=true start_app > /dev/null
  stop_app
  echo "first start of the demo run (H2): $(grep -o 'imported the chitalishta register.*' "$BENCH_DATA/app.log")"
  exit 0
fi

# --- 1. empty database, demo off ------------------------------------------------------------------------------------
DB=postgres
LIBPARTNERS_DEMO=false start_app
ROW[start_empty]=$STARTUP_MS
read -r preview_ms preview <<< "$(timed_post "$BASE/api/v1/imports/chitalishta-register" -F "file=@$REGISTER")"
batch=$(grep -oE '"batchId":"[^"]+"' <<< "$preview" | cut -d'"' -f4)
[ -n "$batch" ] || { echo "preview failed: ${preview:0:400}"; exit 1; }
read -r commit_ms committed <<< "$(timed_post "$BASE/api/v1/imports/$batch/commit")"
grep -q '"committed":true' <<< "$committed" || { echo "commit failed: ${committed:0:400}"; exit 1; }
# a large import is indexed in the background right after its commit: wait (60 s at most) until the count holds still
organisations=; for _ in $(seq 1 120); do
  now=$(curl -s -H "$AUTH" "$BASE/api/v1/organisations?size=1" | grep -oE '"totalElements":[0-9]+' | cut -d: -f2)
  [ -n "$now" ] && [ "$now" = "$organisations" ] && [ "$now" -gt 1000 ] && break
  organisations=$now; sleep 0.5
done
echo "register: preview $preview_ms ms, commit $commit_ms ms, organisations now ${organisations:-?}"
stop_app
LIBPARTNERS_DEMO=false start_app
ROW[start_existing]=$STARTUP_MS
stop_app
# the same start from the extracted jar with a class-data-sharing archive (README "A faster start")
rm -rf "$BENCH_DATA/app"
java -Djarmode=tools -jar "$(ls "$BENCH_DIR"/libpartners-*.jar | head -n 1)" extract --destination "$BENCH_DATA/app" > /dev/null
extracted=$(ls "$BENCH_DATA"/app/libpartners-*.jar)
LIBPARTNERS_DATA="$BENCH_DATA" LIBPARTNERS_DEMO=false java -XX:ArchiveClassesAtExit="$BENCH_DATA/app/app.jsa" \
  -Dspring.context.exit=onRefresh -jar "$extracted" --server.port="$PORT" "${DB_ARGS[@]}" > "$BENCH_DATA/training.log" 2>&1 || true
APP_JAR=$extracted JAVA_OPTS="-XX:SharedArchiveFile=$BENCH_DATA/app/app.jsa" LIBPARTNERS_DEMO=false start_app
ROW[start_cds]=$STARTUP_MS
stop_app

# --- 2. existing database, demo on ----------------------------------------------------------------------------------
APP=(--libpartners.directory.search-cache-size=0)
LIBPARTNERS_DEMO=true start_app "${APP[@]}"   # writes the demo programme once
stop_app
LIBPARTNERS_DEMO=true start_app "${APP[@]}"
urls=$(mktemp "$BENCH_DATA/urls.XXXXXX")
ids=$(curl -s -H "$AUTH" "$BASE/api/v1/organisations?size=200&kind=CHITALISHTE" | grep -oE '"id":[0-9]+' | cut -d: -f2)
for id in $ids; do echo "/api/v1/organisations/$id"; done > "$urls.one"
echo "/practices" > "$urls.practices"
oblasts=$(curl -s "$BASE/api/v1/geography/oblasts" | grep -oE '"code":"[A-Z]{3}"' | cut -d'"' -f4)
for o in $oblasts; do for p in 0 1 2 3; do echo "/api/v1/organisations?oblast=$o&page=$p"; done; done > "$urls.list"
cat "$urls.practices" "$urls.one" > "$urls.first"
ROW[first]=$(wrk_run 5 "$urls.first" "$LIBPARTNERS_ADMIN_TOKEN")
for what in practices one list; do
  token=$LIBPARTNERS_ADMIN_TOKEN; [ $what = practices ] && token=   # /practices as a visitor sees it
  wrk_run "$WARMUP" "$urls.$what" "$token" > /dev/null
  ROW[$what]="$(wrk_run "$RUN_SECONDS" "$urls.$what" "$token")"
done
[ -z "$(curl -s -D - -o /dev/null "$BASE/practices" | grep -i '^set-cookie: JSESSIONID')" ] && sessions="none" \
  || sessions="a JSESSIONID for a visitor"
stop_app
[ -n "${PG_STOP:-}" ] && eval "$PG_STOP" > /dev/null 2>&1; PG_STOP=

# --- 3. the default run (H2 file database, demo on): the first /map ----------------------------------------------------
DB=h2; DB_ARGS=()
BENCH_DATA="$BENCH_DATA/h2"; mkdir -p "$BENCH_DATA"
LIBPARTNERS_DEMO=true start_app
stop_app
LIBPARTNERS_DEMO=true start_app
map_visit() {
  local t0; t0=$(date +%s%N)
  curl -sf -o /dev/null "$BASE/map"
  local q="bbox=22.3,41.2,28.7,44.3&zoom=7"
  for u in "/api/v1/atlas/features?$q" "/api/v1/atlas/organisations?bbox=22.3,41.2,28.7,44.3&limit=200" \
           /api/v1/atlas/world.geojson /api/v1/geography/boundaries/country.geojson \
           /api/v1/geography/boundaries/oblasts.geojson "/api/v1/events/map"; do
    curl -sf -o /dev/null "$BASE$u" &
  done
  wait
  echo $(( ($(date +%s%N) - t0) / 1000000 ))
}
ROW[map1]=$(map_visit)
ROW[map2]=$(map_visit)
stop_app

# --- the table ---------------------------------------------------------------------------------------------------------
line() { printf '| %s | %s | %s |\n' "$1" "$2" "$3"; }
rate() { echo "$(field throughput "$1")/s, p50 $(field median "$1") ms, p99 $(field p99 "$1") ms, max $(field max "$1") ms, errors $(field errors "$1")"; }
echo
echo "database: $PG_KIND; wrk, 20 connections, $RUN_SECONDS s after $WARMUP s of warm-up; load average at the start $LOAD_AT_START"
echo "(during a load run the load average counts the 20 requests in flight; it says little about the machine then)"
line what now goal
line --- --- ---
line "register import ($organisations organisations): preview + commit" "$(seconds "$preview_ms") + $(seconds "$commit_ms")" "< 2 s together"
line "start-up to healthy, existing database" "$(seconds "${ROW[start_existing]}")" "< 10 s"
line "start-up to healthy, existing database, extracted jar with a CDS archive" "$(seconds "${ROW[start_cds]}")" "< 10 s"
line "start-up to healthy, empty database" "$(seconds "${ROW[start_empty]}")" "< 30 s"
line "\`GET /practices\` (public HTML)" "$(rate "${ROW[practices]}")" "≥ 2,000 req/s, p99 < 50 ms"
line "\`GET /api/v1/organisations/{id}\`" "$(rate "${ROW[one]}")" "≥ 3,000 req/s, p99 < 20 ms"
line "\`GET /api/v1/organisations?oblast=&page=\`, answer cache off" "$(rate "${ROW[list]}")" "≥ 2,000 req/s"
line "first 5 s of load right after healthy" "max $(field max "${ROW[first]}") ms, p99 $(field p99 "${ROW[first]}") ms, errors $(field errors "${ROW[first]}")" "no request over 500 ms"
line "first visit to \`/map\` after start (H2, demo): page and its data" "$(seconds "${ROW[map1]}"); again $(seconds "${ROW[map2]}")" "< 1 s the first time"
line "a visitor's session on \`/practices\`" "$sessions" "none"
if [ "${WORLD:-0}" = 1 ]; then
  bench/world.sh org-search-distinct
fi
