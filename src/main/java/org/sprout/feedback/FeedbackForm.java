package org.sprout.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import org.sprout.feedback.coach.Draft;

/**
 * What the feedback form may set, and nothing more: author, scores and answers are never
 * bound from a request.
 */
public class FeedbackForm {

	public static final int MAX_PART = 1000;

	@NotNull
	private Long about;

	@NotNull
	@PastOrPresent
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate observedOn;

	private Long projectId;

	@NotEmpty
	private List<Long> skillIds = new ArrayList<>();

	@NotNull
	private FeedbackKind kind;

	@NotBlank
	@Size(max = MAX_PART)
	private String situation;

	@NotBlank
	@Size(max = MAX_PART)
	private String behaviour;

	@NotBlank
	@Size(max = MAX_PART)
	private String impact;

	@NotBlank
	@Size(max = MAX_PART)
	private String nextStep;

	@NotNull
	private Visibility visibility = Visibility.SHARED;

	/**
	 * The version the author started editing from (optimistic locking); null when new.
	 */
	private Long version;

	/** The feedback request this entry answers, if any. */
	private Long requestId;

	/** A new form about the person, observed today. */
	public static FeedbackForm about(long subjectId, LocalDate today) {
		FeedbackForm form = new FeedbackForm();
		form.setAbout(subjectId);
		form.setObservedOn(today);
		return form;
	}

	/** The form filled with an entry's current content, for its author to edit. */
	public static FeedbackForm of(FeedbackEntry entry) {
		FeedbackForm form = new FeedbackForm();
		form.setAbout(entry.getSubject().getId());
		form.setObservedOn(entry.getObservedOn());
		form.setProjectId((entry.getProject() != null) ? entry.getProject().getId() : null);
		form.setSkillIds(new ArrayList<>(entry.getSkills().stream().map((skill) -> skill.getId()).toList()));
		form.setKind(entry.getKind());
		form.setSituation(entry.getSituation());
		form.setBehaviour(entry.getBehaviour());
		form.setImpact(entry.getImpact());
		form.setNextStep(entry.getNextStep());
		form.setVisibility(entry.getVisibility());
		form.setVersion(entry.getVersion());
		return form;
	}

	/**
	 * What the coach reads; a part longer than the form allows is cut, since it will not
	 * be saved anyway.
	 */
	public Draft toDraft() {
		return new Draft(cut(this.situation), cut(this.behaviour), cut(this.impact), cut(this.nextStep), this.kind);
	}

	/** Whether any of the four parts holds text yet. */
	public boolean hasText() {
		return Stream.of(this.situation, this.behaviour, this.impact, this.nextStep)
			.anyMatch((part) -> part != null && !part.isBlank());
	}

	private static String cut(String part) {
		return (part != null && part.length() > MAX_PART) ? part.substring(0, MAX_PART) : part;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Long getRequestId() {
		return this.requestId;
	}

	public void setRequestId(Long requestId) {
		this.requestId = requestId;
	}

	public Long getAbout() {
		return this.about;
	}

	public void setAbout(Long about) {
		this.about = about;
	}

	public LocalDate getObservedOn() {
		return this.observedOn;
	}

	public void setObservedOn(LocalDate observedOn) {
		this.observedOn = observedOn;
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

	public FeedbackKind getKind() {
		return this.kind;
	}

	public void setKind(FeedbackKind kind) {
		this.kind = kind;
	}

	public String getSituation() {
		return this.situation;
	}

	public void setSituation(String situation) {
		this.situation = situation;
	}

	public String getBehaviour() {
		return this.behaviour;
	}

	public void setBehaviour(String behaviour) {
		this.behaviour = behaviour;
	}

	public String getImpact() {
		return this.impact;
	}

	public void setImpact(String impact) {
		this.impact = impact;
	}

	public String getNextStep() {
		return this.nextStep;
	}

	public void setNextStep(String nextStep) {
		this.nextStep = nextStep;
	}

	public Visibility getVisibility() {
		return this.visibility;
	}

	public void setVisibility(Visibility visibility) {
		this.visibility = visibility;
	}

}
