#!/usr/bin/env bash
# Issue 5: a 500 MB material upload end to end — a real multipart POST /materials/new over HTTP to a running
# application (Bearer token), the server's heap in use read from /actuator/prometheus every ~100 ms during it.
# The application runs with a small heap (-Xmx384m by default), so a file held in memory could not even fit.
#
# Usage: bench/practice-upload.sh [size in MiB, default 500]
#   BENCH_DIR  a folder with classes/, test-classes/ and cp.txt (default target: run the build first, e.g.
#              ./mvnw -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
#              -Dmdep.includeScope=test); a private copy lets builds in the work tree go on during a run
#   PORT       default 18204; JAVA_OPTS default -Xmx384m; BENCH_DATA a data folder (default: a new temporary one)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${1:-500}
PORT=${PORT:-18204}
BENCH_DIR=${BENCH_DIR:-target}
BENCH_DATA=${BENCH_DATA:-$(mktemp -d /tmp/lp-upload.XXXXXX)}
TOKEN=${LIBPARTNERS_ADMIN_TOKEN:-lp_upload_benchmark_token_0123456789abcdef}
CP="$BENCH_DIR/classes:$(cat "$BENCH_DIR/cp.txt")"
mkdir -p "$BENCH_DATA/tmp"

LIBPARTNERS_DATA="$BENCH_DATA" LIBPARTNERS_ADMIN_TOKEN="$TOKEN" LIBPARTNERS_DEMO=true \
  java ${JAVA_OPTS:--Xmx384m} -Djava.io.tmpdir="$BENCH_DATA/tmp" -cp "$CP" bg.libpartners.LibPartnersApplication \
  --server.port="$PORT" > "$BENCH_DATA/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $APP_PID 2>/dev/null || { tail -50 "$BENCH_DATA/app.log"; exit 1; }
  sleep 0.5
done
echo "application up on port $PORT (pid $APP_PID, ${JAVA_OPTS:--Xmx384m}), data in $BENCH_DATA; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# the client in its own JVM, so the heap figures are the server's alone
java -Xmx64m -cp "$BENCH_DIR/test-classes:$CP" bg.libpartners.material.bench.UploadBenchmark \
  "http://localhost:$PORT" "$TOKEN" "$SIZE" "$BENCH_DATA/tmp"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "stored files: $(find "$BENCH_DATA/files" -type f -size +1M -printf '%s bytes %p\n' 2>/dev/null | head -3)"
echo "left in the temporary folder (Tomcat's spooled parts are deleted after the request): $(du -sh "$BENCH_DATA/tmp" | cut -f1)"
