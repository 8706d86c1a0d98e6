#!/usr/bin/env bash
# Issue #20: one node against two nodes under the world-scale search and map scenarios of bench/world.sh, on
# PostgreSQL as operators run it (the jar on the postgres profile; the machine's PostgreSQL with default settings,
# common.sh's start_postgres, or the embedded one where none is installed).
#
# Usage: bench/nodes.sh [scenario ...]      default: org-search org-search-distinct atlas-z6 atlas-z9 atlas-z12
# WORLD_DIR (default /tmp/lp-world-nodes) keeps the database and request lists between runs. The scale defaults to
# a tenth of world.sh's (LIBS=40000 PARTNERS=200000 PARTNERSHIPS=400000: 240,000 organisations, 400,000
# partnerships), which loads in a few minutes; LIBS=400000 PARTNERS=2000000 PARTNERSHIPS=4000000 is the full world
# (about 20 minutes of loading on this machine). DURATION (default 30s) per measured run, after 10 s of warm-up.
#
# One node: the jar on port 18090, wrk at 20 connections. Two nodes: the same jar twice (18090, 18091) with
# libpartners.nodes.several=true (sessions in the database, LISTEN/NOTIFY signals, each node its own Lucene index
# kept in step) over the same database and data folder, and two wrk processes at 10 connections each, one per node
# (what a round-robin load balancer would send), run at the same moment: the throughputs add up; each node's p95 is
# printed. Each node has -Xmx1g at the tenth and -Xmx2g at full scale (as bench/world.sh; JAVA_OPTS overrides) in both runs.
# before common.sh, whose defaults (15700, 18080) other benchmarks use
PGPORT=${PGPORT:-15610}
PORT_A=${PORT_A:-18090}
PORT_B=${PORT_B:-18091}
source "$(dirname "$0")/common.sh"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }
WORLD_DIR=${WORLD_DIR:-/tmp/lp-world-nodes}
LIBS=${LIBS:-40000}
PARTNERS=${PARTNERS:-200000}
PARTNERSHIPS=${PARTNERSHIPS:-400000}
DURATION=${DURATION:-30s}
NODE_HEAP=$([ "$LIBS" -ge 200000 ] && echo -Xmx2g || echo -Xmx1g)
BENCH_DATA=$WORLD_DIR/data
mkdir -p "$BENCH_DATA"
build
TEST_CP="$BENCH_DIR/test-classes:$BENCH_DIR/classes:$(cat "$BENCH_DIR/cp.txt")"
JDBC="jdbc:postgresql://localhost:$PGPORT/postgres"
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  [ -n "${PG_STOP:-}" ] && eval "$PG_STOP" > /dev/null 2>&1 || true' EXIT

for p in $PGPORT $PORT_A $PORT_B; do
  if (exec 3<>"/dev/tcp/localhost/$p") 2>/dev/null; then echo "port $p is in use: another benchmark?"; exit 1; fi
done
BENCH_DATA=$WORLD_DIR start_postgres # the machine's PostgreSQL (default settings) in $WORLD_DIR/pg, as operators run it
JDBC=$JDBC_URL
t0=$(date +%s)
if [ ! -f "$WORLD_DIR/generated" ]; then
  java -Xmx4g -cp "$TEST_CP" bg.libpartners.directory.bench.WorldGenerator "$JDBC" postgres postgres "$LIBS" "$PARTNERS"
  java -Xmx6g -cp "$TEST_CP" bg.libpartners.partnership.bench.PartnershipBenchData "$JDBC" postgres postgres "$PARTNERSHIPS"
  touch "$WORLD_DIR/generated"
fi
[ -f "$WORLD_DIR/urls/version" ] || java -cp "$TEST_CP" bg.libpartners.bench.WorldUrls "$JDBC" postgres postgres "$WORLD_DIR/urls"
[ -f "$WORLD_DIR/urls/version" ] || echo 2 > "$WORLD_DIR/urls/version"
echo "world: $LIBS libraries, $PARTNERS partners, $PARTNERSHIPS partnerships; loaded in $(( $(date +%s) - t0 )) s"

