#!/usr/bin/env bash
# Soak check: run the packaged jar as a newcomer does (default profile, demo data, the
# default pool settings, so Hikari retires its first connections after 30 minutes) on a
# throw-away H2 file database, and for the given minutes send the traffic of four people
# at a time: maria reads her dashboard, Sam's history and profile and logs feedback about
# Sam; Sam reads it, acknowledges it and reflects; Lee asks Priya for feedback; Priya
# reads her requests and recognises Lee once. Every answer must be a success or a
# redirect, and every entry whose save was answered must be readable at the end.
# Prints per minute the requests sent, the failures and the RSS; at the end the totals.
#
# Usage: scripts/soak.sh [minutes]   (default 65; needs target/sprout-*.jar: ./mvnw package)
set -euo pipefail

cd "$(dirname "$0")/.."
minutes=${1:-65}
port=${SOAK_PORT:-18777}
base="http://127.0.0.1:$port"
jar=$(ls target/sprout-*.jar | grep -v plain | head -1)
work=$(mktemp -d)
keep=${SOAK_LOG:-/tmp/soak-app.log}
trap 'kill -9 $(cat "$work/pid" 2>/dev/null) 2>/dev/null || true; cp "$work/app.log" "$keep" 2>/dev/null || true; rm -rf "$work"' EXIT

java ${SOAK_JAVA_OPTS:--Xmx256m} -jar "$jar" --server.port="$port" \
	--spring.datasource.url="jdbc:h2:file:$work/db/sprout;DB_CLOSE_ON_EXIT=FALSE" >"$work/app.log" 2>&1 &
echo $! >"$work/pid"
for _ in $(seq 1 240); do
	curl -fs "$base/actuator/health/readiness" 2>&1 && break
	sleep 0.5
done
curl -fs "$base/actuator/health/readiness" || { echo "the application did not start"; tail -20 "$work/app.log"; exit 1; }

