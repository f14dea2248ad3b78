#!/usr/bin/env bash
# Starts a one-node Slurm cluster on this machine (munged, slurmctld, slurmd; no systemd needed) and waits until
# its node is idle. Idempotent: a cluster that already answers with an idle node is reused as it is. What this
# script starts (and the slurm.conf it writes, if it writes one) is recorded in $RSSP_SLURM_STATE, so
# stop-cluster.sh stops exactly that and nothing else.
#
# Needs root and the Debian packages slurm-wlm and munge (apt-get install -y slurm-wlm munge).
# Environment: RSSP_SLURM_STATE (default /run/rssp-slurm), RSSP_SLURM_WAIT (seconds to wait for the node, default 60),
# RSSP_SLURM_CPUS (the node's CPUs, default: nproc).
set -euo pipefail

state="${RSSP_SLURM_STATE:-/run/rssp-slurm}"
wait_s="${RSSP_SLURM_WAIT:-60}"
conf=/etc/slurm/slurm.conf
marker="# written by rssp-verify tools/slurm/start-cluster.sh"
node="$(hostname -s)"
cpus="${RSSP_SLURM_CPUS:-$(nproc)}"
logs=/var/log/slurm

die() { echo "start-cluster: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || die "must run as root (it starts munged, slurmctld and slurmd)."
for tool in munged mungekey slurmctld slurmd sinfo scontrol; do
  command -v "$tool" > /dev/null || die "'$tool' not found: apt-get install -y slurm-wlm munge"
done
mkdir -p "$state"

# The node's state as sinfo prints it (idle, mixed, allocated, down*, …), empty if no controller answers.
node_state() { timeout 10 sinfo -h -n "$node" -o '%T' 2> /dev/null | head -n 1 || true; }
ready() { case "$(node_state)" in idle | mixed | allocated | completing) return 0 ;; *) return 1 ;; esac; }

if [ -f "$conf" ] && ready; then
  echo "start-cluster: a cluster already answers (node $node $(node_state)); reusing it."
  exit 0
fi

# Records a daemon this script started: name and pid (read from its pid file once it has daemonized).
record() { # name pidfile
  local pid=""
  for _ in $(seq 1 50); do
    [ -s "$2" ] && pid="$(cat "$2")" && [ -d "/proc/$pid" ] && break
    sleep 0.2
  done
  [ -n "$pid" ] && [ -d "/proc/$pid" ] || die "$1 did not start (see its log under $logs or /var/log/munge)."
  echo "$1 $pid" >> "$state/started"
  echo "start-cluster: started $1 (pid $pid)"
}

# munge: a key owned by munge, mode 0400; the daemon runs as munge.
if ! timeout 5 munge -n 2> /dev/null | timeout 5 unmunge > /dev/null 2>&1; then
  if [ ! -s /etc/munge/munge.key ]; then
    mungekey --create --keyfile /etc/munge/munge.key 2> /dev/null || dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
    echo "start-cluster: created /etc/munge/munge.key"
  fi
  chown munge:munge /etc/munge/munge.key
  chmod 0400 /etc/munge/munge.key
  mkdir -p /run/munge /var/lib/munge /var/log/munge
  chown munge:munge /run/munge /var/lib/munge /var/log/munge
  chmod 0755 /run/munge
  rm -f /run/munge/munged.pid
  runuser -u munge -- /usr/sbin/munged
  record munged /run/munge/munged.pid
  timeout 5 munge -n | timeout 5 unmunge > /dev/null || die "munged runs but a credential does not round-trip (see /var/log/munge/munged.log)."
fi

# slurm.conf: this machine as the only node. An existing file that this script did not write is left alone.
if [ -f "$conf" ] && ! grep -qxF "$marker" "$conf"; then
  die "$conf exists and was not written by this script; start that cluster yourself, or move the file away and rerun."
fi
if [ ! -f "$conf" ]; then
  echo "conf $conf" >> "$state/started"
fi
mkdir -p /etc/slurm /var/spool/slurmctld /var/spool/slurmd "$logs"
cat > "$conf" << EOF
$marker
ClusterName=rssp
SlurmctldHost=$node(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=$logs/slurmctld.log
SlurmdLogFile=$logs/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
SchedulerParameters=kill_invalid_depend
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/filetxt
JobCompLoc=$logs/jobcomp.log
JobRequeue=1
ReturnToService=2
MinJobAge=3600
KillWait=10
SlurmdTimeout=60
NodeName=$node NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=main Nodes=$node Default=YES MaxTime=INFINITE State=UP
EOF

if ! timeout 10 scontrol ping 2> /dev/null | grep -q 'is UP'; then
  rm -f /run/slurmctld.pid
  slurmctld
  record slurmctld /run/slurmctld.pid
fi
if ! pgrep -x slurmd > /dev/null; then
  rm -f /run/slurmd.pid
  slurmd
  record slurmd /run/slurmd.pid
fi

# Bounded wait for the node; a node that registers as down/unknown/drained is resumed.
deadline=$((SECONDS + wait_s))
until ready; do
  s="$(node_state)"
  case "$s" in
    down* | drain* | unknown* | "") [ -n "$s" ] && scontrol update nodename="$node" state=resume 2> /dev/null || true ;;
  esac
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "start-cluster: node $node is '${s:-not answering}' after ${wait_s}s; the logs say:" >&2
    tail -n 5 "$logs/slurmctld.log" "$logs/slurmd.log" >&2 2> /dev/null || true
    exit 1
  fi
  sleep 1
done
echo "start-cluster: node $node is $(node_state) ($cpus CPUs, partition main); stop with tools/slurm/stop-cluster.sh"
