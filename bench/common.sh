# Shared by the benchmark scripts: build once, start the application on a port, wait until it is healthy.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
BENCH_DATA=${BENCH_DATA:-$(mktemp -d /tmp/lp-bench.XXXXXX)}
export LIBPARTNERS_ADMIN_TOKEN=${LIBPARTNERS_ADMIN_TOKEN:-lp_benchmark_token_0123456789abcdef}

# BENCH_DIR may point at a copy of the jar, test-classes and cp.txt, so that builds in the work tree don't disturb a run.
BENCH_DIR=${BENCH_DIR:-target}

build() {
  [ "$BENCH_DIR" != target ] && return
  [ -f target/cp.txt ] && ls target/libpartners-*.jar >/dev/null 2>&1 && [ "${REBUILD:-0}" = 0 ] && return
  ./mvnw -q -B -DskipTests package
  ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
  ./mvnw -q -B test-compile
}

start_app() { # extra JVM/app args in "$@"
  local jar; jar=$(ls "$BENCH_DIR"/libpartners-*.jar | head -n 1)
  LIBPARTNERS_DATA="$BENCH_DATA" LIBPARTNERS_DEMO="${LIBPARTNERS_DEMO:-true}" java ${JAVA_OPTS:-} -jar "$jar" --server.port="$PORT" "$@" > "$BENCH_DATA/app.log" 2>&1 &
  APP_PID=$!
  trap 'kill $APP_PID 2>/dev/null || true' EXIT
  local t0; t0=$(date +%s%N)
  until curl -sf "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $APP_PID 2>/dev/null || { tail -50 "$BENCH_DATA/app.log"; exit 1; }
    sleep 0.1
  done
  STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}

heap_mb() { # heap in use after a full GC, from the application's own metrics
  jcmd "$APP_PID" GC.run >/dev/null
  curl -s -H "Authorization: Bearer $LIBPARTNERS_ADMIN_TOKEN" "http://localhost:$PORT/actuator/prometheus" \
    | awk 'index($0, "jvm_memory_used_bytes{area=\"heap\"") == 1 {sum += $NF} END {printf "%.0f", sum/1048576}'
}

load() { # HttpLoad arguments
  java -cp "$BENCH_DIR/test-classes:$(ls "$BENCH_DIR"/libpartners-*.jar | head -n 1):$(cat "$BENCH_DIR/cp.txt")" bg.libpartners.bench.HttpLoad "$@"
}
