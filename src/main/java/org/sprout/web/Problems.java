package org.sprout.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with some input while a service checks all of it, so that
 * everything is said at once; {@link #throwIfAny} then refuses it.
 */
public final class Problems {

	private final List<InvalidInput.Problem> problems = new ArrayList<>();

	/** Something wrong with one field. */
	public Problems add(String field, String code, Object... arguments) {
		this.problems.add(new InvalidInput.Problem(field, code, arguments));
		return this;
	}

	/** Something wrong with the input as a whole. */
	public Problems addGlobal(String code, Object... arguments) {
		return add(null, code, arguments);
	}

	public boolean any() {
		return !this.problems.isEmpty();
	}

	public boolean has(String field) {
		return this.problems.stream().anyMatch((problem) -> field.equals(problem.field()));
	}

	/** Refuses the input when anything was found wrong. */
	public void throwIfAny() {
		if (any()) {
			throw new InvalidInput(this.problems);
		}
	}

	/** Refuses the input for one reason. */
	public static InvalidInput of(String field, String code, Object... arguments) {
		return new InvalidInput(List.of(new InvalidInput.Problem(field, code, arguments)));
	}

}
