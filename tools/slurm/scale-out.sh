#!/usr/bin/env bash
# The README's scale-out path, end to end on a running Slurm cluster (tools/slurm/start-cluster.sh starts one here):
#   1. publish the app once; run estimate-c in three modes (over an ε grid: trials.csv; from ε-paths: paths.csv; by
#      rare-event simulation, --rare: streams.csv) and the --quick report unsharded, as the reference;
#   2. submit the four as k = 4 task arrays (estimate-c.sbatch three times, report.sbatch) and a merge job after each
#      (merge.sbatch, sbatch --dependency=afterok:…);
#   3. faults on the grid array: requeue a running task mid-way (scontrol requeue) and cancel another mid-way
#      (scancel), then resubmit it; while that shard is incomplete, a merge job (and one missing the shard) must refuse;
#      on the path array: requeue a running task mid-way (its shard's streams resume from paths.csv);
#   4. compare the merged folders with the unsharded ones: byte for byte (the estimate-c modes: run.json, trials.csv or
#      paths.csv, constant.json, .csv, .png, .svg; rare-run.json, streams.csv, rare.json, .csv, .png, .svg), except the report's timing fields (results.json's started,
#      wallSeconds, machine, the claims' and their mutants' elapsedSeconds; claims.jsonl's elapsedSeconds; the summary and
#      start lines of report.md and index.html), which differ between any two runs; the report's power.csv byte for byte.
# Prints each phase's wall time, and last "scale-out: identical" (exit 0) or "scale-out: NOT identical …" (exit 1).
# Exit 2: no cluster answers, or the publish failed.
#
# Usage: tools/slurm/scale-out.sh [work folder]   (default: a new folder under /tmp, kept for inspection)
# Environment: RSSP_SCALE_TRIALS (estimate-c trials per ε; default 100000, enough for a shard to be interrupted
# mid-way), RSSP_SCALE_STREAMS (the path run's streams; default 60000: ε_min ≈ 2.8·10⁻⁴, a shard writes 15 batches of
# 1024 paths), RSSP_SCALE_RARE (the --rare run's streams, default 400, to ε = 10⁻³), RSSP_SCALE_WAIT (seconds allowed for the whole run, default 900).
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${1:-$(mktemp -d /tmp/rssp-scale-out.XXXXXX)}"
trials="${RSSP_SCALE_TRIALS:-100000}"
streams="${RSSP_SCALE_STREAMS:-60000}"
limit="${RSSP_SCALE_WAIT:-900}"
k=4
# Theorem 6 on its grid of 11 values of ε (trials.csv, one line per trial), and from the ε-paths of its streams
# without --eps (paths.csv, one line per stream: a shard's streams are those whose index is i mod k).
est_args=(--trials "$trials" --seed 1 --eps 0.33 0.3 0.25 0.2 0.15 0.1 0.05 0.03 0.01 0.003 0.001)
path_args=(--trials "$streams" --seed 1)
# Theorem 6 below the paths' reach by importance sampling (--rare; streams.csv, one line per stream): a short run, so
# it is not interrupted; it resumes through the same stream journal as the path mode, whose requeued task tests that.
rare_args=(--rare --trials "${RSSP_SCALE_RARE:-400}" --reach 1e-3 --seed 1)
rep_args=(--quick)

mkdir -p "$work/logs"
work="$(cd "$work" && pwd)"
problems=0
timings=()
phase_start=0
problem() { echo "scale-out: PROBLEM: $*"; problems=$((problems + 1)); }
begin() { phase="$1"; phase_start=$EPOCHREALTIME; echo "--- $phase"; }
end() { timings+=("$(awk -v p="$phase" -v a="$phase_start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%-52s %7.1f s", p, b - a }')"); }
deadline=$((SECONDS + limit))

