package org.sprout.admin;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.security.PasswordPolicy;

/**
 * The first administrator of an empty production database, from
 * {@code SPROUT_FIRST_ADMIN_USERNAME} and {@code SPROUT_FIRST_ADMIN_PASSWORD}. It is
 * created only while nobody exists yet, so the variables can stay set: they never reset
 * anything. A password that fails the policy is refused and nobody is created. Only
 * without demo data (the production profile).
 */
@Component
@ConditionalOnProperty(name = "sprout.demo.enabled", havingValue = "false")
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final PersonRepository people;

	private final PasswordEncoder encoder;

	private final String username;

	private final String password;

	FirstAdmin(PersonRepository people, PasswordEncoder encoder,
			@Value("${sprout.first-admin.username:}") String username,
			@Value("${sprout.first-admin.password:}") String password) {
		this.people = people;
		this.encoder = encoder;
		this.username = username.strip();
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.username.isEmpty() || this.people.count() > 0) {
			return;
		}
		List<PasswordPolicy.Problem> problems = PasswordPolicy.standard().problems(this.username, this.password);
		if (!problems.isEmpty()) {
			log.error("The first admin was not created: its password breaks the password policy ({}).", problems);
			return;
		}
		Person admin = new Person(this.username, "Administrator");
		admin.setAdmin(true);
		admin.setPasswordHash(this.encoder.encode(this.password));
		this.people.save(admin);
		log.info("First admin '{}' created; sign in and add the organisation under /admin.", this.username);
	}

}
