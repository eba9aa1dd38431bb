package org.sprout.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.sprout.people.AccountChanged;
import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.web.NotFoundException;

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
	 * Gives the person a new password chosen by an admin, or records on {@code errors}
	 * why it cannot be used and returns false.
	 */
	@Transactional
	public boolean set(long personId, NewPassword form, Errors errors) {
		Person person = this.people.findById(personId).orElseThrow(NotFoundException::new);
		// The policy is checked even when the confirmation differs: all is said at once.
		if (!errors.hasFieldErrors("newPassword")) {
			meetsPolicy(person.getUsername(), form.getNewPassword(), errors);
		}
		if (errors.hasErrors()) {
			return false;
		}
		person.setPasswordHash(this.encoder.encode(form.getNewPassword()));
		// Whoever used the old password is signed out: an admin resets it for a reason.
		this.events.publishEvent(new AccountChanged(personId));
		return true;
	}

	/**
	 * Changes the signed-in person's own password once the current one is confirmed, or
	 * records on {@code errors} what is wrong and returns false.
	 */
	@Transactional
	public boolean change(long personId, PasswordChangeForm form, Errors errors) {
		Person person = this.people.findById(personId).orElseThrow(NotFoundException::new);
		boolean currentConfirmed = false;
		if (!errors.hasFieldErrors("currentPassword")) {
			currentConfirmed = matches(form.getCurrentPassword(), person.getPasswordHash());
			if (!currentConfirmed) {
				errors.rejectValue("currentPassword", "password.current.wrong");
			}
		}
		// Compared with the current password only once that is confirmed: otherwise the
		// new-password field would tell anyone at an open session what it is.
		if (!errors.hasFieldErrors("newPassword") && meetsPolicy(person.getUsername(), form.getNewPassword(), errors)
				&& currentConfirmed && matches(form.getNewPassword(), person.getPasswordHash())) {
			errors.rejectValue("newPassword", "password.sameAsCurrent");
		}
		if (errors.hasErrors()) {
			return false;
		}
		person.setPasswordHash(this.encoder.encode(form.getNewPassword()));
		// Other sessions end; the one that changed it stays signed in.
		this.events.publishEvent(new AccountChanged(personId));
		return true;
	}

	private boolean meetsPolicy(String username, String password, Errors errors) {
		var problems = this.policy.problems(username, password);
		problems.forEach((problem) -> errors.rejectValue("newPassword", problem.messageKey()));
		return problems.isEmpty();
	}

	private boolean matches(String raw, String hash) {
		return hash != null && this.encoder.matches(raw, hash);
	}

}
