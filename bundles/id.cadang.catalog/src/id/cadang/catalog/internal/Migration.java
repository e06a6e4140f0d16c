package id.cadang.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import id.cadang.catalog.CatalogException;

/**
 * One schema migration: a SQL script among this bundle's resources, e.g. {@code db/migration/V2__audit.sql}.
 * Statements end with a semicolon at the end of a line; lines starting with {@code --} are comments.
 *
 * @param version     its schema version, from 1 up
 * @param description what it does, as recorded in {@code schema_version}
 * @param resource    the script's resource path
 */
public record Migration(int version, String description, String resource) {

	public static Migration of(int version, String description) {
		return new Migration(version, description,
				"db/migration/V" + version + "__" + description.replace(' ', '_') + ".sql");
	}

	/** The script's text, line ends normalized to {@code \n}. */
	public String script() {
		try (InputStream in = Migration.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new CatalogException("migration V" + version + " is missing its script " + resource
						+ ": the bundle id.cadang.catalog must include db/ (see its build.properties)", null);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
		} catch (IOException e) {
			throw new CatalogException("cannot read migration script " + resource + ": " + e.getMessage(), e);
		}
	}

	/** SHA-256 of the script, hex; recorded when applied, compared at every open. */
	public String checksum() {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(script().getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("this Java has no SHA-256", e);
		}
	}

	/** The script's statements, comments and blank lines removed. */
	public List<String> statements() {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : script().split("\n")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("--")) {
				continue;
			}
			if (trimmed.endsWith(";")) {
				current.append(trimmed, 0, trimmed.length() - 1);
				statements.add(current.toString().strip());
				current.setLength(0);
			} else {
				current.append(trimmed).append('\n');
			}
		}
		if (!current.toString().isBlank()) {
			throw new CatalogException("migration script " + resource
					+ " ends with a statement without a semicolon: end every statement with ';'", null);
		}
		return statements;
	}
}
