#!/usr/bin/env bash
# Runs every Jazzer fuzz target of transforms/ in fuzzing mode, one after the other.
#
#   scripts/fuzz.sh [seconds-per-target] [target ...]
#
#   scripts/fuzz.sh                 # 300 s for each target
#   scripts/fuzz.sh 60              # one minute each
#   scripts/fuzz.sh 600 ReportReaderFuzzTest#readDocument CrawlReaderFuzzTest#warc
#
# Each target is run as
#
#   JAZZER_FUZZ=1 mvn -B -o -pl transforms -am test \
#     -Dtest='ogireports.fuzz.<Class>#<method>' -Dsurefire.failIfNoSpecifiedTests=false \
#     -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time=<seconds> \
#     -Djazzer.internal.arg.2=-timeout=10 -Djazzer.internal.arg.3=-max_len=<bytes>
#
# (-timeout=10: an input running longer than 10 s is a finding, the catastrophic-backtracking
# guard, in fuzzing mode only; `mvn verify` holds no time limit). A finding fails the run and Jazzer writes the
# input as crash-<sha1> into src/test/resources/ogireports/fuzz/<Class>Inputs/<method>/, where it
# becomes a regression input of the plain `mvn test` once the bug is fixed (rename it to say what
# it is). The growing corpus is kept in transforms/.cifuzz-corpus/ (ignored by git).
# Logs: target/fuzz/<Class>_<method>.log; the executions run are on the "Done N runs in S second(s)" line.
# Drop -o to let Maven download what it lacks. Exit code: the number of targets that failed.
set -uo pipefail

cd "$(dirname "$0")/.."
seconds="${1:-300}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(
    ReportReaderFuzzTest#readDocument
    HtmlPageFuzzTest#render
    ValueNormaliserFuzzTest#read
    MetadataFuzzTest#readAndResolve
    CrawlReaderFuzzTest#jsonl
    CrawlReaderFuzzTest#warc
    CrawlReaderFuzzTest#compressed
    DocumentFilesFuzzTest#pdf
    DocumentFilesFuzzTest#ooxml
    DocumentFilesFuzzTest#ole2
  )
fi

# The largest input libFuzzer generates (0: libFuzzer's guess, the size of the largest committed
# input). One 368 kB regression page made every generated HTML input up to 368 kB long (80 exec/s),
# so the HTML target is capped at 16 kB, above the real pages among its inputs; larger committed
# inputs are still replayed whole by `mvn test`. Documents far larger than a real report are the
# job of HostileDocumentsTest (5 MB); the fuzzer is for shapes. Override with FUZZ_MAX_LEN=<bytes>.
max_len() {
  if [ -n "${FUZZ_MAX_LEN:-}" ]; then
    echo "${FUZZ_MAX_LEN}"
    return
  fi
  case "$1" in
    HtmlPageFuzzTest*) echo 16384 ;;
    *) echo 0 ;;
  esac
}

mkdir -p target/fuzz
failed=0
for t in "${targets[@]}"; do
  log="target/fuzz/${t/\#/_}.log"
  echo "== ${t}: ${seconds} s (log ${log})"
  JAZZER_FUZZ=1 mvn -B -o -pl transforms -am test \
    -Dtest="ogireports.fuzz.${t}" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.internal.arg.0=fuzz \
    -Djazzer.internal.arg.1=-max_total_time="${seconds}" \
    -Djazzer.internal.arg.2=-timeout=10 \
    -Djazzer.internal.arg.3=-max_len="$(max_len "${t}")" \
    >"${log}" 2>&1
  rc=$?
  done_line="$(grep -a -E '^Done [0-9]+ runs' "${log}" | tail -1)"
  echo "   ${done_line:-no Done line}"
  if [ $rc -ne 0 ]; then
    failed=$((failed + 1))
    echo "   FAILED (exit ${rc}): see ${log}"
    grep -a -E '== Java Exception|FuzzerSecurityIssue|AssertionError|Exception:|crash-' "${log}" | head -8 | sed 's/^/   /'
  fi
done
exit ${failed}
