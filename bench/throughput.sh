#!/usr/bin/env bash
# Benchmarks of a local machine, appended to BENCHMARKS.md, each figure also as a ratio to the floor
# of the work measured in the same run (bench/FloorLoop.java: decode, NFKC, split lines, scan every
# number; one thread, best of three warmed passes over the same corpus; the two-core floor is twice
# that), since this machine is shared and its speed varies from run to run:
#   0. the floor;
#   1. parse-only ceiling: ReportReader on one thread, no Beam (reports/s, MB/s);
#   2. end to end on the DirectRunner and on embedded Flink: ./ogi-reports over N generated
#      reports (all provinces and years, both templates, every text layout, known inconsistencies),
#      with wall time, documents/s, peak resident memory of the whole process, the most heap
#      still in use after a full garbage collection (what the run holds: flat in N or not; "-" when
#      the run needed none), the time in GC pauses, output size.
#      CPU-seconds (user + sys) per report beside the wall time;
#   3. the bundled samples: user + sys CPU of ./ogi-reports with the jar (and its class-data
#      archive) already made, and as a ratio to the floor of a start (bench/BeamStartFloor.java:
#      the smallest Beam pipeline with the same jar, JVM options and a class-data archive).
#   bench/throughput.sh [N=10000] [SEED=1]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n=${1:-10000}
seed=${2:-1}
jar="$root/pipeline/target/ogi-reports.jar"
# The generator and the parse-only benchmark are test support (the testing module), not in the
# product jar: they run with both jars on the class path.
testing_jar="$root/testing/target/ogi-reports-testing.jar"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$root/ogi-reports" --help > /dev/null   # builds the jars if needed, outside the measurement
if [ ! -f "$testing_jar" ] || [ -n "$(find "$root/testing" -path '*/target' -prune -o -type f \
    -newer "$testing_jar" -print -quit)" ]; then
  (cd "$root" && mvn -B -q -DskipTests package -pl testing -am)
fi
# The generated corpus is deterministic: it is kept (outside the repo) and reused by later runs.
corpus="${OGI_BENCH_CORPUS:-${TMPDIR:-/tmp}/ogi-reports-corpus-$n-$seed}"
if [ ! -f "$corpus/.complete" ]; then
  rm -rf "$corpus"
  java -cp "$jar:$testing_jar" ogireports.synthetic.CorpusGenerator --reports="$n" --seed="$seed" --output="$corpus/in" > /dev/null
  mv "$corpus/in/manifest.jsonl" "$corpus/manifest.jsonl"
  touch "$corpus/.complete"
fi

mb=$(du -sm "$corpus/in" | cut -f1)

# The floor holds its files in memory: past 100,000 reports it is measured on the first 100,000
# (a report's floor does not depend on how many others there are).
floor=$(java -Xmx4g -cp "$jar" "$root/bench/FloorLoop.java" "$corpus/in" 100000 | tail -1)
echo "$floor"
floor_rate=$(echo "$floor" | sed -E 's/.* ([0-9]+) reports\/s.*/\1/')

# The ceiling holds its reports in memory: past 100,000 it is measured on the first 100,000 (a
# report's parse time does not depend on how many others there are).
parse_n=$(( n < 100000 ? n : 100000 ))
parse=$(java -Xmx4g -cp "$jar:$testing_jar" ogireports.synthetic.ParseBenchmark --reports="$parse_n" --seed="$seed")
echo "$parse"
ceiling=$(echo "$parse" | head -1 | sed -E 's/.*: ([0-9]+) reports\/s.*/\1/')

