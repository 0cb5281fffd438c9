#!/usr/bin/env bash
# The portal on two nodes behind HAProxy (deploy/cluster), loaded through the balancer:
#   1. guidance page views a second, beside a static file the balancer serves itself and the
#      portal's own stylesheet served by the nodes, with wrk (fresh visitors: wrk keeps no cookie);
#   2. reports a second: headless Chromium reporters filling the whole form through the
#      balancer, one report after another (ClusterReportsBenchmark);
#   3. the same reporters with readers beside them, and one node killed with kill -9 half-way:
#      failed reader requests, reports acknowledged (a reference shown) against reports stored.
#
#   ./mvnw -q package -DskipTests          # the production jar, once
#   benchmarks/cluster.sh [seconds] [connections]
#
# Uses a database of its own (spotthesigns_cluster_bench, dropped and created afresh) on the
# machine's PostgreSQL, CLUSTER_PORT (default 8100) and the ports after it, and writes to
# target/cluster-benchmark. REPORTERS (2) and READERS (4) size steps 2 and 3, READER_PAUSE_MS (5)
# paces each reader of step 3 so that the browsers still get the processor and acknowledge
# reports while the node dies; PHASES picks steps ("pages reports kill", all three, by default).
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${1:-15}
CONNECTIONS=${2:-16}
REPORTERS=${REPORTERS:-2}
READERS=${READERS:-4}
READER_PAUSE_MS=${READER_PAUSE_MS:-5}
PHASES=${PHASES:-pages reports kill}
export CLUSTER_PORT=${CLUSTER_PORT:-8100}
export CLUSTER_DIR=${CLUSTER_DIR:-target/cluster-benchmark}
export NODES=2
DATABASE=spotthesigns_cluster_bench
OUT=$CLUSTER_DIR
BALANCER=http://127.0.0.1:$CLUSTER_PORT

if ! command -v wrk >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

deploy/cluster down >/dev/null 2>&1 || true
rm -rf "$OUT" && mkdir -p "$OUT"
dropdb --if-exists -h 127.0.0.1 -U postgres "$DATABASE"
createdb -h 127.0.0.1 -U postgres "$DATABASE"
export DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/$DATABASE
# a heap as a small production node would have; the follow-up key hash at its production cost
export JAVA_OPTS=${JAVA_OPTS:--Xms1g -Xmx1g}
# every reporter here comes from one address: without this, the allowance of 5 reports an hour
# from one client refuses the sixth, and the browser waits for a confirmation that never comes
export SPOTTHESIGNS_RATE_LIMITS_REPORTS_PER_CLIENT_PER_HOUR=${SPOTTHESIGNS_RATE_LIMITS_REPORTS_PER_CLIENT_PER_HOUR:-100000}
export SPOTTHESIGNS_RATE_LIMITS_REPORTS_PER_HOUR=${SPOTTHESIGNS_RATE_LIMITS_REPORTS_PER_HOUR:-100000}
trap 'deploy/cluster down >/dev/null 2>&1 || true' EXIT
deploy/cluster up

# requests a second, median and 99th percentile latency, errors, from wrk's report
load() {
    local name=$1 path=$2 report
    report=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -H 'Accept-Encoding: gzip' "$BALANCER$path")
    echo "$report" > "$OUT/wrk-$name.txt"
    local rate median p99 errors
    rate=$(echo "$report" | awk '/^Requests\/sec/ {print $2}')
    median=$(echo "$report" | awk '$1 == "50%" {print $2}')
    p99=$(echo "$report" | awk '$1 == "99%" {print $2}')
    errors=$(echo "$report" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
    printf '%s|%s|%s|%s|%s\n' "$name" "$rate" "$median" "$p99" "${errors:-none}"
}

if [[ " $PHASES " == *" pages "* ]]; then
echo "Warming up"
wrk -t2 -c"$CONNECTIONS" -d5s "$BALANCER/signs/two-phones" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d5s "$BALANCER/styles/portal.css" >/dev/null

echo
echo "| $CONNECTIONS connections, ${SECONDS_EACH} s each, through the balancer | per second | median | p99 | errors | ratio to the balancer's file |"
echo "|---|---|---|---|---|---|"
static=$(load balancer-file /balancer/static.css)
static_rate=$(echo "$static" | cut -d'|' -f2)
for line in "$static" "$(load node-stylesheet /styles/portal.css)" "$(load guidance-page /signs/two-phones)"; do
    IFS='|' read -r name rate median p99 errors <<< "$line"
    ratio=$(awk -v a="$rate" -v b="$static_rate" 'BEGIN {printf "%.2f", a / b}')
    echo "| $name | $rate | $median | $p99 | $errors | $ratio |"
done
fi

run_reporters() {
    local seconds=$1 readers=$2 kill=$3 out=$4
    ./mvnw -q test -Dtest=ClusterReportsBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true \
        -Dbenchmark.balancer="$BALANCER" -Dbenchmark.seconds="$seconds" -Dbenchmark.reporters="$REPORTERS" \
        -Dbenchmark.readers="$readers" -Dbenchmark.reader-pause-ms="$READER_PAUSE_MS" -Dbenchmark.kill="$kill" -Dbenchmark.out="$out" 2>&1 \
        | grep -E '^(reports|reader|Killed|  failed)' || true
}

stored() {
    local file=$1 list
    list=$(sed "s/.*/'&'/" "$file" | paste -sd, -)
    [ -n "$list" ] || { echo 0; return; }
    psql -h 127.0.0.1 -U postgres -d "$DATABASE" -Atc "select count(*) from report where reference in ($list)"
}

if [[ " $PHASES " == *" reports "* ]]; then
echo
echo "Reports, $REPORTERS browsers through the balancer, $((SECONDS_EACH * 2)) s:"
run_reporters $((SECONDS_EACH * 2)) 0 "" "$(pwd)/$OUT/acknowledged-steady.txt"
echo "stored: $(stored "$OUT/acknowledged-steady.txt") of $(wc -l < "$OUT/acknowledged-steady.txt") acknowledged"
fi

if [[ " $PHASES " == *" kill "* ]]; then
echo
echo "Reports and $READERS readers (each pausing $READER_PAUSE_MS ms between requests), node1 killed with kill -9 half-way through $((SECONDS_EACH * 4)) s:"
run_reporters $((SECONDS_EACH * 4)) "$READERS" "$(pwd)/$CLUSTER_DIR/node1/pid" "$(pwd)/$OUT/acknowledged-kill.txt"
echo "stored: $(stored "$OUT/acknowledged-kill.txt") of $(wc -l < "$OUT/acknowledged-kill.txt") acknowledged"
untriaged() {
    psql -h 127.0.0.1 -U postgres -d "$DATABASE" -Atc "select count(*) from report r
        where not exists (select 1 from triage_outcome t where t.report_reference = r.reference)"
}
left=$(untriaged)
echo "reports not yet triaged: $left"
if [ "$left" != 0 ]; then
    # the surviving node retries unfinished triage once it is a minute old (spotthesigns.triage.retry-after)
    sleep 75
    echo "reports not triaged 75 s later: $(untriaged)"
fi
fi
