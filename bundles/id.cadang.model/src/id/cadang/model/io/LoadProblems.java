package id.cadang.model.io;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

/** Turns what EMF and the XML parser report on a failed load into one sentence with line and column. */
final class LoadProblems {

	private LoadProblems() {
	}

	static String describe(Resource resource, Throwable failure) {
		for (Resource.Diagnostic error : resource.getErrors()) {
			if (error.getLine() > 0) {
				return at(error.getLine(), error.getColumn()) + plain(error);
			}
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SAXParseException parse && parse.getLineNumber() > 0) {
				return at(parse.getLineNumber(), parse.getColumnNumber()) + parse.getMessage();
			}
			if (cause instanceof XMIException xmi && xmi.getLine() > 0) {
				return at(xmi.getLine(), xmi.getColumn()) + xmi.getMessage();
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return String.valueOf(failure.getMessage());
	}

	static String rootNames(List<EObject> contents) {
		if (contents.isEmpty()) {
			return "empty";
		}
		return contents.stream().map(o -> o.eClass().getEPackage().getNsPrefix() + ":" + o.eClass().getName())
				.collect(Collectors.joining(", "));
	}

	/** The parser's own sentence, without EMF's "(uri, line, column)" suffix or an exception class name. */
	private static String plain(Resource.Diagnostic error) {
		if (error instanceof Throwable thrown) {
			for (Throwable cause = thrown; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
				if (cause instanceof SAXParseException parse) {
					return parse.getMessage();
				}
			}
		}
		return String.valueOf(error.getMessage()).replaceFirst("\\s*\\([^()]*, -?\\d+, -?\\d+\\)\\s*$", "");
	}

	private static String at(int line, int column) {
		return "line " + line + ", column " + column + ": ";
	}
}
