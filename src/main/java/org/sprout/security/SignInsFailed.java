package org.sprout.security;

/**
 * Someone failed to sign in as this username so many times since its last successful
 * sign-in that the account looks targeted.
 *
 * @param username the username that was tried
 * @param failures how many failed attempts that makes
 */
public record SignInsFailed(String username, int failures) {

}
