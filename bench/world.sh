#!/usr/bin/env bash
# Issues 3, 4 and 6 at world scale: 400,000 libraries, 2,000,000 partner organisations and 4,000,000 partnerships
# in PostgreSQL (the machine's, or the embedded PostgreSQL 14 of the tests where none is installed), the application on the postgres profile,
# and wrk (Debian package "wrk") with 20 and 1 connections over the request lists of bg.libpartners.bench.WorldUrls.
#
# Usage: bench/world.sh [scenario ...]     scenarios: org-search org-search-distinct org-list org-page partnership partnership-page partnership-list
#                                          partnership-pdf atlas-z6 atlas-z9 atlas-z12 atlas-filtered atlas-regions
# WORLD_DIR (default /tmp/lp-world) keeps the database, the search index and the request lists between runs;
# LIBS / PARTNERS / PARTNERSHIPS change the scale (generated once per WORLD_DIR); DURATION (default 30s) per run.
source "$(dirname "$0")/common.sh"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }
WORLD_DIR=${WORLD_DIR:-/tmp/lp-world}
PGPORT=${PGPORT:-15600}
LIBS=${LIBS:-400000}
PARTNERS=${PARTNERS:-2000000}
PARTNERSHIPS=${PARTNERSHIPS:-4000000}
DURATION=${DURATION:-30s}
BENCH_DATA=$WORLD_DIR/data
mkdir -p "$BENCH_DATA"
build
TEST_CP="$BENCH_DIR/test-classes:$BENCH_DIR/classes:$(cat "$BENCH_DIR/cp.txt")"
JDBC="jdbc:postgresql://localhost:$PGPORT/postgres"

# the machine's PostgreSQL (default settings, a cluster in $WORLD_DIR/pg) as operators run it, or the embedded one
# where none is installed (common.sh's start_postgres); a server already on PGPORT is used as it is
if ! (exec 3<>"/dev/tcp/localhost/$PGPORT") 2>/dev/null; then
  BENCH_DATA=$WORLD_DIR start_postgres
  DB_ARGS=() # the data source is given below, once
fi
if [ ! -f "$WORLD_DIR/generated" ]; then
  java -Xmx4g -cp "$TEST_CP" bg.libpartners.directory.bench.WorldGenerator "$JDBC" postgres postgres "$LIBS" "$PARTNERS"
  java -Xmx6g -cp "$TEST_CP" bg.libpartners.partnership.bench.PartnershipBenchData "$JDBC" postgres postgres "$PARTNERSHIPS"
  touch "$WORLD_DIR/generated"
fi
# the request lists are written once per WORLD_DIR, again when WorldUrls has changed them (URLS_VERSION)
URLS_VERSION=2
if [ "$(cat "$WORLD_DIR/urls/version" 2>/dev/null)" != "$URLS_VERSION" ]; then
  java -cp "$TEST_CP" bg.libpartners.bench.WorldUrls "$JDBC" postgres postgres "$WORLD_DIR/urls"
  echo "$URLS_VERSION" > "$WORLD_DIR/urls/version"
fi

export LIBPARTNERS_ADMIN_EMAIL=${LIBPARTNERS_ADMIN_EMAIL:-bench@example.org}
JAVA_OPTS=${JAVA_OPTS:--Xmx2g} start_app --spring.profiles.active=postgres --spring.datasource.url="$JDBC" \
  --spring.datasource.username=postgres --spring.datasource.password=postgres --libpartners.demo=false
trap 'kill $APP_PID 2>/dev/null || true; wait $APP_PID 2>/dev/null || true; [ -n "${PG_STOP:-}" ] && eval "$PG_STOP" > /dev/null 2>&1 || true' EXIT
echo "start-up to healthy: ${STARTUP_MS} ms (includes rebuilding the search index when it is missing)"
t0=$(date +%s)
until grep -q "Atlas index:" "$BENCH_DATA/app.log"; do sleep 1; done # built in the background after start-up
echo "atlas index: $(grep -o 'Atlas index:.*' "$BENCH_DATA/app.log" | tail -n 1) (waited $(( $(date +%s) - t0 )) s)"
# the insight figures of the programme and of every oblast are computed after start-up, in the background (about
# 100 s at full scale, PostgreSQL's parallel workers on both cores): measured only once they are done
until grep -q "oblasts' figures in\|Insight warm-up stopped" "$BENCH_DATA/app.log"; do sleep 1; done
echo "insight warm-up: $(grep -o "the programme's and .*" "$BENCH_DATA/app.log" | tail -n 1) (waited $(( $(date +%s) - t0 )) s)"
echo "heap used after start and a full GC: $(heap_mb) MiB"

run() { # scenario, connections; questions meant to be asked once: the 20-client run asks from the first two
  # thirds of the list (split between wrk's threads), the one-client run from the last third
  local threads=$(( $2 < 2 ? 1 : 2 )) distinct=0 range=0-0.67
  [ "$2" -lt 2 ] && range=0.67-1
  [[ $1 == *-distinct ]] && distinct=1
  WRK_URLS="$WORLD_DIR/urls/$1.txt" WRK_TOKEN="$LIBPARTNERS_ADMIN_TOKEN" WRK_DISTINCT=$distinct \
    WRK_THREADS=$threads WRK_RANGE=$range \
    wrk -t "$threads" -c "$2" -d "$DURATION" --timeout 10s -s bench/rotate.lua "http://localhost:$PORT"
}
scenarios=${*:-org-search org-search-distinct org-list org-page partnership partnership-page partnership-list partnership-pdf atlas-z6 atlas-z9 atlas-z12 atlas-filtered atlas-regions}
# warm-up of the whole run first (the JIT needs a minute or two of each path to reach its steady state; measured
# without it, the first scenario came out at half its throughput); distinct questions warm up on the popular list
# WARMUP_DURATION (default 15s) per scenario: the uncached list reached its steady state only after about 150 s of
# load on PostgreSQL (BENCHMARKS.md, session 17)
for s in $scenarios; do
  DURATION=${WARMUP_DURATION:-15s} run "${s%-distinct}" 20 > /dev/null
done
for s in $scenarios; do
  # warm-up: JIT, caches, the first agreement version of each PDF (not for questions meant to be asked once)
  [[ $s == *-distinct ]] || DURATION=10s run "$s" 20 > /dev/null
  c20=$(run "$s" 20 | tail -n 1)
  c1=$(run "$s" 1 | tail -n 1)
  printf '%-18s load %-5s | 20 clients: %s\n%-18s            |  1 client:  %s\n' "$s" \
    "$(cut -d' ' -f1 /proc/loadavg)" "$c20" "" "$c1"
done
