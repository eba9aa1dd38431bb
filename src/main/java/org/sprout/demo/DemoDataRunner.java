package org.sprout.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On start, with demo data enabled (the default profile), fills an empty database with
 * the demo organisation and says how to sign in.
 */
@Component
@ConditionalOnProperty(name = "sprout.demo.enabled", havingValue = "true")
class DemoDataRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

	private final DemoData demo;

	private final Environment environment;

	private final Clock clock;

	DemoDataRunner(DemoData demo, Environment environment, Clock clock) {
		this.demo = demo;
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.demo.createIfEmpty(LocalDate.now(this.clock));
		String port = this.environment.getProperty("local.server.port", "8080");
		log.info("Sprout is ready at http://localhost:{} - sign in as maria, sam, lee, priya or admin "
				+ "with the password '{}'.", port, DemoData.PASSWORD);
	}

}
