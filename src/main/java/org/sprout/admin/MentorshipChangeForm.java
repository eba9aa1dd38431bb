package org.sprout.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import org.sprout.people.Mentorship;

/**
 * What may change on a mentorship once agreed: the cadence and the last day. Mentor,
 * mentee and start stay, so that its history keeps meaning what it meant.
 */
public class MentorshipChangeForm {

	static final int MIN_CADENCE = 1;

	static final int MAX_CADENCE = 365;

	@NotNull
	@Min(MIN_CADENCE)
	@Max(MAX_CADENCE)
	private Integer cadenceDays;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate until;

	public static MentorshipChangeForm of(Mentorship mentorship) {
		MentorshipChangeForm form = new MentorshipChangeForm();
		form.setCadenceDays(mentorship.getCadenceDays());
		form.setUntil(mentorship.getUntil());
		return form;
	}

	public Integer getCadenceDays() {
		return this.cadenceDays;
	}

	public void setCadenceDays(Integer cadenceDays) {
		this.cadenceDays = cadenceDays;
	}

	public LocalDate getUntil() {
		return this.until;
	}

	public void setUntil(LocalDate until) {
		this.until = until;
	}

}
