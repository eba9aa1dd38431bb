package org.sprout.people;

/**
 * Something that decides who a person is when signed in changed: their username, admin
 * flag, whether their account is on, or their password. Every session they hold must end
 * (or, for the session that made the change itself, be refreshed).
 *
 * @param personId whose account changed
 */
public record AccountChanged(long personId) {

}
