#!/usr/bin/env bash
# Runs the packaged application on a real PostgreSQL (a throw-away cluster on port 55432)
# with the production profile and the demo organisation, and checks that the migrations
# apply and that the main pages answer for each demo account. Needs PostgreSQL's server
# binaries (Debian: apt-get install postgresql) and is run as root or as a user that can
# run them. Usage: scripts/postgres-check.sh [path/to/sprout.jar]
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=${1:-$(ls target/sprout-*.jar 2>/dev/null | head -1)}
[ -n "$JAR" ] || { echo "Build the jar first: ./mvnw -DskipTests package"; exit 2; }
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGPORT=55432
APPPORT=8099
WORK=$(mktemp -d /tmp/sprout-pg.XXXXXX)
chmod 755 "$WORK"
RUN_AS=()
if [ "$(id -u)" = 0 ]; then
	chown postgres "$WORK"
	RUN_AS=(su postgres -s /bin/bash -c)
else
	RUN_AS=(bash -c)
fi
APP_PID=
cleanup() {
	[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
	"${RUN_AS[@]}" "$PG_BIN/pg_ctl -D $WORK/data -m fast stop" >/dev/null 2>&1 || true
	rm -rf "$WORK"
}
trap cleanup EXIT

"${RUN_AS[@]}" "$PG_BIN/initdb -D $WORK/data -U sprout --auth=trust -E UTF8" >/dev/null
"${RUN_AS[@]}" "$PG_BIN/pg_ctl -D $WORK/data -o '-p $PGPORT -k $WORK -c listen_addresses=localhost' -l $WORK/pg.log -w start" >/dev/null
"${RUN_AS[@]}" "$PG_BIN/createdb -h localhost -p $PGPORT -U sprout sprout"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PGPORT"

SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$PGPORT/sprout" SPRING_DATASOURCE_USERNAME=sprout \
	java -jar "$JAR" --spring.profiles.active=prod --sprout.demo.enabled=true --server.port=$APPPORT \
	--server.servlet.session.cookie.secure=false >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
	if curl -fs "http://localhost:$APPPORT/actuator/health/readiness" | grep -q UP; then break; fi
	if ! kill -0 "$APP_PID" 2>/dev/null; then tail -40 "$WORK/app.log"; echo "The application stopped"; exit 1; fi
	sleep 1
done
grep -o "Successfully applied [0-9]* migrations[^\"]*" "$WORK/app.log" || true

failures=0
# check USER PATH EXPECTED-STATUS
check() {
	local jar="$WORK/$1.cookies" status
	status=$(curl -s -o "$WORK/page.html" -w '%{http_code}' -b "$jar" -c "$jar" "http://localhost:$APPPORT$2")
	if [ "$status" != "$3" ] || grep -q "Exception\|at org\." "$WORK/page.html"; then
		echo "FAIL $1 $2: $status (expected $3)"; failures=$((failures + 1))
	else
		echo "ok   $1 $2: $status"
	fi
}
sign_in() {
	local jar="$WORK/$1.cookies" token
	token=$(curl -s -c "$jar" "http://localhost:$APPPORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
	curl -s -o /dev/null -b "$jar" -c "$jar" -d "username=$1&password=sprout-demo&_csrf=$token" "http://localhost:$APPPORT/login"
}
ids() { curl -s -b "$WORK/maria.cookies" "http://localhost:$APPPORT/people?q=$1" | grep -o 'class="fw-semibold" href="/people/[0-9]*"' | head -1 | grep -o '[0-9]*'; }

for user in maria sam lee priya admin; do sign_in "$user"; done
SAM=$(ids Okafor); PRIYA=$(ids Raman)
for path in / /people "/people?q=%25" "/people/$SAM" "/people/$SAM/feedback" "/people/$SAM/feedback?kind=REINFORCING&page=2" \
	"/people/$SAM/feedback.csv" "/people/$SAM/report.pdf" /projects /projects/1 "/feedback/new?about=$SAM" /requests \
	/leaders "/leaders?withoutPosition=true" "/people/$PRIYA" /recognitions/new /notifications; do
	check maria "$path" 200
done
check sam / 200
check sam "/people/$SAM/feedback" 200
check sam /leaders 403
check lee "/people/$SAM/feedback" 404
check priya /leaders 200
check admin /admin/people 200
check admin "/admin/people?q=_" 200

# One write of each new kind: a recognition, through the form.
token=$(curl -s -b "$WORK/lee.cookies" "http://localhost:$APPPORT/recognitions/new" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$WORK/lee.cookies" -d "receiverId=$PRIYA&power=EXPERT&note=Checked+on+PostgreSQL&_csrf=$token" "http://localhost:$APPPORT/recognitions")
[ "$status" = 302 ] && echo "ok   lee POST /recognitions: 302" || { echo "FAIL lee POST /recognitions: $status"; failures=$((failures + 1)); }

if grep -q "ERROR" "$WORK/app.log"; then grep "ERROR" "$WORK/app.log" | head -5; failures=$((failures + 1)); fi
echo "PostgreSQL check: $failures failure(s)"
[ "$failures" = 0 ]
