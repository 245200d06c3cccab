#!/usr/bin/env bash
# Parse time of the ~5 MB adversarial documents of HostileDocumentsTest (one thread, warm reader),
# appended to BENCHMARKS.md.   bench/hostile.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out=$(mvn -B -pl transforms -am test -Dtest=HostileDocumentsTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.printSummary=false 2>&1 | grep '^HOSTILE' || true)
if [ -z "$out" ]; then
  echo "HostileDocumentsTest printed no timing (did it run?)" >&2
  exit 1
fi
{
  echo
  echo "### $(date -u +%Y-%m-%d) — 5 MB adversarial documents ($(nproc) cores)"
  echo
  echo "\`bench/hostile.sh\` (HostileDocumentsTest; each must grow linearly against a sixteenth of its size and never be INTERNAL_ERROR; the times are informative)."
  echo
  echo "| document | bytes | parse ms | outcome |"
  echo "|---|---|---|---|"
  echo "$out" | awk '{ printf "| %s | %s | %s | %s %s |\n", $2, $3, $5, $7, $8 }'
} >> BENCHMARKS.md
tail -n +1 BENCHMARKS.md | tail -20
