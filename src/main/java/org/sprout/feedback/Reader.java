package org.sprout.feedback;

import org.sprout.people.Person;

/**
 * Someone who will be able to read an entry, and why (a message key).
 *
 * @param person the reader
 * @param reason why the access policy lets them read it
 */
public record Reader(Person person, String reason) {

}
