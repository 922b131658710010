# Sourced by the H2 backup and restore scripts: runs one of H2's own tools (org.h2.tools.*) with
# the H2 driver packed inside Roundtable's jar, so the backup is made by the very H2 version that
# wrote the database. Spring Boot's PropertiesLauncher puts the jar's BOOT-INF/lib on the class path.
# Environment: APP_JAR (default: the newest target/roundtable-*.jar beside this script), JAVA.

ops_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
JAVA=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
APP_JAR=${APP_JAR:-$(ls -t "$ops_dir"/../target/roundtable-*.jar 2>/dev/null | grep -v -- '-plain' | head -1)}

h2_tool() { # CLASS ARGS...
  [[ -f "$APP_JAR" ]] || { echo "Roundtable's jar not found: set APP_JAR=/path/to/roundtable.jar" >&2; return 2; }
  local tool=$1; shift
  "$JAVA" -cp "$APP_JAR" -Dloader.main="org.h2.tools.$tool" org.springframework.boot.loader.launch.PropertiesLauncher "$@"
}