# The parser on real text against the floor on the same files (bench/ParserVsFloor.java, one
# thread): the real reports and seeds of fixtures/ (their texts, 40 copies of each so that a pass
# is long enough to time). Generated reports are long and regular; real pages are short and varied,
# so a report's fixed costs weigh more there.
real="$work/real"
mkdir -p "$real"
for copy in $(seq 1 40); do
  for f in "$root"/fixtures/real-reports/*.txt "$root"/fixtures/real-reports/pdf/*.txt \
      "$root"/fixtures/seeds/*.txt; do
    cp "$f" "$real/$(basename "$f" .txt)-$copy.txt"
  done
done
real_parse=$(java -cp "$jar" "$root/bench/ParserVsFloor.java" "$real" --rounds=20 | tail -1)
echo "$real_parse"

run() {  # name, extra options...
  local name=$1
  shift
  rm -rf "$work/out" "$work/gc.log"
  # The JVM options are the launcher's own (what a user gets); the GC log is added through the
  # JVM's JAVA_TOOL_OPTIONS, which the launcher leaves alone.
  JAVA_TOOL_OPTIONS="-Xlog:gc:file=$work/gc.log" \
    /usr/bin/time -v "$root/ogi-reports" --input="$corpus/in" --output="$work/out" "$@" > "$work/stdout" 2> "$work/time"
  local wall rss out_mb live gc_s
  live=$(grep 'Pause Full' "$work/gc.log" | grep -oE -- '->[0-9]+M\(' | tr -dc '0-9\n' | sort -n | tail -1 || true)
  gc_s=$(grep -oE '[0-9.]+ms$' "$work/gc.log" | awk '{ s += $1 } END { printf "%.1f", s / 1000 }' || true)
  wall=$(grep 'Elapsed (wall clock)' "$work/time" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  rss=$(( $(grep 'Maximum resident set size' "$work/time" | awk '{print $NF}') / 1024 ))
  local cpu
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$work/time")
  out_mb=$(du -sm "$work/out" | cut -f1)
  grep -E 'reports written|time ' "$work/stdout" | sed "s/^/  [$name]/"
  local rate
  rate=$(awk -v n="$n" -v s="$wall" 'BEGIN { printf "%.0f", n / s }')
  echo "| $(date -u +%Y-%m-%d) | $name | $n | $mb | $wall | $rate | $(awk -v r="$rate" -v c="$ceiling" 'BEGIN { printf "%.2f", r / c }') | $(awk -v r="$rate" -v f="$floor_rate" 'BEGIN { printf "%.3f", r / (2 * f) }') | $cpu | $(awk -v c="$cpu" -v n="$n" 'BEGIN { printf "%.2f", 1000 * c / n }') | $rss | ${live:--} | $gc_s | $out_mb |" >> "$work/rows"
}
run DirectRunner
run FlinkRunner --runner=FlinkRunner --parallelism=2

# The bundled samples, the newcomer's first command: CPU of the whole process, the jar and its
# class-data archive already made (the first run after a build makes the archive).
"$root/ogi-reports" --output="$work/samples" > /dev/null 2>&1
/usr/bin/time -v "$root/ogi-reports" --output="$work/samples" > /dev/null 2> "$work/samples-time"
samples_cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$work/samples-time")
samples_wall=$(grep 'Elapsed (wall clock)' "$work/samples-time" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')

# The floor of the start (bench/BeamStartFloor.java): the smallest Beam pipeline on the DirectRunner
# with the product jar, the launcher's JVM options for a small input and a class-data archive of
# its own (made after a first run); the best of three runs' user + sys CPU.
mkdir -p "$work/start-floor"
javac -nowarn -cp "$jar" -d "$work/start-floor" "$root/bench/BeamStartFloor.java"
jar cf "$work/start-floor.jar" -C "$work/start-floor" .   # class-data sharing takes jars only
small_opts=(-Xmx1280m -XX:+UseSerialGC -XX:-ShrinkHeapInSteps -XX:TieredStopAtLevel=1 -XX:-UsePerfData)
if grep -qs '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled; then
  small_opts+=(-XX:+UseTransparentHugePages)   # as the launcher does
fi
start_java=(java "${small_opts[@]}" -Xlog:cds=off -Xlog:cds+dynamic=off
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED -cp "$jar:$work/start-floor.jar")
# The archive made as the launcher makes its own: a static one of the classes a first run loaded.
"${start_java[@]}" -XX:DumpLoadedClassList="$work/start-floor.classes" BeamStartFloor > /dev/null 2>&1
java -Xshare:dump -XX:+UseSerialGC -XX:SharedClassListFile="$work/start-floor.classes" \
  -XX:SharedArchiveFile="$work/start-floor.jsa" -Xlog:cds=off -Xlog:cds+heap=off \
  -cp "$jar:$work/start-floor.jar" > /dev/null 2>&1
start_floor=
for _ in 1 2 3; do
  /usr/bin/time -f '%U %S' -o "$work/start-time" "${start_java[@]}" -XX:SharedArchiveFile="$work/start-floor.jsa" BeamStartFloor > /dev/null 2>&1
  cpu=$(awk '{ printf "%.2f", $1 + $2 }' "$work/start-time")
  start_floor=$(awk -v a="$start_floor" -v b="$cpu" 'BEGIN { print (a == "" || b < a) ? b : a }')
done

{
  echo
  echo "### $(date -u +%Y-%m-%d) — N = $n, seed $seed ($(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB)"
  echo
  echo "\`bench/throughput.sh $n $seed\`. $(echo "$parse" | head -1)"
  echo
  echo "$(echo "$parse" | tail -1)"
  echo
  echo "The parser on the real reports of fixtures/ ($(ls "$real" | wc -l) files: 40 copies of each text), against the floor on the same files: $real_parse"
  echo
  echo "Floor (same run): $floor. Parse-only ÷ floor (one thread): $(awk -v r="$ceiling" -v f="$floor_rate" 'BEGIN { printf "%.3f", r / f }'). The bundled samples: ${samples_cpu} CPU-s (user + sys), ${samples_wall} s wall; the floor of a start (bench/BeamStartFloor.java, best of three): ${start_floor} CPU-s, so the samples run takes $(awk -v s="$samples_cpu" -v f="$start_floor" 'BEGIN { printf "%.1f", s / f }')× the start alone."
  echo
  echo "| date | runner | reports | input MB | wall s | reports/s | × parse-only (1 thread) | × floor (2 cores) | CPU s | CPU ms/report | peak RSS MB | most heap after full GC MB | GC pauses s | output MB |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  cat "$work/rows"
} >> "$root/BENCHMARKS.md"
tail -4 "$root/BENCHMARKS.md"
