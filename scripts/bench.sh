#!/usr/bin/env bash
# Page benchmark: builds the jar, starts it on the large demo organisation (a throw-away
# data directory, never ./data/), signs in as maria (manager of 40; sam, the subject of
# 5,000 entries, is one of them), warms each URL up and measures it with wrk, and prints
# requests/s, p50, p99 and SQL statements per request, time to ready and RSS.
#
# Usage: scripts/bench.sh [--petclinic DIR] [--data DIR] [--samples DIR] [--only REGEX] [--no-build]
#   --petclinic DIR  also build and run Spring Petclinic from DIR (a checkout outside this
#                    repository) and print each page's requests/s as a ratio to Petclinic's
#                    /owners/1 and /owners?lastName= (measured before and after Sprout)
#   --data DIR       keep the generated data set in DIR and reuse it on the next run
#   --samples DIR    take a thread dump every second while each URL is measured
#   --only REGEX     measure only the pages whose name matches
#   --no-build       use the jars already built
# Environment: WARM (seconds of warm-up per URL, default 30), DURATION (seconds measured,
# default 30), THREADS (2), CONNECTIONS (16), TIMEOUT (wrk's, 10 s), HEAP (-Xmx256m),
# JAVA_OPTS (more JVM options), SPROUT_JAR (measure this jar instead, e.g. an older build).
# Besides requests/s and latencies it prints the CPU time the server spent per request
# (from /proc): on a machine shared with other work that figure moves far less than
# requests/s, so compare it first.
# Needs java 17+, curl and wrk.
set -euo pipefail

cd "$(dirname "$0")/.."
repo=$(pwd)
petclinic=""
data=""
samples=""
only="."
build=true
while [ $# -gt 0 ]; do
	case "$1" in
	--petclinic) petclinic=$(cd "$2" && pwd); shift 2 ;;
	--data) data="$2"; shift 2 ;;
	--samples) samples="$2"; shift 2 ;;
	--only) only="$2"; shift 2 ;;
	--no-build) build=false; shift ;;
	*) sed -n '2,17p' "$0"; exit 2 ;;
	esac
done
warm=${WARM:-30}
duration=${DURATION:-30}
threads=${THREADS:-2}
connections=${CONNECTIONS:-16}
timeout=${TIMEOUT:-10}
heap=${HEAP:--Xmx256m}
port=${BENCH_PORT:-18080}
pc_port=${PETCLINIC_PORT:-18090}
base="http://127.0.0.1:$port"
work=$(mktemp -d /tmp/sprout-bench.XXXXXX)
[ -n "$data" ] || data="$work/data"
mkdir -p "$data"
[ -z "$samples" ] || mkdir -p "$samples"
pids=()
cleanup() {
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)"; exit 1; }

if $build; then
	echo "Building Sprout..."
	./mvnw -q -B -DskipTests -Djacoco.skip=true package
	if [ -n "$petclinic" ]; then
		echo "Building Petclinic in $petclinic..."
		(cd "$petclinic" && ./mvnw -q -B -DskipTests package)
	fi
fi
jar=${SPROUT_JAR:-$(ls "$repo"/target/sprout-*.jar | grep -v plain | head -1)}

now_ms() { date +%s%3N; }

# Waits until the URL answers 200; prints the milliseconds since $1.
wait_ready() {
	local since=$1 url=$2 log=$3
	for _ in $(seq 1 1200); do
		if curl -fs -o /dev/null "$url" 2>/dev/null; then
			echo $(($(now_ms) - since))
			return 0
		fi
		sleep 0.1
	done
	echo "did not start: $url" >&2
	tail -30 "$log" >&2
	exit 1
}

start_sprout() {
	local started
	started=$(now_ms)
	# shellcheck disable=SC2086
	java $heap ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=bench --server.port="$port" \
		--spring.datasource.url="jdbc:h2:file:$data/sprout;DB_CLOSE_ON_EXIT=FALSE" >"$work/sprout.log" 2>&1 &
	sprout_pid=$!
	pids+=("$sprout_pid")
	ready_ms=$(wait_ready "$started" "$base/actuator/health/readiness" "$work/sprout.log")
}

stop() {
	kill "$1" 2>/dev/null || true
	while kill -0 "$1" 2>/dev/null; do sleep 0.2; done
}

rss_mib() { echo $(($(ps -o rss= -p "$1") / 1024)); }

