package id.cadang.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.cadang.core.BrokenSop;
import id.cadang.core.InstalledSop;
import id.cadang.core.SopRegistry;
import id.cadang.model.io.SopResources;

/** The signed seed SOPs as their plug-ins carry them, read from the plug-ins' folders beside this one. */
final class SeedSops implements SopRegistry {

	private final List<InstalledSop> sops = new ArrayList<>();

	SeedSops(String... ids) {
		for (String id : ids) {
			Path file = Path.of("..", "id.cadang.sop." + id, "sop", id + ".sop");
			try (InputStream in = Files.newInputStream(file)) {
				sops.add(new InstalledSop(id, SopResources.load(in, file.toString()), "id.cadang.sop." + id, "1.0.0",
						List.of()));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	@Override
	public List<InstalledSop> sops() {
		return List.copyOf(sops);
	}

	@Override
	public Optional<InstalledSop> sop(String id) {
		return sops.stream().filter(s -> s.id().equals(id)).findFirst();
	}

	@Override
	public List<BrokenSop> broken() {
		return List.of();
	}
}
