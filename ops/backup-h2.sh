#!/usr/bin/env bash
# Backs up Roundtable on H2: the database as a compressed SQL script (H2's SCRIPT TO ... COMPRESSION
# ZIP, readable by later H2 versions too) and the agenda attachments as a tar archive, into a new
# directory BACKUP_ROOT/roundtable-<UTC time>/ (database.zip, attachments.tar.gz).
#
# The H2 file is locked by the running app: stop Roundtable first (the backup takes seconds), or run
# the app with `;AUTO_SERVER=TRUE` in DB_URL, which lets this script in while the app runs (SCRIPT
# reads one consistent snapshot).
#
# Usage: ops/backup-h2.sh BACKUP_ROOT
# Environment (as the app reads them): DB_URL (default jdbc:h2:file:./data/roundtable), DB_USER (sa),
#   DB_PASSWORD (empty), ATTACHMENTS_DIR (./data/attachments); APP_JAR (Roundtable's jar), JAVA.
# Prints the new backup's directory.
set -euo pipefail
source "$(dirname "$0")/h2-tool.sh"
source "$(dirname "$0")/common.sh"

root=${1:?usage: ops/backup-h2.sh BACKUP_ROOT}
url=${DB_URL:-jdbc:h2:file:./data/roundtable}
target=$(new_backup_dir "$root")

# IFEXISTS: a mistyped DB_URL must fail, not back up a new empty database.
h2_tool Script -url "$url;IFEXISTS=TRUE" -user "${DB_USER:-sa}" -password "${DB_PASSWORD:-}" \
  -script "$target/database.zip" -options compression zip

back_up_attachments "$target"
echo "$target"
