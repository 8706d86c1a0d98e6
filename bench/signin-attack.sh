#!/usr/bin/env bash
# Issue 17: sign-in under attack — 20 clients guessing the password of one account, then of many accounts, each
# from its own address, while a colleague signs in once a second. Usage: bench/signin-attack.sh [seconds]
source "$(dirname "$0")/common.sh"
SECONDS_EACH=${1:-30}
build
start_app
echo "started in ${STARTUP_MS} ms; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
attack() {
  java -cp "$BENCH_DIR/test-classes:$BENCH_DIR/classes:$(cat "$BENCH_DIR/cp.txt")" \
    bg.libpartners.account.bench.SignInAttack "$PORT" "$@"
}
attack one 20 "$SECONDS_EACH"
attack many 20 "$SECONDS_EACH"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
