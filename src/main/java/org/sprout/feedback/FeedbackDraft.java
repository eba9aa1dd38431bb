package org.sprout.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.sprout.people.Person;

/**
 * What an author has typed about someone and not saved yet: kept server-side, one per
 * author and subject, for the author alone, until they save the entry or discard it. It
 * is kept as typed, even when the form would refuse it; only what cannot be stored at all
 * is cut.
 */
@Entity
@Table(name = "feedback_draft")
public class FeedbackDraft {

	/** The longest text a draft keeps of each part; the form allows less. */
	static final int MAX_PART = 4000;

	/** The most skills a draft keeps. */
	static final int MAX_SKILLS = 50;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "author_id")
	private Person author;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "subject_id")
	private Person subject;

	@Column(name = "request_id")
	private Long requestId;

	@Column(name = "project_id")
	private Long projectId;

	@Column(name = "observed_on")
	private LocalDate observedOn;

	@Column(name = "skill_ids", length = 500)
	private String skillIds;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(length = 20)
	private FeedbackKind kind;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(length = 20)
	private Visibility visibility;

	private String situation;

	private String behaviour;

	private String impact;

	@Column(name = "next_step")
	private String nextStep;

	@Column(name = "saved_at", nullable = false)
	private Instant savedAt;

	protected FeedbackDraft() {
	}

	FeedbackDraft(Person author, Person subject) {
		this.author = author;
		this.subject = subject;
	}

	/** Keeps what the form holds now. */
	void keep(FeedbackForm form, Instant when) {
		this.requestId = form.getRequestId();
		this.projectId = form.getProjectId();
		this.observedOn = form.getObservedOn();
		this.skillIds = form.getSkillIds()
			.stream()
			.filter(Objects::nonNull)
			.distinct()
			.limit(MAX_SKILLS)
			.map(String::valueOf)
			.collect(Collectors.joining(","));
		this.kind = form.getKind();
		this.visibility = form.getVisibility();
		this.situation = cut(form.getSituation());
		this.behaviour = cut(form.getBehaviour());
		this.impact = cut(form.getImpact());
		this.nextStep = cut(form.getNextStep());
		this.savedAt = when;
	}

	/** The feedback form as the draft left it, about its subject. */
	public FeedbackForm toForm() {
		FeedbackForm form = new FeedbackForm();
		form.setAbout(this.subject.getId());
		form.setRequestId(this.requestId);
		form.setProjectId(this.projectId);
		form.setObservedOn(this.observedOn);
		form.setSkillIds(skillIdList());
		form.setKind(this.kind);
		if (this.visibility != null) {
			form.setVisibility(this.visibility);
		}
		form.setSituation(this.situation);
		form.setBehaviour(this.behaviour);
		form.setImpact(this.impact);
		form.setNextStep(this.nextStep);
		return form;
	}

	private List<Long> skillIdList() {
		if (this.skillIds == null || this.skillIds.isBlank()) {
			return new ArrayList<>();
		}
		return new ArrayList<>(Arrays.stream(this.skillIds.split(",")).map(Long::valueOf).toList());
	}

	private static String cut(String text) {
		return (text != null && text.length() > MAX_PART) ? text.substring(0, MAX_PART) : text;
	}

	public Long getId() {
		return this.id;
	}

	public Person getAuthor() {
		return this.author;
	}

	public Person getSubject() {
		return this.subject;
	}

	public Long getRequestId() {
		return this.requestId;
	}

	public Instant getSavedAt() {
		return this.savedAt;
	}

}
