package id.cadang.core.spi;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import id.cadang.catalog.Catalog;
import id.cadang.model.SopDocument;
import id.cadang.model.Step;

/** Everything an action may use while it runs one step of one run. */
public interface StepContext {

	long runId();

	SopDocument sop();

	Step step();

	/** The binding name this run uses. */
	String binding();

	/** The action binding's parameters of this step, as written in the SOP. */
	Map<String, String> parameters();

	/** A parameter, or empty. */
	default Optional<String> parameter(String key) {
		return Optional.ofNullable(parameters().get(key));
	}

	/**
	 * The value bound to the slot that parameter {@code key} names: for {@code source=db}, the
	 * database URL bound to slot {@code db}.
	 *
	 * @throws StepConfigurationException when the parameter is missing or its slot is not bound
	 */
	String slotValueOf(String key) throws StepConfigurationException;

	/** The slot name that parameter {@code key} names. */
	String slotOf(String key) throws StepConfigurationException;

	Catalog catalog();

	/** {@code $CADANG_HOME}. */
	Path home();

	/** Where to tell the person watching how the step is going. */
	RunListener listener();
}
