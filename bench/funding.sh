#!/usr/bin/env bash
# Issue 14 at the issue's scale: 200 calls, 50,000 applications, ≈ 130,000 reviews (three per submitted application)
# and a grant with tranches for every approved one (FundingBenchData, copies of the demo's rows), then at 20 clients:
# the ranking of a call (GET /api/v1/calls/{id}/ranking, 200 calls in turn), a library's portfolio
# (GET /api/v1/libraries/{id}/portfolio, the JSON and the page), and the grant agreement PDF one at a time (median).
# Usage: DB=postgres bench/funding.sh      (DB=h2, the default, for the development run)
source "$(dirname "$0")/common.sh"
CALLS=${CALLS:-200}
APPLICATIONS=${APPLICATIONS:-50000}
build
start_app
SAMPLES="$BENCH_DATA/funding-samples.txt"
seed bg.libpartners.funding.bench.FundingBenchData "$CALLS" "$APPLICATIONS" "$SAMPLES"
BASE="http://localhost:$PORT"
AUTH="Authorization: Bearer $LIBPARTNERS_ADMIN_TOKEN"
awk -v b="$BASE" '$1 == "call" {print b "/api/v1/calls/" $2 "/ranking"}' "$SAMPLES" > "$BENCH_DATA/ranking.txt"
awk -v b="$BASE" '$1 == "library" {print b "/api/v1/libraries/" $2 "/portfolio"}' "$SAMPLES" > "$BENCH_DATA/portfolio.txt"
awk -v b="$BASE" '$1 == "library" {print b "/funding/libraries/" $2 "/portfolio"}' "$SAMPLES" > "$BENCH_DATA/portfolio-page.txt"
echo "ranking of a call (≈ 250 applications, ≈ 650 reviews each), 20 clients; load average $(loadavg):"
load --clients 20 --requests 4000 --warmup 400 --header "$AUTH" --urls "$BENCH_DATA/ranking.txt"
echo "portfolio of a library with grants (API), 20 clients:"
load --clients 20 --requests 4000 --warmup 400 --header "$AUTH" --urls "$BENCH_DATA/portfolio.txt"
echo "portfolio page (HTML), 20 clients:"
load --clients 20 --requests 4000 --warmup 400 --header "$AUTH" --urls "$BENCH_DATA/portfolio-page.txt"
awk -v b="$BASE" '$1 == "grant" && n++ < 60 {print b "/api/v1/grants/" $2 "/agreement.pdf"}' "$SAMPLES" > "$BENCH_DATA/pdf.txt"
echo "grant agreement PDF, one client (the first 20 warm the renderer up):"
load --clients 1 --requests 40 --warmup 20 --header "$AUTH" --urls "$BENCH_DATA/pdf.txt"
curl -sf -H "$AUTH" "$(head -n 1 "$BENCH_DATA/pdf.txt")" -o "$BENCH_DATA/grant.pdf" && echo "a grant agreement: $(stat -c %s "$BENCH_DATA/grant.pdf") bytes, $(head -c 5 "$BENCH_DATA/grant.pdf")"
echo "load average at the end: $(loadavg)"
