package id.cadang.dump.actions;

import java.util.Optional;
import java.util.function.Function;

import id.cadang.core.SourceBackup;
import id.cadang.core.spi.StepConfigurationException;
import id.cadang.core.spi.StepContext;
import id.cadang.core.spi.StepResult;
import id.cadang.dump.CheckableSource;
import id.cadang.dump.SourceHost;
import id.cadang.dump.Tools;
import id.cadang.dump.internal.LazySshRunner;
import id.cadang.ssh.SshAddress;

/** Runs one backup on this computer, or on an SSH server logged into for this step only. */
final class SourceHosts {

	private SourceHosts() {
	}

	static StepResult backup(StepContext context, Optional<SshAddress> ssh, Function<SourceHost, CheckableSource> source,
			String description) throws StepConfigurationException {
		if (ssh.isEmpty()) {
			CheckableSource local = source.apply(SourceHost.local(Tools.system()));
			return SourceBackup.run(context, local, description, local::preflight);
		}
		try (LazySshRunner runner = LazySshRunner.inHome(ssh.get(), context.home())) {
			CheckableSource remote = source.apply(SourceHost.remote(runner));
			return SourceBackup.run(context, remote, description, remote::preflight);
		}
	}
}
