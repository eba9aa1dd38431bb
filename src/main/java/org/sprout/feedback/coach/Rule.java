package org.sprout.feedback.coach;

/**
 * The four things the coach checks. The id is what an entry stores and what the example
 * table names.
 */
public enum Rule {

	/** Situation, behaviour and impact are there, and the situation names a moment. */
	CLEAR("clear"),

	/** Within the word limits, without filler. */
	CONCISE("concise"),

	/** The next step proposes something to do. */
	ACTIONABLE("actionable"),

	/** About the work, not the person's character. */
	ABOUT_THE_WORK("about-the-work");

	private final String id;

	Rule(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

	public static Rule ofId(String id) {
		for (Rule rule : values()) {
			if (rule.id.equals(id)) {
				return rule;
			}
		}
		throw new IllegalArgumentException("No coach rule " + id);
	}

}
