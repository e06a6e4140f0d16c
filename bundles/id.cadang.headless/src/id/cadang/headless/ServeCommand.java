package id.cadang.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import id.cadang.catalog.CadangHome;
import id.cadang.catalog.Catalog;
import id.cadang.core.RunEngine;
import id.cadang.core.RunOutcome;
import id.cadang.core.SopRegistry;
import id.cadang.core.spi.RunListener;
import id.cadang.schedule.EngineStarter;
import id.cadang.schedule.Scheduler;
import id.cadang.schedule.SchedulerSettings;
import id.cadang.schedule.SlotFreshness;

/**
 * {@code cadang serve}: the headless service. Runs the schedules, resumes runs whose process stopped, and keeps the
 * drop-in plug-in folder watched, until SIGTERM; then starts nothing new, lets the runs under way finish (up to
 * {@code --stop-timeout} seconds) and returns, so that the catalog is left consistent and the next start resumes
 * whatever did not finish. Logs to {@code $CADANG_HOME/logs/cadang-N.log}, rotated at 5 MiB, five kept.
 */
final class ServeCommand {

	private static final int LOG_BYTES = 5 * 1024 * 1024;
	private static final int LOG_FILES = 5;

	private final Services services;
	private final Cli cli;
	private final PrintStream out;
	private final Messages m;

	ServeCommand(Services services, Cli cli, PrintStream out, Messages messages) {
		this.services = services;
		this.cli = cli;
		this.out = out;
		this.m = messages;
	}

