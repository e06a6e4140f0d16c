package id.cadang.dump.internal;

import java.util.List;

/**
 * The last part of what a producer wrote to its stderr (the runner keeps the last 64 KiB), read as
 * lines for messages.
 */
public final class StderrTail {
	private final String text;

	public StderrTail(String text) {
		this.text = text;
	}

	/** The kept text. */
	public String text() {
		return text;
	}

	/** The non-blank lines of the kept text, in order. */
	public List<String> lines() {
		return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	/** The last {@code count} non-blank lines joined by {@code " / "}; empty when stderr was empty. */
	public String lastLines(int count) {
		List<String> lines = lines();
		return String.join(" / ", lines.subList(Math.max(0, lines.size() - count), lines.size()));
	}
}
