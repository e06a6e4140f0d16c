package id.cadang.catalog;

/** A person's answer to a decision. */
public enum Answer {
	YES, NO
}
