#!/usr/bin/env bash
# Events at scale: EVENTS events (default 10,000) with REGS registrations each on average (default 20, so 200,000),
# seeded through the API with the admin token; then the calendar page, the API list and a personal feed under 20
# clients (HttpLoad), and registration timed request by request (curl, p95 computed here).
# Small run while developing: EVENTS=200 REGS=5 bench/event.sh
source "$(dirname "$0")/common.sh"
EVENTS=${EVENTS:-10000}
REGS=${REGS:-20}
PAR=${PAR:-8}
build
start_app
AUTH="Authorization: Bearer $LIBPARTNERS_ADMIN_TOKEN"
BASE="http://localhost:$PORT"

echo "seeding $EVENTS events…"
t0=$(date +%s)
seq 1 "$EVENTS" | xargs -P "$PAR" -I{} sh -c '
  d=$(( {} % 700 )); day=$(date -d "+$d days" +%Y-%m-%d)
  curl -s -o /dev/null -H "'"$AUTH"'" -H "Content-Type: application/json" "'"$BASE"'/api/v1/events" -d "{
    \"kind\":\"REGIONAL_MEETING\",\"title\":\"Среща {}\",\"start\":\"${day}T10:00\",\"end\":\"${day}T13:00\",
    \"ekatte\":\"56784\",\"capacity\":15,\"oblasts\":[\"PDV\"],\"publicEvent\":true}"'
echo "events seeded in $(( $(date +%s) - t0 )) s"

echo "seeding registrations…"
t0=$(date +%s)
times=$(mktemp)
seq 1 $(( EVENTS * REGS )) | xargs -P "$PAR" -I{} sh -c '
  id=$(( ({} % '"$EVENTS"') * 1 + 1 ))
  curl -s -o /dev/null -w "%{time_total}\n" -H "'"$AUTH"'" -H "Content-Type: application/json" \
    "'"$BASE"'/api/v1/events/$id/registrations" -d "{\"name\":\"Участник {}\",\"email\":\"p{}@bench.test\"}"' >> "$times"
echo "registrations seeded in $(( $(date +%s) - t0 )) s"
sort -n "$times" | awk '{a[NR]=$1} END {printf "registration: n=%d p50=%.1f ms p95=%.1f ms\n", NR, a[int(NR*0.5)]*1000, a[int(NR*0.95)]*1000}'

feed=$(curl -s -X POST -H "$AUTH" "$BASE/api/v1/calendar/feed" | grep -o '/api/v1/calendar/[^"]*')
urls=$(mktemp)
for m in $(seq 0 11); do echo "$BASE/events?view=month&month=$(date -d "+$m months" +%Y-%m)"; done > "$urls"
echo "$BASE/events" >> "$urls"; echo "$BASE/events?oblast=PDV&kind=REGIONAL_MEETING" >> "$urls"
load --clients 20 --warmup 200 --requests 4000 --urls "$urls"
load --clients 20 --warmup 200 --requests 4000 --url "$BASE/api/v1/events?size=50"
load --clients 20 --warmup 200 --requests 4000 --url "$BASE$feed"