# --- Slurm helpers
field() { scontrol show job -o "$1" 2> /dev/null | head -n 1 | grep -oE "(^| )$2=[^ ]*" | cut -d= -f2; }
state() { local s; s="$(field "$1" JobState)"; echo "${s:-GONE}"; }
# Waits (within the overall limit) until none of the given jobs is pending, running or completing.
wait_jobs() {
  local ids; ids="$(IFS=,; echo "$*")"
  while [ -n "$(squeue -h -j "$ids" 2> /dev/null)" ]; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      problem "jobs $ids still queued after the ${limit}s limit:"; squeue -j "$ids"; return 1
    fi
    sleep 1
  done
}
submit() { sbatch --parsable "$@" | cut -d';' -f1; }
lines() { if [ -f "$1" ]; then wc -l < "$1"; else echo 0; fi; }
# Trials shard i of k owns per grid point out of n: the indices t < n with t mod k = i.
owned() { echo $((($3 - 1 - $1) / $2 + 1)); }
# Waits until task $1's file $4 holds more than $2 and fewer than $3 lines (it is running, part done).
wait_midway() {
  local file="$4" n=0
  while [ "$SECONDS" -lt "$deadline" ]; do
    n="$(lines "$file")"
    if [ "$(state "$1")" = RUNNING ] && [ "$n" -gt "$2" ] && [ "$n" -lt "$3" ]; then echo "$n"; return 0; fi
    case "$(state "$1")" in COMPLETED | FAILED | CANCELLED | GONE) echo "$n"; return 1 ;; esac
    sleep 0.1
  done
  echo "$n"; return 1
}

if ! timeout 10 sinfo -h -o '%T' 2> /dev/null | grep -qE '^(idle|mixed|allocated)'; then
  echo "scale-out: no Slurm cluster answers (sinfo); start one with tools/slurm/start-cluster.sh."
  exit 2
fi
echo "scale-out: work folder $work; estimate-c ${est_args[*]}, estimate-c ${path_args[*]}, report ${rep_args[*]}, k = $k; $(sinfo -h -o '%P %D node(s) %c CPUs %T' | head -n 1)"

begin "publish (dotnet publish -c Release Reports)"
if ! dotnet publish -c Release "$root/Reports" -o "$work/app" > "$work/logs/publish.log" 2>&1; then
  tail -n 20 "$work/logs/publish.log"; echo "scale-out: NOT identical (the publish failed)"; exit 2
fi
end
app="$work/app/rssp-verify"
export RSSP_APP="$work/app" RSSP_SHARDS=$k

begin "unsharded estimate-c (reference)"
"$app" estimate-c "${est_args[@]}" --out "$work/ref/estimate-c" > "$work/logs/ref-estimate-c.log" 2>&1 || problem "the unsharded estimate-c failed (logs/ref-estimate-c.log)"
end
begin "unsharded estimate-c from ε-paths (reference)"
"$app" estimate-c "${path_args[@]}" --out "$work/ref/paths" > "$work/logs/ref-paths.log" 2>&1 || problem "the unsharded path estimate-c failed (logs/ref-paths.log)"
end
begin "unsharded estimate-c ${rare_args[*]} (reference)"
"$app" estimate-c "${rare_args[@]}" --out "$work/ref/rare" > "$work/logs/ref-rare.log" 2>&1 || problem "the unsharded rare-event estimate-c failed (logs/ref-rare.log)"
end
begin "unsharded report ${rep_args[*]} (reference)"
"$app" report "${rep_args[@]}" --out "$work/ref/report" > "$work/logs/ref-report.log" 2>&1 || problem "the unsharded report failed (logs/ref-report.log)"
end
points="$(jq '.points | length' "$work/ref/estimate-c/run.json" 2> /dev/null || echo 0)"
[ "$points" -gt 0 ] || problem "no grid points in the reference run.json"

begin "Slurm: arrays, faults, merges (until all jobs end)"
est="$(submit --array=0-$((k - 1)) -o "$work/logs/estimate-c-%a.out" --export=ALL,RSSP_RUN="$work/estimate-c" \
  "$here/estimate-c.sbatch" "${est_args[@]}")"
rep="$(submit --array=0-$((k - 1)) -o "$work/logs/report-%a.out" --export=ALL,RSSP_RUN="$work/report" \
  "$here/report.sbatch" "${rep_args[@]}")"
