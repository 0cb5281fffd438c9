# Sourced by mvnw. Maven's own plugins (Vaadin's among them) need Java 21 or newer to run, so when
# JAVA_HOME, or else the default java, is older, Maven runs on the newest JDK 21+ installed in a
# usual place. Where there is none, Maven starts on the old one and the build says in one line
# what to install (the enforcer rule in pom.xml); compiling, tests and spring-boot:run follow the
# toolchain the build selects either way.

mvnw_jdk_major() {
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n 1
}

if [ -n "${JAVA_HOME-}" ]; then
  mvnw_major=$(mvnw_jdk_major "$JAVA_HOME")
else
  mvnw_java=$(command -v java 2>/dev/null || true)
  mvnw_java=$(readlink -f "$mvnw_java" 2>/dev/null || printf %s "$mvnw_java")
  mvnw_major=$(mvnw_jdk_major "${mvnw_java%/bin/java}")
fi
if [ "${mvnw_major:-0}" -lt 21 ]; then
  mvnw_old_major="${mvnw_major:-0}"
  mvnw_best=""
  mvnw_best_major=0
  set +f
  for mvnw_home in /usr/lib/jvm/* /opt/java/* /opt/jdk* "${HOME-}"/.sdkman/candidates/java/* "${HOME-}"/.jdks/* \
    /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$mvnw_home/bin/java" ] && [ -x "$mvnw_home/bin/javac" ] || continue
    mvnw_major=$(mvnw_jdk_major "$mvnw_home")
    if [ "${mvnw_major:-0}" -ge 21 ] && [ "$mvnw_major" -gt "$mvnw_best_major" ]; then
      mvnw_best="$mvnw_home"
      mvnw_best_major="$mvnw_major"
    fi
  done
  set -f
  if [ -n "$mvnw_best" ]; then
    [ -z "${JAVA_HOME-}" ] || echo "mvnw: JAVA_HOME is Java $mvnw_old_major; this build runs on $mvnw_best" >&2
    export JAVA_HOME="$mvnw_best"
  fi
fi
