#!/usr/bin/env bash
# PDF reading cost, one thread: pages/s of the two real PDF reports in fixtures/, and the same
# report as extracted text in the same run (ratio). bench/pdf.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/ogi-reports" --help > /dev/null   # builds the jar if needed
pdf="$root/fixtures/real-reports/pdf"
java -Xmx1g -cp "$root/pipeline/target/ogi-reports.jar" "$root/bench/PdfBench.java" \
  "$pdf/hongze-2023.pdf" "$pdf/hongze-2024.pdf" "$pdf/hongze-2024.pypdf.txt"
