#!/usr/bin/env bash
# Stops what start-cluster.sh started, as recorded in $RSSP_SLURM_STATE/started: each daemon by its pid (only if
# that pid is still the same daemon), and the slurm.conf it wrote. A cluster it merely reused is left running.
set -uo pipefail

state="${RSSP_SLURM_STATE:-/run/rssp-slurm}"
list="$state/started"
if [ ! -f "$list" ]; then
  echo "stop-cluster: nothing recorded in $list; nothing to stop."
  exit 0
fi

# Stop in the reverse order of starting (slurmd, slurmctld, then munged).
tac "$list" | while read -r name what; do
  case "$name" in
    conf)
      rm -f "$what" && echo "stop-cluster: removed $what"
      ;;
    *)
      if [ -d "/proc/$what" ] && [ "$(cat "/proc/$what/comm" 2> /dev/null)" = "$name" ]; then
        kill "$what"
        for _ in $(seq 1 50); do [ -d "/proc/$what" ] || break; sleep 0.2; done
        if [ -d "/proc/$what" ]; then kill -9 "$what" 2> /dev/null; fi
        echo "stop-cluster: stopped $name (pid $what)"
      else
        echo "stop-cluster: $name (pid $what) is no longer running"
      fi
      ;;
  esac
done
rm -f "$list"
