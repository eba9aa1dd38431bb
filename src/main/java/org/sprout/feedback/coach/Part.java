package org.sprout.feedback.coach;

/**
 * The four parts of a draft, each a field of the feedback form. A finding names the part
 * it is about, so the hint can name the field and lead the author there.
 */
public enum Part {

	SITUATION("situation"), BEHAVIOUR("behaviour"), IMPACT("impact"), NEXT_STEP("nextStep");

	private final String field;

	Part(String field) {
		this.field = field;
	}

	/** The form field's name and id, and the message key of its label (feedback.*). */
	public String field() {
		return this.field;
	}

}
