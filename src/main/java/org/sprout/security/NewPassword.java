package org.sprout.security;

/**
 * A form that chooses a new password, typed twice so that a typo does not lock anyone
 * out.
 */
@PasswordsMatch
public interface NewPassword {

	String getNewPassword();

	String getConfirmPassword();

}
