#!/usr/bin/env bash
# Renders the data-quality report of an output folder to a PNG with headless Chromium.
#   scripts/screenshot-quality-report.sh [OUTPUT_DIR] [PNG]
# OUTPUT_DIR defaults to ./out (produced with ./ogi-reports from the bundled samples when it holds
# no run yet); PNG defaults to target/quality_report.png (not inside the output folder, which must
# hold only what a run writes), so the picture tracked in git is left alone; to update it, name it: scripts/screenshot-quality-report.sh out docs/quality_report.png.
# The report is rewritten from the datasets
# first, so the picture shows the current code. Installs Debian's chromium (and a CJK font) when
# missing; that needs root.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/out}"
png="${2:-$root/target/quality_report.png}"
mkdir -p "$(dirname "$png")"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

chromium_bin=""
for candidate in chromium chromium-browser; do
  if command -v "$candidate" >/dev/null 2>&1; then chromium_bin="$candidate"; break; fi
done
if [ -z "$chromium_bin" ]; then
  echo "screenshot: installing chromium..." >&2
  as_root apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q chromium >&2
  chromium_bin=chromium
fi
# Without a CJK font the Chinese text renders as boxes.
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  echo "screenshot: installing a CJK font (fonts-noto-cjk)..." >&2
  if ! DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q fonts-noto-cjk >&2; then
    as_root apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q fonts-noto-cjk >&2
  fi
fi

if [ ! -f "$out/run_summary.json" ]; then
  echo "screenshot: no run in $out yet, running ./ogi-reports..." >&2
  # The input as a relative path: the report then shows the sample files by their own names.
  (cd "$root" && ./ogi-reports --input=samples --output="$out") >&2
else
  # Builds the jar when a source is newer than it (and prints the usage, which we do not need).
  "$root/ogi-reports" --help >/dev/null
fi

# Rewrite the report from the datasets with the current code.
java -cp "$root/pipeline/target/ogi-reports.jar" ogireports.pipeline.QualityReport "$out" >/dev/null

html="$(cd "$out" && pwd)/quality_report.html"
mkdir -p "$(dirname "$png")"
png_abs="$(cd "$(dirname "$png")" && pwd)/$(basename "$png")"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

"$chromium_bin" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size=1280,2400 \
  --screenshot="$png_abs" "file://$html" >/dev/null 2>&1 || {
  echo "screenshot: chromium failed" >&2
  exit 1
}
[ -s "$png_abs" ] || { echo "screenshot: no PNG written" >&2; exit 1; }
echo "$png_abs"
