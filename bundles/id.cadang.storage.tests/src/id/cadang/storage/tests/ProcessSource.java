package id.cadang.storage.tests;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.cadang.storage.SourceFailedException;
import id.cadang.storage.SourceResult;
import id.cadang.storage.StreamSource;

/** A real process as a backup source: its stdout is the stream, its exit status decides. */
final class ProcessSource implements StreamSource {
	private final List<String> command;
	private Process process;
	private boolean aborted;

	ProcessSource(String... command) {
		this.command = List.of(command);
	}

	@Override
	public String kind() {
		return "process";
	}

	@Override
	public String extension() {
		return "bin";
	}

	@Override
	public InputStream open() throws IOException {
		process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		return process.getInputStream();
	}

	@Override
	public SourceResult finish() throws IOException {
		try {
			int exit = process.waitFor();
			if (exit != 0) {
				throw new SourceFailedException(command + " exited with status " + exit);
			}
			return new SourceResult(0, Map.of("tool", command.get(0)), List.of("a test source"));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SourceFailedException("interrupted waiting for " + command, e);
		}
	}

	@Override
	public void abort() {
		aborted = true;
		if (process != null) {
			process.destroyForcibly();
		}
	}

	Optional<Process> process() {
		return Optional.ofNullable(process);
	}

	boolean aborted() {
		return aborted;
	}
}
