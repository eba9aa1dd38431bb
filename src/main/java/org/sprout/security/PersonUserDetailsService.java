package org.sprout.security;

import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.people.PersonRepository;

@Service
class PersonUserDetailsService implements UserDetailsService {

	private final PersonRepository people;

	private final Relations relations;

	PersonUserDetailsService(PersonRepository people, Relations relations) {
		this.people = people;
		this.relations = relations;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.people.findByUsername(username)
			.filter((person) -> person.getPasswordHash() != null)
			.map((person) -> new SproutUser(person, this.relations.growsSomeone(person.getId())))
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

	/** The person as signed in now, if their account signs in at all. */
	@Transactional(readOnly = true)
	Optional<SproutUser> loadByPersonId(long personId) {
		return this.people.findById(personId)
			.filter((person) -> person.getPasswordHash() != null && person.isEnabled())
			.map((person) -> new SproutUser(person, this.relations.growsSomeone(person.getId())));
	}

}
