#!/usr/bin/env bash
# Issue 12 at the issue's scale: EVENTS events (default 10,000) and REGISTRATIONS registrations (default 200,000)
# added by EventBenchData to the demo database, then at 20 clients: the calendar page (month views, the list, a
# filtered list), the API list, a personal iCalendar feed, and registration itself (POST, a new person each time,
# spread over upcoming events).
# Usage: DB=postgres bench/event.sh      (DB=h2, the default, for the development run)
source "$(dirname "$0")/common.sh"
EVENTS=${EVENTS:-10000}
REGISTRATIONS=${REGISTRATIONS:-200000}
build
start_app
seed bg.libpartners.event.bench.EventBenchData "$EVENTS" "$REGISTRATIONS"
AUTH="Authorization: Bearer $LIBPARTNERS_ADMIN_TOKEN"
BASE="http://localhost:$PORT"
echo "$EVENTS events and $REGISTRATIONS registrations loaded; load average $(loadavg)"

pages="$BENCH_DATA/pages.txt"
for m in $(seq 0 11); do echo "$BASE/events?view=month&month=$(date -d "+$m months" +%Y-%m)"; done > "$pages"
echo "$BASE/events" >> "$pages"; echo "$BASE/events?oblast=PDV&kind=REGIONAL_MEETING" >> "$pages"
echo "calendar pages (HTML; 12 months, the list, a filtered list), 20 clients:"
load --clients 20 --warmup 400 --requests 4000 --header "$AUTH" --urls "$pages"
echo "API list (a year from today, 50 a page, pages 0-4), 20 clients:"
for p in 0 1 2 3 4; do echo "$BASE/api/v1/events?size=50&page=$p"; done > "$BENCH_DATA/api.txt"
load --clients 20 --warmup 400 --requests 4000 --header "$AUTH" --urls "$BENCH_DATA/api.txt"
curl -sf -H "$AUTH" "$BASE/api/v1/events?size=200" | python3 -c '
import json, sys
for e in json.load(sys.stdin)["content"]:
    print(sys.argv[1] + "/api/v1/events/%d/registrations" % e["id"])' "$BASE" > "$BENCH_DATA/register.txt"
# the bench's administrator registers for FEED_EVENTS (default 50) upcoming events, so that the feed has them
for url in $(head -n "${FEED_EVENTS:-50}" "$BENCH_DATA/register.txt"); do
  curl -sf -o /dev/null -X POST -H "$AUTH" -H 'Content-Type: application/json' -d '{}' "$url" || true
done
feed=$(curl -sf -X POST -H "$AUTH" "$BASE/api/v1/calendar/feed" | grep -o '/api/v1/calendar/[^"]*')
echo "personal iCalendar feed ($(curl -s "$BASE$feed" | grep -c BEGIN:VEVENT) events in it), 20 clients:"
load --clients 20 --warmup 200 --requests 2000 --url "$BASE$feed"
echo "registration (POST, a new person each time, $(wc -l < "$BENCH_DATA/register.txt") upcoming events in turn), 20 clients:"
load --clients 20 --warmup 400 --requests 4000 --header "$AUTH" \
  --body '{"name":"Участник {n}","email":"load{n}@bench.test"}' --urls "$BENCH_DATA/register.txt"
echo "load average at the end: $(loadavg)"
