package id.cadang.ssh.internal;

import java.util.Map;
import java.util.regex.Pattern;

/** Checks extra environment variables before a command starts; a message never shows a value. */
public final class Environment {
	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private Environment() {
	}

	public static void check(Map<String, String> env) {
		env.forEach((name, value) -> {
			if (!NAME.matcher(name).matches()) {
				throw new IllegalArgumentException("environment variable name '" + name
						+ "' is not a shell name: use letters, digits and _ and do not start with a digit");
			}
			if (value == null || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\0') >= 0) {
				throw new IllegalArgumentException("the value of environment variable " + name
						+ " is missing or holds a line break or NUL character; such a value cannot be passed: change it");
			}
		});
	}
}
