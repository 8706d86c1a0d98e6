#!/usr/bin/env bash
# Issue 11 at the issue's scale: the real chitalishta register (3,718 rows → ≈ 7,400 libraries and chitalishta) is
# imported, a national campaign of the shipped inventory questionnaire is launched to all of them, and the personal
# links are mailed in the background through SMTP (GreenMail standalone on SMTP_PORT) while the rate is measured;
# then SurveyBench answers through the personal links with 20 clients (a draft with five partnerships each, then the
# submission: ≈ 37,000 draft partnerships in the registry); then progress and per-question results at 20 clients;
# then the XLSX export of every partnership row with the heap sampled while it streams.
# Usage: DB=postgres bench/survey.sh      (DB=h2, the default, for the development run)
#        JAVA_OPTS=-Xmx256m DB=postgres bench/survey.sh   to show the export needs no big heap
source "$(dirname "$0")/common.sh"
SMTP_PORT=${SMTP_PORT:-2525}
REGISTER=${REGISTER:-../shared/data/chitalishta-register/chitalishta_register_masked.csv}
[ -f "$REGISTER" ] || REGISTER=/work/shared/data/chitalishta-register/chitalishta_register_masked.csv
build
CP="$BENCH_DIR/test-classes:$BENCH_DIR/classes:$(cat "$BENCH_DIR/cp.txt")"
java -Xmx512m -cp "$CP" bg.libpartners.bench.MailSink "$SMTP_PORT" > "$BENCH_DATA/smtp.log" 2>&1 &
GM_PID=$!
trap 'cleanup; kill $GM_PID 2>/dev/null || true' EXIT
until grep -q "SMTP ready" "$BENCH_DATA/smtp.log"; do sleep 0.2; done
start_app --libpartners.survey.mails-per-second="${MAIL_RATE:-100}" --spring.mail.port="$SMTP_PORT"
BASE="http://localhost:$PORT"
AUTH="Authorization: Bearer $LIBPARTNERS_ADMIN_TOKEN"
json() { curl -sf -H "$AUTH" -H 'Content-Type: application/json' "$@"; }
field() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

T0=$(date +%s%N)
curl -sf -H "$AUTH" -F "file=@$REGISTER" "$BASE/api/v1/imports/chitalishta-register?commit=true" > "$BENCH_DATA/import.json"
echo "register imported in $(( ($(date +%s%N) - T0) / 1000000 )) ms: $(field "['summary']" < "$BENCH_DATA/import.json" 2>/dev/null || head -c 300 "$BENCH_DATA/import.json")"

QID=$(json "$BASE/api/v1/questionnaires" | python3 -c 'import json,sys; print([q["id"] for q in json.load(sys.stdin)["content"] if q["shipped"]][0])')
TODAY=$(date +%F); CLOSES=$(date -d '+30 days' +%F)
ID=$(json -X POST "$BASE/api/v1/surveys" -d "{\"title\":\"Бенчмарк\",\"opensOn\":\"$TODAY\",\"closesOn\":\"$CLOSES\",\"questionnaireId\":$QID,\"kinds\":[\"LIBRARY\",\"CHITALISHTE\"]}" | field "['id']")
T0=$(date +%s%N)
INVITED=$(json -X POST "$BASE/api/v1/surveys/$ID/launch" | field "['invited']")
echo "launch: $INVITED invitations recorded in $(( ($(date +%s%N) - T0) / 1000000 )) ms (the request returns before any mail)"

T0=$(date +%s)
for _ in $(seq 1 240); do
  PENDING=$(json "$BASE/api/v1/surveys/$ID/progress" | field "['mailPending']")
  [ "$PENDING" = 0 ] && break
  sleep 2
done
S=$(( $(date +%s) - T0 ))
MAILED=$(json "$BASE/api/v1/surveys/$ID/progress" | field "['mailed']")
echo "SMTP server: $(tail -n 1 "$BENCH_DATA/smtp.log")"
echo "mailing: $MAILED mails through SMTP in ${S} s ≈ $(( MAILED / (S > 0 ? S : 1) )) mails/s (cap libpartners.survey.mails-per-second=${MAIL_RATE:-100}); still pending: $PENDING"

