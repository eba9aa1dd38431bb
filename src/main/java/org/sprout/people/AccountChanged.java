package org.sprout.people;

/**
 * Something that decides who a person is when signed in changed: their username, admin
 * flag, whether their account is on, or their password. Every session they hold must end
 * (or, for the session that made the change itself, be refreshed).
 *
 * @param personId whose account changed
 * @param formerUsername the username their sessions were opened with, when it changed;
 * otherwise null
 */
public record AccountChanged(long personId, String formerUsername) {

	public AccountChanged(long personId) {
		this(personId, null);
	}

}
