package org.sprout.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On start, with demo data enabled (the default profile), fills an empty database with
 * the demo organisation and says how to sign in. With {@code sprout.demo.size=large} the
 * organisation is grown to the size of the large demo (see {@link LargeDemoData}).
 */
@Component
@ConditionalOnProperty(name = "sprout.demo.enabled", havingValue = "true")
class DemoDataRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

	private final DemoData demo;

	private final LargeDemoData large;

	private final Environment environment;

	private final boolean largeSize;

	private final Clock clock;

	DemoDataRunner(DemoData demo, LargeDemoData large, Environment environment,
			@Value("${sprout.demo.size:small}") String size, Clock clock) {
		this.demo = demo;
		this.large = large;
		this.environment = environment;
		this.clock = clock;
		if (!size.equals("small") && !size.equals("large")) {
			throw new IllegalArgumentException("sprout.demo.size is small or large, not " + size);
		}
		this.largeSize = size.equals("large");
	}

	@Override
	public void run(ApplicationArguments args) {
		LocalDate today = LocalDate.now(this.clock);
		if (this.demo.createIfEmpty(today) && this.largeSize) {
			this.large.grow(today, LargeDemoData.Scale.LARGE);
		}
		String port = this.environment.getProperty("local.server.port", "8080");
		log.info("Sprout is ready at http://localhost:{} - sign in as maria, sam, lee, priya or admin "
				+ "with the password '{}'.", port, DemoData.PASSWORD);
	}

}
