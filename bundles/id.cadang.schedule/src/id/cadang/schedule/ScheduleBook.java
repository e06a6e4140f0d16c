package id.cadang.schedule;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.cadang.catalog.Binding;
import id.cadang.catalog.Catalog;
import id.cadang.catalog.ScheduleOverride;
import id.cadang.core.InstalledSop;
import id.cadang.core.SopRegistry;
import id.cadang.model.Schedule;
import id.cadang.model.SopDocument;

/** The schedules of every binding: the SOP's, with the site's overrides from the catalog applied. */
public final class ScheduleBook {

	/** The time zone of an SOP that names none: Western Indonesia. */
	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

	private final Catalog catalog;
	private final SopRegistry registry;

	public ScheduleBook(Catalog catalog, SopRegistry registry) {
		this.catalog = catalog;
		this.registry = registry;
	}

	/** Every binding's schedules, by binding and then as the SOP lists them, the site's own after. */
	public List<ScheduleEntry> entries() {
		Map<String, List<ScheduleOverride>> overrides = new LinkedHashMap<>();
		for (ScheduleOverride o : catalog.scheduleOverrides(null)) {
			overrides.computeIfAbsent(o.binding(), b -> new ArrayList<>()).add(o);
		}
		List<ScheduleEntry> result = new ArrayList<>();
		for (Binding binding : catalog.bindings(null)) {
			result.addAll(entries(binding, overrides.getOrDefault(binding.name(), List.of())));
		}
		return result;
	}

	/** The schedules of one binding. */
	public List<ScheduleEntry> entries(Binding binding) {
		return entries(binding, catalog.scheduleOverrides(binding.name()));
	}

	private List<ScheduleEntry> entries(Binding binding, List<ScheduleOverride> overrides) {
		Optional<SopDocument> document = registry.sop(binding.sop()).map(InstalledSop::document);
		List<ScheduleEntry> result = new ArrayList<>();
		List<ScheduleOverride> unused = new ArrayList<>(overrides);
		if (document.isPresent()) {
			for (Schedule schedule : document.get().getSchedules()) {
				Optional<ScheduleOverride> override = unused.stream()
						.filter(o -> o.scheduleId().equals(schedule.getId())).findFirst();
				override.ifPresent(unused::remove);
				String procedure = schedule.getProcedure() == null ? null : schedule.getProcedure().getId();
				String zone = firstText(schedule.getTimeZone(), document.get().getTimeZone());
				if (override.isPresent()) {
					result.add(fromOverride(binding, override.get(), procedure, List.copyOf(schedule.getSlots()), zone,
							schedule.getDescription()));
				} else {
					result.add(entry(binding, schedule.getId(), procedure, schedule.getCron(), zone,
							List.copyOf(schedule.getSlots()), schedule.getDescription(), false, false, binding.created()));
				}
			}
		}
		String documentZone = document.map(SopDocument::getTimeZone).orElse(null);
		for (ScheduleOverride o : unused) {
			result.add(fromOverride(binding, o, null, List.of(), documentZone, null));
		}
		return result;
	}

	private static ScheduleEntry fromOverride(Binding binding, ScheduleOverride o, String procedure, List<String> slots,
			String zone, String description) {
		Instant since = o.updated().isAfter(binding.created()) ? o.updated() : binding.created();
		return entry(binding, o.scheduleId(), o.procedureId().orElse(procedure), o.cron(), firstText(o.timeZone(), zone),
				o.slots().isEmpty() ? slots : o.slots(), description, true, o.off(), since);
	}

	private static ScheduleEntry entry(Binding binding, String id, String procedure, String expression, String zoneId,
			List<String> slots, String description, boolean site, boolean off, Instant since) {
		String problem = null;
		Cron cron = null;
		ZoneId zone = DEFAULT_ZONE;
		if (zoneId != null) {
			try {
				zone = ZoneId.of(zoneId);
			} catch (DateTimeException e) {
				problem = "unknown time zone '" + zoneId + "' (use an id such as Asia/Jakarta or Asia/Makassar)";
			}
		}
		if (!off) {
			try {
				cron = Cron.parse(expression);
			} catch (IllegalArgumentException e) {
				problem = e.getMessage();
			}
		}
		if (problem != null) {
			cron = null;
		}
		return new ScheduleEntry(binding.name(), binding.sop(), id, procedure, off ? null : expression, cron, zone, slots,
				description, site, off, since, problem);
	}

	private static String firstText(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value.trim();
			}
		}
		return null;
	}
}
