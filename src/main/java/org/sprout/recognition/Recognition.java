package org.sprout.recognition;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.sprout.model.BaseEntity;
import org.sprout.people.Person;
import org.sprout.skills.Skill;

/**
 * Someone saying, by name, that they relied on another person's mastery or followed their
 * lead: the trace of power that comes without a position.
 */
@Entity
@Table(name = "recognition")
public class Recognition extends BaseEntity {

	public static final int NOTE_MAX = 500;

	/** One recognition per giver, receiver and kind of power in this many days. */
	public static final int ONE_PER_DAYS = 30;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "giver_id")
	private Person giver;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "receiver_id")
	private Person receiver;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 20)
	private Power power;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "skill_id")
	private Skill skill;

	@Column(nullable = false, length = NOTE_MAX)
	private String note;

	@Column(name = "recognised_on", nullable = false)
	private LocalDate recognisedOn;

	protected Recognition() {
	}

	public Recognition(Person giver, Person receiver, Power power, Skill skill, String note, LocalDate recognisedOn) {
		this.giver = giver;
		this.receiver = receiver;
		this.power = power;
		this.skill = skill;
		this.note = note;
		this.recognisedOn = recognisedOn;
	}

	public Person getGiver() {
		return this.giver;
	}

	public Person getReceiver() {
		return this.receiver;
	}

	public Power getPower() {
		return this.power;
	}

	public Skill getSkill() {
		return this.skill;
	}

	public String getNote() {
		return this.note;
	}

	public LocalDate getRecognisedOn() {
		return this.recognisedOn;
	}

}
