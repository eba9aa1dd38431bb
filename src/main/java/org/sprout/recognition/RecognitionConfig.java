package org.sprout.recognition;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The emergence score's knobs, from {@code sprout.emergence.*} with the documented
 * defaults.
 */
@Configuration(proxyBeanMethods = false)
class RecognitionConfig {

	@Bean
	EmergenceScore emergenceScore(@Value("${sprout.emergence.window-days:180}") int windowDays,
			@Value("${sprout.emergence.half-life-days:90}") int halfLifeDays,
			@Value("${sprout.emergence.cross-team-weight:1.5}") double crossTeamWeight,
			@Value("${sprout.emergence.report-weight:0.5}") double reportWeight,
			@Value("${sprout.emergence.leading-threshold:20}") double leadingThreshold) {
		return new EmergenceScore(
				new EmergenceScore.Settings(windowDays, halfLifeDays, crossTeamWeight, reportWeight, leadingThreshold));
	}

}