rep_merge="$(submit --dependency=afterok:"$rep" -o "$work/logs/report-merge.out" --export=ALL,RSSP_RUN="$work/report" "$here/merge.sbatch")"
echo "submitted estimate-c array $est, report array $rep, report merge $rep_merge (afterok:$rep)"

# Fault 1: requeue task 1 while it runs, once a fifth of its trials are on file.
full1=$((points * $(owned 1 $k "$trials") + 1))
if n="$(wait_midway "${est}_1" $((full1 / 5)) "$full1" "$work/estimate-c/shard-1/trials.csv")"; then
  scontrol requeue "${est}_1" && echo "requeued ${est}_1 with $n of its $full1 lines on file"
  # Slurm holds a requeued job back for about two minutes (Reason=BeginTime); make it eligible at once.
  for _ in $(seq 1 50); do [ "$(state "${est}_1")" = PENDING ] && break; sleep 0.2; done
  scontrol update jobid="${est}_1" starttime=now || problem "could not release the requeued ${est}_1"
else
  problem "task ${est}_1 was not caught mid-way ($n of $full1 lines, state $(state "${est}_1")); raise RSSP_SCALE_TRIALS"
fi

# Fault 2: cancel task 2 mid-way; while its shard is incomplete, merges must refuse; then resubmit it.
full2=$((points * $(owned 2 $k "$trials") + 1))
if n="$(wait_midway "${est}_2" $((full2 / 5)) "$full2" "$work/estimate-c/shard-2/trials.csv")"; then
  scancel "${est}_2" && echo "cancelled ${est}_2 with $n of its $full2 lines on file"
else
  problem "task ${est}_2 was not caught mid-way ($n of $full2 lines, state $(state "${est}_2")); raise RSSP_SCALE_TRIALS"
fi
wait_jobs "${est}_2"
left2="$(lines "$work/estimate-c/shard-2/trials.csv")"
echo "${est}_2 ended $(state "${est}_2") with $left2 of $full2 lines"
others="afterany:${est}_0:${est}_1:${est}_3"
incomplete="$(submit --dependency="$others" -o "$work/logs/merge-incomplete.out" \
  --export=ALL,RSSP_RUN="$work/estimate-c",RSSP_MERGED="$work/refused-incomplete" "$here/merge.sbatch")"
missing="$(submit --dependency="$others" -o "$work/logs/merge-missing.out" \
  --export=ALL,RSSP_RUN="$work/estimate-c",RSSP_MERGED="$work/refused-missing" "$here/merge.sbatch" \
  "$work/estimate-c/shard-0" "$work/estimate-c/shard-1" "$work/estimate-c/shard-3")"
wait_jobs "$incomplete" "$missing"
echo "merge jobs with shard 2 incomplete / missing: $(state "$incomplete") (exit code $(field "$incomplete" ExitCode)) / $(state "$missing") (exit code $(field "$missing" ExitCode))"
[ "$(state "$incomplete")" = FAILED ] && [ "$(field "$incomplete" ExitCode)" != 0:0 ] \
  || problem "the merge with shard 2 incomplete did not fail (state $(state "$incomplete"))"
grep -q "shard 2/4 .* has [0-9]* of its [0-9]* trials" "$work/logs/merge-incomplete.out" \
  || problem "the merge with shard 2 incomplete did not name it: $(tail -n 1 "$work/logs/merge-incomplete.out")"
[ "$(state "$missing")" = FAILED ] && [ "$(field "$missing" ExitCode)" != 0:0 ] \
  || problem "the merge without shard 2 did not fail (state $(state "$missing"))"
grep -q "merge needs every shard" "$work/logs/merge-missing.out" \
  || problem "the merge without shard 2 did not say so: $(tail -n 1 "$work/logs/merge-missing.out")"
[ ! -e "$work/refused-incomplete/trials.csv" ] && [ ! -e "$work/refused-missing/trials.csv" ] \
  || problem "a refused merge wrote a trials.csv"
sed -n 's/^error: /refused as it should: /p' "$work/logs/merge-incomplete.out" "$work/logs/merge-missing.out"

again="$(submit --array=2 -o "$work/logs/estimate-c-2-resubmitted.out" --export=ALL,RSSP_RUN="$work/estimate-c" \
  "$here/estimate-c.sbatch" "${est_args[@]}")"
