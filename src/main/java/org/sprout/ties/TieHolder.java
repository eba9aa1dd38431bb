package org.sprout.ties;

/**
 * Someone who stands in a tie to a person: their manager, a mentor, a sponsor, someone
 * they asked.
 *
 * @param personId who holds the tie
 * @param displayName their name
 * @param tie what the person is to them
 */
public record TieHolder(long personId, String displayName, Tie tie) {

}
