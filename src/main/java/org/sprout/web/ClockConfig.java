package org.sprout.web;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock the application reads the time from, in the organisation's zone
 * ({@code sprout.zone}, the system's by default): every "today" and "now" of the rules,
 * the pages and the records comes from it, so tests can set it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

	@Bean
	Clock clock(@Value("${sprout.zone:}") String zone) {
		return zone.isBlank() ? Clock.systemDefaultZone() : Clock.system(ZoneId.of(zone));
	}

}
