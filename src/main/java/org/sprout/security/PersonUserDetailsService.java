package org.sprout.security;

import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.ties.Ties;

@Service
class PersonUserDetailsService implements UserDetailsService {

	private final PersonRepository people;

	private final Ties ties;

	PersonUserDetailsService(PersonRepository people, Ties ties) {
		this.people = people;
		this.ties = ties;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.people.findByUsername(username)
			.filter((person) -> person.getPasswordHash() != null)
			.map((person) -> new SproutUser(person, this.ties.growsSomeone(person.getId())))
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

	/** The name the person signs in with. */
	@Transactional(readOnly = true)
	Optional<String> usernameOf(long personId) {
		return this.people.findById(personId).map(Person::getUsername);
	}

	/** The person as signed in now, if their account signs in at all. */
	@Transactional(readOnly = true)
	Optional<SproutUser> loadByPersonId(long personId) {
		return this.people.findById(personId)
			.filter((person) -> person.getPasswordHash() != null && person.isEnabled())
			.map((person) -> new SproutUser(person, this.ties.growsSomeone(person.getId())));
	}

}
