package org.sprout.projects;

/**
 * Published when the lead saves the retrospective of a finished project. Listeners run in
 * the same transaction.
 *
 * @param projectId the project, DONE
 * @param leadId the lead who wrote it
 */
public record RetrospectiveWritten(long projectId, long leadId) {

}
