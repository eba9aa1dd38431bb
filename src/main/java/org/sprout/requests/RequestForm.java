package org.sprout.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Asking for feedback: whom (one to {@value #MAX_RECIPIENTS} people, one request each),
 * about what, by when (optional), and the question.
 */
public class RequestForm {

	/** The most people one form asks at once. */
	public static final int MAX_RECIPIENTS = 8;

	@NotEmpty
	@Size(max = MAX_RECIPIENTS)
	private List<Long> recipientIds = new ArrayList<>();

	private Long projectId;

	private List<Long> skillIds = new ArrayList<>();

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	@NotBlank
	@Size(max = 1000)
	private String question;

	public List<Long> getRecipientIds() {
		return this.recipientIds;
	}

	public void setRecipientIds(List<Long> recipientIds) {
		this.recipientIds = (recipientIds != null) ? recipientIds : new ArrayList<>();
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public void setProjectId(Long projectId) {
		this.projectId = projectId;
	}

	public List<Long> getSkillIds() {
		return this.skillIds;
	}

	public void setSkillIds(List<Long> skillIds) {
		this.skillIds = (skillIds != null) ? skillIds : new ArrayList<>();
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public String getQuestion() {
		return this.question;
	}

	public void setQuestion(String question) {
		this.question = question;
	}

}