	int serve(Cli.Args args) {
		args.expectPositional(0, 0, "cadang serve [--interval SECONDS] [--catch-up true|false] [--max-runs N] "
				+ "[--max-per-server N] [--stop-timeout SECONDS]");
		Duration interval = Duration.ofSeconds(number(args, "interval", 15));
		Duration stopTimeout = Duration.ofSeconds(number(args, "stop-timeout", 60));
		SchedulerSettings settings = SchedulerSettings.DEFAULT
				.withCatchUp(!"false".equalsIgnoreCase(args.option("catch-up").orElse("true")))
				.withLimits((int) number(args, "max-runs", SchedulerSettings.DEFAULT.maxRuns()),
						(int) number(args, "max-per-server", SchedulerSettings.DEFAULT.maxPerServer()));
		Path home = CadangHome.resolve(System.getProperty("cadang.home"));
		ServiceLog log = logTo(home.resolve("logs"), Logger.getLogger("id.cadang"));
		SopRegistry registry = cli.registry();
		Catalog catalog = services.get(Catalog.class);
		RunEngine engine = services.get(RunEngine.class);
		RunListener listener = new LoggingListener(log);
		AtomicInteger threads = new AtomicInteger();
		ExecutorService runs = Executors.newFixedThreadPool(settings.maxRuns(), r -> {
			Thread t = new Thread(r, "cadang-run-" + threads.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
		String owner = Scheduler.processOwner();
		Scheduler scheduler = new Scheduler(catalog, registry, new EngineStarter(engine, listener), Clock.systemUTC(),
				settings, owner, runs);
		CountDownLatch stopping = new CountDownLatch(1);
		CountDownLatch stopped = new CountDownLatch(1);
		Thread hook = new Thread(() -> {
			log.info("SIGTERM: starting nothing new, letting " + scheduler.executing() + " run(s) finish");
			stopping.countDown();
			try {
				stopped.await(stopTimeout.plusSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "cadang-stop");
		Runtime.getRuntime().addShutdownHook(hook);
		log.info("cadang serve started as " + owner + ", home " + home + ", every " + interval.toSeconds() + " s, "
				+ settings);
		out.println(m.get("serve.started", ProcessHandle.current().pid(), home, home.resolve("logs")));
		Set<String> stale = new HashSet<>();
		try {
			while (stopping.getCount() > 0) {
				try {
					for (RunOutcome resumed : engine.resumeAbandoned(listener)) {
						log.info("resumed run " + resumed.run().id() + ": " + resumed.run().status());
					}
					Scheduler.Tick tick = scheduler.tick();
					tick.heldBack().forEach(f -> log.info("held back by the run limits: " + f));
					Set<String> nowStale = new HashSet<>();
					for (SlotFreshness slot : tick.stale()) {
						nowStale.add(slot.key());
						if (!stale.contains(slot.key())) {
							log.warning("no fresh good backup: " + slot.key() + " (newest " + slot.lastGood() + ", allowed "
									+ slot.allowed() + ")");
						}
					}
					stale.retainAll(nowStale);
					stale.addAll(nowStale);
				} catch (RuntimeException e) {
					log.note(Level.SEVERE, "a scheduler pass failed; trying again in " + interval.toSeconds() + " s", e);
				}
				stopping.await(interval.toMillis(), TimeUnit.MILLISECONDS);
			}
			scheduler.stop();
			runs.shutdown();
			boolean finished = runs.awaitTermination(stopTimeout.toMillis(), TimeUnit.MILLISECONDS);
			log.info(finished ? "stopped: every run under way finished or waits for people"
					: "stopped after " + stopTimeout.toSeconds() + " s with runs still going: the next start resumes them");
			return Cli.OK;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Cli.FAILED;
		} finally {
			Logger.getLogger("id.cadang").removeHandler(log);
			log.end();
			stopped.countDown();
		}
	}

	private long number(Cli.Args args, String option, long fallback) {
		String text = args.option(option).orElse(null);
		if (text == null) {
			return fallback;
		}
		try {
			long value = Long.parseLong(text);
			if (value >= 1) {
				return value;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new Cli.UsageException(m.get("serve.badNumber", option, text));
	}

	private ServiceLog logTo(Path folder, Logger log) {
		try {
			Files.createDirectories(folder);
			ServiceLog handler = new ServiceLog(folder.resolve("cadang-%g.log").toString());
			log.addHandler(handler);
			log.setUseParentHandlers(false);
			log.setLevel(Level.INFO);
			return handler;
		} catch (IOException e) {
			throw new id.cadang.core.CadangException(m.get("serve.noLog", folder, e.getMessage()));
		}
	}

	/**
	 * The rotating service log. The JDK's LogManager closes every handler and detaches it from its logger when
	 * the JVM shuts down, which is exactly when SIGTERM has the most to say: this handler ignores that close, and
	 * {@code serve} writes its own lines to it directly, up to its last one.
	 */
	private static final class ServiceLog extends FileHandler {

		ServiceLog(String pattern) throws IOException {
			super(pattern, LOG_BYTES, LOG_FILES, true);
			setFormatter(new SimpleFormatter() {
				@Override
				public String format(java.util.logging.LogRecord record) {
					String thrown = "";
					if (record.getThrown() != null) {
						java.io.StringWriter text = new java.io.StringWriter();
						record.getThrown().printStackTrace(new java.io.PrintWriter(text));
						thrown = System.lineSeparator() + text;
					}
					return record.getInstant() + " " + record.getLevel() + " [" + Thread.currentThread().getName()
							+ "] " + formatMessage(record) + thrown + System.lineSeparator();
				}
			});
		}

		void note(Level level, String message, Throwable thrown) {
			java.util.logging.LogRecord record = new java.util.logging.LogRecord(level, message);
			record.setThrown(thrown);
			publish(record);
			flush();
		}

		void info(String message) {
			note(Level.INFO, message, null);
		}

		void warning(String message) {
			note(Level.WARNING, message, null);
		}

		@Override
		public synchronized void close() {
			// closed by end() only: see above
		}

		void end() {
			super.close();
		}
	}

	/** Writes a run's progress to the service log. */
	private static final class LoggingListener implements RunListener {
		private final ServiceLog log;

		LoggingListener(ServiceLog log) {
			this.log = log;
		}

		@Override
		public void runStarted(long runId, String sop, String procedure, String binding) {
			log.info("run " + runId + " started: " + sop + " " + procedure + " for " + binding);
		}

		@Override
		public void stepStarted(id.cadang.model.Step step) {
			log.info("step " + step.getNumber() + " started: " + step.getActivity());
		}

		@Override
		public void stepFinished(id.cadang.model.Step step, id.cadang.catalog.StepRecord record) {
			log.info("step " + step.getNumber() + " " + record.status() + (record.message() == null ? "" : ": "
					+ record.message()));
		}

		@Override
		public void runWaiting(long runId, id.cadang.catalog.TaskRecord task) {
			log.info("run " + runId + " waits for task " + task.id() + " (roles " + task.roles() + ")");
		}

		@Override
		public void runFinished(long runId, boolean succeeded, String error) {
			if (succeeded) {
				log.info("run " + runId + " succeeded");
			} else {
				log.warning("run " + runId + " failed: " + error);
			}
		}
	}
}
