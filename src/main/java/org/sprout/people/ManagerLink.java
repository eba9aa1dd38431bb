package org.sprout.people;

/**
 * One step of a reporting line: the person reports to the manager.
 *
 * @param personId who reports
 * @param managerId to whom
 */
public record ManagerLink(Long personId, Long managerId) {

}
