package org.sprout.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.sprout.skills.Skill;

/**
 * A skill's name and description, as an admin writes them.
 */
public class SkillForm {

	@NotBlank
	@Size(max = 80)
	private String name;

	@Size(max = 500)
	private String description;

	public static SkillForm of(Skill skill) {
		SkillForm form = new SkillForm();
		form.setName(skill.getName());
		form.setDescription(skill.getDescription());
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
