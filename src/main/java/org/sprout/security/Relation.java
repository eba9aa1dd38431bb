package org.sprout.security;

/**
 * How a viewer stands to a person: the facts the access policy decides on.
 *
 * @param self the viewer is the person
 * @param manager the viewer is the person's manager (legitimate power)
 * @param mentor the viewer is a current mentor of the person
 * @param sponsor the viewer sponsors an open project the person leads or is a member of
 */
public record Relation(boolean self, boolean manager, boolean mentor, boolean sponsor) {

	public static final Relation NONE = new Relation(false, false, false, false);

	public static final Relation SELF = new Relation(true, false, false, false);

}
