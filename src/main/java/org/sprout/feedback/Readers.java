package org.sprout.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.people.Mentorship;
import org.sprout.people.MentorshipRepository;
import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.security.AccessPolicy;
import org.sprout.security.Relation;

/**
 * Who will be able to read an entry, and why: the people the design names (subject,
 * manager, current mentors, author), each judged by the same access policy that guards
 * reading.
 */
@Service
@Transactional(readOnly = true)
public class Readers {

	private final PersonRepository people;

	private final MentorshipRepository mentorships;

	Readers(PersonRepository people, MentorshipRepository mentorships) {
		this.people = people;
		this.mentorships = mentorships;
	}

	public List<Reader> of(long authorId, long subjectId, Visibility visibility) {
		Person author = this.people.findById(authorId).orElseThrow();
		Person subject = this.people.findWithManager(subjectId).orElseThrow();
		Map<Long, Person> candidates = new LinkedHashMap<>();
		Map<Long, Relation> relations = new LinkedHashMap<>();
		candidates.put(subject.getId(), subject);
		relations.put(subject.getId(), Relation.SELF);
		if (subject.getManager() != null) {
			candidates.put(subject.getManager().getId(), subject.getManager());
			relations.put(subject.getManager().getId(), Relation.ofManager());
		}
		for (Mentorship mentorship : this.mentorships.currentMentorsOf(subjectId, LocalDate.now())) {
			Person mentor = mentorship.getMentor();
			candidates.putIfAbsent(mentor.getId(), mentor);
			relations.merge(mentor.getId(), Relation.ofMentor(),
					(manager, asMentor) -> new Relation(false, true, true, false, false));
		}
		candidates.putIfAbsent(author.getId(), author);
		relations.putIfAbsent(author.getId(), Relation.NONE);

		List<Reader> readers = new ArrayList<>();
		for (Person candidate : candidates.values()) {
			Relation relation = relations.get(candidate.getId());
			if (AccessPolicy.canRead(candidate.getId(), relation, author.getId(), visibility)) {
				readers.add(new Reader(candidate, reason(candidate.getId() == author.getId(), relation)));
			}
		}
		return readers;
	}

	private static String reason(boolean author, Relation relation) {
		String prefix = author ? "readers.author" : "readers";
		if (relation.self()) {
			return "readers.subject";
		}
		if (relation.manager() && relation.mentor()) {
			return prefix + ".managerAndMentor";
		}
		if (relation.manager()) {
			return prefix + ".manager";
		}
		return relation.mentor() ? prefix + ".mentor" : "readers.author";
	}

}
