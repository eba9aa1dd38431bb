package org.sprout.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * The sessions people are signed in with, so that an admin's change to an account takes
 * effect at once: a deactivated person, or one whose password an admin reset, is signed
 * out of every open session on their next request (they land on the sign-in page). The
 * registry lives in this instance's memory; with several instances, sessions elsewhere
 * end when they expire.
 */
@Component
public class SignedInSessions {

	private final SessionRegistry registry;

	SignedInSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	/** Ends every open session of the account; returns how many there were. */
	public int endAllOf(String username) {
		int ended = 0;
		for (Object principal : this.registry.getAllPrincipals()) {
			if (principal instanceof SproutUser user && user.getUsername().equals(username)) {
				for (SessionInformation session : this.registry.getAllSessions(principal, false)) {
					session.expireNow();
					ended++;
				}
			}
		}
		return ended;
	}

}
