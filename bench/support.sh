#!/usr/bin/env bash
# Issue 13 at the issue's scale: 100,000 support requests with 500,000 messages (SupportBenchData, spread over the
# libraries of the directory, the seven topics and every status) added to the demo database; then at 20 clients the
# lists (GET /api/v1/support-requests, unfiltered and by status, topic, oblast, overdue, unassigned) and the stats
# (GET /api/v1/support/stats, the country and single oblasts).
# Usage: DB=postgres bench/support.sh [requests, default 100000] [messages, default 500000]   (DB=h2 the default)
source "$(dirname "$0")/common.sh"
REQUESTS=${1:-100000}
MESSAGES=${2:-500000}
build
start_app
seed bg.libpartners.support.bench.SupportBenchData "$REQUESTS" "$MESSAGES"
echo "$REQUESTS requests and $MESSAGES messages loaded; load average: $(loadavg)"

BASE="http://localhost:$PORT/api/v1"
AUTH="Authorization: Bearer $LIBPARTNERS_ADMIN_TOKEN"
URLS="$BENCH_DATA/urls.txt"
: > "$URLS"
for page in 0 1 2 5 10 50 100 500; do echo "$BASE/support-requests?page=$page&size=20" >> "$URLS"; done
for s in NEW ASSIGNED ANSWERED WAITING_FOR_ASKER CLOSED; do echo "$BASE/support-requests?status=$s&size=20" >> "$URLS"; done
for t in PARTNERSHIP AGREEMENT FUNDRAISING PROJECT_MANAGEMENT ICT COMMUNICATION OTHER; do
  echo "$BASE/support-requests?topic=$t&size=20" >> "$URLS"; done
for o in PDV SOF VAR VRC BGS; do echo "$BASE/support-requests?oblast=$o&size=20" >> "$URLS"; done
echo "$BASE/support-requests?overdue=true&size=20" >> "$URLS"
echo "$BASE/support-requests?unassigned=true&size=20" >> "$URLS"
echo "first stats call of a scope (computed, not cached): $(curl -s -o /dev/null -w '%{time_total}s' -H "$AUTH" "$BASE/support/stats?oblast=VAR")"
echo "lists (admin, every request in scope), 20 clients:"
load --clients 20 --requests "${LIST_REQUESTS:-4000}" --warmup 400 --header "$AUTH" --urls "$URLS"
echo "stats (admin, whole country and per oblast), 20 clients:"
load --clients 20 --requests "${STATS_REQUESTS:-2000}" --warmup 200 --header "$AUTH" --url "$BASE/support/stats" \
  --url "$BASE/support/stats?oblast=PDV" --url "$BASE/support/stats?oblast=SOF"
echo "load average at the end: $(loadavg)"
