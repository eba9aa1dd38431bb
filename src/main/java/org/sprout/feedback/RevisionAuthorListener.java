package org.sprout.feedback;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import org.sprout.security.SproutUser;

/**
 * Stamps each revision with the signed-in person who made it (none for demo data).
 */
public class RevisionAuthorListener implements RevisionListener {

	@Override
	public void newRevision(Object revisionEntity) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SproutUser user) {
			((FeedbackRevision) revisionEntity).setPersonId(user.getPersonId());
		}
	}

}
