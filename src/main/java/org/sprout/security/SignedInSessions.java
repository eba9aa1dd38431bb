package org.sprout.security;

import java.util.Optional;

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
		endSessionsOf(change.personId(), keep);
		if (keep != null) {
			refresh(request.get(), keep, change.personId());
		}
	}

	/** Ends every session of the person but the one kept; returns how many ended. */
	public int endSessionsOf(long personId, String keepSessionId) {
		int ended = 0;
		for (Object principal : this.registry.getAllPrincipals()) {
			if (principal instanceof SproutUser user && user.getPersonId() == personId) {
				for (SessionInformation session : this.registry.getAllSessions(principal, false)) {
					if (!session.getSessionId().equals(keepSessionId)) {
						session.expireNow();
						ended++;
					}
				}
			}
		}
		return ended;
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
	private void refresh(ServletRequestAttributes attributes, String sessionId, long personId) {
		Optional<SproutUser> fresh = this.users.loadByPersonId(personId);
		if (fresh.isEmpty()) {
			endSessionsOf(personId, null);
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
