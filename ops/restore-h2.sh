#!/usr/bin/env bash
# Restores a backup made by ops/backup-h2.sh into an EMPTY H2 database and an empty attachments
# directory (it refuses to write over data). Start Roundtable on them afterwards: Flyway sees the
# schema history from the backup and migrates it further if the app is newer.
#
# Usage: ops/restore-h2.sh BACKUP_DIR
# Environment: DB_URL of the new database (default jdbc:h2:file:./data/roundtable), DB_USER (sa),
#   DB_PASSWORD (empty), ATTACHMENTS_DIR (./data/attachments); APP_JAR (Roundtable's jar), JAVA.
set -euo pipefail
source "$(dirname "$0")/h2-tool.sh"
source "$(dirname "$0")/common.sh"

backup=${1:?usage: ops/restore-h2.sh BACKUP_DIR}
url=${DB_URL:-jdbc:h2:file:./data/roundtable}
[[ -f "$backup/database.zip" ]] || { echo "$backup/database.zip not found" >&2; exit 2; }

if [[ "$url" =~ ^jdbc:h2:(file:)?([^;]+) && "$url" != jdbc:h2:mem:* && "$url" != jdbc:h2:tcp:* ]]; then
  file="${BASH_REMATCH[2]}"
  if [[ -e "$file.mv.db" ]]; then
    echo "$file.mv.db exists: restore only into an empty database (move it away first)" >&2; exit 1
  fi
fi
require_empty_attachments

h2_tool RunScript -url "$url" -user "${DB_USER:-sa}" -password "${DB_PASSWORD:-}" \
  -script "$backup/database.zip" -options compression zip
restore_attachments "$backup"
echo "Restored $backup into $url and $(attachments_dir)"
