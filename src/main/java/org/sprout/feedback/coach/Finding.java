package org.sprout.feedback.coach;

/**
 * One thing the coach suggests improving.
 *
 * @param rule the rule it breaks
 * @param messageKey the key of the short hint in messages.properties
 * @param detail what the hint quotes (the words found, a limit), or an empty string
 */
public record Finding(Rule rule, String messageKey, String detail) {

	public Finding {
		detail = (detail != null) ? detail : "";
	}

}
