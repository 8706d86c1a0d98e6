#!/usr/bin/env bash
# Issue 21: does the jar run on another JVM (e.g. Java 25)? Starts it once (DB=h2 with demo data by default, DB=postgres
# for the machine's PostgreSQL), then asks the pages and the API what an operator would try first: the home page, the
# search (page and API), a record, the map and its data, a register import (preview + commit) and a search for a name
# the import brought; then prints the warnings the JVM and the libraries logged. Run it under the machine lock:
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java flock /tmp/lp-machine.lock bench/smoke.sh
# JAVA_OPTS and extra application arguments ("$@") are passed to the start; APP_JAR to start e.g. an extracted jar.
source "$(dirname "$0")/common.sh"
build
REGISTER=${REGISTER:-/work/shared/data/chitalishta-register/chitalishta_register_masked.csv}
AUTH="Authorization: Bearer $LIBPARTNERS_ADMIN_TOKEN"
BASE="http://localhost:$PORT"
failures=0

"$JAVA" -version 2>&1 | head -n 2
start_app "$@"

check() { # NAME URL PATTERN [curl options…]: the answer is 200 and its body matches PATTERN
  local name=$1 url=$2 pattern=$3 body code
  body=$(mktemp "$BENCH_DATA/smoke.XXXXXX")
  code=$(curl -s -o "$body" -w '%{http_code}' -H "$AUTH" -H 'Accept-Language: bg' "${@:4}" "$BASE$url")
  if [ "$code" = 200 ] && grep -q -- "$pattern" "$body"; then
    echo "ok    $name ($url, $(wc -c < "$body") bytes)"
  else
    echo "FAIL  $name ($url): HTTP $code, $(head -c 300 "$body")"; failures=$((failures + 1))
  fi
  LAST_BODY=$(cat "$body"); rm -f "$body"
}

check "home page" / '<html'
check "search page" "/organisations?q=%D1%87%D0%B8%D1%82%D0%B0%D0%BB%D0%B8%D1%89%D0%B5" '/organisations/[0-9]'
check "search API" "/api/v1/organisations?q=%D1%87%D0%B8%D1%82%D0%B0%D0%BB%D0%B8%D1%89%D0%B5&size=5" '"totalElements":[1-9]'
id=$(grep -oE '"id":[0-9]+' <<< "$LAST_BODY" | head -n 1 | cut -d: -f2)
check "a record (page)" "/organisations/$id" '<h1'
check "a record (API)" "/api/v1/organisations/$id" "\"id\":$id"
check "the map" /map 'atlas-map'
check "the map's data" /api/v1/atlas/features '"features"'
check "oblast boundaries" /api/v1/geography/boundaries/oblasts.geojson '"FeatureCollection"'
check "good practices" /practices '<html'
check "open data" /open-data '<html'

preview=$(curl -s -H "$AUTH" -F "file=@$REGISTER" "$BASE/api/v1/imports/chitalishta-register")
batch=$(grep -oE '"batchId":"[^"]+"' <<< "$preview" | cut -d'"' -f4)
if [ -n "$batch" ] && curl -s -H "$AUTH" -X POST "$BASE/api/v1/imports/$batch/commit" | grep -q '"committed":true'; then
  echo "ok    register import: preview + commit ($(grep -oE '"(created|updated|unchanged|rows)":[0-9]+' <<< "$preview" | tr '\n' ' '))"
else
  echo "FAIL  register import: $(head -c 300 <<< "$preview")"; failures=$((failures + 1))
fi
# a name only the register has (row 1: "Съзнание 1873г.", село Брестовица), found once the index caught up
for _ in $(seq 1 40); do
  curl -s -H "$AUTH" "$BASE/api/v1/organisations?q=%D0%91%D1%80%D0%B5%D1%81%D1%82%D0%BE%D0%B2%D0%B8%D1%86%D0%B0&size=5" \
    | grep -q '"totalElements":[1-9]' && break
  sleep 0.5
done
check "search after the import" "/api/v1/organisations?q=%D0%91%D1%80%D0%B5%D1%81%D1%82%D0%BE%D0%B2%D0%B8%D1%86%D0%B0&size=5" \
  '"totalElements":[1-9]'

stop_app
echo "warnings in the log ($BENCH_DATA/app.log):"
grep -E '^WARNING|WARN |ERROR ' "$BENCH_DATA/app.log" | sed -E 's/^[0-9T:.Z+-]+ +//; s/ [0-9]+ --- / --- /' | cut -c 1-260 \
  | sort | uniq -c | sort -rn | head -n 40 || true
echo "failures: $failures"
exit $(( failures > 0 ))