est_merge="$(submit --dependency=afterok:"${est}_0:${est}_1:${est}_3:$again" -o "$work/logs/estimate-c-merge.out" \
  --export=ALL,RSSP_RUN="$work/estimate-c" "$here/merge.sbatch")"
echo "resubmitted shard 2 as $again; estimate-c merge $est_merge (afterok:${est}_0:${est}_1:${est}_3:$again)"

# The path mode: an array and its merge; requeue task 3 once a fifth of its streams' paths are on file.
pth="$(submit --array=0-$((k - 1)) -o "$work/logs/paths-%a.out" --export=ALL,RSSP_RUN="$work/paths" \
  "$here/estimate-c.sbatch" "${path_args[@]}")"
pth_merge="$(submit --dependency=afterok:"$pth" -o "$work/logs/paths-merge.out" --export=ALL,RSSP_RUN="$work/paths" "$here/merge.sbatch")"
echo "submitted path array $pth, path merge $pth_merge (afterok:$pth)"
rar="$(submit --array=0-$((k - 1)) -o "$work/logs/rare-%a.out" --export=ALL,RSSP_RUN="$work/rare" "$here/estimate-c.sbatch" "${rare_args[@]}")"
rar_merge="$(submit --dependency=afterok:"$rar" -o "$work/logs/rare-merge.out" --export=ALL,RSSP_RUN="$work/rare" "$here/merge.sbatch")"
echo "submitted rare-event array $rar, its merge $rar_merge (afterok:$rar)"
full3=$(($(owned 3 $k "$streams") + 1))
if n="$(wait_midway "${pth}_3" $((full3 / 5)) "$full3" "$work/paths/shard-3/paths.csv")"; then
  scontrol requeue "${pth}_3" && echo "requeued ${pth}_3 with $n of its $full3 lines on file"
  for _ in $(seq 1 50); do [ "$(state "${pth}_3")" = PENDING ] && break; sleep 0.2; done
  scontrol update jobid="${pth}_3" starttime=now || problem "could not release the requeued ${pth}_3"
else
  problem "path task ${pth}_3 was not caught mid-way ($n of $full3 lines, state $(state "${pth}_3")); raise RSSP_SCALE_STREAMS"
fi
wait_jobs "$est" "$rep" "$rep_merge" "$again" "$est_merge" "$pth" "$pth_merge" "$rar" "$rar_merge"
end
for job in "${est}_0" "${est}_1" "${est}_3" "${again}_2" "${rep}_0" "${rep}_1" "${rep}_2" "${rep}_3" "$rep_merge" "$est_merge" \
  "${pth}_0" "${pth}_1" "${pth}_2" "${pth}_3" "$pth_merge" "${rar}_0" "${rar}_1" "${rar}_2" "${rar}_3" "$rar_merge"; do
  [ "$(state "$job")" = COMPLETED ] || problem "job $job ended $(state "$job") (exit code $(field "$job" ExitCode)); see $work/logs"
done
echo "task ${est}_1 restarts: $(field "${est}_1" Restarts); task ${pth}_3 restarts: $(field "${pth}_3" Restarts)"