export LIBPARTNERS_ADMIN_EMAIL=${LIBPARTNERS_ADMIN_EMAIL:-bench@example.org}
JAR=$(ls "$BENCH_DIR"/libpartners-*.jar | head -n 1)
start_node() { # port, log, extra args…
  local port=$1 log=$2; shift 2
  LIBPARTNERS_DATA="$BENCH_DATA" LIBPARTNERS_DEMO=false java ${JAVA_OPTS:-$NODE_HEAP} -jar "$JAR" --server.port="$port" \
    --spring.profiles.active=postgres --spring.datasource.url="$JDBC" --spring.datasource.username=postgres \
    --spring.datasource.password=postgres "$@" > "$log" 2>&1 &
  PIDS+=($!)
  local t=$(date +%s%N)
  until curl -sf "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "${PIDS[-1]}" 2>/dev/null || { tail -50 "$log"; exit 1; }
    sleep 0.2
  done
  until grep -q "Atlas index:" "$log"; do sleep 1; done
  # insight figures are computed in the background after start (about 100 s at full scale): measured once done
  until grep -q "oblasts' figures in\|Insight warm-up stopped" "$log"; do sleep 1; done
  local first; first=$(head -n 1 "$WORLD_DIR/urls/org-search.txt" | sed -E 's#^https?://[^/]+##')
  local code; code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $LIBPARTNERS_ADMIN_TOKEN" \
    "http://localhost:$port$first")
  [ "$code" = 200 ] || { echo "node on $port answers $first with HTTP $code"; tail -30 "$log"; exit 1; }
  echo "node on $port ready in $(( ($(date +%s%N) - t) / 1000000 )) ms (atlas index built)"
}
stop_nodes() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  PIDS=()
}
wrk_on() { # port, connections, scenario, range, duration
  local distinct=0; [[ $3 == *-distinct ]] && distinct=1
  WRK_URLS="$WORLD_DIR/urls/$3.txt" WRK_TOKEN="$LIBPARTNERS_ADMIN_TOKEN" WRK_DISTINCT=$distinct WRK_THREADS=1 \
    WRK_RANGE=$4 wrk -t 1 -c "$2" -d "$5" --timeout 10s -s bench/rotate.lua "http://localhost:$1" | tail -n 1
}
scenarios=${*:-org-search org-search-distinct atlas-z6 atlas-z9 atlas-z12}

echo "== one node"
start_node $PORT_A "$BENCH_DATA/one.log"
for s in $scenarios; do wrk_on $PORT_A 20 "${s%-distinct}" 0-1 15s > /dev/null; done # warm-up of the whole run
for s in $scenarios; do
  [[ $s == *-distinct ]] || wrk_on $PORT_A 20 "$s" 0-1 10s > /dev/null
  printf '%-20s load %-5s | one node, 20 clients: %s\n' "$s" "$(cut -d' ' -f1 /proc/loadavg)" \
    "$(wrk_on $PORT_A 20 "$s" 0-0.33 "$DURATION")"
done
stop_nodes

echo "== two nodes (libpartners.nodes.several=true)"
start_node $PORT_A "$BENCH_DATA/node-a.log" --libpartners.nodes.several=true --libpartners.nodes.name=node-a
start_node $PORT_B "$BENCH_DATA/node-b.log" --libpartners.nodes.several=true --libpartners.nodes.name=node-b
for s in $scenarios; do
  wrk_on $PORT_A 10 "${s%-distinct}" 0-1 15s > /dev/null & w=$!; wrk_on $PORT_B 10 "${s%-distinct}" 0-1 15s > /dev/null; wait $w
done
for s in $scenarios; do
  if [[ $s != *-distinct ]]; then
    wrk_on $PORT_A 10 "$s" 0-1 10s > /dev/null & w=$!; wrk_on $PORT_B 10 "$s" 0-1 10s > /dev/null; wait $w
  fi
  load=$(cut -d' ' -f1 /proc/loadavg)
  wrk_on $PORT_A 10 "$s" 0.33-0.5 "$DURATION" > "$WORLD_DIR/a.out" & w=$!
  wrk_on $PORT_B 10 "$s" 0.5-0.67 "$DURATION" > "$WORLD_DIR/b.out"
  wait $w
  sum=$(cat "$WORLD_DIR/a.out" "$WORLD_DIR/b.out" | grep -o 'throughput=[0-9]*' | cut -d= -f2 | paste -sd+ | bc)
  printf '%-20s load %-5s | two nodes, 10+10 clients: %s/s in all\n%-20s            |   node A: %s\n%-20s            |   node B: %s\n' \
    "$s" "$load" "$sum" "" "$(cat "$WORLD_DIR/a.out")" "" "$(cat "$WORLD_DIR/b.out")"
done
stop_nodes