if command -v wrk > /dev/null && [ "${LOAD_DRIVER:-wrk}" = wrk ]; then
  # wrk (C, 2 % of a core) drives the saves where it is installed: a second campaign to the same organisations, each
  # personal link saved once (a first save of five partnerships, as in SurveyBench), the first 40 % of the links to
  # warm up, then the rest measured; no link is saved twice ("repeated=0")
  WID=$(json -X POST "$BASE/api/v1/surveys" -d "{\"title\":\"Бенчмарк (wrk)\",\"opensOn\":\"$TODAY\",\"closesOn\":\"$CLOSES\",\"questionnaireId\":$QID,\"kinds\":[\"LIBRARY\",\"CHITALISHTE\"]}" | field "['id']")
  json -X POST "$BASE/api/v1/surveys/$WID/launch" > /dev/null
  until [ "$(json "$BASE/api/v1/surveys/$WID/progress" | field "['mailPending']")" = 0 ]; do sleep 2; done
  java -Dbench.links="$BENCH_DATA/links.txt" -Dbench.links-only=true -cp "$CP" bg.libpartners.survey.bench.SurveyBench \
    "$BASE" "$LIBPARTNERS_ADMIN_TOKEN" "$WID" 20
  saves() { WRK_URLS="$BENCH_DATA/links.txt" WRK_DISTINCT=1 WRK_THREADS=2 WRK_RANGE=$1 WRK_METHOD=PUT \
    WRK_BODY="$(cat "$BENCH_DATA/links.txt.json")" wrk -t 2 -c 20 -d "$2" --timeout 10s -s "$WRK_SCRIPT" "$BASE" | tail -n 1; }
  saves 0-0.4 "${SAVE_WARMUP:-4}s" > /dev/null
  echo "draft saved by personal link, 5 partnerships each, a first save per link (wrk, 20 connections, ${SAVE_SECONDS:-6} s after ${SAVE_WARMUP:-4} s of warm-up; no link saved twice unless repeated>0): $(saves 0.4-1 "${SAVE_SECONDS:-6}s")"
fi
java -cp "$CP" bg.libpartners.survey.bench.SurveyBench "$BASE" "$LIBPARTNERS_ADMIN_TOKEN" "$ID" 20
sleep 5   # the registry feed takes the submissions after commit
echo "progress and results over $(json "$BASE/api/v1/surveys/$ID/progress" | field "['submitted']") submitted answers; load average $(loadavg)"
load --clients 20 --requests 2000 --warmup 200 --header "$AUTH" --url "$BASE/api/v1/surveys/$ID/progress" \
  --url "$BASE/api/v1/surveys/$ID/progress?oblast=PDV"
load --clients 20 --requests 1000 --warmup 100 --header "$AUTH" --url "$BASE/api/v1/surveys/$ID/results" \
  --url "$BASE/api/v1/surveys/$ID/results?oblast=PDV" --url "$BASE/api/v1/surveys/$ID/results?kind=CHITALISHTE"

echo "heap after a full GC before the export: $(heap_mb) MiB (max heap: ${JAVA_OPTS:-default})"
T0=$(date +%s%N)
peak_heap curl -sf -H "$AUTH" "$BASE/api/v1/surveys/$ID/answers.xlsx" -o "$BENCH_DATA/answers.xlsx"
echo "XLSX export: $(stat -c %s "$BENCH_DATA/answers.xlsx") bytes in $(( ($(date +%s%N) - T0) / 1000000 )) ms; heap peak while streaming $PEAK_MB MiB (sampled every 0.5 s, garbage included); after a full GC $(heap_mb) MiB"
python3 - "$BENCH_DATA/answers.xlsx" <<'PY'
import sys, zipfile, re
z = zipfile.ZipFile(sys.argv[1])
for n in sorted(z.namelist()):
    if n.startswith("xl/worksheets/sheet"):
        with z.open(n) as f:
            rows = sum(chunk.count(b"<row ") for chunk in iter(lambda: f.read(1 << 20), b""))
        print(f"  {n}: {rows} rows")
PY
echo "load average at the end: $(loadavg)"