begin "compare merged with unsharded"
same() { # reference merged label
  if cmp -s "$1" "$2"; then return 0; fi
  problem "$3 differs: $1 vs $2"
}
files() { (cd "$1" 2> /dev/null && find . -type f ! -name '.*' | sort); }
# An estimate-c mode: the merged folder is the unsharded one, byte for byte, and every shard holds exactly its own
# lines, each once (merge would accept a repeated identical line, so look at the shards themselves).
compare_estimate() { # name (folder under $work and ref/) file key-fields lines-per-owned-index count
  local name="$1" file="$2" keys="$3" per="$4" count="$5" i f dup foreign
  [ "$(files "$work/ref/$name")" = "$(files "$work/$name/all")" ] || problem "$name: the merged folder holds other files than the unsharded one"
  for f in $(files "$work/ref/$name"); do same "$work/ref/$name/$f" "$work/$name/all/$f" "$name $f"; done
  echo "$name: $(files "$work/ref/$name" | wc -l) files compared byte for byte; $file $(lines "$work/ref/$name/$file") lines"
  for ((i = 0; i < k; i++)); do
    f="$work/$name/shard-$i/$file"
    dup="$(tail -n +2 "$f" | cut -d, -f"$keys" | sort | uniq -d | head -n 1)"
    [ -z "$dup" ] || problem "$name shard $i repeats ($keys) $dup"
    # The trial or stream index is the last key field; shard i owns those equal to i mod k.
    foreign="$(tail -n +2 "$f" | cut -d, -f"$keys" | awk -F, -v i="$i" -v k="$k" '$NF % k != i' | head -n 1)"
    [ -z "$foreign" ] || problem "$name shard $i holds ($keys) $foreign, which is not its own"
    [ "$(lines "$f")" -eq $((per * $(owned "$i" $k "$count") + 1)) ] || problem "$name shard $i holds $(lines "$f") lines"
  done
}
compare_estimate estimate-c trials.csv 1,2 "$points" "$trials"
compare_estimate paths paths.csv 1 1 "$streams"
compare_estimate rare streams.csv 1 1 "${RSSP_SCALE_RARE:-400}"
# The interrupted shards resumed mid-way: they kept what was on file (rather than starting again) and ran the rest.
for log in estimate-c-1.out estimate-c-2-resubmitted.out paths-3.out; do
  r="$(grep -oE 'resumed: [0-9]+ trials were on file, [0-9]+ run now' "$work/logs/$log" | tail -n 1)"
  if [[ "$r" =~ ^resumed:\ ([0-9]+)\ .*\ ([0-9]+)\ run ]] && [ "${BASH_REMATCH[1]}" -gt 0 ] && [ "${BASH_REMATCH[2]}" -gt 0 ]; then
    echo "$log: $r"
  else
    problem "$log shows no resume mid-way (${r:-no 'resumed' line})"
  fi
done

[ "$(files "$work/ref/report")" = "$(files "$work/report/all")" ] || problem "report: the merged folder holds other files than the unsharded one"
for f in $(cd "$work/ref/report" && ls -- *.csv *.png *.svg); do same "$work/ref/report/$f" "$work/report/all/$f" "report $f"; done
for f in results.json claims.jsonl report.md index.html; do
  [ -s "$work/report/all/$f" ] || problem "report: the merged $f is missing or empty"
done
timeless() { jq -S 'del(.started, .wallSeconds, .machine) | .claims |= map(del(.elapsedSeconds) | if .mutants then .mutants |= map(del(.elapsedSeconds)) else . end)' "$1"; }
[ "$(timeless "$work/ref/report/results.json")" = "$(timeless "$work/report/all/results.json")" ] || problem "report results.json differs beyond its timing fields"
journal() { sed -E 's/"elapsedSeconds":[0-9.eE+-]*//g' "$1"; }
[ "$(journal "$work/ref/report/claims.jsonl")" = "$(journal "$work/report/all/claims.jsonl")" ] || problem "report claims.jsonl differs beyond elapsedSeconds"
summary() { sed -E 's/^(- \*\*(Machine|Started):\*\*|<li><strong>(Machine|Started):<\/strong>).*/\1 <varies>/' "$1"; }
for f in report.md index.html; do
  [ "$(summary "$work/ref/report/$f")" = "$(summary "$work/report/all/$f")" ] || problem "report $f differs beyond its machine, start and wall time lines"
done
echo "report: $(cd "$work/ref/report" && ls -- *.csv *.png *.svg | wc -l) figure files byte for byte; results.json, claims.jsonl, report.md, index.html less their timing fields"
end

echo "--- timings"
printf '%s\n' "${timings[@]}"
if [ "$problems" -eq 0 ]; then
  echo "scale-out: identical (estimate-c over a grid, from ε-paths and by rare-event simulation, and the report, merged from $k Slurm shards, with requeued and cancelled-and-resubmitted tasks, equal the unsharded runs)"
  exit 0
fi
echo "scale-out: NOT identical ($problems problems above; logs in $work/logs)"
exit 1
