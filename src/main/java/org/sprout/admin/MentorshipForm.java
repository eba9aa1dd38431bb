package org.sprout.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import org.sprout.people.Mentorship;

/**
 * A new mentorship: who mentors whom, from when, and how often feedback should come.
 */
@NotOwnMentor
public class MentorshipForm {

	@NotNull
	private Long mentorId;

	@NotNull
	private Long menteeId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate since;

	@NotNull
	@Min(MentorshipChangeForm.MIN_CADENCE)
	@Max(MentorshipChangeForm.MAX_CADENCE)
	private Integer cadenceDays = Mentorship.DEFAULT_CADENCE_DAYS;

	public static MentorshipForm startingOn(LocalDate since) {
		MentorshipForm form = new MentorshipForm();
		form.setSince(since);
		return form;
	}

	public Long getMentorId() {
		return this.mentorId;
	}

	public void setMentorId(Long mentorId) {
		this.mentorId = mentorId;
	}

	public Long getMenteeId() {
		return this.menteeId;
	}

	public void setMenteeId(Long menteeId) {
		this.menteeId = menteeId;
	}

	public LocalDate getSince() {
		return this.since;
	}

	public void setSince(LocalDate since) {
		this.since = since;
	}

	public Integer getCadenceDays() {
		return this.cadenceDays;
	}

	public void setCadenceDays(Integer cadenceDays) {
		this.cadenceDays = cadenceDays;
	}

}
