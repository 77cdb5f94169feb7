#!/usr/bin/env bash
# The `dpia` command line as a Windows user runs it: dpia.exe under Wine, with Windows paths
# (Z:\…) into a folder whose name has spaces and letters outside ASCII. Every command and
# format, both languages; import from the PDF and the DOCX; refusal to overwrite; a read-only
# target; a path longer than 260 characters; a name Windows forbids; no temporary file left.
# Usage: scripts/windows/cli-smoke.sh PATH/TO/dpia.exe   (run by scripts/test-windows.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib.sh
ensure_windows_toolchain
exe="$(realpath "$1")"
# Wine turns arguments into UTF-16 from the locale's character set.
export LC_ALL=C.UTF-8

tmp="$(mktemp -d)"
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
dir="$tmp/Mijn DPIA's – Één map"
mkdir -p "$dir"
# A Unix path as Wine's Z: drive shows it.
win() { local p="${1//\//\\}"; printf 'Z:%s' "$p"; }
fail() { echo "cli smoke test: $*" >&2; exit 1; }
# dpia ARGS… : runs dpia.exe; its exit code in $rc, standard output in $out, errors in $err.
# Wine's own failure to reach its server ("wine client error", seen once in many runs, before
# dpia.exe started) is retried once, said aloud; anything dpia.exe itself says is not.
dpia() {
  rc=0
  "$WINE" "$exe" "$@" >"$tmp/out" 2>"$tmp/err" || rc=$?
  if grep -q '^wine client error' "$tmp/err"; then
    echo "cli smoke test: Wine could not reach its server ($(head -1 "$tmp/err")); once more" >&2
    rc=0
    "$WINE" "$exe" "$@" >"$tmp/out" 2>"$tmp/err" || rc=$?
  fi
  out="$(cat "$tmp/out")"
  err="$(cat "$tmp/err")"
}
expect() { # expect CODE WHAT
  [ "$rc" = "$1" ] || fail "$2: exit $rc, expected $1; output: $out; errors: $err"
}

hospital="$dir/Ziekenhuis Één.dpia.json"
cp tests/scenarios/hospital.dpia.json "$hospital"
date=2026-11-28
n=0

# new: writes once, refuses to overwrite.
dpia new --out "$(win "$dir/nieuw.dpia.json")" --date "$date"
expect 0 "new"
grep -q '"format": "dpia-helper/assessment"' "$dir/nieuw.dpia.json" || fail "new wrote no assessment"
cp "$dir/nieuw.dpia.json" "$tmp/nieuw.before"
dpia new --out "$(win "$dir/nieuw.dpia.json")"
expect 2 "new over an existing file"
[[ "$err" == *"bestaat al"* ]] || fail "new over an existing file: $err"
cmp -s "$dir/nieuw.dpia.json" "$tmp/nieuw.before" || fail "new changed an existing file"

# validate, screen (text and JSON), risks, in both languages.
for lang in nl en; do
  dpia validate "$(win "$hospital")" --lang "$lang"
  expect 0 "validate --lang $lang"
  [[ "$out" == *"Ziekenhuis Rijnoever"* ]] || fail "validate names no client: $out"
  dpia screen "$(win "$hospital")" --lang "$lang" --date "$date"
  expect 0 "screen --lang $lang"
  dpia risks "$(win "$hospital")" --lang "$lang"
  expect 0 "risks --lang $lang"
done
dpia screen "$(win "$hospital")" --json --date "$date"
expect 0 "screen --json"
[[ "$out" == *'"verdict": "required"'* ]] || fail "screen --json: $out"

