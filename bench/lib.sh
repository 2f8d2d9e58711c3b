# Shared by bench/http and bench/submit (issue 11): build the jar, start it on a fresh data directory, wait for it,
# measure with wrk, print the machine's load. Sourced, not run. Everything listens on 127.0.0.1 only.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
PORT=${PORT:-8089}                  # the application
PG_PORT=${PG_PORT:-$((PORT + 21000))} # its embedded PostgreSQL
HEAP=${HEAP:--Xmx512m}
APP_PID=

# Debian packages the benches drive; installed when missing (the machine is a throwaway CI box or a developer's own).
need_tools() {
    local missing=()
    command -v wrk >/dev/null || missing+=(wrk)
    command -v psql >/dev/null || missing+=(postgresql-client)
    command -v pgbench >/dev/null || missing+=(postgresql-contrib postgresql-client)
    for tool in "$@"; do
        command -v "$tool" >/dev/null || missing+=("$( [ "$tool" = nginx ] && echo nginx-light || echo "$tool")")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "installing ${missing[*]} …"
        apt-get install -y -q "${missing[@]}" >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q "${missing[@]}" >/dev/null; }
    fi
}

# The jar, rebuilt when any source is newer than it (tests are skipped: ./mvnw verify runs them).
build_jar() {
    local jar
    # a jar copied elsewhere, so that a build in the checkout during a long bench does not replace it under the application
    if [ -n "${BENCH_JAR:-}" ]; then
        JAR=$BENCH_JAR
        return
    fi
    jar=$(ls "$ROOT"/target/mashang-*.jar 2>/dev/null | grep -v original | head -1 || true)
    if [ -z "$jar" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$jar" -print -quit)" ]; then
        echo "building the jar …"
        (cd "$ROOT" && ./mvnw -q -B -ntp package -DskipTests) >&2
        jar=$(ls "$ROOT"/target/mashang-*.jar | grep -v original | head -1)
    fi
    JAR=$jar
}

load_average() {
    cut -d' ' -f1-3 /proc/loadavg
}

# start_app DATA_DIR LOG [extra args…]: the jar on PORT with its embedded PostgreSQL on PG_PORT; returns when healthy.
start_app() {
    local data=$1 log=$2
    shift 2
    local extra=()
    # properties for the bench only (e.g. rate limits raised for a load from one address): a file, or an env var
    [ -n "${BENCH_PROPERTIES:-}" ] && extra+=("--spring.config.additional-location=file:$BENCH_PROPERTIES")
    # shellcheck disable=SC2206
    [ -n "${BENCH_APP_ARGS:-}" ] && extra+=($BENCH_APP_ARGS)
    # shellcheck disable=SC2086
    java $HEAP ${JAVA_OPTS:-} -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
        --mashang.embedded.data-dir="$data" --mashang.embedded.port="$PG_PORT" "$@" "${extra[@]}" >"$log" 2>&1 &
    APP_PID=$!
    wait_ready "$log"
    # the embedded PostgreSQL asks every connection for its password, kept next to its data directory
    export PGPASSWORD
    PGPASSWORD=$(cat "$data.password")
}

wait_ready() {
    local log=$1
    for _ in $(seq 1 600); do
        if curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then
            return 0
        fi
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            echo "the application did not start; last lines of $log:" >&2
            tail -30 "$log" >&2
            exit 1
        fi
        sleep 0.2
    done
    echo "the application did not become healthy in 120 s" >&2
    exit 1
}

stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}

# CPU ticks (1/CLK_TCK s) the application has used so far
cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
# PostgreSQL's, data directory $1: the postmaster, the backends it has reaped, and the ones alive (the pool's connections)
pg_ticks() {
    local pm
    pm=$(head -1 "$1/postmaster.pid")
    { awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat"
      for c in $(cat "/proc/$pm/task/$pm/children" 2>/dev/null); do awk '{print $14 + $15}' "/proc/$c/stat" 2>/dev/null || true; done
    } | awk '{s += $1} END {print s}'
}
# CPU ticks the application's JIT compilers (C1 and C2 threads) have used so far
jit_ticks() {
    local t total=0
    for t in /proc/"$APP_PID"/task/*; do
        case "$(cat "$t/comm" 2>/dev/null)" in
            "C1 Comp"* | "C2 Comp"*) total=$((total + $(awk '{print $14 + $15}' "$t/stat" 2>/dev/null || echo 0))) ;;
        esac
    done
    echo "$total"
}
# ms_each TICKS COUNT → milliseconds of CPU for each of COUNT
ms_each() {
    awk -v t="$1" -v n="$2" -v hz="$(getconf CLK_TCK)" 'BEGIN{printf "%.3f", n ? 1000*t/hz/n : 0}'
}

# run_wrk URL SECONDS CONNECTIONS [wrk args…] → "req/s p50_ms p99_ms errors"
run_wrk() {
    local url=$1 seconds=$2 connections=$3
    shift 3
    wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s -s "$BENCH_DIR/report.lua" "$@" "$url" 2>/dev/null \
        | awk '/^WRK /{print $2, $3, $4, $5}'
}
