#!/usr/bin/env bash
# Sprout on several machines, checked on one: PostgreSQL, two instances of the packaged jar
# (prod profile: sessions in the database, jobs locked with ShedLock) and nginx in front with
# round robin and no stickiness (docs/deploy/nginx.conf). It signs in through nginx, walks the
# main pages (requests land on both instances), writes feedback from both instances at once,
# kills one with SIGKILL mid-write and keeps writing on the other, then checks that every
# acknowledged entry is there exactly once, that the session survived the kill, that a
# deactivation on one instance signs the person out on the other, and that the weekly digest
# (due every minute here, on both instances) went out once per person.
#
# Needs: the jar (./mvnw -DskipTests package), Debian's postgresql and nginx, python3, curl.
# Usage: scripts/cluster-check.sh [entries per writer, default 150]
set -euo pipefail

cd "$(dirname "$0")/.."
PER_WRITER=${1:-150}
JAR=$(ls target/sprout-*.jar 2>/dev/null | grep -v plain | head -1 || true)
[ -n "$JAR" ] || { echo "Build the jar first: ./mvnw -DskipTests package"; exit 2; }
PORT=18180
PORT_A=18181
PORT_B=18182
SMTP_PORT=18125
WORK=$(mktemp -d /tmp/sprout-cluster.XXXXXX)
chmod 755 "$WORK"
export SPROUT_POSTGRES_PORT=55434 SPROUT_POSTGRES_DIR="$WORK/postgres"
DB_URL="jdbc:postgresql://localhost:$SPROUT_POSTGRES_PORT/sprout"
PIDS=()

