package org.sprout.projects;

/**
 * An ACTIVE project, by its lead: the board shows who already leads one.
 *
 * @param leadId who leads it
 * @param id the project
 * @param name its name
 */
public record LeadingProject(long leadId, long id, String name) {
}
