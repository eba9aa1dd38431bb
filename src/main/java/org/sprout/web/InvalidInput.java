package org.sprout.web;

import java.util.List;

import org.springframework.validation.Errors;

/**
 * What a service refused in a form, field by field: the one way services say "no" to
 * input without knowing about forms. The controller adds the problems to the form's
 * binding result and shows the form again; the transaction rolls back, so nothing of a
 * refused form is saved.
 */
public class InvalidInput extends RuntimeException {

	private final transient List<Problem> problems;

	InvalidInput(List<Problem> problems) {
		super(problems.toString(), null, false, false);
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/** Adds the problems to a form's errors, for the page to show beside each field. */
	public void addTo(Errors errors) {
		for (Problem problem : this.problems) {
			if (problem.field() == null) {
				errors.reject(problem.code(), problem.arguments(), null);
			}
			else {
				errors.rejectValue(problem.field(), problem.code(), problem.arguments(), null);
			}
		}
	}

	/**
	 * One refusal.
	 *
	 * @param field the form field it is about, or null for the form as a whole
	 * @param code the message key that says what is wrong
	 * @param arguments the message's arguments
	 */
	public record Problem(String field, String code, Object[] arguments) {

		@Override
		public String toString() {
			return ((this.field != null) ? this.field + ": " : "") + this.code;
		}

	}

}
