package org.sprout.projects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The fields a new project may set. The status starts as PLANNED.
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

}