# CPU time of a process so far, in clock ticks (user + system).
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# measure NAME URL [wrk options...]: a warm-up, then the measured run; one line of results.
results="$work/results.tsv"
: >"$results"
: >"$work/statements.tsv"
measure() {
	local name=$1 url=$2
	shift 2
	wrk -t"$threads" -c"$connections" -d"${warm}s" --timeout "${timeout}s" "$@" "$url" >/dev/null 2>&1 || true
	local sampler=""
	if [ -n "$samples" ] && [ -n "${measured_pid:-}" ]; then
		(for _ in $(seq 1 "$duration"); do jstack "$measured_pid" 2>/dev/null; sleep 1; done) \
			>"$samples/$(echo "$name" | tr -c 'A-Za-z0-9\n' '_').txt" &
		sampler=$!
	fi
	local cpu_before
	cpu_before=$(cpu_ticks "$measured_pid")
	wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout "${timeout}s" --latency "$@" "$url" >"$work/wrk.txt" 2>&1 || true
	local cpu=$(($(cpu_ticks "$measured_pid") - cpu_before))
	[ -z "$sampler" ] || wait "$sampler" 2>/dev/null || true
	local rps p50 p99 errors requests cpu_ms
	rps=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk.txt")
	requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
	local kb
	kb=$(awk '/requests in/ { v = $5; u = v; sub(/[A-Za-z]+$/, "", v); sub(/^[0-9.]+/, "", u)
		f = (u == "GB") ? 1048576 : (u == "MB") ? 1024 : (u == "KB") ? 1 : 1 / 1024
		printf "%.1f", ($1 > 0) ? v * f / $1 : 0 }' "$work/wrk.txt")
	cpu_ms=$(awk -v t="$cpu" -v n="${requests:-0}" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", (n > 0) ? t * 1000 / hz / n : 0 }')
	p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")
	p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
	errors=$(awk '/Non-2xx or 3xx/ {print $NF} /Socket errors/ {print "socket errors:" $0}' "$work/wrk.txt" | tr '\n' ' ')
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "${rps:-0}" "${p50:--}" "${p99:--}" "$cpu_ms" "$kb" "${errors:-}" >>"$results"
	printf '  %-36s %9s req/s  p50 %-9s p99 %-9s CPU %7s ms/request %7s KB %s\n' "$name" "${rps:-0}" "${p50:--}" \
		"${p99:--}" "$cpu_ms" "$kb" "${errors:-}"
}

petclinic_run() {
	local label=$1 started
	started=$(now_ms)
	# shellcheck disable=SC2086
	java $heap ${JAVA_OPTS:-} -jar "$(ls "$petclinic"/target/spring-petclinic-*.jar | head -1)" \
		--server.port="$pc_port" >"$work/petclinic.log" 2>&1 &
	local pid=$!
	pids+=("$pid")
	local ready
	ready=$(wait_ready "$started" "http://127.0.0.1:$pc_port/actuator/health" "$work/petclinic.log")
	echo "Petclinic ($label): ready after $ready ms"
	echo "petclinic-ready-$label	$ready" >>"$work/extra.tsv"
	measured_pid=$pid
	measure "petclinic /owners/1 ($label)" "http://127.0.0.1:$pc_port/owners/1"
	measure "petclinic /owners?lastName= ($label)" "http://127.0.0.1:$pc_port/owners?lastName="
	echo "petclinic-rss-$label	$(rss_mib "$pid")" >>"$work/extra.tsv"
	stop "$pid"
}

: >"$work/extra.tsv"
if [ -n "$petclinic" ]; then
	petclinic_run before
fi

# The large data set: generated on the first start (timed), then Sprout starts again on it,
# as a user would, for the time to ready.
if [ ! -e "$data/sprout.mv.db" ]; then
	echo "Generating the large demo organisation in $data..."
	HEAP_SAVED=$heap
	heap="-Xmx1g"
	start_sprout
	heap=$HEAP_SAVED
	grep -o 'Large demo organisation created in [0-9]* ms[^.]*' "$work/sprout.log" || true
	stop "$sprout_pid"
fi
start_sprout
echo "Sprout: ready after $ready_ms ms (data present, $heap)"
measured_pid=$sprout_pid

# Sign in as maria; the session cookie and a CSRF token for the POST.
cookies="$work/cookies"
token=$(curl -s -c "$cookies" -b "$cookies" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=maria" \
	--data-urlencode "password=sprout-demo" --data-urlencode "_csrf=$token" "$base/login"
session=$(awk '$6 == "JSESSIONID" {print $7}' "$cookies" | tail -1)
page() { curl -s -b "$cookies" "$base$1"; }
sam=$(page "/people?q=Okafor" | grep -o 'href="/people/[0-9]*">Sam Okafor<' | grep -o '[0-9]*' | head -1)
lee=$(page "/people?q=Lee+Chen" | grep -o 'href="/people/[0-9]*">Lee Chen<' | grep -o '[0-9]*' | head -1)
form=$(page "/feedback/new?about=$lee")
skill=$(echo "$form" | grep 'name="skillIds"' | sed -n 's/.*value="\([0-9]*\)".*/\1/p' | head -1)
csrf=$(echo "$form" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
project=$(page "/people/$sam" | grep -o 'href="/projects/[0-9]*"' | grep -o '[0-9]*' | head -1)
if [ -z "$sam" ] || [ -z "$lee" ] || [ -z "$skill" ] || [ -z "$csrf" ] || [ -z "$project" ]; then
	echo "could not sign in as maria or find sam, lee, a skill and a project"
	exit 1
fi
cookie="Cookie: JSESSIONID=$session"
body="_csrf=$csrf&about=$lee&observedOn=$(date +%F)&skillIds=$skill&kind=REINFORCING"
body+="&situation=In+the+Tuesday+planning+meeting&behaviour=You+asked+each+person+for+their+estimate+first"
body+="&impact=The+quieter+people+spoke+up+and+we+found+the+risk+early&nextStep=Try+the+same+in+the+retrospective"
body+="&visibility=SHARED"
cat >"$work/post.lua" <<'EOF'
wrk.method = "POST"
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
EOF

# name, path, statements counted over this many requests
pages=(
	"static resource|/css/sprout.css"
	"/login|/login"
	"dashboard (maria, 40 reports)|/"
	"history of sam, page 1|/people/$sam/feedback"
	"history, filtered|/people/$sam/feedback?kind=REDIRECTING&skill=$skill&page=2"
	"history, page 200|/people/$sam/feedback?page=200"
	"profile of sam|/people/$sam"
	"project page|/projects/$project"
	"/people|/people"
	"/leaders|/leaders"
	"/notifications|/notifications"
	"CSV export (5,000 entries)|/people/$sam/feedback.csv"
)

statements() {
	local path=$1 n=5
	curl -s -o /dev/null -b "$cookies" "$base/bench/statements/start"
	for _ in $(seq 1 $n); do curl -s -o /dev/null -b "$cookies" "$base$path"; done
	awk -v count="$(curl -s -b "$cookies" "$base/bench/statements")" -v n=$n 'BEGIN { printf "%.1f", count / n }'
}

echo "Measuring (warm-up ${warm}s, then ${duration}s, wrk -t$threads -c$connections)..."
for entry in "${pages[@]}"; do
	name=${entry%%|*}
	path=${entry#*|}
	[[ "$name" =~ $only ]] || continue
	case "$name" in
	/login | static*) measure "$name" "$base$path" ;;
	*) measure "$name" "$base$path" -H "$cookie" ;;
	esac
	printf '%s\t%s\n' "$name" "$(statements "$path")" >>"$work/statements.tsv"
done
if [[ "log feedback (POST)" =~ $only ]]; then
	BENCH_BODY=$body BENCH_COOKIE="JSESSIONID=$session" measure "log feedback (POST)" "$base/feedback" -s "$work/post.lua"
	curl -s -o /dev/null -b "$cookies" "$base/bench/statements/start"
	for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$cookies" --data "$body" "$base/feedback"; done
	printf '%s\t%s\n' "log feedback (POST)" \
		"$(awk -v count="$(curl -s -b "$cookies" "$base/bench/statements")" 'BEGIN { printf "%.1f", count / 5 }')" \
		>>"$work/statements.tsv"
fi
rss=$(rss_mib "$sprout_pid")
stop "$sprout_pid"

if [ -n "$petclinic" ]; then
	petclinic_run after
fi

# The table: requests/s, latencies, statements, and the ratios to Petclinic (the mean of
# its runs before and after Sprout).
echo
echo "Sprout ${SPROUT_JAR:-$(git -C "$repo" rev-parse --short HEAD)} on $(nproc) cores, $(date -u +%F), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "time to ready: ${ready_ms} ms (data present, $heap); RSS after the run: ${rss} MiB"
awk -F'\t' '$1 ~ /^petclinic-/ {print $1 ": " $2}' "$work/extra.tsv"
awk -F'\t' -v pc="$petclinic" '
	FILENAME == ARGV[1] { sql[$1] = $2; next }
	$1 ~ /^petclinic \/owners\/1/ { one += $2; n1++ }
	$1 ~ /^petclinic \/owners\?lastName=/ { list += $2; n2++ }
	{ rows[++n] = $0 }
	END {
		if (n1) one /= n1
		if (n2) list /= n2
		printf "| page | requests/s | p50 | p99 | CPU ms per request | KB per response | SQL statements per request |%s\n", pc ? " vs /owners/1 | vs /owners?lastName= |" : ""
		printf "| --- | --- | --- | --- | --- | --- | --- |%s\n", pc ? " --- | --- |" : ""
		for (i = 1; i <= n; i++) {
			split(rows[i], f, "\t")
			s = (f[1] in sql) ? sql[f[1]] : "-"
			extra = ""
			if (pc && f[1] !~ /^petclinic/) extra = sprintf(" %.2f | %.2f |", f[2] / one, f[2] / list)
			else if (pc) extra = " | |"
			printf "| %s | %s | %s | %s | %s | %s | %s |%s%s\n", f[1], f[2], f[3], f[4], f[5], f[6], s, extra, (f[7] != "" ? " " f[7] : "")
		}
	}' "$work/statements.tsv" "$results"
