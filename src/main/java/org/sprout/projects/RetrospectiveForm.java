package org.sprout.projects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The lead's retrospective: what they learned about leading. */
public class RetrospectiveForm {

	@NotBlank
	@Size(max = 4000)
	private String retrospective;

	public static RetrospectiveForm of(Project project) {
		RetrospectiveForm form = new RetrospectiveForm();
		form.setRetrospective(project.getRetrospective());
		return form;
	}

	public String getRetrospective() {
		return this.retrospective;
	}

	public void setRetrospective(String retrospective) {
		this.retrospective = retrospective;
	}

}
