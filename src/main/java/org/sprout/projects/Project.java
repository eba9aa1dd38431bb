package org.sprout.projects;

import java.time.Instant;
import java.time.LocalDate;
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
import org.sprout.skills.Skill;

/**
 * A stretch assignment: the person growing leads it, a sponsor backs it, and the
 * safe-space agreement writes down what may fail without harm.
 */
@Entity
@Table(name = "project")
public class Project extends BaseEntity {

	@Column(nullable = false, length = 120)
	private String name;

	private String goal;

	private String description;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "lead_id")
	private Person lead;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "sponsor_id")
	private Person sponsor;

	@ManyToMany
	@JoinTable(name = "project_member", joinColumns = @JoinColumn(name = "project_id"),
			inverseJoinColumns = @JoinColumn(name = "person_id"))
	@OrderBy("displayName")
	private Set<Person> members = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "project_skill", joinColumns = @JoinColumn(name = "project_id"),
			inverseJoinColumns = @JoinColumn(name = "skill_id"))
	@OrderBy("position")
	private Set<Skill> focusSkills = new LinkedHashSet<>();

	@Column(name = "safe_space")
	private String safeSpace;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 20)
	private ProjectStatus status = ProjectStatus.PLANNED;

	private String retrospective;

	/**
	 * Days between two pieces of feedback to the lead while ACTIVE; null for the default.
	 */
	@Column(name = "cadence_days")
	private Integer cadenceDays;

	/** When it was closed: the sponsor's closing feedback is written after this. */
	@Column(name = "closed_at")
	private Instant closedAt;

	protected Project() {
	}

	public Project(String name, Person lead, Person sponsor) {
		this.name = name;
		this.lead = lead;
		this.sponsor = sponsor;
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

	public Person getLead() {
		return this.lead;
	}

	public void setLead(Person lead) {
		this.lead = lead;
	}

	public Person getSponsor() {
		return this.sponsor;
	}

	public void setSponsor(Person sponsor) {
		this.sponsor = sponsor;
	}

	public Set<Person> getMembers() {
		return this.members;
	}

	public Set<Skill> getFocusSkills() {
		return this.focusSkills;
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

	public ProjectStatus getStatus() {
		return this.status;
	}

	public String getRetrospective() {
		return this.retrospective;
	}

	/** The lead's retrospective, once the project is DONE (null takes it back). */
	public void writeRetrospective(String retrospective) {
		if (!isDone()) {
			throw new IllegalStateException("A retrospective is written once the project is done");
		}
		this.retrospective = retrospective;
	}

	public Integer getCadenceDays() {
		return this.cadenceDays;
	}

	public void setCadenceDays(Integer cadenceDays) {
		this.cadenceDays = cadenceDays;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public boolean isPlanned() {
		return this.status == ProjectStatus.PLANNED;
	}

	public boolean isActive() {
		return this.status == ProjectStatus.ACTIVE;
	}

	public boolean isDone() {
		return this.status == ProjectStatus.DONE;
	}

	/**
	 * Starts the project under the agreement; the start date becomes today if unset or
	 * later. {@link ProjectLifecycle} says whether it may start.
	 */
	public void activate(String safeSpace, Integer cadenceDays, LocalDate today) {
		if (!isPlanned()) {
			throw new IllegalStateException("Only a planned project starts");
		}
		this.safeSpace = safeSpace;
		this.cadenceDays = cadenceDays;
		this.status = ProjectStatus.ACTIVE;
		if (this.startDate == null || this.startDate.isAfter(today)) {
			this.startDate = today;
		}
	}

	/** Finishes the project now. {@link ProjectLifecycle} says whether it may close. */
	public void close(LocalDate today, Instant now) {
		if (!isActive()) {
			throw new IllegalStateException("Only an active project closes");
		}
		this.status = ProjectStatus.DONE;
		this.closedAt = now;
		this.endDate = today;
		if (this.startDate != null && this.startDate.isAfter(today)) {
			this.startDate = today;
		}
	}

}
