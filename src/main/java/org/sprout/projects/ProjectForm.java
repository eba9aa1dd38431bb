package org.sprout.projects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import org.sprout.people.Person;
import org.sprout.skills.Skill;

/**
 * The fields a project's form sets. A new project starts as PLANNED; an edit keeps its
 * lead and sponsor.
 */
public class ProjectForm {

	@NotBlank
	@Size(max = 120)
	private String name;

	@NotBlank
	@Size(max = 500)
	private String goal;

	@Size(max = 4000)
	private String description;

	@NotNull
	private Long leadId;

	@NotNull
	private Long sponsorId;

	private List<Long> memberIds = new ArrayList<>();

	@NotEmpty
	private List<Long> focusSkillIds = new ArrayList<>();

	@Size(max = 4000)
	private String safeSpace;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	@Min(1)
	@Max(365)
	private Integer cadenceDays;

	/** The version an edit started from; a newer one saved meanwhile refuses the edit. */
	private Long version;

	/** The form for editing a project, filled with what it holds now. */
	public static ProjectForm of(Project project) {
		ProjectForm form = new ProjectForm();
		form.setName(project.getName());
		form.setGoal(project.getGoal());
		form.setDescription(project.getDescription());
		form.setLeadId(project.getLead().getId());
		form.setSponsorId(project.getSponsor().getId());
		form.setMemberIds(new ArrayList<>(project.getMembers().stream().map(Person::getId).toList()));
		form.setFocusSkillIds(new ArrayList<>(project.getFocusSkills().stream().map(Skill::getId).toList()));
		form.setSafeSpace(project.getSafeSpace());
		form.setStartDate(project.getStartDate());
		form.setEndDate(project.getEndDate());
		form.setCadenceDays(project.getCadenceDays());
		form.setVersion(project.getVersion());
		return form;
	}

	/** A project cannot end before it starts. */
	@AssertTrue(message = "{project.endDate.beforeStart}")
	public boolean isEndDateValid() {
		return this.startDate == null || this.endDate == null || !this.endDate.isBefore(this.startDate);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getGoal() {
		return this.goal;
	}

	public void setGoal(String goal) {
		this.goal = goal;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getLeadId() {
		return this.leadId;
	}

	public void setLeadId(Long leadId) {
		this.leadId = leadId;
	}

	public Long getSponsorId() {
		return this.sponsorId;
	}

	public void setSponsorId(Long sponsorId) {
		this.sponsorId = sponsorId;
	}

	public List<Long> getMemberIds() {
		return this.memberIds;
	}

	public void setMemberIds(List<Long> memberIds) {
		this.memberIds = (memberIds != null) ? memberIds : new ArrayList<>();
	}

	public List<Long> getFocusSkillIds() {
		return this.focusSkillIds;
	}

	public void setFocusSkillIds(List<Long> focusSkillIds) {
		this.focusSkillIds = (focusSkillIds != null) ? focusSkillIds : new ArrayList<>();
	}

	public String getSafeSpace() {
		return this.safeSpace;
	}

	public void setSafeSpace(String safeSpace) {
		this.safeSpace = safeSpace;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public Integer getCadenceDays() {
		return this.cadenceDays;
	}

	public void setCadenceDays(Integer cadenceDays) {
		this.cadenceDays = cadenceDays;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
