# Shared by ./cadang, ./build and .ci/run: find a JDK 21+, install missing Debian packages.
# shellcheck shell=bash

cadang_say() { printf '%s\n' "$*" >&2; }

# java_major <java executable>: prints the feature version (17, 21, 25...) or nothing.
java_major() {
	"$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1
}

# find_jdk: sets JAVA_HOME to a JDK 21 or newer: $JAVA_HOME first, then /usr/lib/jvm, /opt, ~/.sdkman, PATH.
find_jdk() {
	local candidates=() c v
	[ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
	for c in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* "$HOME"/.sdkman/candidates/java/*; do
		[ -x "$c/bin/javac" ] && candidates+=("$c")
	done
	if command -v javac >/dev/null 2>&1; then
		candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
	fi
	local best="" bestv=0
	for c in "${candidates[@]}"; do
		[ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
		v=$(java_major "$c/bin/java")
		[[ "$v" =~ ^[0-9]+$ ]] || continue
		if [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best=$c; bestv=$v; fi
		# an explicit JAVA_HOME that is new enough wins
		if [ "$c" = "${JAVA_HOME:-}" ] && [ "$v" -ge 21 ]; then best=$c; bestv=$v; break; fi
	done
	if [ -z "$best" ]; then
		cadang_say "cadang: no JDK 21 or newer found (looked at \$JAVA_HOME, /usr/lib/jvm, /opt, ~/.sdkman and PATH)."
		cadang_say "        Install a JDK 21+ (for example Temurin 21 or 25 into /usr/lib/jvm) or set JAVA_HOME to one, then run this again."
		return 1
	fi
	export JAVA_HOME=$best
}

# ensure_packages pkg...: installs the Debian packages that are missing (as root, or through sudo).
ensure_packages() {
	local missing=() p
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	local sudo=""
	[ "$(id -u)" -ne 0 ] && sudo="sudo"
	cadang_say "cadang: installing Debian packages: ${missing[*]}"
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || true
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
		|| { cadang_say "cadang: could not install ${missing[*]}: install them with apt-get and run this again"; return 1; }
}

# Debian packages the tests need: PostgreSQL and MariaDB servers and clients, OpenSSH, zstd, Xvfb for UI tests.
CADANG_TEST_PACKAGES=(postgresql postgresql-client mariadb-server mariadb-client openssh-server openssh-client zstd tar xvfb xauth libgtk-3-0 fonts-dejavu-core e2fsprogs util-linux libreoffice-calc-nogui python3-aiosmtpd)
# What running Cadang needs.
CADANG_RUN_PACKAGES=(postgresql-client zstd tar fonts-dejavu-core)
