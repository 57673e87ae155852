#!/bin/sh
# Requests per second of `feedwright serve` for rss.xml on 127.0.0.1, measured with wrk:
# once answered 200 (the whole feed) and once 304 (a matching If-None-Match), the
# figures of issue 17's acceptance 6. Run after `make release`:
#   scripts/bench_serve.sh [path/to/feedwright]
# The server runs on a copy of the bundled site; its access log goes to /dev/null (it is
# still written, so its cost is in the figures).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
binary=${1:-$root/.build-release/release/feedwright}
threads=${WRK_THREADS:-2}
connections=${WRK_CONNECTIONS:-32}
duration=${WRK_DURATION:-10s}

site=$(mktemp -d)
server=""
cleanup() {
    [ -n "$server" ] && kill -TERM "$server" 2>/dev/null && wait "$server" 2>/dev/null
    rm -rf "$site"
}
trap cleanup EXIT INT TERM
cp -R "$root/config.json" "$root/seeds" "$root/partners" "$root/feeds" "$site/"

mkfifo "$site/ready"
(cd "$site" && exec "$binary" serve --config config.json --port 0 >"$site/ready" 2>/dev/null) &
server=$!
read -r line <"$site/ready"
url="${line#Serving feeds at }rss.xml"
etag=$(curl -sI "$url" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "binary: $binary; wrk -t$threads -c$connections -d$duration $url"
echo "== 200 (rss.xml, $(wc -c <"$site/feeds/rss.xml") bytes, no Accept-Encoding)"
wrk -t"$threads" -c"$connections" -d"$duration" "$url" | grep -E 'Requests/sec|Latency|Non-2xx'
echo "== 304 (If-None-Match: $etag)"
wrk -t"$threads" -c"$connections" -d"$duration" -H "If-None-Match: $etag" "$url" | grep -E 'Requests/sec|Latency|Non-2xx'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
