package id.cadang.core;

import id.cadang.core.spi.RunListener;

/** Runs a procedure of an installed SOP against one of its bindings, step by step. */
public interface RunEngine {

	/**
	 * Runs it to the end or to the first failed automated step. Problems found before the run starts
	 * (unknown SOP, procedure or binding, unbound slots) throw {@link CadangException} and record
	 * nothing; once started, the run and every step are recorded in the catalog whatever happens.
	 */
	RunOutcome run(RunRequest request, RunListener listener);
}
