package org.sprout.people;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A mentor growing a mentee, from {@code since} until (optionally) {@code until}, with an
 * agreed feedback cadence.
 */
@Entity
@Table(name = "mentorship")
public class Mentorship {

	public static final int DEFAULT_CADENCE_DAYS = 14;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "mentor_id")
	private Person mentor;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "mentee_id")
	private Person mentee;

	@Column(name = "since_date", nullable = false)
	private LocalDate since;

	@Column(name = "until_date")
	private LocalDate until;

	@Column(name = "cadence_days", nullable = false)
	private int cadenceDays = DEFAULT_CADENCE_DAYS;

	protected Mentorship() {
	}

	public Mentorship(Person mentor, Person mentee, LocalDate since) {
		this.mentor = mentor;
		this.mentee = mentee;
		this.since = since;
	}

	public Long getId() {
		return this.id;
	}

	public Person getMentor() {
		return this.mentor;
	}

	public Person getMentee() {
		return this.mentee;
	}

	public LocalDate getSince() {
		return this.since;
	}

	public LocalDate getUntil() {
		return this.until;
	}

	public void setUntil(LocalDate until) {
		this.until = until;
	}

	public int getCadenceDays() {
		return this.cadenceDays;
	}

	public void setCadenceDays(int cadenceDays) {
		this.cadenceDays = cadenceDays;
	}

	public boolean isCurrentOn(LocalDate day) {
		return !this.since.isAfter(day) && (this.until == null || !this.until.isBefore(day));
	}

	/** Where the mentorship stands on the day: not begun, running, or over. */
	public Status statusOn(LocalDate day) {
		if (this.since.isAfter(day)) {
			return Status.PLANNED;
		}
		return isCurrentOn(day) ? Status.CURRENT : Status.ENDED;
	}

	/**
	 * Whether this mentorship shares a day with the period from {@code from} until
	 * {@code to} (both inclusive; a null {@code to} is open-ended).
	 */
	public boolean overlaps(LocalDate from, LocalDate to) {
		boolean startsInTime = (to == null) || !this.since.isAfter(to);
		boolean lastsLongEnough = (this.until == null) || !this.until.isBefore(from);
		return startsInTime && lastsLongEnough;
	}

	public enum Status {

		PLANNED, CURRENT, ENDED

	}

}
