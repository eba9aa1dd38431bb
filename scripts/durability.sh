#!/usr/bin/env bash
# Durability check: start the packaged jar on an H2 file database, write feedback entries
# through HTTP as maria, kill the process with SIGKILL while it is writing, start it again,
# and check that every entry whose save was answered with success is still there.
# The pool retires its connections after 30 s (Hikari's shortest max-lifetime) and the writes
# pause half-way until 40 s have passed, so they span a connection retirement: every write
# before the kill must succeed (H2 2.4.240 failed every write after the first retirement).
#
# Usage: scripts/durability.sh [entries]   (needs target/sprout-*.jar: ./mvnw package)
set -euo pipefail

cd "$(dirname "$0")/.."
total=${1:-300}
kill_after=$((total - 20))
port=${DURABILITY_PORT:-18765}
base="http://127.0.0.1:$port"
jar=$(ls target/sprout-*.jar | grep -v plain | head -1)
work=$(mktemp -d)
trap 'kill -9 $(cat "$work/pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$work"' EXIT

start() {
	java -jar "$jar" --server.port="$port" --spring.datasource.url="jdbc:h2:file:$work/db/sprout;DB_CLOSE_ON_EXIT=FALSE" \
		--spring.datasource.hikari.max-lifetime=30000 --logging.level.root=WARN >>"$work/app.log" 2>&1 &
	echo $! >"$work/pid"
	for _ in $(seq 1 120); do
		curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1 && return 0
		sleep 0.5
	done
	echo "the application did not start"; tail -20 "$work/app.log"; exit 1
}

# Signs maria in and prints the CSRF token of her session (cookies in $work/cookies).
sign_in() {
	rm -f "$work/cookies"
	local token
	token=$(curl -s -c "$work/cookies" -b "$work/cookies" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
	curl -s -o /dev/null -c "$work/cookies" -b "$work/cookies" --data-urlencode "username=maria" \
		--data-urlencode "password=sprout-demo" --data-urlencode "_csrf=$token" "$base/login"
	curl -s -c "$work/cookies" -b "$work/cookies" "$base/people?q=Okafor" >"$work/people.html"
	sam=$(grep -o 'href="/people/[0-9]*">Sam Okafor<' "$work/people.html" | grep -o '[0-9]*' | head -1)
	curl -s -c "$work/cookies" -b "$work/cookies" "$base/feedback/new?about=$sam" >"$work/form.html"
	skill=$(grep 'type="checkbox"' "$work/form.html" | grep 'name="skillIds"' | sed -n 's/.*value="\([0-9]*\)".*/\1/p' | head -1)
	csrf=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$work/form.html" | head -1)
	[ -n "$sam" ] && [ -n "$skill" ] && [ -n "$csrf" ] || { echo "could not sign in as maria"; exit 1; }
}

start
started=$SECONDS
sign_in
: >"$work/saved"
today=$(date +%F)
failures=0
for i in $(seq 1 "$total"); do
	if [ "$i" -eq $((total / 2)) ] && [ $((SECONDS - started)) -lt 40 ]; then
		# Let the pool retire the connections that created the schema and served so far.
		sleep $((40 - (SECONDS - started)))
	fi
	marker="DURABLE-$i-$RANDOM$RANDOM"
	answer=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$work/cookies" \
		--data-urlencode "_csrf=$csrf" --data-urlencode "about=$sam" --data-urlencode "observedOn=$today" \
		--data-urlencode "skillIds=$skill" --data-urlencode "kind=REINFORCING" \
		--data-urlencode "situation=In the durability run, write $i" --data-urlencode "behaviour=You wrote $marker." \
		--data-urlencode "impact=It must survive a kill." --data-urlencode "nextStep=Keep writing." \
		--data-urlencode "visibility=SHARED" "$base/feedback" || true)
	if [[ "$answer" =~ ^302\ .*/feedback/([0-9]+)$ ]]; then
		echo "${BASH_REMATCH[1]} $marker" >>"$work/saved"
		failures=0
	else
		failures=$((failures + 1))
		[ "$failures" -ge 3 ] && break
	fi
	if [ "$i" -eq "$kill_after" ]; then
		# Kill while the next writes are in flight.
		(sleep 0.2; kill -9 "$(cat "$work/pid")") &
	fi
done
span=$((SECONDS - started))
wait_pid=$(cat "$work/pid")
while kill -0 "$wait_pid" 2>/dev/null; do sleep 0.1; done
written=$(wc -l <"$work/saved")

start
sign_in
found=0
missing=0
while read -r id marker; do
	page=$(curl -s -w '\nHTTP %{http_code}' -b "$work/cookies" "$base/feedback/$id")
	if grep -q "$marker" <<<"$page"; then
		found=$((found + 1))
	else
		missing=$((missing + 1))
		echo "missing after restart: entry $id ($marker), $(tail -1 <<<"$page")"
	fi
done <"$work/saved"
kill -9 "$(cat "$work/pid")" 2>/dev/null || true
wait 2>/dev/null || true

echo "durability: writes spanned ${span} s with connections retired after 30 s; $written entries answered with success before SIGKILL (at least $kill_after expected), $found found after restart, $missing missing"
if grep -q "Check constraint invalid\|database has been closed" "$work/app.log"; then
	echo "the database refused writes after a connection retirement:"; grep -m3 "Check constraint invalid\|database has been closed" "$work/app.log"
	exit 1
fi
[ "$written" -ge "$kill_after" ] && [ "$missing" -eq 0 ]
