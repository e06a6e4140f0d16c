package id.cadang.headless;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.google.gson.GsonBuilder;

import id.cadang.catalog.CadangHome;
import id.cadang.core.CadangException;
import id.cadang.ssh.SecureStorageSecrets;

/**
 * {@code cadang secret set <name>} (the value from standard input, never from the command line, so it is in
 * no shell history and no process list) and {@code cadang secret list} (names only): the secrets in
 * Equinox secure storage under {@code $CADANG_HOME/secure} that SSH key passphrases and database
 * passwords are looked up in.
 */
final class SecretCommands {

	private static final String USAGE = "cadang secret set <name> < file-or-pipe | cadang secret list [--json]";
	private static final int MAX_BYTES = 64 * 1024;

	private final SecureStorageSecrets secrets;
	private final InputStream in;
	private final PrintStream out;
	private final Messages m;

	SecretCommands(SecureStorageSecrets secrets, InputStream in, PrintStream out, Messages messages) {
		this.secrets = secrets;
		this.in = in;
		this.out = out;
		this.m = messages;
	}

	/** For the running Cadang: {@code cadang.home}, then {@code $CADANG_HOME}, then {@code ~/.cadang}. */
	static SecretCommands forThisCadang(PrintStream out, Messages messages) {
		return new SecretCommands(SecureStorageSecrets.inHome(CadangHome.resolve(System.getProperty("cadang.home"))),
				System.in, out, messages);
	}

	int run(Cli.Args args) {
		List<String> positional = args.expectPositional(1, 2, USAGE);
		return switch (positional.get(0)) {
			case "set" -> {
				if (positional.size() != 2) {
					throw new Cli.UsageException("usage: " + USAGE);
				}
				yield set(positional.get(1), args.json());
			}
			case "list" -> {
				if (positional.size() != 1) {
					throw new Cli.UsageException("usage: " + USAGE);
				}
				yield list(args.json());
			}
			default -> throw new Cli.UsageException(m.get("secret.unknownSubcommand", positional.get(0)) + "; usage: " + USAGE);
		};
	}

	private int set(String name, boolean json) {
		if (name.isBlank() || name.chars().anyMatch(Character::isISOControl)) {
			throw new Cli.UsageException(m.get("secret.badName", name));
		}
		String value = readValue();
		if (value.isEmpty()) {
			throw new Cli.UsageException(m.get("secret.empty", name));
		}
		boolean replaced = secrets.get(name).isPresent();
		secrets.put(name, value);
		if (json) {
			printJson(Cli.map("name", name, "stored", true, "replaced", replaced, "storage", secrets.folder().toString()));
		} else {
			out.println(m.get(replaced ? "secret.replaced" : "secret.stored", name, secrets.folder()));
		}
		return Cli.OK;
	}

	/** A terminal is asked without echo; a pipe or file is read whole, one trailing line break dropped. */
	private String readValue() {
		Console console = System.console();
		if (in == System.in && isTerminal(console)) {
			char[] typed = console.readPassword(m.get("secret.prompt"));
			return typed == null ? "" : new String(typed);
		}
		try {
			ByteArrayOutputStream buffer = new ByteArrayOutputStream();
			byte[] chunk = new byte[8192];
			for (int n; (n = in.read(chunk)) > 0;) {
				buffer.write(chunk, 0, n);
				if (buffer.size() > MAX_BYTES) {
					throw new Cli.UsageException(m.get("secret.tooLong", MAX_BYTES));
				}
			}
			String value = buffer.toString(StandardCharsets.UTF_8);
			if (value.endsWith("\r\n")) {
				return value.substring(0, value.length() - 2);
			}
			return value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
		} catch (IOException e) {
			throw new CadangException(m.get("secret.readFailed", e.getMessage()));
		}
	}

	/** Whether standard input is a terminal (Java 22+ has a Console even for a pipe; Java 21 has none then). */
	private static boolean isTerminal(Console console) {
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		} catch (ReflectiveOperationException | RuntimeException e) {
			return true;
		}
	}

	private int list(boolean json) {
		List<String> names = secrets.names();
		if (json) {
			printJson(Cli.map("secrets", names, "storage", secrets.folder().toString()));
		} else if (names.isEmpty()) {
			out.println(m.get("secret.none"));
		} else {
			Table table = new Table(m.get("secret.col.name"));
			names.forEach(table::row);
			table.print(out);
		}
		return Cli.OK;
	}

	private void printJson(Object value) {
		out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(value));
	}
}
