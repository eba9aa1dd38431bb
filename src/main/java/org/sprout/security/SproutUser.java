package org.sprout.security;

import java.io.Serial;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import org.sprout.people.Person;

/**
 * The signed-in person, as Spring Security holds them: their person id travels with the
 * session so pages never look it up again.
 */
public class SproutUser extends User {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long personId;

	private final String displayName;

	private final boolean admin;

	private final boolean growsSomeone;

	/**
	 * @param person who signed in
	 * @param growsSomeone whether they managed or mentored someone at sign-in; only used
	 * to show links, every decision asks again
	 */
	public SproutUser(Person person, boolean growsSomeone) {
		super(person.getUsername(), person.getPasswordHash(), person.isEnabled(), true, true, true,
				person.isAdmin()
						? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
						: List.of(new SimpleGrantedAuthority("ROLE_USER")));
		this.personId = person.getId();
		this.displayName = person.getDisplayName();
		this.admin = person.isAdmin();
		this.growsSomeone = growsSomeone;
	}

	public long getPersonId() {
		return this.personId;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public boolean isAdmin() {
		return this.admin;
	}

	/** Whether to show the leaders board in the menu (the board checks again). */
	public boolean isSeesLeaders() {
		return AccessPolicy.canSeeLeaders(this.admin, this.growsSomeone);
	}

}
