# Shared by the benchmark scripts: build once, start the application on a port, wait until it is healthy.
set -euo pipefail
WRK_SCRIPT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/rotate.lua"
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
BENCH_DATA=${BENCH_DATA:-$(mktemp -d /tmp/lp-bench.XXXXXX)}
mkdir -p "$BENCH_DATA"
export LIBPARTNERS_ADMIN_TOKEN=${LIBPARTNERS_ADMIN_TOKEN:-lp_benchmark_token_0123456789abcdef}

# JAVA: the java launcher for the application (default: the one on the PATH), e.g. JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
JAVA=${JAVA:-java}

# BENCH_DIR may point at a copy of the jar, classes, test-classes and cp.txt, so that builds in the work tree don't disturb a run.
BENCH_DIR=${BENCH_DIR:-target}

build() {
  [ "$BENCH_DIR" != target ] && return
  [ -f target/cp.txt ] && ls target/libpartners-*.jar >/dev/null 2>&1 && [ "${REBUILD:-0}" = 0 ] && return
  ./mvnw -q -B -DskipTests package
  ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
  ./mvnw -q -B test-compile
}

# DB=postgres runs the application as operators do: the jar on the postgres profile, against the machine's PostgreSQL
# (Debian's, a fresh cluster in $BENCH_DATA/pg with its default settings, started as the postgres user) or, where none
# is installed, the embedded one of BenchPostgres. DB=h2 (the default) is the development run on the H2 file database.
DB=${DB:-h2}
PGPORT=${PGPORT:-15700}
DB_ARGS=()
APP_ARGS=()
cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "${PG_STOP:-}" ] && eval "$PG_STOP" >/dev/null 2>&1 || true
}
trap cleanup EXIT

