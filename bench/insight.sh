#!/usr/bin/env bash
# Issue 16 at world scale, over the database of bench/world.sh (WORLD_DIR, default /tmp/lp-world; generated there
# first if missing: 400,000 libraries, 2,000,000 partners, 4,000,000 partnerships; the machine's PostgreSQL with default
# settings as in bench/nodes.sh, or the embedded one where none is installed; the same WORLD_DIR serves both scripts):
#  1. the first (uncached) programme dashboard and one oblast's, timed with curl;
#  2. the programme dashboard at 20 clients and at 1 (wrk), cached: the figures are served from the Caffeine cache and
#     recomputed in the background every libpartners.insight.freshness (5 min);
#  3. the open-data CSV of all organisations (hsds_organization), streamed: its size, time, and the heap before,
#     during (sampled every second) and after;
#  4. the XLSX report of one oblast, uncached and cached.
#  5. the application started again with the warm-up on: how long it takes, and an oblast's dashboard after it.
# Usage: bench/insight.sh      DURATION (default 30s) per wrk run; OBLAST (default PDV); REPORTS_ONLY=1 skips wrk and
#        the CSV; WARM_UP=0 skips 5.
PGPORT=${PGPORT:-15600} # before common.sh, whose default (15700) other benchmarks use
source "$(dirname "$0")/common.sh"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }
WORLD_DIR=${WORLD_DIR:-/tmp/lp-world}
DURATION=${DURATION:-30s}
OBLAST=${OBLAST:-PDV}
BENCH_DATA=$WORLD_DIR/data
mkdir -p "$BENCH_DATA"
build
TEST_CP="$BENCH_DIR/test-classes:$BENCH_DIR/classes:$(cat "$BENCH_DIR/cp.txt")"
DB=postgres
BENCH_DATA=$WORLD_DIR start_postgres # the machine's PostgreSQL (default settings) in $WORLD_DIR/pg, as operators run it
JDBC=$JDBC_URL
for p in $PORT; do
  if (exec 3<>"/dev/tcp/localhost/$p") 2>/dev/null; then echo "port $p is in use: another benchmark?"; exit 1; fi
done
if [ ! -f "$WORLD_DIR/generated" ]; then
  java -Xmx4g -cp "$TEST_CP" bg.libpartners.directory.bench.WorldGenerator "$JDBC" postgres postgres \
    "${LIBS:-400000}" "${PARTNERS:-2000000}"
  java -Xmx6g -cp "$TEST_CP" bg.libpartners.partnership.bench.PartnershipBenchData "$JDBC" postgres postgres \
    "${PARTNERSHIPS:-4000000}"
  # what autovacuum does some time after a bulk load: without it the visibility map is empty and PostgreSQL reads
  # the tables' rows where the dashboards' indexes would do (index-only scans)
  psql -h /tmp -p "$PGPORT" -U postgres -d postgres -X -q \
    -c "vacuum (analyze) partnership, partnership_party, partnership_field, partnership_target_group, organisation"
  touch "$WORLD_DIR/generated"
fi
export LIBPARTNERS_ADMIN_EMAIL=${LIBPARTNERS_ADMIN_EMAIL:-bench@example.org}
# the warm-up off: the first requests below measure figures nobody computed yet (the warm-up is timed at the end)
# INSIGHT_ARGS: more arguments, e.g. --logging.level.bg.libpartners.insight.FigureCache=DEBUG (each section's time)
JAVA_OPTS=${JAVA_OPTS:--Xmx2g} start_app --libpartners.demo=false --libpartners.insight.warm-up=false ${INSIGHT_ARGS:-}
AUTH="Authorization: Bearer $LIBPARTNERS_ADMIN_TOKEN"
URL="http://localhost:$PORT"
timed() { curl -s -o "${2:-/dev/null}" -w '%{http_code} %{time_total}s %{size_download} bytes' -H "$AUTH" "$URL$1"
  echo " (load $(loadavg))"; }

