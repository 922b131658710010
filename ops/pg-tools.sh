# Sourced by the PostgreSQL backup and restore scripts: finds pg_dump / pg_restore of the newest
# PostgreSQL installed (a dump must be made by a pg_dump at least as new as the server), from
# PG_BIN, then Debian's /usr/lib/postgresql/<version>/bin, then PATH.

pg_bin() { # NAME -> path
  local name=$1 dir
  if [[ -n "${PG_BIN:-}" ]]; then echo "$PG_BIN/$name"; return; fi
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [[ -n "$dir" && -x "$dir/$name" ]]; then echo "$dir/$name"; return; fi
  command -v "$name" || { echo "$name not found: install PostgreSQL's client or set PG_BIN" >&2; return 2; }
}