cleanup() {
	for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
	[ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
	bash scripts/postgres.sh stop >/dev/null 2>&1 || true
	if [ "${KEEP:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
fail() {
	echo "FAIL: $*"
	exit 1
}

bash scripts/postgres.sh start
psql -h localhost -p "$SPROUT_POSTGRES_PORT" -U sprout -d postgres -qc "create database sprout" >/dev/null
sql() { psql -h localhost -p "$SPROUT_POSTGRES_PORT" -U sprout -d sprout -Atc "$1"; }

python3 scripts/smtp-sink.py "$SMTP_PORT" "$WORK/mail.txt" &
PIDS+=($!)
disown
: >"$WORK/mail.txt"

# instance NAME PORT: starts the jar as one instance of the cluster.
instance() {
	SPRING_DATASOURCE_URL="$DB_URL" SPRING_DATASOURCE_USERNAME=sprout \
		java -Xmx384m -jar "$JAR" --spring.profiles.active=prod --sprout.demo.enabled=true --server.port="$2" \
		--server.servlet.session.cookie.secure=false --sprout.base-url="http://localhost:$PORT" \
		--sprout.digest.enabled=true --sprout.digest.cron="0 * * * * *" --spring.mail.host=127.0.0.1 \
		--spring.mail.port="$SMTP_PORT" --logging.level.org.sprout=INFO >>"$WORK/$1.log" 2>&1 &
	echo $! >"$WORK/$1.pid"
	PIDS+=($!)
	disown
	for _ in $(seq 1 180); do
		curl -fs "http://localhost:$2/actuator/health/readiness" 2>/dev/null | grep -q UP && return 0
		kill -0 "$(cat "$WORK/$1.pid")" 2>/dev/null || { tail -30 "$WORK/$1.log"; fail "instance $1 stopped"; }
		sleep 1
	done
	tail -30 "$WORK/$1.log"
	fail "instance $1 did not become ready"
}

start=$SECONDS
instance a "$PORT_A"
instance b "$PORT_B"
echo "two instances ready after $((SECONDS - start)) s (the first one migrated the schema and made the demo data)"
grep -h "Successfully applied\|Schema .* is up to date" "$WORK"/a.log "$WORK"/b.log | sed 's/.*: //' || true

sed -e "s#__WORK__#$WORK#g" -e "s#__PORT__#$PORT#g" -e "s#__PORT_A__#$PORT_A#g" -e "s#__PORT_B__#$PORT_B#g" \
	docs/deploy/nginx.conf >"$WORK/nginx.conf"
mkdir -p "$WORK/client_body" "$WORK/proxy" "$WORK/fastcgi" "$WORK/uwsgi" "$WORK/scgi"
nginx -c "$WORK/nginx.conf" -p "$WORK" -g "user $(id -un);"
BASE="http://localhost:$PORT"

# sign_in JAR USER [BASE]: signs in through the form; the cookie jar holds the session.
sign_in() {
	local base=${3:-$BASE} token
	token=$(curl -s -c "$1" -b "$1" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
	curl -s -o /dev/null -c "$1" -b "$1" --data-urlencode "username=$2" --data-urlencode "password=sprout-demo" \
		--data-urlencode "_csrf=$token" "$base/login"
}
csrf_of() { curl -s -b "$1" "$2" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }

# 1. Walk the main pages through nginx: each request may land on either instance.
MARIA="$WORK/maria.cookies"
sign_in "$MARIA" maria
SAM=$(curl -s -b "$MARIA" "$BASE/people?q=Okafor" | grep -o 'href="/people/[0-9]*">Sam Okafor<' | grep -o '[0-9]*' | head -1)
[ -n "$SAM" ] || fail "could not sign in as maria through nginx"
pages=0
for round in 1 2; do
	for path in / /people "/people/$SAM" "/people/$SAM/feedback" /projects /requests /leaders /notifications \
		"/feedback/new?about=$SAM"; do
		status=$(curl -s -o "$WORK/page.html" -w '%{http_code}' -b "$MARIA" "$BASE$path")
		[ "$status" = 200 ] || fail "GET $path through nginx answered $status"
		grep -q "Maria Alvarez" "$WORK/page.html" || fail "GET $path through nginx was not signed in as Maria"
		pages=$((pages + 1))
	done
done
served_a=$(grep -c "upstream=127.0.0.1:$PORT_A" "$WORK/nginx-access.log" || true)
served_b=$(grep -c "upstream=127.0.0.1:$PORT_B" "$WORK/nginx-access.log" || true)
echo "walked $pages pages through nginx, signed in on every one: $served_a requests served by instance a, $served_b by b"
[ "$served_a" -gt 0 ] && [ "$served_b" -gt 0 ] || fail "nginx did not spread the requests over both instances"

# 2. Write from both instances at once, with the one session; kill instance a mid-write.
SKILL=$(curl -s -b "$MARIA" "$BASE/feedback/new?about=$SAM" | grep 'name="skillIds"' | sed -n 's/.*value="\([0-9]*\)".*/\1/p' | head -1)
TODAY=$(date +%F)
# writer NAME BASE: posts entries with unique markers; records the acknowledged ones.
writer() {
	local name=$1 base=$2 token marker answer
	: >"$WORK/acked-$name"
	token=$(csrf_of "$MARIA" "$BASE/feedback/new?about=$SAM")
	for i in $(seq 1 "$PER_WRITER"); do
		marker="CLUSTER-$name-$i-$RANDOM$RANDOM"
		answer=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$MARIA" --max-time 10 \
			--data-urlencode "_csrf=$token" --data-urlencode "about=$SAM" --data-urlencode "observedOn=$TODAY" \
			--data-urlencode "skillIds=$SKILL" --data-urlencode "kind=REINFORCING" \
			--data-urlencode "situation=In the cluster check" --data-urlencode "behaviour=You wrote $marker." \
			--data-urlencode "impact=It must be there once." --data-urlencode "nextStep=Keep writing." \
			--data-urlencode "visibility=SHARED" "$base/feedback" || true)
		[[ "$answer" =~ ^302\ .*/feedback/[0-9]+$ ]] && echo "$marker" >>"$WORK/acked-$name"
	done
}
writer a "http://localhost:$PORT_A" &
WA=$!
writer b "http://localhost:$PORT_B" &
WB=$!
writer nginx "$BASE" &
WN=$!
while [ "$(wc -l <"$WORK/acked-a" 2>/dev/null || echo 0)" -lt $((PER_WRITER / 3)) ]; do sleep 0.2; done
kill -9 "$(cat "$WORK/a.pid")"
echo "killed instance a (SIGKILL) after $(wc -l <"$WORK/acked-a") of its writes; writing goes on"
wait "$WA" "$WB" "$WN" || true
cat "$WORK"/acked-* >"$WORK/acked"
acked=$(wc -l <"$WORK/acked")
sql "select substring(behaviour from 'CLUSTER-[a-z]+-[0-9]+-[0-9]+') from feedback_entry where behaviour like 'You wrote CLUSTER-%'" |
	sort >"$WORK/stored"
stored=$(wc -l <"$WORK/stored")
duplicates=$(uniq -d "$WORK/stored" | wc -l)
missing=$(sort "$WORK/acked" | comm -23 - <(sort -u "$WORK/stored") | wc -l)
echo "entries: $acked acknowledged ($(wc -l <"$WORK/acked-a") by a before its kill, $(wc -l <"$WORK/acked-b") by b, $(wc -l <"$WORK/acked-nginx") through nginx); $stored stored, $missing acknowledged but missing, $duplicates stored twice"
[ "$missing" = 0 ] && [ "$duplicates" = 0 ] || fail "acknowledged entries must be there exactly once"

# 3. The session opened before the kill goes on through nginx (instance b now).
status=$(curl -s -o "$WORK/page.html" -w '%{http_code}' -b "$MARIA" "$BASE/")
[ "$status" = 200 ] && grep -q "Maria Alvarez" "$WORK/page.html" || fail "the session did not survive the kill ($status)"
echo "the session survived the kill of instance a"

# 4. A deactivation on one instance signs the person out on the other.
instance a "$PORT_A"
LEE="$WORK/lee.cookies"
ADMIN="$WORK/admin.cookies"
sign_in "$LEE" lee "http://localhost:$PORT_A"
[ "$(curl -s -o /dev/null -w '%{http_code}' -b "$LEE" "http://localhost:$PORT_A/")" = 200 ] || fail "lee could not sign in"
sign_in "$ADMIN" admin "http://localhost:$PORT_B"
LEE_ID=$(curl -s -b "$ADMIN" "http://localhost:$PORT_B/admin/people?q=lee" | grep -o '/admin/people/[0-9]*/edit' | head -1 | grep -o '[0-9]*')
token=$(csrf_of "$ADMIN" "http://localhost:$PORT_B/admin/people/$LEE_ID/edit")
curl -s -o /dev/null -b "$ADMIN" --data-urlencode "_csrf=$token" "http://localhost:$PORT_B/admin/people/$LEE_ID/deactivate"
location=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$LEE" "http://localhost:$PORT_A/")
[[ "$location" == *"/login"* ]] || fail "lee was not signed out on instance a after a deactivation on b ($location)"
echo "a deactivation on instance b signed lee out on instance a ($location)"

# 5. The digest, due every minute on both instances, went out once per person.
echo "waiting for the digest (due at the top of each minute)..."
for _ in $(seq 1 75); do
	[ -s "$WORK/mail.txt" ] && sleep 5 && break
	sleep 1
done
runs=$(grep -h "Weekly digest: [0-9]* e-mails sent" "$WORK"/a.log "$WORK"/b.log | wc -l)
sent=$(wc -l <"$WORK/mail.txt")
twice=$(sort "$WORK/mail.txt" | uniq -d | wc -l)
echo "digest: $runs run(s) across both instances, $sent e-mails, $twice people mailed twice"
[ "$runs" = 1 ] && [ "$sent" -gt 0 ] && [ "$twice" = 0 ] || fail "the digest must run once and mail each person once"

echo "cluster check: passed"
