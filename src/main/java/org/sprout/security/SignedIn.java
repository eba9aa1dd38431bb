package org.sprout.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, for the layout ({@code ${@signedIn.me()}}): it shows the menu from
 * it, on every page and error page, without evaluating security expressions while it
 * renders. Only for showing; every decision is the server's.
 */
@Component("signedIn")
public class SignedIn {

	/** The signed-in person, or null for a visitor who has not signed in. */
	public SproutUser me() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof SproutUser me) ? me : null;
	}

}
