package id.cadang.schedule;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import id.cadang.catalog.Binding;
import id.cadang.core.InstalledSop;
import id.cadang.model.Slot;
import id.cadang.model.SlotKind;

/** The servers a binding's backup works against: hosts of its database and folder slots. */
final class Servers {

	static final String LOCAL = "localhost";

	private Servers() {
	}

	static Set<String> of(Binding binding, InstalledSop sop) {
		Set<String> hosts = new TreeSet<>();
		for (Map.Entry<String, String> slot : binding.slots().entrySet()) {
			SlotKind kind = sop == null ? null
					: sop.document().getSlots().stream().filter(s -> s.getName().equals(slot.getKey()))
							.map(Slot::getKind).findFirst().orElse(null);
			if (kind == SlotKind.TARGET) {
				continue;
			}
			hosts.add(host(slot.getValue()));
		}
		return hosts;
	}

	/** The host a slot value reaches: its {@code ?ssh=} server, its URL's host, or this computer. */
	static String host(String value) {
		int ssh = value.indexOf("ssh=");
		String text = ssh >= 0 ? "ssh://" + value.substring(ssh + 4).split("&")[0] : value;
		if (!text.contains("://")) {
			return LOCAL;
		}
		try {
			String host = URI.create(text.replace(" ", "%20")).getHost();
			if (host == null || host.equals("127.0.0.1") || host.equals("::1") || host.equalsIgnoreCase(LOCAL)) {
				return LOCAL;
			}
			return host.toLowerCase(java.util.Locale.ROOT);
		} catch (IllegalArgumentException e) {
			return text;
		}
	}
}
