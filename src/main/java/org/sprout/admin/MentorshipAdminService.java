package org.sprout.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.people.Mentorship;
import org.sprout.people.MentorshipRepository;
import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.web.NotFoundException;
import org.sprout.web.Problems;
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

	/** The number of the list's page that shows the mentorship (the first if none). */
	public int pageOf(long id, LocalDate today) {
		return Paging.pageHolding(this.mentorships.adminListIds(today), id);
	}

	/** The mentorship with mentor and mentee, or 404. */
	public Mentorship find(long id) {
		return this.mentorships.findForPage(id).orElseThrow(NotFoundException::new);
	}

	/** Who can mentor or be mentored: people whose account is on. */
	public List<Person> choices() {
		return this.people.findByEnabledTrueOrderByDisplayName();
	}

	/** Starts a mentorship, or refuses it with why not. */
	@Transactional
	public Mentorship add(MentorshipForm form) {
		Problems problems = new Problems();
		Optional<Person> mentor = activePerson(form.getMentorId());
		Optional<Person> mentee = activePerson(form.getMenteeId());
		if (mentor.isEmpty()) {
			problems.add("mentorId", "admin.mentorship.person.unknown");
		}
		if (mentee.isEmpty()) {
			problems.add("menteeId", "admin.mentorship.person.unknown");
		}
		problems.throwIfAny();
		boolean taken = this.mentorships.findByMentorIdAndMenteeId(form.getMentorId(), form.getMenteeId())
			.stream()
			.anyMatch((existing) -> existing.overlaps(form.getSince(), null));
		if (taken) {
			throw Problems.of("menteeId", "admin.mentorship.duplicate", mentor.get().getDisplayName(),
					mentee.get().getDisplayName());
		}
		Mentorship mentorship = new Mentorship(mentor.get(), mentee.get(), form.getSince());
		mentorship.setCadenceDays(form.getCadenceDays());
		return this.mentorships.save(mentorship);
	}

	/** Changes the cadence and last day of a mentorship, or refuses why not. */
	@Transactional
	public Mentorship change(long id, MentorshipChangeForm form) {
		Mentorship mentorship = find(id);
		LocalDate until = form.getUntil();
		if (until != null && until.isBefore(mentorship.getSince())) {
			throw Problems.of("until", "admin.mentorship.until.beforeSince");
		}
		boolean overlaps = this.mentorships
			.findByMentorIdAndMenteeId(mentorship.getMentor().getId(), mentorship.getMentee().getId())
			.stream()
			.filter((other) -> !other.getId().equals(mentorship.getId()))
			.anyMatch((other) -> other.overlaps(mentorship.getSince(), until));
		if (overlaps) {
			throw Problems.of("until", "admin.mentorship.until.overlaps");
		}
		mentorship.setCadenceDays(form.getCadenceDays());
		mentorship.setUntil(until);
		return mentorship;
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
