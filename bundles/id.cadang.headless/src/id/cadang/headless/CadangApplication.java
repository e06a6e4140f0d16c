package id.cadang.headless;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/** The {@code cadang} command line, run by the Equinox launcher as application {@code id.cadang.headless.cli}. */
public final class CadangApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
				StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
				StandardCharsets.UTF_8);
		context.applicationRunning();
		try (Services services = new Services(FrameworkUtil.getBundle(getClass()).getBundleContext())) {
			int code = new Cli(services, out, err, Messages.forEnvironment()).run(args == null ? new String[0] : args);
			return Integer.valueOf(code);
		}
	}

	@Override
	public void stop() {
		// the command ends by itself
	}
}
