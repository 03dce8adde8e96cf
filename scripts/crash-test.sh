#!/usr/bin/env bash
# Crash test of the embedded default: starts the portal with the README command in a fresh clone,
# posts a burst of signed Xiebao notifications (every one twice, 16 connections), kill -9s the portal
# mid-burst, starts it again with the same command and counts what became of every acknowledged
# notification: present in the inbox, applied, duplicated. Exits non-zero unless every acknowledged
# notification is there exactly once and applied.
# Usage: bash scripts/crash-test.sh [applications=300] [port=8090]
# Needs: Java 17, Maven, curl, md5sum, git. Not part of the test command.
set -euo pipefail
APPS=${1:-300}
PORT=${2:-8090}
REPO=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
PARTNER_ID=12345
NOTIFY_KEY=sandbox-xiebao-notify-key
CASE=XB-TRAVEL-01
MEMBER=1   # the first demo member of a fresh sandbox database

git clone -q "$REPO" "$WORK/portal"
cd "$WORK/portal"
echo "crash-test: portal clone in $WORK/portal, port $PORT"

start_portal() {
  mvn -B -q spring-boot:run -Dspring-boot.run.arguments="--server.port=$PORT" > "$WORK/run$1.log" 2>&1 &
  echo $! > "$WORK/mvn.pid"
  for _ in $(seq 1 300); do
    if curl -fsS "http://localhost:$PORT/actuator/health/readiness" 2>/dev/null | grep -q UP; then
      return 0
    fi
    sleep 1
  done
  echo "crash-test: portal did not become ready; see $WORK/run$1.log" >&2
  tail -20 "$WORK/run$1.log" >&2
  exit 1
}

# Builds "insureNum type body" lines: 4 notifications per application, each signed md5(key + data).
make_bodies() {
  for i in $(seq 1 "$APPS"); do
    num="8$(date +%s%N | cut -c6-16)$i"
    common="\"partnerId\":$PARTNER_ID,\"partnerUniqueKey\":\"$MEMBER\",\"caseCode\":\"$CASE\",\"insureNum\":\"$num\",\"state\":true"
    for type in 1 2 3 9; do
      case $type in
        1|9) data="{$common,\"otherInfo\":{},\"failMsg\":\"\"}" ;;
        2) data="{$common,\"payTime\":\"2026-03-01 10:20:30\",\"price\":2400,\"onlinePaymentId\":\"21\",\"otherInfo\":{},\"failMsg\":\"\"}" ;;
        3) data="{$common,\"policys\":[{\"productName\":\"携保境内旅游险\",\"productId\":1101,\"planName\":\"基础计划\",\"planId\":11011,\"applicant\":\"王五\",\"insurant\":\"张三\",\"startDate\":\"2026-04-01\",\"endDate\":\"2026-04-03\",\"policyNum\":\"P$num\"}],\"otherInfo\":{},\"failMsg\":\"\"}" ;;
      esac
      sign=$(printf '%s%s' "$NOTIFY_KEY" "$data" | md5sum | cut -d' ' -f1)
      body="{\"notifyType\":$type,\"sign\":\"$sign\",\"data\":$data}"
      echo "$num $type $body"
      echo "$num $type $body"
    done
  done | shuf
}

post_one() {
  local num=$1 type=$2 body=$3
  answer=$(curl -sS -m 10 -H 'Content-Type: application/json;charset=UTF-8' --data-binary "$body" \
    -w ' %{http_code}' "http://localhost:$PORT/callbacks/xiebao" 2>/dev/null || true)
  if [[ "$answer" == *'"state":true'*' 200' ]]; then
    echo "$num $type" >> "$WORK/acks.txt"
  fi
}
export -f post_one
export PORT WORK

start_portal 1
make_bodies > "$WORK/bodies.txt"
TOTAL=$(wc -l < "$WORK/bodies.txt")
: > "$WORK/acks.txt"
echo "crash-test: posting $TOTAL notifications ($APPS applications x 4 types x 2 copies) over 16 connections"
( while IFS=' ' read -r num type body; do printf '%s\0%s\0%s\0' "$num" "$type" "$body"; done < "$WORK/bodies.txt" \
    | xargs -0 -n 3 -P 16 bash -c 'post_one "$0" "$1" "$2"' ) &
POSTER=$!

# kill -9 the portal once about a third of the burst is acknowledged
while [ "$(wc -l < "$WORK/acks.txt")" -lt $((TOTAL / 3)) ]; do sleep 0.2; done
APP_PID=$(pgrep -f "baolink.*BaolinkApplication|com.baolink.BaolinkApplication" | head -1 || true)
echo "crash-test: kill -9 of the portal (pid ${APP_PID:-?}) after $(wc -l < "$WORK/acks.txt") acknowledgements"
[ -n "$APP_PID" ] && kill -9 "$APP_PID"
kill -9 "$(cat "$WORK/mvn.pid")" 2>/dev/null || true
wait "$POSTER" || true
echo "crash-test: burst over, $(sort -u "$WORK/acks.txt" | wc -l) distinct notifications acknowledged; restarting"

started=$(date +%s)
start_portal 2
echo "crash-test: portal ready again after $(( $(date +%s) - started )) s"

DB_PORT=$(grep -o 'MariaDB.* on port [0-9]*' "$WORK/run2.log" | tail -1 | grep -o '[0-9]*$')
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeArtifactIds=mysql-connector-j
sort -u "$WORK/acks.txt" > "$WORK/acked.txt"
set +e
java -cp "$(cat "$WORK/cp.txt")" "$REPO/scripts/CrashCount.java" "jdbc:mysql://127.0.0.1:$DB_PORT/baolink" "$WORK/acked.txt" wait
result=$?
set -e
APP_PID=$(pgrep -f "com.baolink.BaolinkApplication" | head -1 || true)
[ -n "$APP_PID" ] && kill "$APP_PID"
kill "$(cat "$WORK/mvn.pid")" 2>/dev/null || true
echo "crash-test: logs in $WORK"
exit $result
