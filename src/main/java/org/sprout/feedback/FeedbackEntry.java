package org.sprout.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.AuditJoinTable;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;

import org.sprout.model.BaseEntity;
import org.sprout.people.Person;
import org.sprout.projects.Project;
import org.sprout.skills.Skill;

/**
 * One piece of feedback in situation-behaviour-impact form, with a next step.
 */
@Entity
@Table(name = "feedback_entry")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class FeedbackEntry extends BaseEntity {

	@NotAudited
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "author_id")
	private Person author;

	@NotAudited
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "subject_id")
	private Person subject;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "project_id")
	private Project project;

	@ManyToMany
	@AuditJoinTable(name = "feedback_entry_skill_aud")
	@JoinTable(name = "feedback_entry_skill", joinColumns = @JoinColumn(name = "entry_id"),
			inverseJoinColumns = @JoinColumn(name = "skill_id"))
	@OrderBy("position")
	private Set<Skill> skills = new LinkedHashSet<>();

	@Column(name = "observed_on", nullable = false)
	private LocalDate observedOn;

	@Column(nullable = false)
	private String situation;

	@Column(nullable = false)
	private String behaviour;

	@Column(nullable = false)
	private String impact;

	@Column(name = "next_step", nullable = false)
	private String nextStep;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 20)
	private FeedbackKind kind;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 20)
	private Visibility visibility;

	@NotAudited
	@Column(name = "quality_score")
	private Integer qualityScore;

	@NotAudited
	@Column(name = "quality_findings")
	private String qualityFindings;

	@NotAudited
	@Column(name = "acknowledged_at")
	private Instant acknowledgedAt;

	@NotAudited
	private String reflection;

	@NotAudited
	@Column(name = "reflected_at")
	private Instant reflectedAt;

	@NotAudited
	private String intent;

	@NotAudited
	private String commitment;

	@NotAudited
	@Column(name = "commitment_closed_at")
	private Instant commitmentClosedAt;

	@NotAudited
	@Column(name = "commitment_done_at")
	private Instant commitmentDoneAt;

	@NotAudited
	@Column(name = "commitment_note")
	private String commitmentNote;

	/** Derived from the three above whenever they change; what the index reads. */
	@NotAudited
	@Enumerated(EnumType.STRING)
	@Column(name = "commitment_state")
	private CommitmentState commitmentState;

	@NotAudited
	@Column(name = "edited_at")
	private Instant editedAt;

	/** The feedback request this entry answers, if any. */
	@NotAudited
	@Column(name = "request_id")
	private Long requestId;

	protected FeedbackEntry() {
	}

	public FeedbackEntry(Person author, Person subject) {
		this.author = author;
		this.subject = subject;
	}

	/** Backdates an entry; used only when generating demo history. */
	public void backdate(Instant when) {
		setCreatedAt(when);
	}

	public Person getAuthor() {
		return this.author;
	}

	public Person getSubject() {
		return this.subject;
	}

	public Project getProject() {
		return this.project;
	}

	public void setProject(Project project) {
		this.project = project;
	}

	public Set<Skill> getSkills() {
		return this.skills;
	}

	public void setSkills(Set<Skill> skills) {
		this.skills = new LinkedHashSet<>(skills);
	}

	public LocalDate getObservedOn() {
		return this.observedOn;
	}

	public void setObservedOn(LocalDate observedOn) {
		this.observedOn = observedOn;
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

	public FeedbackKind getKind() {
		return this.kind;
	}

	public void setKind(FeedbackKind kind) {
		this.kind = kind;
	}

	public Visibility getVisibility() {
		return this.visibility;
	}

	/**
	 * Shared feedback or a private note. A private note may become shared; what was
	 * shared stays shared: its readers have read it.
	 */
	public void setVisibility(Visibility visibility) {
		if (this.visibility == Visibility.SHARED && visibility == Visibility.PRIVATE_NOTE) {
			throw new IllegalStateException("Shared feedback cannot become a private note again");
		}
		this.visibility = visibility;
	}

	public boolean isPrivateNote() {
		return this.visibility == Visibility.PRIVATE_NOTE;
	}

	public Integer getQualityScore() {
		return this.qualityScore;
	}

	public String getQualityFindings() {
		return this.qualityFindings;
	}

	/** The ids of the coach's rules the entry did not meet, empty when none. */
	public List<String> getQualityRuleIds() {
		if (this.qualityFindings == null || this.qualityFindings.isBlank()) {
			return List.of();
		}
		return List.of(this.qualityFindings.split(","));
	}

	/** The feedback coach's reading: a score and the ids of its findings' rules. */
	public void setQuality(Integer score, String ruleIds) {
		this.qualityScore = score;
		this.qualityFindings = ruleIds;
	}

	public Instant getAcknowledgedAt() {
		return this.acknowledgedAt;
	}

	public String getReflection() {
		return this.reflection;
	}

	public Instant getReflectedAt() {
		return this.reflectedAt;
	}

	public String getIntent() {
		return this.intent;
	}

	public String getCommitment() {
		return this.commitment;
	}

	public Instant getCommitmentClosedAt() {
		return this.commitmentClosedAt;
	}

	public boolean hasOpenCommitment() {
		return this.commitment != null && this.commitmentClosedAt == null;
	}

	/** When the subject marked their commitment done, or null. */
	public Instant getCommitmentDoneAt() {
		return this.commitmentDoneAt;
	}

	/** What the subject noted when they marked their commitment done, or null. */
	public String getCommitmentNote() {
		return this.commitmentNote;
	}

	public boolean isCommitmentDone() {
		return this.commitmentDoneAt != null;
	}

	public Instant getEditedAt() {
		return this.editedAt;
	}

	public boolean isEdited() {
		return this.editedAt != null;
	}

	public Long getRequestId() {
		return this.requestId;
	}

	public void setRequestId(Long requestId) {
		this.requestId = requestId;
	}

	public boolean isAcknowledged() {
		return this.acknowledgedAt != null;
	}

	/** The subject has read the entry; the first acknowledgement counts. */
	public void acknowledge(Instant when) {
		if (this.acknowledgedAt == null) {
			this.acknowledgedAt = when;
		}
	}

	/** The subject's answer: what they took from it, their intent, one commitment. */
	public void reflect(String reflection, String intent, String commitment, Instant when) {
		acknowledge(when);
		this.reflection = reflection;
		this.intent = intent;
		if (!java.util.Objects.equals(this.commitment, commitment)) {
			// A new commitment starts open; the same one keeps how it was closed.
			this.commitment = commitment;
			this.commitmentClosedAt = null;
			this.commitmentDoneAt = null;
			this.commitmentNote = null;
		}
		this.reflectedAt = when;
		commitmentChanged();
	}

	/**
	 * The subject saw their open commitment through, and says how (the note is optional).
	 * Returns false, changing nothing, when there is no open commitment.
	 */
	public boolean markCommitmentDone(String note, Instant when) {
		if (!hasOpenCommitment()) {
			return false;
		}
		this.commitmentClosedAt = when;
		this.commitmentDoneAt = when;
		this.commitmentNote = note;
		commitmentChanged();
		return true;
	}

	/**
	 * Whether this entry follows up the commitment the subject made on an earlier one:
	 * later shared feedback about the same person on one of the same skills, observed on
	 * or after the day (in the organisation's zone) the commitment was made.
	 */
	public boolean followsUpCommitmentOf(FeedbackEntry earlier, ZoneId zone) {
		return earlier != this && earlier.hasOpenCommitment() && this.visibility == Visibility.SHARED
				&& earlier.subject.getId().equals(this.subject.getId())
				&& !this.observedOn.isBefore(earlier.reflectedAt.atZone(zone).toLocalDate())
				&& this.skills.stream().anyMatch(earlier.skills::contains);
	}

	/** New feedback on the same skill followed the commitment. */
	public void closeCommitment(Instant when) {
		if (hasOpenCommitment()) {
			this.commitmentClosedAt = when;
			commitmentChanged();
		}
	}

	public CommitmentState getCommitmentState() {
		return this.commitmentState;
	}

	private void commitmentChanged() {
		this.commitmentState = CommitmentState.of(this.commitment, this.commitmentClosedAt, this.commitmentDoneAt);
	}

	/**
	 * Whether the subject has answered the entry: acknowledged it or reflected on it, so
	 * they read what it said then.
	 */
	public boolean isAnswered() {
		return this.acknowledgedAt != null || this.reflectedAt != null;
	}

	/**
	 * What the entry says, as its kept versions record it: two entries with equal
	 * contents say the same.
	 */
	public Content content() {
		return new Content(this.observedOn, this.kind, this.visibility,
				(this.project != null) ? this.project.getId() : null,
				this.skills.stream().map(Skill::getId).collect(java.util.stream.Collectors.toSet()), this.situation,
				this.behaviour, this.impact, this.nextStep);
	}

	/**
	 * What an entry says: the parts its versions keep.
	 */
	public record Content(LocalDate observedOn, FeedbackKind kind, Visibility visibility, Long projectId,
			Set<Long> skillIds, String situation, String behaviour, String impact, String nextStep) {
	}

	/** The author changed what the entry says. */
	public void markEdited(Instant when) {
		this.editedAt = when;
	}

}
