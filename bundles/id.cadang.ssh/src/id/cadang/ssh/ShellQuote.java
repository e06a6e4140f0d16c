package id.cadang.ssh;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds a POSIX shell command line from separate arguments: every argument is put in single quotes,
 * and an embedded single quote becomes {@code '\''}. Inside single quotes a POSIX shell expands
 * nothing, so {@code $(...)}, backquotes, {@code ;}, {@code *}, spaces and newlines reach the program
 * literally. A leading {@code -} is kept as it is: whether it reads as an option is the program's
 * business, so callers put {@code --} or use an option form ({@code --dbname=...}) where it matters.
 * This is the only way Cadang builds a remote command line.
 */
public final class ShellQuote {

	private ShellQuote() {
	}

	/** One argument in single quotes: {@code it's} becomes {@code 'it'\''s'}, the empty string {@code ''}. */
	public static String quote(String argument) {
		if (argument.indexOf('\0') >= 0) {
			throw new IllegalArgumentException("an argument holds a NUL character, which no command line can carry: "
					+ argument.replace("\0", "\\0"));
		}
		return "'" + argument.replace("'", "'\\''") + "'";
	}

	/** The arguments, each quoted, separated by single spaces. */
	public static String join(List<String> arguments) {
		if (arguments.isEmpty()) {
			throw new IllegalArgumentException("a command needs at least the program to run");
		}
		return arguments.stream().map(ShellQuote::quote).collect(Collectors.joining(" "));
	}
}
