package org.sprout.support;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.sprout.people.Person;
import org.sprout.people.PersonRepository;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signs MockMvc requests in as a demo account, exactly as the login form would.
 */
@Component
public class DemoAccounts {

	private final UserDetailsService users;

	private final PersonRepository people;

	DemoAccounts(UserDetailsService users, PersonRepository people) {
		this.users = users;
		this.people = people;
	}

	public RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	public Person person(String username) {
		return this.people.findByUsername(username).orElseThrow();
	}

	public long id(String username) {
		return person(username).getId();
	}

	/** The ids of everyone whose account is on but the person, by name. */
	public java.util.List<Long> everyoneBut(String username) {
		return this.people.findByEnabledTrueOrderByDisplayName()
			.stream()
			.filter((person) -> !person.getUsername().equals(username))
			.map(Person::getId)
			.toList();
	}

}
