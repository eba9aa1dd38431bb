package org.sprout.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Objects;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A mentorship pairs two different people. Reported on the mentee field.
 */
@Documented
@Constraint(validatedBy = NotOwnMentor.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NotOwnMentor {

	String message() default "{NotOwnMentor}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<NotOwnMentor, MentorshipForm> {

		@Override
		public boolean isValid(MentorshipForm form, ConstraintValidatorContext context) {
			if (form == null || form.getMentorId() == null || !Objects.equals(form.getMentorId(), form.getMenteeId())) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("menteeId")
				.addConstraintViolation();
			return false;
		}

	}

}
