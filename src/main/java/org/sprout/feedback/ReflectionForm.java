package org.sprout.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The subject's answer to an entry: what they took from it, optionally what they meant to
 * do, and one commitment for next time.
 *
 * @param reflection what they took from the feedback
 * @param intent "my intent was…", optional
 * @param commitment "next time I will…", optional
 */
public record ReflectionForm(@NotBlank @Size(max = 2000) String reflection, @Size(max = 1000) String intent,
		@Size(max = 500) String commitment) {

	public static ReflectionForm of(FeedbackEntry entry) {
		return new ReflectionForm(entry.getReflection(), entry.getIntent(), entry.getCommitment());
	}

}
