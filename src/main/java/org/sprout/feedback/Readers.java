package org.sprout.feedback;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.security.AccessPolicy;
import org.sprout.ties.Standing;
import org.sprout.ties.Tie;
import org.sprout.ties.TieHolder;
import org.sprout.ties.Ties;

/**
 * Who will be able to read an entry, and why: the subject, the author and everyone tied
 * to the subject, each judged by the same access policy that guards reading.
 */
@Service
@Transactional(readOnly = true)
public class Readers {

	private final PersonRepository people;

	private final Ties ties;

	Readers(PersonRepository people, Ties ties) {
		this.people = people;
		this.ties = ties;
	}

	public List<Reader> of(long authorId, long subjectId, boolean shared) {
		return of(authorId, this.people.findById(subjectId).orElseThrow(), shared);
	}

	/** The same, for a subject already at hand. */
	public List<Reader> of(long authorId, Person subject, boolean shared) {
		return of(authorId, subject, shared, this.ties.holdersOf(subject.getId()));
	}

	/** The same, with the ties around the subject already read. */
	public List<Reader> of(long authorId, Person subject, boolean shared, List<TieHolder> holders) {
		long subjectId = subject.getId();
		Map<Long, String> names = new LinkedHashMap<>();
		Map<Long, Set<Tie>> tiesOf = new LinkedHashMap<>();
		names.put(subjectId, subject.getDisplayName());
		tiesOf.put(subjectId, EnumSet.noneOf(Tie.class));
		for (TieHolder holder : holders) {
			names.putIfAbsent(holder.personId(), holder.displayName());
			tiesOf.computeIfAbsent(holder.personId(), (id) -> EnumSet.noneOf(Tie.class)).add(holder.tie());
		}
		if (!names.containsKey(authorId)) {
			names.put(authorId, this.people.findById(authorId).orElseThrow().getDisplayName());
			tiesOf.put(authorId, EnumSet.noneOf(Tie.class));
		}
		return names.keySet().stream().filter((reader) -> {
			Standing standing = (reader == subjectId) ? Standing.SELF : new Standing(false, tiesOf.get(reader));
			return AccessPolicy.canRead(reader, standing, authorId, shared);
		})
			.map((reader) -> new Reader(reader, names.get(reader), reader == authorId, reader == subjectId,
					tiesOf.get(reader)))
			.toList();
	}

}
