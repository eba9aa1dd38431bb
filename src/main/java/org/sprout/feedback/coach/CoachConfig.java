package org.sprout.feedback.coach;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The feedback coach with the word lists in {@code src/main/resources/coach/}.
 */
@Configuration(proxyBeanMethods = false)
class CoachConfig {

	@Bean
	FeedbackCoach feedbackCoach() {
		return WordLists.coach();
	}

}
