package org.sprout.admin;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.sprout.security.NewPassword;

/**
 * An admin setting someone's password: typed twice, never shown again.
 */
public class PasswordResetForm implements NewPassword {

	@NotEmpty
	@Size(max = 200)
	private String newPassword;

	@NotEmpty
	@Size(max = 200)
	private String confirmPassword;

	@Override
	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	@Override
	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
