#!/usr/bin/env bash
# Issue 2: start-up time to healthy and heap after start (fresh data folder, geography and demo data loaded),
# then the settlement search under 20 concurrent clients. Usage: bench/foundation.sh
source "$(dirname "$0")/common.sh"
build
start_app
echo "startup to healthy (first start, empty data folder): ${STARTUP_MS} ms"
echo "heap used after start and a full GC: $(heap_mb) MiB"
urls=$(mktemp)
for q in Vratsa "%D0%B3%D1%80.%20%D0%92%D1%80%D0%B0%D1%86%D0%B0" Sofia Plovdiv Ruse Banya Trud Parvomay Gabrovo \
         "%D0%91%D0%B0%D0%BD%D1%8F" Byala Aleksandrovo Novo%20selo Kameno Lovech Dobrich Shumen Yambol; do
  echo "http://localhost:$PORT/api/v1/geography/settlements?q=$q" >> "$urls"
done
echo "settlement search, 20 clients:"
load --clients 20 --warmup 1000 --requests 10000 --urls "$urls"
kill $APP_PID; wait $APP_PID 2>/dev/null || true
start_app
echo "startup to healthy (second start, data present): ${STARTUP_MS} ms"
