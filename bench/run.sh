#!/usr/bin/env bash
# make bench: gowsgi side by side with Apache+mod_wsgi (embedded and daemon),
# gunicorn (gthread) and raw fasthttp, measured with wrk in one run; writes
# bench/RESULTS.md. Installs what it needs (Debian packages) when missing.
#   bench/run.sh [-d SECONDS] [-c CONNECTIONS] [-r ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
D=5 C=64 R=3
while getopts d:c:r: o; do case $o in d) D=$OPTARG ;; c) C=$OPTARG ;; r) R=$OPTARG ;; *) exit 2 ;; esac; done

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v apache2 >/dev/null || [ -x /usr/sbin/apache2 ] || need+=(apache2)
[ -f /usr/lib/apache2/modules/mod_wsgi.so ] || need+=(libapache2-mod-wsgi-py3)
command -v gunicorn >/dev/null || need+=(gunicorn)
command -v curl >/dev/null || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null; fi
export PATH=$PATH:/usr/sbin

LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)
RUN=/tmp/gowsgi-bench; rm -rf $RUN; mkdir -p $RUN/apps $RUN/bin
cp bench/apps/* $RUN/apps/ && chmod -R a+rX $RUN
CGO_ENABLED=0 go build -o $RUN/bin/gowsgi . && go build -o $RUN/bin/rawfasthttp ./bench/rawfasthttp
cp bench/gowsgi.conf $RUN/gowsgi.conf

PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for m in embedded daemon; do [ -f $RUN/apache-$m/pid ] && apache2 -f $RUN/apache-$m/apache.conf -k stop 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

start_apache() {  # MODE PORT
  local d=$RUN/apache-$1; mkdir -p $d; chmod a+rx $d
  sed -e "s#@DIR@#$d#g" -e "s#@PORT@#$2#g" -e "s#@APPS@#$RUN/apps#g" bench/apache.conf.in > $d/apache.conf
  local def=(); [ "$1" = daemon ] && def=(-D DAEMON)
  APACHE_RUN_DIR=$d apache2 -f $d/apache.conf "${def[@]}" -k start
}
start_apache embedded 8201
start_apache daemon 8202
$RUN/bin/rawfasthttp -addr 127.0.0.1:8200 & PIDS+=($!)
(cd $RUN/apps && exec gunicorn --log-level warning -k gthread -w 2 --threads 4 -b 127.0.0.1:8203 wsgi:application) & PIDS+=($!)
$RUN/bin/gowsgi serve --config $RUN/gowsgi.conf --listen 127.0.0.1:8210 >/dev/null 2>$RUN/gowsgi.log & PIDS+=($!)
$RUN/bin/gowsgi serve --config $RUN/gowsgi.conf --replicas 2 --listen 127.0.0.1:8211 >/dev/null 2>$RUN/gowsgi2.log & PIDS+=($!)

SERVERS=("raw-fasthttp 8200 /" "apache-embedded 8201 /hello" "apache-daemon 8202 /hello" "gunicorn-gthread 8203 /hello" "gowsgi 8210 /hello" "gowsgi-replicas2 8211 /hello")
for s in "${SERVERS[@]}"; do
  set -- $s
  for i in $(seq 100); do [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$2$3)" = 200 ] && break; sleep 0.1; done
done

tree_rss() {  # port -> RSS kB summed over the listener and its descendants
  local pids p rss=0
  pids=$(ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u)
  for p in $pids $(for q in $pids; do pgrep -P $q; done) $(for q in $pids; do for c in $(pgrep -P $q); do pgrep -P $c; done; done); do
    r=$(awk '/^VmRSS:/{print $2}' /proc/$p/status 2>/dev/null || true); rss=$((rss + ${r:-0}))
  done
  echo $rss
}

LUA=$RUN/report.lua
cat > $LUA <<'L'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.0f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
L
declare -A RES
for path in /hello /environ; do
  for round in $(seq $R); do
    for s in "${SERVERS[@]}"; do
      set -- $s; name=$1; port=$2; p=$3
      [ "$path" = /environ ] && { [ "$name" = raw-fasthttp ] && continue; p=/environ; }
      wrk -t2 -c$C -d1s http://127.0.0.1:$port$p >/dev/null 2>&1 || true
      line=$(wrk -t2 -c$C -d${D}s -s $LUA http://127.0.0.1:$port$p 2>/dev/null | grep '^RESULT' || echo "RESULT 0 0 0 0 0")
      RES[$path|$name]="${RES[$path|$name]:-}|${line#RESULT } $(tree_rss $port)"
    done
  done
done

# the servers are done: stopped before the CPU-bound sections below, which
# measure one process at a time
cleanup; trap - EXIT; sleep 2

mid=$(((R + 1) / 2))
median() { echo "${RES[$1]:-}" | tr "|" "\n" | { grep . || true; } | sort -n -k1 | sed -n ${mid}p; }
OUT=bench/RESULTS.md
{
  echo "# Benchmarks"
  echo
  echo "Written by \`make bench\` (bench/run.sh) on $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo "Machine: $(nproc) cores, $(awk -F: '/model name/{print $2; exit}' /proc/cpuinfo | sed 's/^ *//'), $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo)."
  echo "Load average before the run: $LOAD_BEFORE. wrk and the servers share the cores."
  echo "Versions: $(go version | cut -d' ' -f3), $(apache2 -v | head -1 | cut -d' ' -f3), mod_wsgi $(dpkg-query -W -f='${Version}' libapache2-mod-wsgi-py3), gunicorn $(gunicorn --version 2>&1 | grep -o '[0-9][0-9.]*' | head -1), $(python3 --version 2>&1 | cut -d' ' -f2 | sed 's/^/CPython /'), fasthttp v1.78.0."
  echo
  echo "Each figure: wrk -t2 -c$C -d${D}s, median of $R alternating rounds (after a 1 s warm-up)."
  echo "Setups: Apache event MPM 2 procs x 50 threads, embedded (\`%{GLOBAL}\`) and daemon"
  echo "(processes=2 threads=15); gunicorn gthread 2 workers x 4 threads; gowsgi embedded with one"
  echo "interpreter (mod_wsgi semantics) and with \`--replicas 2\`; raw fasthttp without Python."
  for path in /hello /environ; do
    echo
    echo "## $path"
    echo
    echo "| server | req/s | p50 ms | p99 ms | non-2xx | socket errors | RSS MB |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
    for s in "${SERVERS[@]}"; do
      set -- $s; name=$1
      [ "$path" = /environ ] && [ "$name" = raw-fasthttp ] && continue
      read -r rps p50 p99 non2xx sockerr rss <<<"$(median "$path|$name")"
      printf '| %s | %s | %s | %s | %s | %s | %.1f |\n' "$name" "$rps" "$p50" "$p99" "$non2xx" "$sockerr" "$(echo "$rss / 1024" | bc -l)"
    done
    g=$(median "$path|gowsgi" | cut -d' ' -f1)
    echo
    for other in apache-embedded apache-daemon gunicorn-gthread raw-fasthttp; do
      o=$(median "$path|$other" | cut -d' ' -f1)
      if [ -n "$o" ] && [ "$o" != 0 ]; then printf -- '- gowsgi / %s: %.2fx\n' "$other" "$(echo "$g / $o" | bc -l)"; fi
    done
    g2=$(median "$path|gowsgi-replicas2" | cut -d' ' -f1)
    o=$(median "$path|apache-embedded" | cut -d' ' -f1)
    if [ -n "$o" ] && [ "$o" != 0 ]; then printf -- '- gowsgi --replicas 2 / apache-embedded: %.2fx\n' "$(echo "$g2 / $o" | bc -l)"; fi
  done
  echo
  echo "## Loop and call hooks (compat/loops.go)"
  echo
  echo "The same Python loops compiled by raw gpython and through compat, which adds the interrupt check"
  echo "on while-loop back jumps (and rewrites \`<\` to CPython's comparison) and wraps for-loop iterators"
  echo "(errors raised inside iteration, interrupts). Call: a loop of 50000 iterations, each calling a"
  echo "function and a method (all of compat's call-path hooks). \`go test -bench . ./bench/pyloops\`:"
  echo
  echo '```'
  go test -run xxx -bench . -benchtime 30x ./bench/pyloops 2>&1 | grep '^Benchmark'
  echo '```'
  echo
  echo "## Standard library against CPython"
  echo
  echo "Each case of bench/pystdlib/cases.txt, side by side (bench/pystdlib/compare.sh -r 3): in each of"
  echo "3 rounds, gowsgi's time per call (Go benchmark running the statement in an interpreter the way"
  echo "timeit does: setup and loop in one function, looping over Nones; GC as the binary sets it; best of 5"
  echo "runs) and then CPython's (\`python3 -m timeit\`, best of 5), in the same minute, so that load on the"
  echo "machine hits both sides; the table has each side's median time and the median of the rounds' ratios."
  echo "Ratio > 1 means gowsgi is faster."
  echo
  bench/pystdlib/compare.sh -m -r 3 -t 200ms
  echo
  echo "The floor_ rows are what every call pays before its own work: a module attribute load"
  echo "(base64.b64encode: a Go map lookup of the name, where CPython's dict has the str's hash cached) and"
  echo "a call of a Python function. compat gives gpython's commonest opcodes fast paths (compat/fastops.go:"
  echo "attribute loads and stores, calls, method calls without a bound method), its own opcodes for what it"
  echo "rewrites (compat/helperop.go) and its own instruction loop (compat/runloop.go), in which a call reuses"
  echo "its frame and machine state and allocates nothing; gpython's opcode handlers are still reached through"
  echo "an indirect call each. Calls whose whole CPython time is near those floors (the _small rows) are where"
  echo "CPython can stay ahead. sha256_64k and md5_64k are the hash instructions on both sides (Go's"
  echo "crypto/sha256 uses SHA-NI, as OpenSSL does): \`go test -bench . ./bench/gohash\` below measures Go's"
  echo "hashes alone, without gowsgi, on the same input."
  echo
  echo '```'
  go test -run xxx -bench . -benchtime 300ms -count 3 ./bench/gohash 2>&1 | grep '^Benchmark'
  python3 -m timeit -s "import hashlib; data = b'x' * 65536" "hashlib.sha256(data).digest()" | sed 's/^/CPython sha256 64k: /'
  python3 -m timeit -s "import hashlib; data = b'x' * 65536" "hashlib.md5(data).digest()" | sed 's/^/CPython md5 64k: /'
  echo '```'
} > $OUT
cat $OUT
