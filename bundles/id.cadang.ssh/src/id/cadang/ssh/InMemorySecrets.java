package id.cadang.ssh;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Secrets held in memory only, gone when the process ends; {@link #toString()} shows keys, never values. */
public final class InMemorySecrets implements Secrets {
	private final Map<String, String> values = new ConcurrentHashMap<>();

	@Override
	public Optional<String> get(String key) {
		return Optional.ofNullable(values.get(key));
	}

	@Override
	public void put(String key, String value) {
		if (key == null || key.isBlank() || value == null) {
			throw new IllegalArgumentException("a secret needs a key and a value");
		}
		values.put(key, value);
	}

	@Override
	public List<String> names() {
		return values.keySet().stream().sorted().toList();
	}

	@Override
	public String toString() {
		return "InMemorySecrets" + values.keySet();
	}
}
