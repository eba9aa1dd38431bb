package org.sprout.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
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
import org.hibernate.type.SqlTypes;

import org.sprout.model.BaseEntity;
import org.sprout.people.Person;
import org.sprout.projects.Project;
import org.sprout.skills.Skill;

/**
 * Someone asking a mentor or a peer for feedback, about a project and/or skills, perhaps
 * by a day. Asking several people at once makes one request each.
 */
@Entity
@Table(name = "feedback_request")
public class FeedbackRequest extends BaseEntity {

	/** Open requests older than this are marked stale. */
	public static final int STALE_AFTER_DAYS = 14;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "requester_id")
	private Person requester;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "recipient_id")
	private Person recipient;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "project_id")
	private Project project;

	@ManyToMany
	@JoinTable(name = "feedback_request_skill", joinColumns = @JoinColumn(name = "request_id"),
			inverseJoinColumns = @JoinColumn(name = "skill_id"))
	@OrderBy("position")
	private Set<Skill> skills = new LinkedHashSet<>();

	@Column(nullable = false, length = 1000)
	private String question;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 20)
	private RequestStatus status = RequestStatus.OPEN;

	@Column(name = "decline_reason")
	private String declineReason;

	@Column(name = "answered_by_id")
	private Long answeredById;

	/** The day the requester would like the answer by, if they said. */
	@Column(name = "due_on")
	private LocalDate dueOn;

	/**
	 * Shared by the requests asked together in one form; null when one person was asked.
	 */
	@Column(name = "ask_key", length = 36)
	private String askKey;

	protected FeedbackRequest() {
	}

	public FeedbackRequest(Person requester, Person recipient, String question) {
		this.requester = requester;
		this.recipient = recipient;
		this.question = question;
	}

	public Person getRequester() {
		return this.requester;
	}

	public Person getRecipient() {
		return this.recipient;
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

	public String getQuestion() {
		return this.question;
	}

	public RequestStatus getStatus() {
		return this.status;
	}

	public boolean isOpen() {
		return this.status == RequestStatus.OPEN;
	}

	public String getDeclineReason() {
		return this.declineReason;
	}

	public Long getAnsweredById() {
		return this.answeredById;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public String getAskKey() {
		return this.askKey;
	}

	/** This request was asked together with others in one form, all with this key. */
	public void askedTogether(String key) {
		this.askKey = key;
	}

	public boolean isStaleOn(Instant now) {
		return isOpen() && getCreatedAt() != null
				&& getCreatedAt().isBefore(now.minus(STALE_AFTER_DAYS, ChronoUnit.DAYS));
	}

	public void answeredBy(long entryId) {
		this.status = RequestStatus.ANSWERED;
		this.answeredById = entryId;
	}

	public void decline(String reason) {
		this.status = RequestStatus.DECLINED;
		this.declineReason = reason;
	}

	/** Backdates a request; used only when generating demo data. */
	public void backdate(Instant when) {
		setCreatedAt(when);
	}

}