echo "heap after start and a full GC: $(heap_mb) MiB"
echo "programme dashboard, first (uncached): $(timed /api/v1/insight/dashboard)"
echo "programme dashboard, second (cached):  $(timed /api/v1/insight/dashboard)"
echo "oblast $OBLAST dashboard, first (uncached; computes all oblasts for the median): $(timed /api/v1/insight/oblasts/$OBLAST)"
echo "oblast XLSX report (cached figures): $(timed "/insight/report.xlsx?oblast=$OBLAST" /tmp/insight-oblast.xlsx)"
echo "the same again (the first XLSX of the JVM loads POI): $(timed "/insight/report.xlsx?oblast=$OBLAST")"
echo "oblast XLSX report with a partner type (uncached): $(timed "/insight/report.xlsx?oblast=$OBLAST&partnerType=NGO")"
echo "another oblast's XLSX with another partner type (uncached): $(timed "/insight/report.xlsx?oblast=VAR&partnerType=EDUCATION")"

warm_up() { # the application again with the warm-up on (the default): how long it takes, and a dashboard after it
  stop_app
  cp "$BENCH_DATA/app.log" "$BENCH_DATA/app-cold.log" # the log of the run above (with INSIGHT_ARGS' DEBUG lines)
  JAVA_OPTS=${JAVA_OPTS:--Xmx2g} start_app --libpartners.demo=false ${INSIGHT_ARGS:-}
  local t0; t0=$(date +%s)
  until grep -q "Insight warm-up: the programme's and" "$BENCH_DATA/app.log"; do
    kill -0 "$APP_PID" || { tail -30 "$BENCH_DATA/app.log"; exit 1; }; sleep 1; done
  echo "warm-up after start: $(grep -o "Insight warm-up: .*" "$BENCH_DATA/app.log" | tr '\n' ';') (load $(loadavg))"
  echo "after the warm-up, oblast VAR dashboard: $(timed /api/v1/insight/oblasts/VAR)"
  echo "after the warm-up, oblast VAR XLSX: $(timed "/insight/report.xlsx?oblast=VAR")"
}
if [ "${REPORTS_ONLY:-0}" = 1 ]; then # the dashboards and reports only: no wrk, no CSV
  [ "${WARM_UP:-1}" = 1 ] && warm_up
  exit 0
fi

echo "/api/v1/insight/dashboard" > "$BENCH_DATA/insight-urls.txt"
for c in 20 1; do
  threads=$(( c < 2 ? 1 : 2 ))
  WRK_URLS="$BENCH_DATA/insight-urls.txt" WRK_TOKEN="$LIBPARTNERS_ADMIN_TOKEN" WRK_DISTINCT=0 WRK_THREADS=$threads \
    WRK_RANGE=0-1 wrk -t "$threads" -c "$c" -d 10s --timeout 10s -s bench/rotate.lua "$URL" > /dev/null
  echo "programme dashboard, $c clients: $(WRK_URLS="$BENCH_DATA/insight-urls.txt" WRK_TOKEN="$LIBPARTNERS_ADMIN_TOKEN" \
    WRK_DISTINCT=0 WRK_THREADS=$threads WRK_RANGE=0-1 wrk -t "$threads" -c "$c" -d "$DURATION" --timeout 10s \
    -s bench/rotate.lua "$URL" | tail -n 1)"
done

echo "heap before the open-data CSV (after a full GC): $(heap_mb) MiB"
( peak=0; while kill -0 $APP_PID 2>/dev/null && [ ! -f "$BENCH_DATA/csv-done" ]; do
    used=$(curl -s -H "$AUTH" "$URL/actuator/prometheus" \
      | awk 'index($0, "jvm_memory_used_bytes{area=\"heap\"") == 1 {sum += $NF} END {printf "%.0f", sum/1048576}')
    [ "$used" -gt "$peak" ] && peak=$used; echo "$peak" > "$BENCH_DATA/csv-peak"; sleep 1; done ) &
rm -f "$BENCH_DATA/csv-done"
echo "open-data CSV of all organisations (hsds_organization): $(curl -s -o /dev/null -w '%{http_code} %{time_total}s %{size_download} bytes' "$URL/api/v1/open-data/hsds_organization.csv")"
touch "$BENCH_DATA/csv-done"; sleep 1.5
echo "heap peak while streaming (sampled each second, before GC): $(cat "$BENCH_DATA/csv-peak") MiB; after a full GC: $(heap_mb) MiB"
[ "${WARM_UP:-1}" = 1 ] && warm_up
