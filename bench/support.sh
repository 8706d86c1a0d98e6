#!/usr/bin/env bash
# Issue 13: expert support at scale — 100,000 requests with 500,000 messages on the default H2 file database; the
# lists (GET /api/v1/support-requests, unfiltered and filtered by status, topic, oblast, overdue) and the stats
# (GET /api/v1/support/stats) at 20 concurrent clients, p95 to stay under 100 ms.
#
# Usage: bench/support.sh [requests, default 100000] [messages, default 500000]
#   BENCH_DIR  a folder with classes/, test-classes/ and cp.txt (default target: build first with
#              ./mvnw -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
#              -Dmdep.includeScope=test)
#   PORT       default 18213; JAVA_OPTS default -Xmx1g; BENCH_DATA a data folder (default: a new temporary one)
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS=${1:-100000}
MESSAGES=${2:-500000}
PORT=${PORT:-18213}
BENCH_DIR=${BENCH_DIR:-target}
BENCH_DATA=${BENCH_DATA:-$(mktemp -d /tmp/lp-support.XXXXXX)}
TOKEN=${LIBPARTNERS_ADMIN_TOKEN:-lp_support_benchmark_token_0123456789abcdef}
CP="$BENCH_DIR/classes:$(cat "$BENCH_DIR/cp.txt")"

start() {
  LIBPARTNERS_DATA="$BENCH_DATA" LIBPARTNERS_ADMIN_TOKEN="$TOKEN" LIBPARTNERS_DEMO=true \
    java ${JAVA_OPTS:--Xmx1g} -cp "$CP" bg.libpartners.LibPartnersApplication --server.port="$PORT" \
    > "$BENCH_DATA/app.log" 2>&1 &
  APP_PID=$!
  trap 'kill $APP_PID 2>/dev/null || true' EXIT
  until curl -sf "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $APP_PID 2>/dev/null || { tail -50 "$BENCH_DATA/app.log"; exit 1; }
    sleep 0.5
  done
}

# 1. first start: migrations, geography, the demo directory and accounts; then stop to load H2 (a file database has
#    one writer)
start
kill $APP_PID; wait $APP_PID 2>/dev/null || true
java -cp "$BENCH_DIR/test-classes:$CP" bg.libpartners.support.bench.SupportBenchData \
  "jdbc:h2:file:$BENCH_DATA/db/libpartners" sa "" "$REQUESTS" "$MESSAGES"
start
echo "application up on port $PORT with $REQUESTS requests and $MESSAGES messages; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

BASE="http://localhost:$PORT/api/v1"
URLS="$BENCH_DATA/urls.txt"
: > "$URLS"
for page in 0 1 2 5 10 50 100 500; do echo "$BASE/support-requests?page=$page&size=20" >> "$URLS"; done
for s in NEW ASSIGNED ANSWERED WAITING_FOR_ASKER CLOSED; do echo "$BASE/support-requests?status=$s&size=20" >> "$URLS"; done
for t in PARTNERSHIP AGREEMENT FUNDRAISING PROJECT_MANAGEMENT ICT COMMUNICATION OTHER; do
  echo "$BASE/support-requests?topic=$t&size=20" >> "$URLS"; done
for o in PDV SOF VAR VRC BGS; do echo "$BASE/support-requests?oblast=$o&size=20" >> "$URLS"; done
echo "$BASE/support-requests?overdue=true&size=20" >> "$URLS"
echo "$BASE/support-requests?unassigned=true&size=20" >> "$URLS"
run() { java -cp "$BENCH_DIR/test-classes:$CP" bg.libpartners.bench.HttpLoad --header "Authorization: Bearer $TOKEN" "$@"; }
echo "lists (admin, every request in scope):"
run --clients 20 --requests ${LIST_REQUESTS:-4000} --warmup 400 --urls "$URLS"
echo "stats (admin, whole country and per oblast):"
run --clients 20 --requests ${STATS_REQUESTS:-2000} --warmup 200 --url "$BASE/support/stats" \
  --url "$BASE/support/stats?oblast=PDV" --url "$BASE/support/stats?oblast=SOF"
echo "stats uncached (one client, cache off at the first call of each scope): see the first line of app timing below"
curl -s -o /dev/null -w "first stats call: %{time_total}s\n" -H "Authorization: Bearer $TOKEN" "$BASE/support/stats?oblast=VAR"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