# report and summary: every format, both languages; Markdown byte for byte the golden file
# (so also LF line ends), PDF and DOCX by their first bytes and read back below.
for kind in report summary; do
  golden_kind=$([ "$kind" = report ] && echo starter || echo summary)
  for lang in nl en; do
    for format in pdf docx md; do
      file="$dir/$kind $lang – Één.$format"
      dpia "$kind" "$(win "$hospital")" --format "$format" --lang "$lang" --date "$date" --out "$(win "$file")"
      expect 0 "$kind --format $format --lang $lang"
      [ -z "$err" ] || fail "$kind $format $lang printed an error: $err"
      case "$format" in
        pdf) [ "$(head -c 5 "$file")" = "%PDF-" ] || fail "$file is no PDF" ;;
        docx) [ "$(head -c 2 "$file")" = "PK" ] || fail "$file is no DOCX" ;;
        md) cmp -s "$file" "tests/golden/hospital.$golden_kind.$lang.md" ||
          fail "$file differs from tests/golden/hospital.$golden_kind.$lang.md" ;;
      esac
      n=$((n + 1))
    done
  done
done

# import from the PDF and the DOCX: the very same answers, byte for byte.
for format in pdf docx; do
  back="$dir/terug uit $format.dpia.json"
  dpia import "$(win "$dir/report nl – Één.$format")" --out "$(win "$back")"
  expect 0 "import from $format"
  cmp -s "$back" "$hospital" || fail "import from $format gave other answers"
  dpia screen "$(win "$dir/summary en – Één.$format")" --json --date "$date"
  expect 0 "screen of a $format"
done

# Refusal to overwrite, then --force.
target="$dir/report nl – Één.pdf"
cp "$target" "$tmp/before.pdf"
dpia report "$(win "$hospital")" --format md --out "$(win "$target")"
expect 2 "report over an existing file"
[[ "$err" == *"--force"* ]] || fail "report over an existing file: $err"
cmp -s "$target" "$tmp/before.pdf" || fail "report changed an existing file without --force"
dpia report "$(win "$hospital")" --format pdf --date "$date" --out "$(win "$target")" --force
expect 0 "report --force"

# A read-only target (Wine shows a file without write bits as FILE_ATTRIBUTE_READONLY): not
# replaced even with --force, and said so in one language.
chmod a-w "$target"
dpia report "$(win "$hospital")" --format md --out "$(win "$target")" --force
expect 1 "report over a read-only file"
[[ "$err" == *"alleen-lezen"* ]] || fail "read-only target: $err"
cmp -s "$target" "$tmp/before.pdf" || fail "a read-only file was changed"
chmod u+w "$target"

# A folder that does not exist, in English: one language, no system text mid-sentence.
dpia summary "$(win "$hospital")" --lang en --format md --out "$(win "$dir/nowhere/x.md")"
expect 1 "summary into a missing folder"
[[ "$err" == *"the folder"*"does not exist"* ]] || fail "missing folder: $err"

# A name Windows forbids: refused with the reason, nothing made.
dpia report "$(win "$hospital")" --format md --out "$(win "$dir/CON.md")"
expect 1 "report named CON"
[[ "$err" == *"Windows staat de bestandsnaam \"CON.md\" niet toe"* ]] || fail "CON.md: $err"
[ ! -e "$dir/CON.md" ] || fail "CON.md was made"

# A path of more than 260 characters.
long="$dir"
for i in 1 2 3 4 5 6; do long="$long/$i map met een lange naam, één"; done
mkdir -p "$long"
longfile="$long/DPIA-aanzet Ziekenhuis Rijnoever met een lange bestandsnaam.docx"
[ "${#longfile}" -gt 260 ] || fail "the long path is only ${#longfile} characters"
dpia report "$(win "$hospital")" --format docx --date "$date" --out "$(win "$longfile")"
expect 0 "report to a path of ${#longfile} characters"
dpia import "$(win "$longfile")"
expect 0 "import from a path of ${#longfile} characters"

# Nothing of ours left behind.
left="$(find "$tmp" -name '.*.tmp')"
[ -z "$left" ] || fail "temporary files left: $left"
echo "cli smoke test under Wine: $n documents written (report and summary, pdf docx md, nl en);" \
  "new, validate, screen, risks, import, refusals, read-only target, long path and CON.md as expected"
