package io.hibermongo.it.schema.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A custom Bean Validation constraint: the text holds no {@code <script} tag. */
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoScript.Validator.class)
public @interface NoScript {

	String message() default "must not contain a script tag";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Refuses text containing {@code <script}, in any case. */
	class Validator implements ConstraintValidator<NoScript, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || !value.toLowerCase( Locale.ROOT ).contains( "<script" );
		}
	}
}
