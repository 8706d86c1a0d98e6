#!/usr/bin/env bash
# Survey benchmark: launch a national campaign to every library and chitalishte in the directory (load the real
# register first for the issue's ≈7,400), watch the background mailing rate, then 20 clients reading progress and
# results, 20 clients saving drafts by personal links, and the XLSX export with the heap sampled while it streams.
# Usage: bench/survey.sh            (JAVA_OPTS=-Xmx256m bench/survey.sh to show the export passes with a small heap)
source "$(dirname "$0")/common.sh"
build
start_app
BASE="http://localhost:$PORT"
AUTH="Authorization: Bearer $LIBPARTNERS_ADMIN_TOKEN"
json() { curl -sf -H "$AUTH" -H 'Content-Type: application/json' "$@"; }

QID=$(json "$BASE/api/v1/questionnaires" | python3 -c 'import json,sys; print([q["id"] for q in json.load(sys.stdin)["content"] if q["shipped"]][0])')
TODAY=$(date +%F); CLOSES=$(date -d '+30 days' +%F)
ID=$(json -X POST "$BASE/api/v1/surveys" -d "{\"title\":\"Бенчмарк\",\"opensOn\":\"$TODAY\",\"closesOn\":\"$CLOSES\",\"questionnaireId\":$QID,\"kinds\":[\"LIBRARY\",\"CHITALISHTE\"]}" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
T0=$(date +%s%N)
INVITED=$(json -X POST "$BASE/api/v1/surveys/$ID/launch" | python3 -c 'import json,sys; print(json.load(sys.stdin)["invited"])')
echo "launch: $INVITED invitations recorded in $(( ($(date +%s%N) - T0) / 1000000 )) ms (the request returns before any mail)"

T0=$(date +%s)
for _ in $(seq 1 120); do
  P=$(json "$BASE/api/v1/surveys/$ID/progress")
  PENDING=$(echo "$P" | python3 -c 'import json,sys; print(json.load(sys.stdin)["mailPending"])')
  [ "$PENDING" = 0 ] && break
  sleep 5
done
MAILED=$(json "$BASE/api/v1/surveys/$ID/progress" | python3 -c 'import json,sys; print(json.load(sys.stdin)["mailed"])')
echo "mailing: $MAILED mails in $(( $(date +%s) - T0 )) s (libpartners.survey.mails-per-second caps the rate)"

load --clients 20 --requests 2000 --warmup 200 --header "$AUTH" --url "$BASE/api/v1/surveys/$ID/progress"
load --clients 20 --requests 1000 --warmup 100 --header "$AUTH" --url "$BASE/api/v1/surveys/$ID/results"

echo "heap before export: $(heap_mb) MB"
( curl -sf -H "$AUTH" "$BASE/api/v1/surveys/$ID/answers.xlsx" -o "$BENCH_DATA/answers.xlsx" ) &
EXPORT=$!
while kill -0 $EXPORT 2>/dev/null; do
  jcmd "$APP_PID" GC.heap_info | awk '/used/ {print "heap during export:", $0; exit}'
  sleep 1
done
echo "export: $(stat -c %s "$BENCH_DATA/answers.xlsx") bytes; heap after: $(heap_mb) MB"
