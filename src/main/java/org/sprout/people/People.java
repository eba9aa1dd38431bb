package org.sprout.people;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.web.NotFoundException;
import org.sprout.web.Paging;

/**
 * The people of the organisation as the features read them: the directory, a person with
 * their reporting line and mentorships, and who can be chosen in a form.
 */
@Service
@Transactional(readOnly = true)
public class People {

	/** The longest search text the directory reads; more is cut. */
	static final int MAX_QUERY = 100;

	/** The most people one search of choices answers. */
	public static final int MOST_CHOICES = 20;

	private final PersonRepository people;

	private final MentorshipRepository mentorships;

	People(PersonRepository people, MentorshipRepository mentorships) {
		this.people = people;
		this.mentorships = mentorships;
	}

	/** A page of the directory, by name, found by name, team or job title. */
	public Page<Person> directory(String query, Integer page) {
		return this.people.directory(PersonRepository.literal(searchText(query)),
				Paging.page(page, Sort.by("displayName", "id")));
	}

	/** The search text as it is used: trimmed, and cut to a sensible length. */
	public static String searchText(String query) {
		String q = (query != null) ? query.strip() : "";
		return (q.length() > MAX_QUERY) ? q.substring(0, MAX_QUERY) : q;
	}

	/** The person with their manager, or 404. */
	public Person find(long personId) {
		return this.people.findWithManager(personId).orElseThrow(NotFoundException::new);
	}

	/** The person with their manager and their reports (by name), or 404. */
	public Person findWithReports(long personId) {
		return this.people.findWithManagerAndReports(personId).orElseThrow(NotFoundException::new);
	}

	public Optional<Person> findById(long personId) {
		return this.people.findById(personId);
	}

	/**
	 * Who can be chosen in a form, found by name or team, by name: at most
	 * {@value #MOST_CHOICES}, and one more when more match, so the caller can say so.
	 */
	public List<Person> choices(String query, Long exceptId) {
		return this.people.choices(PersonRepository.literal(searchText(query)), (exceptId != null) ? exceptId : 0,
				Limit.of(MOST_CHOICES + 1));
	}

	/** Everyone whose account is on, by name: who can be chosen in a form. */
	public List<Person> enabled() {
		return this.people.findByEnabledTrueOrderByDisplayName();
	}

	/** Everyone whose account is on but the person, by name. */
	public List<Person> enabledOtherThan(long personId) {
		return enabled().stream().filter((person) -> person.getId() != personId).toList();
	}

	public List<Person> reportsOf(long managerId) {
		return this.people.findByManagerIdOrderByDisplayName(managerId);
	}

	/**
	 * The person's own choice: whether any colleague may write them shared feedback
	 * ("anyone may give me feedback"). Reading their feedback still needs a manager or
	 * mentor tie.
	 */
	@Transactional
	public Person welcomeFeedback(long personId, boolean welcomes) {
		Person person = this.people.findById(personId).orElseThrow(NotFoundException::new);
		person.setWelcomesFeedback(welcomes);
		return person;
	}

	/**
	 * The person's current mentorships in one query: their mentors, then those they
	 * mentor, each by name.
	 */
	public Mentorships currentMentorshipsOf(long personId, LocalDate day) {
		List<Mentorship> current = this.mentorships.currentOf(personId, day);
		return new Mentorships(
				current.stream()
					.filter((m) -> m.getMentee().getId() == personId)
					.sorted(Comparator.comparing((Mentorship m) -> m.getMentor().getDisplayName()))
					.toList(),
				current.stream()
					.filter((m) -> m.getMentor().getId() == personId)
					.sorted(Comparator.comparing((Mentorship m) -> m.getMentee().getDisplayName()))
					.toList());
	}

	/**
	 * @param mentors the person's mentors (they are the mentee)
	 * @param mentees those the person mentors
	 */
	public record Mentorships(List<Mentorship> mentors, List<Mentorship> mentees) {
	}

}
