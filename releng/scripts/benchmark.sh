#!/usr/bin/env bash
# releng/scripts/benchmark.sh: Cadang against the plain tools, side by side, in one run (not a test).
# Starts its own throwaway servers in a temporary folder (PostgreSQL as user postgres, an sshd with its own
# config on a free loopback port), measures, prints one table, and removes everything.
#   (a) local backup of a pgbench -s 50 database: `cadang run buleleng` (its database step) vs
#       pg_dump -Fc -Z0 | zstd -3 -T0 > file; sync file
#   (b) SFTP upload of 1 GiB: SftpTarget.upload (what copy-to-target runs) in a JVM on the product's jars vs
#       OpenSSH sftp -b with put -f (fsync@openssh.com), both as whole processes (start, handshake, transfer)
#   (c) remote pg_dump over SSH: `cadang run buleleng` with db=postgresql://...?ssh=root@127.0.0.1:PORT (pg_dump runs
#       on the SSH server, its output streams back over the JSch channel into zstd, SHA-256, .part, fsync) vs
#       ssh root@127.0.0.1 pg_dump -Fc -Z0 ... | zstd -3 -T0 > file; sync file
# Environment: BENCH_SCALE (pgbench scale, 50), BENCH_UPLOAD_MIB (1024), BENCH_ROWS (default "a b c").
# Run as root (the servers run as postgres and as root on 127.0.0.1 only).
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
# shellcheck source=common.sh
. "$ROOT/releng/scripts/common.sh"
find_jdk
ensure_packages postgresql postgresql-client openssh-server openssh-client zstd python3
[ "$(id -u)" -eq 0 ] || { cadang_say "benchmark.sh: run as root (it starts PostgreSQL as user postgres)"; exit 2; }

SCALE=${BENCH_SCALE:-50}
UPLOAD_MIB=${BENCH_UPLOAD_MIB:-1024}
ROWS=${BENCH_ROWS:-a b c}
W=$(mktemp -d /var/tmp/cadang-bench.XXXXXX)
chmod 755 "$W"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
PG_STARTED="" SSHD_PID=""
cleanup() {
	[ -n "$SSHD_PID" ] && kill "$SSHD_PID" 2>/dev/null || true
	[ -n "$PG_STARTED" ] && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$W/pg/data" -m immediate stop >/dev/null 2>&1 || true
	rm -rf "$W"
}
trap cleanup EXIT
freeport() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.2f}')"; }
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
mib() { python3 -c "print(f'{$1 / 1048576:.0f} MiB')"; }
ROWS_OUT=()

