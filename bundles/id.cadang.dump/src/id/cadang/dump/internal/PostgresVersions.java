package id.cadang.dump.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Major versions of PostgreSQL tools and servers, to refuse a dump client older than the server. */
public final class PostgresVersions {
	private static final Pattern TOOL = Pattern.compile("\\(PostgreSQL\\)\\s+(\\d+)(?:\\.(\\d+))?");

	private PostgresVersions() {
	}

	/** {@code pg_dump (PostgreSQL) 15.20 (Debian ...)} -> {@code 15}; {@code ... 9.6.24} -> {@code 9.6}. */
	public static Optional<String> ofTool(String versionLine) {
		Matcher m = TOOL.matcher(versionLine);
		if (!m.find()) {
			return Optional.empty();
		}
		int major = Integer.parseInt(m.group(1));
		return Optional.of(major >= 10 || m.group(2) == null ? Integer.toString(major) : major + "." + m.group(2));
	}

	/** {@code server_version_num} {@code 150020} -> {@code 15}; {@code 90624} -> {@code 9.6}. */
	public static String ofServer(int versionNum) {
		return versionNum >= 100000 ? Integer.toString(versionNum / 10000) : versionNum / 10000 + "." + versionNum / 100 % 100;
	}

	/** Compares majors such as {@code 9.6} and {@code 15}. */
	public static int compare(String a, String b) {
		return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
	}
}
