#!/usr/bin/env bash
# Backs up Roundtable on PostgreSQL, while it runs: the database with pg_dump's custom format
# (compressed, one consistent snapshot, restorable table by table) and the agenda attachments as a
# tar archive, into a new directory BACKUP_ROOT/roundtable-<UTC time>/ (database.dump,
# attachments.tar.gz).
#
# Usage: ops/backup-postgres.sh BACKUP_ROOT [PG_DUMP_OPTION...]
#   e.g. ops/backup-postgres.sh /backups          (options such as -n SCHEMA are passed to pg_dump)
# Environment: DATABASE (a libpq connection string or URI; default
#   postgresql://roundtable@localhost:5432/roundtable), PGPASSWORD or ~/.pgpass for the password,
#   ATTACHMENTS_DIR (./data/attachments), PG_BIN (directory of pg_dump).
# Prints the new backup's directory.
set -euo pipefail
source "$(dirname "$0")/pg-tools.sh"
source "$(dirname "$0")/common.sh"

root=${1:?usage: ops/backup-postgres.sh BACKUP_ROOT [PG_DUMP_OPTION...]}
shift
database=${DATABASE:-postgresql://roundtable@localhost:5432/roundtable}
target=$(new_backup_dir "$root")

"$(pg_bin pg_dump)" --format=custom --no-owner --file="$target/database.dump" "$@" "$database"

# After the database: an attachment uploaded in between is on disk but not yet referenced, which
# is harmless; the other order could leave a row whose file is missing.
back_up_attachments "$target"
echo "$target"
