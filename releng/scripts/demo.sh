#!/usr/bin/env bash
# ./cadang demo: the Buleleng SOP run end to end on embedded defaults (H2 catalog, local folder target).
# Binds it to a sample application folder and to a PostgreSQL database (the one on 127.0.0.1:5432 when it
# answers, else a throwaway server started in the demo folder), runs it, and shows where everything is.
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
# shellcheck source=common.sh
. "$ROOT/releng/scripts/common.sh"
export CADANG_HOME=${CADANG_HOME:-$HOME/.cadang}
DEMO=$CADANG_HOME/demo
CADANG="$ROOT/cadang"
ensure_packages postgresql postgresql-client zstd tar

step() { printf '\n== %s\n' "$*"; }

step "Contoh folder aplikasi / sample application folder: $DEMO/app"
mkdir -p "$DEMO/app/config" "$DEMO/app/uploads" "$DEMO/backup"
printf '<?php // SIMPEG demo\necho "Sistem Informasi Kepegawaian";\n' > "$DEMO/app/index.php"
printf 'db.host=127.0.0.1\ndb.name=cadang_demo\n' > "$DEMO/app/config/app.properties"
chmod 0640 "$DEMO/app/config/app.properties"
head -c 200000 /dev/urandom > "$DEMO/app/uploads/foto-pegawai.jpg"
ls -lR "$DEMO/app" | head -n 20

PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
PGPORT=5432
PG_STARTED=""
if ! psql -X -h 127.0.0.1 -p 5432 -U postgres -d postgres -Atc 'select 1' >/dev/null 2>&1; then
	step "PostgreSQL di 127.0.0.1:5432 tidak menjawab; menjalankan server sementara / starting a throwaway server"
	PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
	PGDATA=$DEMO/pg
	RUN=()
	[ "$(id -u)" -eq 0 ] && RUN=(runuser -u postgres --)
	if [ ! -f "$PGDATA/PG_VERSION" ]; then
		mkdir -p "$PGDATA"
		[ "$(id -u)" -eq 0 ] && chown postgres "$PGDATA" && chmod 700 "$PGDATA"
		"${RUN[@]}" "$PGBIN/initdb" -A trust -U postgres -D "$PGDATA" >/dev/null
	fi
	"${RUN[@]}" "$PGBIN/pg_ctl" -w -D "$PGDATA" -l "$PGDATA/server.log" \
		-o "-p $PGPORT -k $PGDATA -c listen_addresses=127.0.0.1" start >/dev/null
	PG_STARTED=$PGDATA
	trap '"${RUN[@]}" "$PGBIN/pg_ctl" -D "$PG_STARTED" -m fast stop >/dev/null 2>&1 || true' EXIT
fi

step "Basis data contoh / sample database: postgresql://postgres@127.0.0.1:$PGPORT/cadang_demo"
psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -Atc "select 1 from pg_database where datname='cadang_demo'" | grep -q 1 \
	|| psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -c "create database cadang_demo"
psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d cadang_demo <<'SQL'
create table if not exists pegawai (id serial primary key, nip text not null, nama text not null, foto bytea);
insert into pegawai (nip, nama, foto)
  select lpad(g::text, 18, '1'), 'Pegawai ' || g || ' – Dinas Kominfo Buleleng', decode(md5(g::text), 'hex')
  from generate_series(1, 5000) g
  where not exists (select 1 from pegawai);
SQL

step "cadang sops"
"$CADANG" sops
step "cadang bind buleleng db=... app=... target=... --name demo"
"$CADANG" bind buleleng "db=postgresql://postgres@127.0.0.1:$PGPORT/cadang_demo" "app=$DEMO/app" "target=$DEMO/backup" --name demo
step "Petugas dan perannya / the people and their roles: cadang users add, cadang roles grant"
"$CADANG" users add komang --nip 198501012010011001 --contact komang@contoh.go.id >/dev/null 2>&1 || true
for role in staf-it kasi kabid; do
	"$CADANG" roles grant komang buleleng "$role" --binding demo >/dev/null
done
"$CADANG" roles list

step "cadang run buleleng --binding demo (berhenti di langkah manusia / stops at each human step)"
RUN_JSON=$("$CADANG" run buleleng --binding demo --json)
RUN_ID=$(printf '%s' "$RUN_JSON" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
# the people do their steps: each task done by komang, who holds the roles; the run goes on after each
for _ in $(seq 1 20); do
	TASK=$("$CADANG" tasks --json | python3 -c 'import json,sys
run = int(sys.argv[1])
tasks = [t for t in json.load(sys.stdin) if t["run"] == run]
print(tasks[0]["id"] if tasks else "")' "$RUN_ID")
	[ -z "$TASK" ] && break
	step "cadang task done $TASK --as komang"
	"$CADANG" task done "$TASK" --as komang --note "demo"
done
step "cadang run-status $RUN_ID"
"$CADANG" run-status "$RUN_ID"
step "cadang backups --sop buleleng"
"$CADANG" backups --sop buleleng
step "Berkas backup dan manifest / backup files and manifests under $DEMO/backup"
find "$DEMO/backup" -type f -newer "$DEMO/app/index.php" -printf '%10s  %p\n' | sort -k2
for id in $("$CADANG" backups --sop buleleng --json | python3 -c 'import json,sys; [print(b["id"]) for b in json.load(sys.stdin) if b["status"]=="GOOD"]' | head -n 2); do
	step "cadang verify $id"
	"$CADANG" verify "$id"
done
step "Katalog / catalog: $CADANG_HOME/catalog (H2); JSON: ./cadang backups --json"