# run_through <binding> <status json>: runs Buleleng for the binding and completes its human tasks as user bench,
# as the SOP's role holders would, then writes the run's status (each step with elapsedMillis)
run_through() {
	if ! "$ROOT/cadang" users list --json | grep -q '"bench"'; then
		"$ROOT/cadang" users add bench >/dev/null
		for role in staf-it kasi kabid; do "$ROOT/cadang" roles grant bench buleleng "$role" >/dev/null; done
	fi
	local id task
	id=$("$ROOT/cadang" run buleleng --binding "$1" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
	for _ in $(seq 50); do
		task=$("$ROOT/cadang" tasks --json | python3 -c 'import json,sys; t=[t["id"] for t in json.load(sys.stdin) if t["run"]=='"$id"']; print(t[0] if t else "")')
		[ -n "$task" ] || break
		"$ROOT/cadang" task done "$task" --as bench >/dev/null || break
	done
	"$ROOT/cadang" run-status "$id" --json > "$2"
}
row() { ROWS_OUT+=("$(printf '%-40s %12s %10s %10s %7s' "$@")"); }

PRODUCT=$ROOT/releng/id.cadang.repository/target/products/id.cadang.headless.product/linux/gtk/x86_64/cadang
"$ROOT/cadang" help >/dev/null # builds the product when it is missing or older than the sources
export CADANG_HOME=$W/home

start_pg() {
	[ -n "$PG_STARTED" ] && return
	cadang_say "PostgreSQL: initdb, pgbench -i -s $SCALE ..."
	PGPORT=$(freeport)
	mkdir -p "$W/pg" && chown postgres: "$W/pg"
	runuser -u postgres -- "$PGBIN/initdb" -A trust -U postgres -D "$W/pg/data" >/dev/null
	runuser -u postgres -- "$PGBIN/pg_ctl" -D "$W/pg/data" -l "$W/pg/log" -w \
		-o "-p $PGPORT -k $W/pg -c listen_addresses=127.0.0.1" start >/dev/null
	PG_STARTED=1
	"$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres bench
	"$PGBIN/pgbench" -q -i -s "$SCALE" -h 127.0.0.1 -p "$PGPORT" -U postgres bench 2>/dev/null
	mkdir -p "$W/app" && echo '<?php' > "$W/app/index.php"
}

start_sshd() {
	[ -n "$SSHD_PID" ] && return
	cadang_say "sshd on loopback ..."
	S=$W/ssh && mkdir -p "$S/cadang" "$S/plain" /run/sshd && chmod 700 "$S"
	SSHPORT=$(freeport)
	ssh-keygen -q -t ed25519 -N '' -f "$S/host_ed25519"
	ssh-keygen -q -t ed25519 -N '' -f "$S/client_ed25519"
	cp "$S/client_ed25519.pub" "$S/authorized_keys"
	cat > "$S/sshd_config" <<-CONF
	Port $SSHPORT
	ListenAddress 127.0.0.1
	HostKey $S/host_ed25519
	AuthorizedKeysFile $S/authorized_keys
	PidFile $S/sshd.pid
	UsePAM no
	StrictModes no
	PermitRootLogin yes
	PasswordAuthentication no
	KbdInteractiveAuthentication no
	Subsystem sftp internal-sftp
	CONF
	/usr/sbin/sshd -D -e -f "$S/sshd_config" 2>"$S/sshd.log" &
	SSHD_PID=$!
	for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$SSHPORT") 2>/dev/null && break; sleep 0.1; done
	echo "[127.0.0.1]:$SSHPORT $(cut -d' ' -f1,2 "$S/host_ed25519.pub")" > "$S/known_hosts"
}

if [[ " $ROWS " == *" a "* ]]; then
	start_pg
	mkdir -p "$W/nas"
	"$ROOT/cadang" bind buleleng "db=postgresql://postgres@127.0.0.1:$PGPORT/bench" "app=$W/app" "target=$W/nas" \
		--name bench >/dev/null
	cadang_say "(a) cadang run buleleng ..."
	t0=$(now); run_through bench "$W/run.json"; t1=$(now)
	CADANG_A=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print([s["elapsedMillis"] for s in r["steps"] if s["id"]=="backup-database"][0]/1000)' "$W/run.json")
	CADANG_FILE=$(find "$W/nas" -name '*.dump.zst' | head -n1)
	cadang_say "(a) pg_dump -Fc -Z0 | zstd -3 -T0 ..."
	t2=$(now)
	"$PGBIN/pg_dump" -Fc -Z0 -h 127.0.0.1 -p "$PGPORT" -U postgres bench | zstd -3 -T0 -q > "$W/plain.dump.zst"
	sync "$W/plain.dump.zst"; t3=$(now)
	PLAIN_A=$(secs "$t2" "$t3")
	row "(a) pg_dump pgbench -s $SCALE, local" "$(mib "$(stat -c %s "$CADANG_FILE")")" "$CADANG_A" "$PLAIN_A" "$(ratio "$CADANG_A" "$PLAIN_A")"
	row "    (whole run with its tasks, JVM starts)" "" "$(secs "$t0" "$t1")" "" ""
fi

if [[ " $ROWS " == *" b "* ]]; then
	cadang_say "(b) $UPLOAD_MIB MiB upload ..."
	start_sshd
	# a stored backup with its manifest, as copy-to-target finds it (random bytes: zstd cannot shrink them)
	mkdir -p "$W/stored"
	BIG=$W/stored/big.bin.zst
	head -c "$((UPLOAD_MIB * 1048576))" /dev/urandom > "$BIG"
	SUM=$(sha256sum "$BIG" | cut -d' ' -f1)
	printf '{"format":1,"file":"big.bin.zst","sop":"bench","binding":"bench","slot":"db","sourceKind":"file","facts":{},"compression":"zstd","size":%s,"sourceSize":%s,"sha256":"%s","started":"","finished":"","exitStatus":0,"warnings":[]}\n' \
		"$(stat -c %s "$BIG")" "$(stat -c %s "$BIG")" "$SUM" > "$BIG.manifest.json"
	sync
	P=$PRODUCT/plugins
	CP=$(ls "$P"/id.cadang.storage_*.jar "$P"/id.cadang.ssh_*.jar "$P"/com.github.mwiede.jsch_*.jar \
		"$P"/com.google.gson_*.jar "$P"/com.github.luben.zstd-jni_*.jar 2>/dev/null | paste -sd:)
	cadang_say "(b) Cadang SftpTarget.upload ..."
	t0=$(now)
	"$JAVA_HOME/bin/java" -cp "$CP" id.cadang.storage.internal.SftpUploadBenchmark "$BIG" \
		"sftp://root@127.0.0.1:$SSHPORT$S/cadang" "$S/client_ed25519" "$S/known_hosts" big.bin.zst > "$W/upload.txt"
	t1=$(now)
	[ "$(sha256sum "$S/cadang/big.bin.zst" | cut -d' ' -f1)" = "$SUM" ] || { cadang_say "(b) Cadang's upload differs!"; exit 1; }
	cadang_say "(b) OpenSSH sftp put -f ..."
	echo "put -f $BIG $S/plain/big.bin.zst" > "$S/batch"
	t2=$(now)
	sftp -q -b "$S/batch" -i "$S/client_ed25519" -P "$SSHPORT" -o "UserKnownHostsFile=$S/known_hosts" \
		-o BatchMode=yes -o IdentitiesOnly=yes root@127.0.0.1 >/dev/null
	t3=$(now)
	CADANG_B=$(secs "$t0" "$t1") PLAIN_B=$(secs "$t2" "$t3")
	row "(b) SFTP upload to loopback sshd" "$(mib "$(stat -c %s "$BIG")")" "$CADANG_B" "$PLAIN_B" "$(ratio "$CADANG_B" "$PLAIN_B")"
	row "    (in the JVM, without its start)" "" "$(python3 -c "import sys; print(f\"{int(sys.argv[1].split('millis=')[1].split()[0])/1000:.2f}\")" "$(cat "$W/upload.txt")")" "" ""
fi

if [[ " $ROWS " == *" c "* ]]; then
	start_pg
	start_sshd
	# Cadang logs in with its own key and trusts the host key only by its fingerprint, as an admin would
	mkdir -p "$CADANG_HOME/ssh" "$W/nas-remote"
	install -m 600 "$S/client_ed25519" "$CADANG_HOME/ssh/id_ed25519"
	FP=$(ssh-keygen -lf "$S/host_ed25519.pub" | cut -d' ' -f2)
	"$ROOT/cadang" ssh trust "127.0.0.1:$SSHPORT" --fingerprint "$FP" >/dev/null
	"$ROOT/cadang" bind buleleng "db=postgresql://postgres@127.0.0.1:$PGPORT/bench?ssh=root@127.0.0.1:$SSHPORT" \
		"app=$W/app" "target=$W/nas-remote" --name bench-remote >/dev/null
	cadang_say "(c) cadang run buleleng, pg_dump over SSH ..."
	t0=$(now); run_through bench-remote "$W/run-remote.json"; t1=$(now)
	CADANG_C=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print([s["elapsedMillis"] for s in r["steps"] if s["id"]=="backup-database"][0]/1000)' "$W/run-remote.json") \
		|| { cadang_say "(c) the run has no database step:"; cat "$W/run-remote.json"; exit 1; }
	CADANG_FILE_C=$(find "$W/nas-remote" -name '*.dump.zst' | head -n1)
	[ -n "$CADANG_FILE_C" ] || { cadang_say "(c) Cadang's remote dump is missing: see $W/run-remote.json"; cat "$W/run-remote.json"; exit 1; }
	cadang_say "(c) ssh ... pg_dump -Fc -Z0 | zstd -3 -T0 ..."
	t2=$(now)
	ssh -i "$S/client_ed25519" -p "$SSHPORT" -o "UserKnownHostsFile=$S/known_hosts" -o BatchMode=yes \
		-o IdentitiesOnly=yes root@127.0.0.1 "$PGBIN/pg_dump" -Fc -Z0 -h 127.0.0.1 -p "$PGPORT" -U postgres bench \
		| zstd -3 -T0 -q > "$W/plain-remote.dump.zst"
	sync "$W/plain-remote.dump.zst"; t3=$(now)
	PLAIN_C=$(secs "$t2" "$t3")
	row "(c) pg_dump over SSH, pgbench -s $SCALE" "$(mib "$(stat -c %s "$CADANG_FILE_C")")" "$CADANG_C" "$PLAIN_C" "$(ratio "$CADANG_C" "$PLAIN_C")"
	row "    (whole run with its tasks, JVM starts)" "" "$(secs "$t0" "$t1")" "" ""
fi

printf '\n%-40s %12s %10s %10s %7s\n' "benchmark" "stored" "cadang s" "plain s" "ratio"
printf '%s\n' "${ROWS_OUT[@]}"
printf '\ngoal: ratio <= 1.10.\n'
