package org.sprout.security;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.people.MentorshipRepository;
import org.sprout.people.PersonRepository;
import org.sprout.projects.ProjectRepository;
import org.sprout.requests.FeedbackRequestRepository;

/**
 * Gathers the facts of {@link Relation} from the database, for the access policy to
 * judge.
 */
@Service
@Transactional(readOnly = true)
public class Relations {

	private final PersonRepository people;

	private final MentorshipRepository mentorships;

	private final ProjectRepository projects;

	private final FeedbackRequestRepository requests;

	Relations(PersonRepository people, MentorshipRepository mentorships, ProjectRepository projects,
			FeedbackRequestRepository requests) {
		this.people = people;
		this.mentorships = mentorships;
		this.projects = projects;
		this.requests = requests;
	}

	public Relation between(long viewerId, long personId) {
		if (viewerId == personId) {
			return Relation.SELF;
		}
		boolean manager = this.people.managerIdOf(personId).map((id) -> id == viewerId).orElse(false);
		boolean mentor = this.mentorships.isCurrentMentor(viewerId, personId, LocalDate.now());
		boolean sponsor = this.projects.sponsorsOpenProjectOf(viewerId, personId);
		boolean asked = this.requests.hasOpenRequest(personId, viewerId);
		return new Relation(false, manager, mentor, sponsor, asked);
	}

	/** Whether the viewer manages or mentors anyone today. */
	public boolean growsSomeone(long viewerId) {
		return this.people.existsByManagerId(viewerId) || this.mentorships.hasCurrentMentees(viewerId, LocalDate.now());
	}

}
