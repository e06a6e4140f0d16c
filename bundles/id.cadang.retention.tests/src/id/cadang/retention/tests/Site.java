package id.cadang.retention.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.cadang.catalog.AuditEntry;
import id.cadang.catalog.BackupRecord;
import id.cadang.catalog.BackupStart;
import id.cadang.catalog.Binding;
import id.cadang.catalog.GoodBackup;
import id.cadang.catalog.H2Catalog;
import id.cadang.model.SopDocument;
import id.cadang.model.io.SopResources;
import id.cadang.retention.BindingRetention;
import id.cadang.storage.BackupNames;
import id.cadang.storage.BackupRequest;
import id.cadang.storage.BackupTarget;
import id.cadang.storage.ProgressListener;
import id.cadang.storage.SourceResult;
import id.cadang.storage.StreamSource;
import id.cadang.storage.WrittenBackup;

/**
 * A Buleleng site for the tests: a real catalog in a temporary Cadang home, the signed Buleleng SOP as its plug-in
 * ships it, a binding whose target is a given target, and real backups written to it (back-dated in the catalog).
 */
final class Site implements AutoCloseable {
	static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	final H2Catalog catalog;
	final SopDocument sop;
	final Binding binding;
	final Map<String, BackupTarget> targets = new LinkedHashMap<>();

	Site(Path home, String name, BackupTarget target) throws IOException {
		this.catalog = H2Catalog.open(home);
		Path file = Path.of("../id.cadang.sop.buleleng/sop/buleleng.sop").toAbsolutePath().normalize();
		try (InputStream in = Files.newInputStream(file)) {
			this.sop = SopResources.load(in, file.toString());
		}
		targets.put(target.location(), target);
		this.binding = new Binding(name, "buleleng", Map.of("db", "postgresql://backup@127.0.0.1:5432/" + name, "app",
				"/srv/" + name, "target", target.location()), Instant.parse("2026-01-01T00:00:00Z"));
		catalog.saveBinding(binding);
	}

	BackupTarget target(String value) {
		return Optional.ofNullable(targets.get(value))
				.orElseThrow(() -> new IllegalArgumentException("no target " + value + " in this test"));
	}

	BindingRetention retention(Instant now) {
		return new BindingRetention(catalog, this::target, Clock.fixed(now, JAKARTA));
	}

	/** A real backup of {@code slot} written to the target, catalogued GOOD as taken at {@code started}. */
	BackupRecord backup(String slot, Instant started) throws IOException {
		BackupTarget target = targets.values().iterator().next();
		String relative = BackupNames.relativePath("buleleng", binding.name(), slot, "db".equals(slot) ? "dump" : "tar",
				started.atZone(JAKARTA));
		WrittenBackup written = target.write(new BackupRequest("buleleng", binding.name(), slot, relative),
				new Text("backup of " + slot + " at " + started + "\n".repeat(1000)), ProgressListener.NONE);
		long id = catalog.startBackup(new BackupStart(null, "buleleng", binding.name(), slot, "folder", "/srv/app",
				written.location(), started));
		catalog.markGood(id, new GoodBackup(written.size(), written.sourceSize(), written.sha256(),
				written.manifestLocation(), started.plusSeconds(30)));
		return catalog.backup(id).orElseThrow();
	}

	/** A failed backup that left nothing behind. */
	BackupRecord failed(String slot, Instant started) {
		BackupTarget target = targets.values().iterator().next();
		String relative = BackupNames.relativePath("buleleng", binding.name(), slot, "tar", started.atZone(JAKARTA));
		long id = catalog.startBackup(new BackupStart(null, "buleleng", binding.name(), slot, "folder", "/srv/app",
				target.locationOf(relative), started));
		catalog.markFailed(id, started.plusSeconds(3), "tar: /srv/app: Cannot open: Permission denied");
		return catalog.backup(id).orElseThrow();
	}

	List<AuditEntry> audit() {
		return catalog.auditTrail(BindingRetention.auditSubject(binding.name()));
	}

	@Override
	public void close() {
		catalog.close();
	}

	/** A source that streams a text. */
	static final class Text implements StreamSource {
		private final byte[] bytes;

		Text(String text) {
			this.bytes = text.getBytes(StandardCharsets.UTF_8);
		}

		@Override
		public String kind() {
			return "folder";
		}

		@Override
		public String extension() {
			return "tar";
		}

		@Override
		public InputStream open() {
			return new ByteArrayInputStream(bytes);
		}

		@Override
		public SourceResult finish() {
			return new SourceResult(0, Map.of("tool", "test"), List.of());
		}

		@Override
		public void abort() {
			// nothing runs
		}
	}
}
