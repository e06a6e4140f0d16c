package id.cadang.model.util;

import java.util.Objects;
import java.util.Set;

import id.cadang.model.Parameter;
import id.cadang.model.ParameterType;
import id.cadang.model.SopPackage;

/** How to read an action parameter's value. */
public final class Parameters {

	/** Keys read as {@link ParameterType#SLOT} when a parameter's type is not set (documents written before types). */
	public static final Set<String> SLOT_KEYS = Set.of("source", "target");

	private Parameters() {
	}

	/**
	 * The type of {@code parameter}'s value: its {@code type} when set (even to STRING); otherwise SLOT for
	 * the keys {@link #SLOT_KEYS} and STRING for every other key.
	 */
	public static ParameterType type(Parameter parameter) {
		Objects.requireNonNull(parameter, "parameter");
		if (parameter.eIsSet(SopPackage.Literals.PARAMETER__TYPE)) {
			return parameter.getType();
		}
		return SLOT_KEYS.contains(parameter.getKey()) ? ParameterType.SLOT : ParameterType.STRING;
	}
}
