package org.sprout.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The new password and its confirmation are the same. Reported on the confirmation field,
 * next to where the typo is.
 */
@Documented
@Constraint(validatedBy = PasswordsMatch.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PasswordsMatch {

	String message() default "{PasswordsMatch}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PasswordsMatch, NewPassword> {

		@Override
		public boolean isValid(NewPassword form, ConstraintValidatorContext context) {
			if (form == null || form.getNewPassword() == null || form.getConfirmPassword() == null
					|| form.getNewPassword().equals(form.getConfirmPassword())) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("confirmPassword")
				.addConstraintViolation();
			return false;
		}

	}

}
