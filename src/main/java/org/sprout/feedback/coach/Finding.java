package org.sprout.feedback.coach;

/**
 * One thing the coach suggests improving.
 *
 * @param rule the rule it breaks
 * @param messageKey the key of the hint in messages.properties: what was found; the keys
 * of why it matters and of an example rewrite follow from it ({@link #whyKey()},
 * {@link #exampleKey()})
 * @param detail what the hint quotes (the words found, a limit), or an empty string
 * @param part the part of the draft it is about, or null when it is about the whole draft
 */
public record Finding(Rule rule, String messageKey, String detail, Part part) {

	public Finding {
		detail = (detail != null) ? detail : "";
	}

	public Finding(Rule rule, String messageKey, String detail) {
		this(rule, messageKey, detail, null);
	}

	/**
	 * The key without the part a few keys end in ("coach.clear.missing.impact" is
	 * "coach.clear.missing"): what the penalty, the why and the example are filed under.
	 */
	public String baseKey() {
		for (Part each : Part.values()) {
			if (this.messageKey.endsWith("." + each.field())) {
				return this.messageKey.substring(0, this.messageKey.length() - each.field().length() - 1);
			}
		}
		return this.messageKey;
	}

	/** The key of one line on why it matters. */
	public String whyKey() {
		return baseKey() + ".why";
	}

	/** The key of an example rewrite. */
	public String exampleKey() {
		return baseKey() + ".example";
	}

	/** The form field the finding is about, or null for the whole draft. */
	public String field() {
		return (this.part != null) ? this.part.field() : null;
	}

}
