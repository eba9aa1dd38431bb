package org.sprout.projects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Starting a project: the safe-space agreement it needs (what may fail without harm), and
 * the feedback cadence for its lead (empty for the default).
 */
public class ActivationForm {

	@NotBlank
	@Size(max = 4000)
	private String safeSpace;

	@Min(1)
	@Max(365)
	private Integer cadenceDays;

	public static ActivationForm of(Project project) {
		ActivationForm form = new ActivationForm();
		form.setSafeSpace(project.getSafeSpace());
		form.setCadenceDays(project.getCadenceDays());
		return form;
	}

	public String getSafeSpace() {
		return this.safeSpace;
	}

	public void setSafeSpace(String safeSpace) {
		this.safeSpace = safeSpace;
	}

	public Integer getCadenceDays() {
		return this.cadenceDays;
	}

	public void setCadenceDays(Integer cadenceDays) {
		this.cadenceDays = cadenceDays;
	}

}
