package org.sprout.support;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The application's clock, for test slices that load services reading the time. */
@TestConfiguration(proxyBeanMethods = false)
public class SystemClock {

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