start_postgres() {
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$bin" ] && [ -x "$bin/initdb" ]; then
    local as=(); [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
    chmod 755 "$BENCH_DATA"; mkdir -p "$BENCH_DATA/pg"; [ "$(id -u)" = 0 ] && chown postgres "$BENCH_DATA/pg"
    [ -f "$BENCH_DATA/pg/PG_VERSION" ] || "${as[@]}" "$bin/initdb" -D "$BENCH_DATA/pg" -U postgres --auth=trust -E UTF8 \
      --locale=C.UTF-8 > "$BENCH_DATA/initdb.log"
    "${as[@]}" "$bin/pg_ctl" -D "$BENCH_DATA/pg" -l "$BENCH_DATA/pg/server.log" -w \
      -o "-p $PGPORT -k /tmp -c shared_buffers=512MB -c max_connections=100" start > /dev/null
    PG_STOP="${as[*]} $bin/pg_ctl -D $BENCH_DATA/pg -m fast stop"
    PG_KIND="PostgreSQL $("$bin/postgres" --version | awk '{print $3}') (the machine's, default settings)"
  else
    java -Xmx256m -cp "$BENCH_DIR/test-classes:$(cat "$BENCH_DIR/cp.txt")" bg.libpartners.directory.bench.BenchPostgres \
      "$PGPORT" "$BENCH_DATA/pg" > "$BENCH_DATA/pg.log" 2>&1 &
    PG_STOP="kill $!"
    until grep -q "PostgreSQL ready" "$BENCH_DATA/pg.log"; do sleep 0.5; done
    PG_KIND="embedded PostgreSQL (zonky, fsync off)"
  fi
  JDBC_URL="jdbc:postgresql://localhost:$PGPORT/postgres"
  DB_ARGS=(--spring.profiles.active=postgres --spring.datasource.url="$JDBC_URL" --spring.datasource.username=postgres
    --spring.datasource.password=postgres)
  echo "database: $PG_KIND on port $PGPORT"
}

start_app() { # extra JVM/app args in "$@"
  local jar; jar=${APP_JAR:-$(ls "$BENCH_DIR"/libpartners-*.jar | head -n 1)}   # APP_JAR: e.g. an extracted one
  if [ "$DB" = postgres ] && [ ${#DB_ARGS[@]} = 0 ]; then start_postgres; fi
  LIBPARTNERS_DATA="$BENCH_DATA" LIBPARTNERS_DEMO="${LIBPARTNERS_DEMO:-true}" "$JAVA" ${JAVA_OPTS:-} -jar "$jar" --server.port="$PORT" \
    "${DB_ARGS[@]}" "$@" > "$BENCH_DATA/app.log" 2>&1 &
  APP_PID=$!
  local t0; t0=$(date +%s%N)
  until curl -sf "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $APP_PID 2>/dev/null || { tail -50 "$BENCH_DATA/app.log"; exit 1; }
    sleep 0.1
  done
  STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
  echo "application healthy in $STARTUP_MS ms ($( [ "$DB" = postgres ] && echo "postgres profile" || echo "H2 file"))"
}

stop_app() {
  kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

heap_used_mb() { # heap in use now (garbage included), from the application's own metrics
  curl -s -H "Authorization: Bearer $LIBPARTNERS_ADMIN_TOKEN" "http://localhost:$PORT/actuator/prometheus" \
    | awk 'index($0, "jvm_memory_used_bytes{area=\"heap\"") == 1 {sum += $NF} END {printf "%.0f", sum/1048576}'
}

heap_mb() { # heap in use after a full GC
  jcmd "$APP_PID" GC.run >/dev/null
  heap_used_mb
}

peak_heap() { # runs "$@" in the background; PEAK_MB = the highest heap in use sampled every half second meanwhile
  "$@" &
  local pid=$! used
  PEAK_MB=0
  while kill -0 $pid 2>/dev/null; do
    used=$(heap_used_mb); [ -n "$used" ] && [ "$used" -gt "$PEAK_MB" ] && PEAK_MB=$used
    sleep 0.5
  done
  wait $pid
}

seed() { # CLASS ARGS…: a bench data generator (main(JDBC_URL, USER, PASSWORD, ARGS…)) on the application's database;
  # on H2 the application is stopped for it (a file database has one writer) and started again with APP_ARGS
  local cp="$BENCH_DIR/test-classes:$BENCH_DIR/classes:$(cat "$BENCH_DIR/cp.txt")"
  if [ "$DB" = postgres ]; then
    java -Xmx2g -cp "$cp" "$1" "$JDBC_URL" postgres postgres "${@:2}"
  else
    stop_app
    java -Xmx2g -cp "$cp" "$1" "jdbc:h2:file:$BENCH_DATA/db/libpartners" sa "" "${@:2}"
    start_app "${APP_ARGS[@]}"
  fi
}

# load takes HttpLoad's arguments. Where wrk is installed (Debian's package) it drives the load instead: wrk costs the
# machine about 2 % of a core at 200 requests/s where HttpLoad (Java's HttpClient) costs 40 %, on the same two cores
# as the application and the database. Then --requests and --warmup are not counted but timed: a warm-up of
# WARMUP_SECONDS (default 40; the JIT needs it) and a measured run of LOAD_SECONDS (default 20). LOAD_DRIVER=httpload
# keeps the Java driver.
load() {
  if command -v wrk > /dev/null && [ "${LOAD_DRIVER:-wrk}" = wrk ]; then wrk_load "$@"; return; fi
  java -cp "$BENCH_DIR/test-classes:$BENCH_DIR/classes:$(cat "$BENCH_DIR/cp.txt")" bg.libpartners.bench.HttpLoad --warmup-seconds "${WARMUP_SECONDS:-40}" "$@"
}

wrk_load() {
  local clients=20 urls; urls=$(mktemp "$BENCH_DATA/wrk-urls.XXXXXX")
  local header='' token='' method='' body='' base=''
  while [ $# -gt 0 ]; do
    case "$1" in
      --clients) clients=$2; shift ;;
      --requests|--warmup|--warmup-seconds) shift ;;
      --url) echo "$2" >> "$urls"; shift ;;
      --urls) cat "$2" >> "$urls"; shift ;;
      --header) if [[ "$2" == "Authorization: Bearer "* ]]; then token=${2#Authorization: Bearer }; else header=$2; fi; shift ;;
      --method) method=$2; shift ;;
      --body) body=$2; shift ;;
      *) echo "unknown load option $1" >&2; return 1 ;;
    esac
    shift
  done
  base=$(head -n 1 "$urls" | grep -oE '^https?://[^/]+')
  local threads=$(( clients < 2 ? 1 : 2 ))
  run() { WRK_URLS="$urls" WRK_TOKEN="$token" WRK_HEADER="$header" WRK_METHOD="$method" WRK_BODY="$body" \
    wrk -t "$threads" -c "$clients" -d "$1" --timeout 10s -s "$WRK_SCRIPT" "$base"; }
  run "${WARMUP_SECONDS:-40}s" > /dev/null
  echo "$(run "${LOAD_SECONDS:-20}s" | tail -n 1) (wrk, ${LOAD_SECONDS:-20} s after ${WARMUP_SECONDS:-40} s of warm-up)"
  rm -f "$urls"
}
