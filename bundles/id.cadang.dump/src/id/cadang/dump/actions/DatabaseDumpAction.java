package id.cadang.dump.actions;

import java.util.function.Supplier;

import org.osgi.service.component.annotations.Component;

import id.cadang.core.SourceBackup;
import id.cadang.core.spi.StepAction;
import id.cadang.core.spi.StepConfigurationException;
import id.cadang.core.spi.StepContext;
import id.cadang.core.spi.StepResult;
import id.cadang.dump.DatabaseUrl;
import id.cadang.dump.H2Source;
import id.cadang.dump.H2Url;
import id.cadang.dump.MariaDbSource;
import id.cadang.dump.PostgresServerSource;
import id.cadang.dump.PostgresSource;
import id.cadang.ssh.SecureStorageSecrets;

/**
 * {@code database-dump}: dumps the database bound to the slot named by parameter {@code source} to the
 * target bound to the slot named by parameter {@code target}. The bound value chooses the source:
 * <ul>
 * <li>{@code postgresql://user[:password]@host:5432/dbname}: one PostgreSQL database, pg_dump custom
 * format ({@link PostgresSource});</li>
 * <li>{@code postgresql://postgres@host:5432/*}: every database of the server with roles and
 * tablespaces, pg_dumpall ({@link PostgresServerSource});</li>
 * <li>{@code mariadb://user[:password]@host:3306/dbname} (or {@code mysql://}): mariadb-dump
 * ({@link MariaDbSource});</li>
 * <li>any of these with {@code ?ssh=user@host:22}, such as
 * {@code postgresql://backup@localhost:5432/simpeg?ssh=root@10.0.0.5:22}: the dump runs on that SSH
 * server with its own client tools, connecting to host and port as seen from there, and streams back
 * through the SSH channel (no file on either side). The SSH key is {@code $CADANG_HOME/ssh/id_ed25519},
 * else {@code ~/.ssh/id_ed25519}, else {@code ~/.ssh/id_rsa}; the host key must be in
 * {@code $CADANG_HOME/ssh/known_hosts} ({@code cadang ssh trust host:port SHA256:...}), or the step fails
 * naming the fingerprint and that command;</li>
 * <li>{@code h2:/abs/path/app.mv.db} (user sa, empty password) or
 * {@code h2://user:password@/abs/path/app.mv.db}: an H2 file on this computer, H2 SCRIPT
 * ({@link H2Source}); over SSH refused.</li>
 * </ul>
 * A PostgreSQL or MariaDB URL without a password uses the secret {@code db/user@host:port} when one is
 * stored ({@code cadang secret set}), else the client's own files ({@code ~/.pgpass}).
 */
@Component(service = StepAction.class, property = StepAction.TYPE + "=" + DatabaseDumpAction.TYPE)
public final class DatabaseDumpAction implements StepAction {

	public static final String TYPE = "database-dump";

	@Override
	public String type() {
		return TYPE;
	}

	/**
	 * A dump cut short leaves its backup FAILED and only a .part file; running it again writes a new file under a
	 * new name (the time is in it), so repeating it after a restart is safe.
	 */
	@Override
	public boolean repeatable() {
		return true;
	}

	@Override
	public StepResult execute(StepContext context) throws StepConfigurationException {
		String value = context.slotValueOf("source");
		if (H2Url.isH2(value)) {
			H2Url h2 = parse(context, () -> H2Url.parse(value));
			H2Source source = new H2Source(h2.file(), h2.user(), h2.password());
			return SourceBackup.run(context, source, h2.redacted(), source::preflight);
		}
		DatabaseUrl url = withSecretPassword(parse(context, () -> DatabaseUrl.parse(value)), context);
		if (DatabaseUrl.POSTGRESQL.equals(url.kind())) {
			return SourceHosts.backup(context, url.ssh(),
					host -> url.wholeServer() ? new PostgresServerSource(url, host) : new PostgresSource(url, host), url.redacted());
		}
		if (url.wholeServer()) {
			throw new StepConfigurationException("database " + url.redacted() + ": every database of a MariaDB server at once is"
					+ " not supported yet; bind each database on its own (slot '" + context.slotOf("source") + "' of binding '"
					+ context.binding() + "')");
		}
		return SourceHosts.backup(context, url.ssh(), host -> new MariaDbSource(url, host), url.redacted());
	}

	/** A URL without a password takes the one stored under {@link DatabaseUrl#secretName()}, if any (else ~/.pgpass and the like). */
	private static DatabaseUrl withSecretPassword(DatabaseUrl url, StepContext context) {
		if (url.hasPassword()) {
			return url;
		}
		return SecureStorageSecrets.lazyInHome(context.home()).get(url.secretName()).map(url::withPassword).orElse(url);
	}

	private static <T> T parse(StepContext context, Supplier<T> parser) throws StepConfigurationException {
		try {
			return parser.get();
		} catch (IllegalArgumentException e) {
			throw new StepConfigurationException(e.getMessage() + " (slot '" + context.slotOf("source") + "' of binding '"
					+ context.binding() + "')");
		}
	}
}
