#!/usr/bin/env bash
# Lighthouse 12 (pinned, from the npm registry) in its mobile default, with the Debian Chromium,
# against the public routes of a running production jar: a few runs each, medians printed.
#
#   ./mvnw -q package -DskipTests          # the production jar, once
#   benchmarks/lighthouse.sh [runs] [route ...]
#
# Defaults: 3 runs of every public route and of every step of the report form (each loaded cold:
# Lighthouse opens every run in a fresh profile, so no session and no draft). The jar runs on port
# 8091 with a throw-away H2 file.
# PORTAL_ARGS adds settings to the jar (for example --spotthesigns.first-paint.vaadin-starts=idle);
# PORTAL_JAR names another jar than the one in target/ (a build kept to compare before and after);
# PORTAL_PORT another port than 8091.
set -euo pipefail
cd "$(dirname "$0")/.."

LIGHTHOUSE_VERSION=12.8.2
RUNS=${1:-3}
shift || true
ROUTES=("$@")
if [ ${#ROUTES[@]} -eq 0 ]; then
  ROUTES=(/ /signs /where-it-happens /help /report /about /privacy /accessibility)
  for f in content/en/signs/*.md; do ROUTES+=("/signs/$(basename "$f" .md)"); done
  for f in content/en/places/*.md; do ROUTES+=("/where-it-happens/$(basename "$f" .md)"); done
  for f in content/en/help/*.md; do ROUTES+=("/help/$(basename "$f" .md)"); done
  for step in danger who what where when details about-you; do ROUTES+=("/report/$step"); done
fi

OUT=target/lighthouse
mkdir -p "$OUT"
if [ ! -x "$OUT/node_modules/.bin/lighthouse" ]; then
  npm install --silent --no-audit --no-fund --prefix "$OUT" "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
fi

JAR=${PORTAL_JAR:-$(ls target/spot-the-signs-*.jar | grep -v original | head -1)}
PORT=${PORTAL_PORT:-8091}
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar "$JAR" --server.port=$PORT --spring.datasource.url="jdbc:h2:file:./$OUT/h2/portal" \
  --spotthesigns.contact-details.development-key-file="./$OUT/h2/key" --logging.level.root=WARN \
  --spotthesigns.site.public-origin="http://localhost:$PORT" ${PORTAL_ARGS:-} > "$OUT/portal.log" 2>&1 &
PORTAL=$!
trap 'kill $PORTAL 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -fs "http://localhost:$PORT/" >/dev/null 2>&1 && break; sleep 1; done

export CHROME_PATH=/usr/bin/chromium
for route in "${ROUTES[@]}"; do
  name=$(echo "$route" | tr '/' '_')
  for run in $(seq 1 "$RUNS"); do
    "$OUT/node_modules/.bin/lighthouse" "http://localhost:$PORT$route" --quiet --output=json \
      --output-path="$OUT/report${name}-$run.json" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
      >/dev/null 2>&1 || echo "lighthouse failed on $route (run $run)" >&2
  done
done

node - "$OUT" "$RUNS" "${ROUTES[@]}" <<'NODE'
const fs = require('fs');
const [out, runs, ...routes] = process.argv.slice(2);
const median = (xs) => { const s = xs.filter((x) => x != null).sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };
console.log('| route | performance | accessibility | best practices | SEO | FCP s | LCP s | CLS | TBT ms | longest task ms | transfer KB |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const route of routes) {
  const name = route.replace(/\//g, '_');
  const reports = [];
  for (let run = 1; run <= Number(runs); run++) {
    const file = `${out}/report${name}-${run}.json`;
    if (fs.existsSync(file)) reports.push(JSON.parse(fs.readFileSync(file, 'utf8')));
  }
  const score = (id) => median(reports.map((r) => r.categories[id] && r.categories[id].score));
  const audit = (id) => median(reports.map((r) => r.audits[id] && r.audits[id].numericValue));
  console.log(`| ${route} | ${score('performance').toFixed(2)} | ${score('accessibility').toFixed(2)} | `
    + `${score('best-practices').toFixed(2)} | ${score('seo').toFixed(2)} | ${(audit('first-contentful-paint') / 1000).toFixed(2)} | `
    + `${(audit('largest-contentful-paint') / 1000).toFixed(2)} | ${audit('cumulative-layout-shift').toFixed(3)} | `
    + `${audit('total-blocking-time').toFixed(0)} | ${audit('max-potential-fid').toFixed(0)} | ${(audit('total-byte-weight') / 1024).toFixed(0)} |`);
}
NODE