# sign_in USER: a cookie jar of their own, $work/USER.cookies; prints nothing.
sign_in() {
	local jar="$work/$1.cookies" token
	token=$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
	curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=sprout-demo" \
		--data-urlencode "_csrf=$token" "$base/login"
}
csrf_of() { curl -s -b "$work/$1.cookies" "$base$2" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
person_id() { curl -s -b "$work/maria.cookies" "$base/people?q=$(tr ' ' '+' <<<"$1")" | grep -o "href=\"/people/[0-9]*\">$1<" | grep -o '[0-9]*' | head -1; }

for who in maria sam lee priya; do sign_in "$who"; done
sam=$(person_id "Sam Okafor")
lee=$(person_id "Lee Chen")
priya=$(person_id "Priya Raman")
form=$(curl -s -b "$work/maria.cookies" "$base/feedback/new?about=$sam")
skill=$(grep 'name="skillIds"' <<<"$form" | sed -n 's/.*value="\([0-9]*\)".*/\1/p' | head -1)
declare -A csrf
csrf[maria]=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' <<<"$form" | head -1)
csrf[sam]=$(csrf_of sam /)
csrf[lee]=$(csrf_of lee /requests)
csrf[priya]=$(csrf_of priya /recognitions/new)
for v in sam lee priya skill; do [ -n "${!v}" ] || { echo "could not find $v in the demo data"; exit 1; }; done

requests=0
failures=0
: >"$work/saved"
: >"$work/failed"
# call USER EXPECT METHOD PATH [curl data...]: one request; counts it, and a failure when
# the status is not one of EXPECT (a regex) or a page comes back cut short. The redirect
# target is left in $location.
call() {
	local who=$1 expect=$2 method=$3 path=$4
	shift 4
	local answer
	if [ "$method" = POST ]; then
		answer=$(curl -s -o "$work/body" -w '%{http_code} %{redirect_url}' -b "$work/$who.cookies" \
			--data-urlencode "_csrf=${csrf[$who]}" "$@" "$base$path" || echo "000 -")
	else
		answer=$(curl -s -o "$work/body" -w '%{http_code} %{redirect_url}' -b "$work/$who.cookies" "$base$path" || echo "000 -")
	fi
	requests=$((requests + 1))
	if [ "${answer%% *}" = 200 ] && ! grep -q '</html>' "$work/body"; then
		answer="${answer} (page cut short)"
	fi
	if ! [[ "${answer%% *}" =~ ^($expect)$ ]] || [[ "$answer" == *"cut short"* ]]; then
		failures=$((failures + 1))
		echo "$(date +%T) $who $method $path -> $answer" >>"$work/failed"
	fi
	location=${answer#* }
}

started=$SECONDS
minute=0
recognised=false
today=$(date +%F)
echo "Soak: $minutes minutes against $jar (pid $(cat "$work/pid")); Hikari's default max-lifetime is 30 minutes"
while [ $((SECONDS - started)) -lt $((minutes * 60)) ]; do
	i=$((requests + 1))
	call maria 200 GET /
	call maria 200 GET "/people/$sam/feedback"
	call maria 200 GET "/people/$sam"
	marker="SOAK-$i-$RANDOM"
	call maria 302 POST /feedback --data-urlencode "about=$sam" --data-urlencode "observedOn=$today" \
		--data-urlencode "skillIds=$skill" --data-urlencode "kind=REINFORCING" \
		--data-urlencode "situation=In the soak run, round $i" --data-urlencode "behaviour=You wrote $marker." \
		--data-urlencode "impact=It must still be there in an hour." --data-urlencode "nextStep=Keep writing." \
		--data-urlencode "visibility=SHARED"
	if [[ "$location" =~ /feedback/([0-9]+)$ ]]; then
		entry=${BASH_REMATCH[1]}
		echo "$entry $marker" >>"$work/saved"
		call sam 200 GET /
		call sam 200 GET "/feedback/$entry"
		call sam 302 POST "/feedback/$entry/acknowledge"
		call sam 302 POST "/feedback/$entry/reflection" --data-urlencode "reflection=Thanks, round $i." \
			--data-urlencode "commitment=Try it again next week."
	fi
	call lee 302 POST /requests --data-urlencode "recipientIds=$priya" --data-urlencode "question=How did round $i go?"
	call priya 200 GET /requests
	call priya 200 GET /notifications
	if ! $recognised; then
		call priya 302 POST /recognitions --data-urlencode "receiverId=$lee" --data-urlencode "power=EXPERT" \
			--data-urlencode "note=Relied on Lee in the soak run."
		recognised=true
	fi
	if [ $(((SECONDS - started) / 60)) -gt "$minute" ]; then
		minute=$(((SECONDS - started) / 60))
		echo "  minute $minute: $requests requests, $failures failures, RSS $(($(ps -o rss= -p "$(cat "$work/pid")") / 1024)) MiB"
	fi
	sleep "${SOAK_PAUSE:-0.5}"
done

written=$(wc -l <"$work/saved")
found=0
sign_in maria
while read -r id marker; do
	if curl -s -b "$work/maria.cookies" "$base/feedback/$id" -o "$work/body" && grep -q "$marker" "$work/body"; then
		found=$((found + 1))
	elif [ $((written - found)) -gt 0 ] && [ "$(wc -l <"$work/failed")" -lt 30 ]; then
		echo "$(date +%T) entry $id not found: $(curl -s -o /dev/null -w '%{http_code}' -b "$work/maria.cookies" "$base/feedback/$id")" >>"$work/failed"
	fi
done <"$work/saved"
errors=$(grep -c ' ERROR ' "$work/app.log" || true)
echo "soak: $((SECONDS - started)) s, $requests requests, $failures failures; $written entries saved, $found found; $errors ERROR lines in the log; RSS $(($(ps -o rss= -p "$(cat "$work/pid")") / 1024)) MiB"
if [ -s "$work/failed" ]; then head -20 "$work/failed"; fi
if [ "$errors" -gt 0 ]; then grep -m5 -A3 ' ERROR ' "$work/app.log"; fi
echo "the application's log: $keep"
[ "$failures" -eq 0 ] && [ "$found" -eq "$written" ] && [ "$errors" -eq 0 ]
