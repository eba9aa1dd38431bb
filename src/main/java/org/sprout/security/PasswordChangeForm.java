package org.sprout.security;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * Changing one's own password: the current one proves it is really them.
 */
public class PasswordChangeForm implements NewPassword {

	static final int MAX_TYPED = 200;

	@NotEmpty
	@Size(max = MAX_TYPED)
	private String currentPassword;

	@NotEmpty
	@Size(max = MAX_TYPED)
	private String newPassword;

	@NotEmpty
	@Size(max = MAX_TYPED)
	private String confirmPassword;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

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
