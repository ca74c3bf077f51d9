#!/usr/bin/env bash
# Side by side: gowsgi (the Go benchmark beside this file) and CPython
# (python3 -m timeit) on the cases of cases.txt, case by case in the same
# minute, ROUNDS times; prints each side's median time, the median of the
# rounds' ratios, the ratio of each side's best time over all rounds (on
# a noisy machine the steadiest figure: each side's quietest moment) and
# each round's ratio.
#   bench/pystdlib/compare.sh [-c] [-m] [-r ROUNDS] [-t BENCHTIME] [CASE-REGEX]
# Ratio = CPython time / gowsgi time (> 1: gowsgi is faster). -c compares
# CPU time (the benchmark's cpu-ns/op, timeit -p), steadier than wall time
# when other work shares the cores; it counts the Go collector's threads.
# -m prints the rows as a Markdown table (bench/run.sh's RESULTS.md).
set -euo pipefail
cd "$(dirname "$0")"
R=3 T=100ms CPU= MD=
while getopts cmr:t: o; do case $o in c) CPU=1 ;; m) MD=1 ;; r) R=$OPTARG ;; t) T=$OPTARG ;; *) exit 2 ;; esac; done
shift $((OPTIND - 1))
RE=${1:-.}
BIN=$(mktemp -d)/pystdlib.test
trap 'rm -rf "$(dirname "$BIN")"' EXIT
go test -c -o "$BIN" . >/dev/null
if [ -n "$MD" ]; then
  echo "| case | gowsgi µs | CPython µs | CPython / gowsgi (median) | best / best | rounds |"
  echo "|---|---:|---:|---:|---:|---|"
else
  printf '%-16s %10s %10s %8s %8s   %s\n' case gowsgi_us cpython_us median best rounds
fi
while IFS='|' read -r name setup stmt; do
  case "$name" in \#*|"") continue ;; esac
  [[ $name =~ $RE ]] || continue
  ratios=() gws=() pys=()
  for _ in $(seq "$R"); do
    # best of 5, as timeit reports
    gw=$("$BIN" -test.run xxx -test.bench "^BenchmarkStdlib/$name\$" -test.benchtime "$T" -test.count 5 2>/dev/null |
      awk -v cpu="$CPU" '/^BenchmarkStdlib\//{v=$3; if (cpu) for (i=4; i<NF; i++) if ($(i+1)=="cpu-ns/op") v=$i; if (b == "" || v < b) b = v} END{print b/1000}')
    py=$(python3 -m timeit ${CPU:+-p} -s "$setup" "$stmt" 2>/dev/null | tail -1 |
      awk '{v=$(NF-3); u=$(NF-2); if (u=="nsec") v/=1000; if (u=="msec") v*=1000; if (u=="sec") v*=1e6; print v}')
    gws+=("$gw") pys+=("$py") ratios+=("$(echo "$py / $gw" | bc -l | xargs printf '%.2f')")
  done
  med() { printf '%s\n' "$@" | sort -g | sed -n "$((($# + 1) / 2))p"; }
  least() { printf '%s\n' "$@" | sort -g | head -1; }
  best=$(echo "$(least "${pys[@]}") / $(least "${gws[@]}")" | bc -l | xargs printf '%.2f')
  if [ -n "$MD" ]; then
    printf '| %s | %.2f | %.2f | %s | %s | %s |\n' "$name" "$(med "${gws[@]}")" "$(med "${pys[@]}")" "$(med "${ratios[@]}")" "$best" "${ratios[*]}"
  else
    printf '%-16s %10.2f %10.2f %8s %8s   %s\n' "$name" "$(med "${gws[@]}")" "$(med "${pys[@]}")" "$(med "${ratios[@]}")" "$best" "${ratios[*]}"
  fi
done < cases.txt
