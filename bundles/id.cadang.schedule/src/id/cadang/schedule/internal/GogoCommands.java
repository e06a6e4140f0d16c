package id.cadang.schedule.internal;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.cadang.catalog.Alert;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.RunRecord;
import id.cadang.core.RunEngine;
import id.cadang.core.RunOutcome;
import id.cadang.core.RunRequest;
import id.cadang.core.SopRegistry;
import id.cadang.core.spi.RunListener;
import id.cadang.schedule.ScheduleBook;
import id.cadang.schedule.ScheduleEntry;
import id.cadang.schedule.SchedulerSettings;
import id.cadang.schedule.SlotFreshness;
import id.cadang.schedule.Status;

/**
 * Gogo shell commands inside a running runtime: {@code cadang:status}, {@code cadang:schedules} and
 * {@code cadang:run <sop> [<binding>]}.
 */
@Component(service = GogoCommands.class, property = { "osgi.command.scope=cadang", "osgi.command.function=status",
		"osgi.command.function=schedules", "osgi.command.function=run" })
public final class GogoCommands {

	private final Catalog catalog;
	private final SopRegistry registry;
	private final RunEngine engine;
	private final ResourceBundle texts;

	@org.osgi.service.component.annotations.Activate
	public GogoCommands(@Reference Catalog catalog, @Reference SopRegistry registry, @Reference RunEngine engine) {
		this.catalog = catalog;
		this.registry = registry;
		this.engine = engine;
		String lang = System.getenv("CADANG_LANG");
		this.texts = ResourceBundle.getBundle("id.cadang.schedule.internal.gogo",
				lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ROOT : Locale.of("id"),
				GogoCommands.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
						ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	private String text(String key, Object... args) {
		return MessageFormat.format(texts.getString(key), args);
	}

	/** Runs under way, next runs, newest good backup per slot, open alerts. */
	public String status() {
		Status status = Status.of(catalog, registry, Instant.now(), SchedulerSettings.DEFAULT);
		StringBuilder b = new StringBuilder(text("runs")).append('\n');
		for (RunRecord r : status.active()) {
			b.append(text("run", r.id(), r.sop(), r.binding(), r.status(), r.currentStep())).append('\n');
		}
		b.append(text("next")).append('\n');
		for (Status.NextRun n : status.next()) {
			b.append(text("nextRun", n.entry().key(), n.at().atZone(n.entry().zone()).toOffsetDateTime())).append('\n');
		}
		b.append(text("slots")).append('\n');
		for (SlotFreshness s : status.slots()) {
			b.append(text(s.stale() ? "slotStale" : "slot", s.key(), s.lastGood() == null ? "-" : s.lastGood(),
					s.age() == null ? "-" : s.age(), s.allowed() == null ? "-" : s.allowed())).append('\n');
		}
		b.append(text("alerts")).append('\n');
		for (Alert a : status.alerts()) {
			b.append(text("alert", a.id(), a.kind(), a.subject(), a.message())).append('\n');
		}
		return b.toString();
	}

	/** Every binding's schedules with their next five runs. */
	public String schedules() {
		StringBuilder b = new StringBuilder();
		Instant now = Instant.now();
		for (ScheduleEntry e : new ScheduleBook(catalog, registry).entries()) {
			b.append(text("schedule", e.key(), e.off() ? "-" : e.expression(), e.zone().getId(),
					e.problem() != null ? e.problem() : e.next(now, 5))).append('\n');
		}
		return b.length() == 0 ? text("noSchedules") : b.toString();
	}

	/** Runs an SOP's backup procedure for its only binding. */
	public String run(String sop) {
		return run(sop, null);
	}

	/** Runs an SOP's backup procedure for a binding, as far as it goes. */
	public String run(String sop, String binding) {
		RunOutcome outcome = engine.run(new RunRequest(sop, Optional.empty(), Optional.ofNullable(binding)),
				RunListener.NONE);
		RunRecord r = outcome.run();
		return text("ran", r.id(), r.sop(), r.binding(), r.status(), r.error() == null ? "" : r.error());
	}
}
