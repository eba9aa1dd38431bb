package org.sprout.security;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.people.MentorshipRepository;
import org.sprout.people.PersonRepository;

/**
 * Gathers the facts of {@link Relation} from the database, for the access policy to
 * judge.
 */
@Service
@Transactional(readOnly = true)
public class Relations {

	/**
	 * How long after a project closes its sponsor may still write the closing feedback.
	 */
	public static final int CLOSING_FEEDBACK_DAYS = 30;

	private final PersonRepository people;

	private final MentorshipRepository mentorships;

	private final RelationRepository relations;

	Relations(PersonRepository people, MentorshipRepository mentorships, RelationRepository relations) {
		this.people = people;
		this.mentorships = mentorships;
		this.relations = relations;
	}

	public Relation between(long viewerId, long personId) {
		if (viewerId == personId) {
			return Relation.SELF;
		}
		LocalDate today = LocalDate.now();
		return this.relations.between(viewerId, personId, today, today.minusDays(CLOSING_FEEDBACK_DAYS))
			.orElse(Relation.NONE);
	}

	/** Whether the viewer manages or mentors anyone today. */
	public boolean growsSomeone(long viewerId) {
		return this.people.existsByManagerId(viewerId) || this.mentorships.hasCurrentMentees(viewerId, LocalDate.now());
	}

}
