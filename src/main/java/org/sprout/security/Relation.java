package org.sprout.security;

/**
 * How a viewer stands to a person: the facts the access policy decides on.
 *
 * @param self the viewer is the person
 * @param manager the viewer is the person's manager (legitimate power)
 * @param mentor the viewer is a current mentor of the person
 * @param sponsor the viewer sponsors a project the person leads or is a member of, open
 * or closed in the last 30 days (for the closing feedback)
 * @param askedByThem the person has an open feedback request to the viewer
 */
public record Relation(boolean self, boolean manager, boolean mentor, boolean sponsor, boolean askedByThem) {

	public static final Relation NONE = new Relation(false, false, false, false, false);

	public static final Relation SELF = new Relation(true, false, false, false, false);

	public static Relation ofManager() {
		return new Relation(false, true, false, false, false);
	}

	public static Relation ofMentor() {
		return new Relation(false, false, true, false, false);
	}

}
