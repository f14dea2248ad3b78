#!/usr/bin/env bash
# The verdict of every claim under several master seeds: runs the report once per seed (each into its own folder,
# resuming a seed's journal if it was interrupted) and prints a Markdown table, claims × seeds, with a "flips" column:
# the seeds whose verdict differs from the claim's most common one. A claim both held and refuted across seeds is listed
# after the table; so is a refutation that does not recur under every seed.
#
#   tools/seed-table.sh [--seeds "1 2 3" | --count K] [--out DIR] [--table FILE] [-- REPORT OPTIONS, e.g. --quick]
#
# Defaults: seeds 1..20, DIR artifacts/seeds, the default budget; the table goes to stdout (and to FILE if given).
# Needs jq and a built Reports project (dotnet build -c Release), or RSSP_APP: a folder holding a published app
# (dotnet publish -c Release Reports -o DIR), so that rebuilding the tree does not change the binary mid-way; then
# RSSP_COMMIT names the commit the app was published from (the table's header says HEAD otherwise).
# Cells: H holds, R refuted, I inconclusive, E estimated.
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=$(seq 1 20) out=artifacts/seeds table=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --seeds) seeds="$2"; shift 2 ;;
    --count) seeds=$(seq 1 "$2"); shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --table) table="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "unknown option '$1' (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done
command -v jq >/dev/null || { echo "jq is needed to read results.json" >&2; exit 2; }
mkdir -p "$out"
for s in $seeds; do
  if [[ ! -f "$out/seed-$s/results.json" ]]; then
    echo "seed $s …" >&2
    if [[ -n "${RSSP_APP:-}" ]]; then app=(dotnet "$RSSP_APP/rssp-verify.dll"); else app=(dotnet run -c Release --no-build --project Reports --); fi
    "${app[@]}" --seed "$s" --out "$out/seed-$s" "$@" > "$out/seed-$s.log" 2>&1 \
      || { echo "seed $s failed: see $out/seed-$s.log" >&2; exit 1; }
  fi
done
render() {
  local files=() s
  for s in $seeds; do files+=("$out/seed-$s/results.json"); done
  local budget; budget=$(jq -r '.budget.name' "${files[0]}")
  local commit=${RSSP_COMMIT:-$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!tools/seeds.md' || echo ', uncommitted changes')}
  echo "Verdicts per claim under master seeds $(echo $seeds | tr '\n' ' ')(budget $budget, commit $commit)."
  echo "H holds, R refuted, I inconclusive, E estimated; flips: the seeds whose verdict differs from the claim's most common one."
  echo
  jq -rs --arg seeds "$(echo $seeds)" '
    def cell: {"holds": "H", "refuted": "R", "inconclusive": "I", "estimated": "E"}[.];
    ($seeds | split(" ")) as $names
    | [.[] | [.claims[] | {key, outcome}]] as $runs
    | ($runs[0] | map(.key)) as $keys
    | ("| claim | " + ($names | join(" | ")) + " | flips |"),
      ("| --- | " + ($names | map("---") | join(" | ")) + " | --- |"),
      ($keys[] as $k
        | [$runs[] | (map(select(.key == $k)) | .[0].outcome // "missing")] as $o
        | ($o | group_by(.) | max_by(length) | .[0]) as $mode
        | "| " + ($k | gsub("\\|"; "\\|")) + " | " + ($o | map(cell // "?") | join(" | ")) + " | "
          + ([range(0; $o | length) | select($o[.] != $mode) | $names[.]] | if length == 0 then "" else join(", ") end) + " |"),
      "",
      ([$keys[] as $k | [$runs[] | (map(select(.key == $k)) | .[0].outcome)] as $o
        | select(($o | index("holds")) != null and ($o | index("refuted")) != null) | $k]
        | "Claims both held and refuted: " + (if length == 0 then "none" else join("; ") end) + "."),
      ([$keys[] as $k | [$runs[] | (map(select(.key == $k)) | .[0].outcome)] as $o
        | select(($o | index("refuted")) != null and ($o | all(. == "refuted")) == false) | $k]
        | "Refutations that do not recur under every seed: " + (if length == 0 then "none" else join("; ") end) + ".")
  ' "${files[@]}"
}
if [[ -n "$table" ]]; then render | tee "$table"; else render; fi
