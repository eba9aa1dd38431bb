package org.sprout.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.sprout.people.AccountChanged;

/**
 * The sessions people are signed in with, so that a change to an account takes effect at
 * once. When a person's username, admin flag, activation or password changes, every
 * session they hold ends (they land on the sign-in page at their next request), found by
 * their person id, so a rename does not hide a session. The one exception is the session
 * that made the change as that same person (changing their own password): it stays, with
 * the account as it now is.
 */
@Component
public class SignedInSessions {

	private final SessionRegistry registry;

	private final PersonUserDetailsService users;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	SignedInSessions(SessionRegistry registry, PersonUserDetailsService users) {
		this.registry = registry;
		this.users = users;
	}

	/** Once the change is committed: nothing ends for a change that was refused. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void accountChanged(AccountChanged change) {
		Optional<ServletRequestAttributes> request = currentRequest();
		String keep = request.filter((attributes) -> isSignedInAs(change.personId()))
			.map((attributes) -> attributes.getRequest().getSession(false))
			.map(HttpSession::getId)
			.orElse(null);
		Set<String> usernames = new LinkedHashSet<>();
		this.users.usernameOf(change.personId()).ifPresent(usernames::add);
		if (change.formerUsername() != null) {
			usernames.add(change.formerUsername());
		}
		endSessionsOf(change.personId(), usernames, keep);
		if (keep != null) {
			refresh(request.get(), keep, change.personId(), usernames);
		}
	}

	/**
	 * Ends every session of the person but the one kept; returns how many ended. An ended
	 * session sends its next request to the sign-in page, on whichever instance it lands.
	 * @param usernames the names the person's sessions may have been opened with
	 */
	public int endSessionsOf(long personId, Collection<String> usernames, String keepSessionId) {
		int ended = 0;
		for (SessionInformation session : sessionsOf(personId, usernames)) {
			if (!session.getSessionId().equals(keepSessionId)) {
				session.expireNow();
				ended++;
			}
		}
		return ended;
	}

	private List<SessionInformation> sessionsOf(long personId, Collection<String> usernames) {
		if (this.registry instanceof SessionRegistryImpl) {
			// In this instance's memory every signed-in principal is at hand: found by
			// person id, whatever name they signed in with.
			return this.registry.getAllPrincipals()
				.stream()
				.filter((principal) -> principal instanceof SproutUser user && user.getPersonId() == personId)
				.flatMap((principal) -> this.registry.getAllSessions(principal, false).stream())
				.toList();
		}
		// In the database (Spring Session), shared by every instance: sessions are found
		// by the name they were opened with, the current one and a former one.
		return usernames.stream().flatMap((name) -> this.registry.getAllSessions(name, false).stream()).toList();
	}

	private boolean isSignedInAs(long personId) {
		Authentication authentication = this.holder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SproutUser user
				&& user.getPersonId() == personId;
	}

	/**
	 * The kept session goes on as the account now is (a new username, a new hash); should
	 * the account no longer sign in, it ends too.
	 */
	private void refresh(ServletRequestAttributes attributes, String sessionId, long personId, Set<String> usernames) {
		Optional<SproutUser> fresh = this.users.loadByPersonId(personId);
		if (fresh.isEmpty()) {
			endSessionsOf(personId, usernames, null);
			return;
		}
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(fresh.get(), null, fresh.get().getAuthorities()));
		this.holder.setContext(context);
		HttpServletRequest request = attributes.getRequest();
		HttpServletResponse response = attributes.getResponse();
		this.contexts.saveContext(context, request, response);
		this.registry.removeSessionInformation(sessionId);
		this.registry.registerNewSession(sessionId, fresh.get());
	}

	private static Optional<ServletRequestAttributes> currentRequest() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? Optional.of(attributes) : Optional.empty();
	}

}
