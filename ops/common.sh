# Sourced by the backup and restore scripts: where a backup goes, and the agenda attachments, which
# live on disk (ATTACHMENTS_DIR), not in the database, so every backup carries them as attachments.tar.gz.

attachments_dir() { echo "${ATTACHMENTS_DIR:-./data/attachments}"; }

new_backup_dir() { # ROOT -> prints the absolute ROOT/roundtable-<UTC time>, made
  # Absolute: with H2's AUTO_SERVER the running app, not this shell, writes the file.
  local target="$1/roundtable-$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$target"
  (cd "$target" && pwd)
}

back_up_attachments() { # BACKUP_DIR
  local dir
  dir=$(attachments_dir)
  if [[ -d "$dir" ]]; then
    tar -C "$dir" -czf "$1/attachments.tar.gz" .
  else
    echo "No attachments directory at $dir: the backup holds the database only" >&2
    tar -czf "$1/attachments.tar.gz" -T /dev/null
  fi
}

require_empty_attachments() {
  local dir
  dir=$(attachments_dir)
  if [[ -d "$dir" && -n "$(ls -A "$dir")" ]]; then
    echo "$dir is not empty: restore only into an empty directory (move it away first)" >&2; exit 1
  fi
}

restore_attachments() { # BACKUP_DIR
  local dir
  dir=$(attachments_dir)
  mkdir -p "$dir"
  if [[ -f "$1/attachments.tar.gz" ]]; then tar -C "$dir" -xzf "$1/attachments.tar.gz"; fi
}
