package org.sprout.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.sprout.people.Mentorship;
import org.sprout.people.MentorshipRepository;
import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.web.NotFoundException;
import org.sprout.web.Paging;

/**
 * Starting, changing and ending mentorships. A pair has at most one mentorship at a time:
 * their periods never overlap.
 */
@Service
@Transactional(readOnly = true)
public class MentorshipAdminService {

	private final MentorshipRepository mentorships;

	private final PersonRepository people;

	MentorshipAdminService(MentorshipRepository mentorships, PersonRepository people) {
		this.mentorships = mentorships;
		this.people = people;
	}

	public Page<Mentorship> list(LocalDate today, Integer page) {
		return this.mentorships.adminList(today, Paging.page(page, Sort.unsorted()));
	}

	/** The mentorship with mentor and mentee, or 404. */
	public Mentorship find(long id) {
		return this.mentorships.findForPage(id).orElseThrow(NotFoundException::new);
	}

	/** Who can mentor or be mentored: people whose account is on. */
	public List<Person> choices() {
		return this.people.findByEnabledTrueOrderByDisplayName();
	}

	/** Starts a mentorship, or records on {@code errors} why not and returns empty. */
	@Transactional
	public Optional<Mentorship> add(MentorshipForm form, Errors errors) {
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		Optional<Person> mentor = activePerson(form.getMentorId());
		Optional<Person> mentee = activePerson(form.getMenteeId());
		if (mentor.isEmpty()) {
			errors.rejectValue("mentorId", "admin.mentorship.person.unknown");
		}
		if (mentee.isEmpty()) {
			errors.rejectValue("menteeId", "admin.mentorship.person.unknown");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		boolean taken = this.mentorships.findByMentorIdAndMenteeId(form.getMentorId(), form.getMenteeId())
			.stream()
			.anyMatch((existing) -> existing.overlaps(form.getSince(), null));
		if (taken) {
			errors.rejectValue("menteeId", "admin.mentorship.duplicate",
					new Object[] { mentor.get().getDisplayName(), mentee.get().getDisplayName() }, null);
			return Optional.empty();
		}
		Mentorship mentorship = new Mentorship(mentor.get(), mentee.get(), form.getSince());
		mentorship.setCadenceDays(form.getCadenceDays());
		return Optional.of(this.mentorships.save(mentorship));
	}

	/**
	 * Changes the cadence and last day of a mentorship, or records on {@code errors} why
	 * not and returns false.
	 */
	@Transactional
	public boolean change(long id, MentorshipChangeForm form, Errors errors) {
		Mentorship mentorship = find(id);
		if (errors.hasErrors()) {
			return false;
		}
		LocalDate until = form.getUntil();
		if (until != null && until.isBefore(mentorship.getSince())) {
			errors.rejectValue("until", "admin.mentorship.until.beforeSince");
			return false;
		}
		boolean overlaps = this.mentorships
			.findByMentorIdAndMenteeId(mentorship.getMentor().getId(), mentorship.getMentee().getId())
			.stream()
			.filter((other) -> !other.getId().equals(mentorship.getId()))
			.anyMatch((other) -> other.overlaps(mentorship.getSince(), until));
		if (overlaps) {
			errors.rejectValue("until", "admin.mentorship.until.overlaps");
			return false;
		}
		mentorship.setCadenceDays(form.getCadenceDays());
		mentorship.setUntil(until);
		return true;
	}

	/**
	 * Ends a current mentorship: today is its last day. Returns false, changing nothing,
	 * when it is not current (not begun, or over already).
	 */
	@Transactional
	public boolean end(long id, LocalDate today) {
		Mentorship mentorship = find(id);
		if (!mentorship.isCurrentOn(today)) {
			return false;
		}
		mentorship.setUntil(today);
		return true;
	}

	private Optional<Person> activePerson(Long id) {
		return Optional.ofNullable(id).flatMap(this.people::findById).filter(Person::isEnabled);
	}

}
