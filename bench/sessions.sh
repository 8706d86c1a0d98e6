#!/usr/bin/env bash
# Issue 20: what sessions in the database cost a signed-in person's page. The jar on the postgres profile with demo
# data (the machine's PostgreSQL, a fresh cluster), a demo librarian signed in through the form, then wrk on her start
# page (/work) with her session cookie: once with sessions in memory (one node, the default), once with
# libpartners.nodes.several=true (Spring Session JDBC). Usage: bench/sessions.sh   (DURATION, default 15s)
source "$(dirname "$0")/common.sh"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }
DURATION=${DURATION:-15s}
build
DB=postgres
start_postgres
BASE="http://localhost:$PORT"
echo "$BASE/work" > "$BENCH_DATA/work.txt"
for several in false true; do
  LIBPARTNERS_DEMO=true start_app --libpartners.nodes.several=$several --libpartners.nodes.name=node-a
  cookies="$BENCH_DATA/cookies"; rm -f "$cookies"
  csrf=$(curl -s -c "$cookies" -b "$cookies" "$BASE/login" | grep -oE 'name="_csrf" value="[^"]+"' | head -n 1 | cut -d'"' -f4)
  curl -s -c "$cookies" -b "$cookies" -o /dev/null --data-urlencode "username=librarian@demo.libpartners.bg" \
    --data-urlencode "password=libpartners" --data-urlencode "_csrf=$csrf" "$BASE/login"
  session=$(awk '$6 == "JSESSIONID" { print $7 }' "$cookies")
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$session" "$BASE/work")" = 200 ] \
    || { echo "the librarian is not signed in"; exit 1; }
  run() { WRK_URLS="$BENCH_DATA/work.txt" WRK_TOKEN= WRK_HEADER="Cookie: JSESSIONID=$session" wrk -t 2 -c 20 -d "$1" \
    --timeout 10s -s "$WRK_SCRIPT" "$BASE" | tail -n 1; }
  run 20s > /dev/null
  echo "sessions $( [ $several = true ] && echo "in the database (several=true)" || echo "in memory (one node)"): /work, 20 clients: $(run "$DURATION")"
  stop_app
done
