#!/usr/bin/env bash
# Restores a backup made by ops/backup-postgres.sh into an EMPTY PostgreSQL database (create it
# first: createdb -O roundtable roundtable_restored) and an empty attachments directory; it
# refuses to write over data. Objects are owned by the user restoring them (--no-owner).
# Start Roundtable on them afterwards: Flyway sees the schema history from the backup.
#
# Usage: ops/restore-postgres.sh BACKUP_DIR [PG_RESTORE_OPTION...]
# Environment: DATABASE (connection string or URI of the empty database; default
#   postgresql://roundtable@localhost:5432/roundtable), PGPASSWORD or ~/.pgpass,
#   ATTACHMENTS_DIR (./data/attachments), PG_BIN (directory of pg_restore and psql).
set -euo pipefail
source "$(dirname "$0")/pg-tools.sh"
source "$(dirname "$0")/common.sh"

backup=${1:?usage: ops/restore-postgres.sh BACKUP_DIR [PG_RESTORE_OPTION...]}
shift
database=${DATABASE:-postgresql://roundtable@localhost:5432/roundtable}
[[ -f "$backup/database.dump" ]] || { echo "$backup/database.dump not found" >&2; exit 2; }

tables=$("$(pg_bin psql)" -qtAX -d "$database" -c \
  "select count(*) from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')")
if [[ "$tables" != 0 ]]; then
  echo "The target database already has $tables tables: restore only into an empty database" >&2; exit 1
fi
require_empty_attachments

# --exit-on-error: a restore that half worked must say so, not look done.
"$(pg_bin pg_restore)" --no-owner --no-privileges --exit-on-error --dbname="$database" "$@" "$backup/database.dump"
restore_attachments "$backup"
echo "Restored $backup into the database and $(attachments_dir)"
