package org.sprout.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.people.AccountChanged;
import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.web.NotFoundException;
import org.sprout.web.Problems;

/**
 * Setting and changing passwords: checked against the {@link PasswordPolicy}, stored only
 * as a hash of the application's encoder.
 */
@Service
@Transactional(readOnly = true)
public class Passwords {

	private final PasswordPolicy policy = PasswordPolicy.standard();

	private final PersonRepository people;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	Passwords(PersonRepository people, PasswordEncoder encoder, ApplicationEventPublisher events) {
		this.people = people;
		this.encoder = encoder;
		this.events = events;
	}

	/**
	 * Refuses a new password for the person that breaks the policy, without saving
	 * anything. A null password (one the form already refused) is not checked.
	 */
	public void checkNew(long personId, String newPassword) {
		Person person = this.people.findById(personId).orElseThrow(NotFoundException::new);
		Problems problems = new Problems();
		meetsPolicy(person.getUsername(), newPassword, problems);
		problems.throwIfAny();
	}

	/**
	 * Gives the person a new password chosen by an admin, or refuses it with why; every
	 * session they hold ends: an admin resets a password for a reason.
	 */
	@Transactional
	public void set(long personId, String newPassword) {
		checkNew(personId, newPassword);
		Person person = this.people.findById(personId).orElseThrow(NotFoundException::new);
		person.setPasswordHash(this.encoder.encode(newPassword));
		this.events.publishEvent(new AccountChanged(personId));
	}

	/**
	 * Refuses a change of the person's own password: the current one not confirmed, the
	 * new one breaking the policy or the same as now. A null value (one the form already
	 * refused) is not checked.
	 */
	public void checkChange(long personId, String currentPassword, String newPassword) {
		Person person = this.people.findById(personId).orElseThrow(NotFoundException::new);
		Problems problems = new Problems();
		boolean currentConfirmed = false;
		if (currentPassword != null) {
			currentConfirmed = matches(currentPassword, person.getPasswordHash());
			if (!currentConfirmed) {
				problems.add("currentPassword", "password.current.wrong");
			}
		}
		// Compared with the current password only once that is confirmed: otherwise the
		// new-password field would tell anyone at an open session what it is.
		if (meetsPolicy(person.getUsername(), newPassword, problems) && currentConfirmed
				&& matches(newPassword, person.getPasswordHash())) {
			problems.add("newPassword", "password.sameAsCurrent");
		}
		problems.throwIfAny();
	}

	/**
	 * Changes the person's own password once the current one is confirmed, or refuses
	 * with what is wrong. Their other sessions end; the one that changed it stays.
	 */
	@Transactional
	public void change(long personId, String currentPassword, String newPassword) {
		if (currentPassword == null || newPassword == null) {
			throw new IllegalArgumentException("Both passwords are needed to change one");
		}
		checkChange(personId, currentPassword, newPassword);
		Person person = this.people.findById(personId).orElseThrow(NotFoundException::new);
		person.setPasswordHash(this.encoder.encode(newPassword));
		this.events.publishEvent(new AccountChanged(personId));
	}

	private boolean meetsPolicy(String username, String password, Problems problems) {
		if (password == null) {
			return false;
		}
		var found = this.policy.problems(username, password);
		found.forEach((problem) -> problems.add("newPassword", problem.messageKey()));
		return found.isEmpty();
	}

	private boolean matches(String raw, String hash) {
		return hash != null && this.encoder.matches(raw, hash);
	}

}
