#!/usr/bin/env bash
# Load benchmark of public page views (benchmarks/PageViews.java) against the production jar:
# fresh visitors at 16 at a time, the document alone and with Vaadin's init request, beside a
# static file of the same server, then the heap each kind of visit leaves in its session.
#
#   ./mvnw -q package -DskipTests          # the production jar, once
#   benchmarks/page-views.sh [seconds] [concurrency]
#
# The jar runs on port 8093 with a throw-away H2 file and a 2 GB heap; Java is $JAVA_HOME's.
# PORTAL_ARGS adds settings to the jar (for example --vaadin.eagerServerLoad=true).
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${1:-15}
CONCURRENCY=${2:-16}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JCMD_DIR=${JAVA_HOME:+$JAVA_HOME/bin}
OUT=target/page-views
rm -rf "$OUT" && mkdir -p "$OUT"

JAR=$(ls target/spot-the-signs-*.jar | grep -v original | head -1)
PORT=8093
"$JAVA" -Xms2g -Xmx2g -jar "$JAR" --server.port=$PORT --spring.datasource.url="jdbc:h2:file:./$OUT/h2/portal" \
  --spotthesigns.contact-details.development-key-file="./$OUT/h2/key" --logging.level.root=WARN ${PORTAL_ARGS:-} > "$OUT/portal.log" 2>&1 &
PORTAL=$!
trap 'kill $PORTAL 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs "http://localhost:$PORT/" >/dev/null 2>&1 && break; sleep 1; done

PATH="${JCMD_DIR:+$JCMD_DIR:}$PATH" "$JAVA" benchmarks/PageViews.java "http://localhost:$PORT" "$PORTAL" "$SECONDS_EACH" "$CONCURRENCY"
