package org.sprout.admin;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import org.sprout.people.Person;
import org.sprout.people.PersonRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * An empty production database gets its first admin from the environment, and only then;
 * a weak password creates nobody.
 */
class FirstAdminTest {

	@Nested
	@SpringBootTest(properties = { "sprout.demo.enabled=false", "sprout.first-admin.username=ops",
			"sprout.first-admin.password=correct horse battery staple" })
	@ActiveProfiles("test")
	class OnAnEmptyDatabase {

		@Autowired
		private PersonRepository people;

		@Autowired
		private PasswordEncoder encoder;

		@Autowired
		private FirstAdmin firstAdmin;

		@Test
		void theFirstAdminIsCreatedOnceAndCanSignIn() {
			assertThat(this.people.count()).isEqualTo(1);
			Person admin = this.people.findByUsername("ops").orElseThrow();
			assertThat(admin.isAdmin()).isTrue();
			assertThat(this.encoder.matches("correct horse battery staple", admin.getPasswordHash())).isTrue();
			// A restart with the variables still set changes nothing.
			this.firstAdmin.run(null);
			assertThat(this.people.count()).isEqualTo(1);
		}

	}

	@Test
	void aWeakPasswordCreatesNobody() {
		PersonRepository people = mock(PersonRepository.class);
		when(people.count()).thenReturn(0L);
		new FirstAdmin(people, mock(PasswordEncoder.class), "ops", "ops").run(null);
		new FirstAdmin(people, mock(PasswordEncoder.class), "ops", "ops-password").run(null);
		verify(people, never()).save(any());
	}

}
