package org.sprout.projects;

/**
 * Published when a project is closed. Listeners run in the same transaction.
 *
 * @param projectId the project, now DONE
 * @param closedBy the person who closed it: its sponsor or its lead
 */
public record ProjectClosed(long projectId, long closedBy) {

}
