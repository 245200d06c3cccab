#!/usr/bin/env bash
# Throughput and memory of a local run: N documents made from the bundled samples (each copy
# made unique by a trailing line, so every one is a distinct report), parsed by ./ogi-reports on
# the DirectRunner. Appends one row to bench/results.md.
#   bench/throughput.sh [N=20000] [extra ogi-reports options...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n=${1:-20000}
shift || true
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/in"
samples=("$root"/samples/*.txt)
for ((i = 0; i < n; i++)); do
  s=${samples[$((i % ${#samples[@]}))]}
  d="$work/in/$((i / 1000))"
  [ -d "$d" ] || mkdir -p "$d"
  { cat "$s"; printf '\n%d\n' "$i"; } > "$d/doc_$i.txt"
done
bytes=$(du -sb "$work/in" | cut -f1)

"$root/ogi-reports" --help > /dev/null  # build first, outside the measurement
/usr/bin/time -v "$root/ogi-reports" --input="$work/in" --output="$work/out" "$@" \
  > "$work/stdout" 2> "$work/time"
wall=$(grep 'Elapsed (wall clock)' "$work/time" | awk '{print $NF}')
rss_kb=$(grep 'Maximum resident set size' "$work/time" | awk '{print $NF}')
wall_s=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
reports=$(grep -o '"reports" : [0-9]*' "$work/out/run_summary.json" | head -1 | awk '{print $3}')
rate=$(awk -v n="$n" -v s="$wall_s" 'BEGIN { printf "%.0f", n / s }')
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
rss_mb=$((rss_kb / 1024))
cat "$work/stdout"

results="$root/bench/results.md"
if [ ! -f "$results" ]; then
  cat > "$results" <<'HEAD'
# Benchmark results

Rows are appended by `bench/throughput.sh`. Wall time includes JVM start-up and the DuckDB
read-back of the summary. Machine: 2 cores, 24 GiB.

| date | documents | input MB | reports | wall s | documents/s | peak RSS MB | options |
|---|---|---|---|---|---|---|---|
HEAD
fi
echo "| $(date -u +%Y-%m-%d) | $n | $mb | $reports | $wall_s | $rate | $rss_mb | ${*:-default} |" >> "$results"
tail -1 "$results"
