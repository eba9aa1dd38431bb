package org.sprout.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Writes keep working after the pool retires the connection that created the schema. H2
 * 2.4.240 bound each CHECK constraint to the session that created it: once the pool
 * closed that connection (Hikari's max-lifetime, 30 minutes by default), every insert
 * into a table with a check failed with "The database has been closed". The migrations
 * run on one pooled connection, the pool retires it, and every table with a check
 * constraint takes a row on a new connection; the checks still refuse what they should.
 */
class ConnectionRetirementTest {

	private HikariDataSource pool;

	private JdbcTemplate jdbc;

	@AfterEach
	void close() {
		this.pool.close();
	}

	@Test
	void everyTableWithACheckConstraintTakesWritesOnALaterConnection() {
		migrateThenRetireTheConnection("jdbc:h2:mem:retire-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		writeToEveryTableWithACheck();
	}

	/**
	 * A database file of the last release (H2 2.4.240, migrations up to V41, a person and
	 * an entry written by it) opens with today's H2, takes the new migrations, keeps its
	 * rows and takes writes after a connection retirement.
	 */
	@Test
	void aDatabaseFileOfTheLastReleaseOpensMigratesAndTakesWrites(@TempDir Path data) throws IOException {
		try (InputStream released = getClass().getResourceAsStream("/h2/released-h2-2.4.240.mv.db")) {
			Files.copy(released, data.resolve("sprout.mv.db"));
		}
		migrateThenRetireTheConnection("jdbc:h2:file:" + data.resolve("sprout") + ";DB_CLOSE_ON_EXIT=FALSE");
		assertThat(this.jdbc.queryForList("select behaviour from feedback_entry", String.class))
			.containsExactly("WRITTEN-BY-H2-2.4.240");
		writeToEveryTableWithACheck();
	}

	private void migrateThenRetireTheConnection(String url) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url);
		config.setUsername("sa");
		config.setMaximumPoolSize(2);
		this.pool = new HikariDataSource(config);
		Flyway.configure().dataSource(this.pool).locations("classpath:db/migration").load().migrate();
		this.pool.getHikariPoolMXBean().softEvictConnections();
		this.jdbc = new JdbcTemplate(this.pool);
	}

	private void writeToEveryTableWithACheck() {
		long mentor = person("mentor");
		long mentee = person("mentee");
		this.jdbc.update("insert into mentorship (mentor_id, mentee_id, since_date, cadence_days) values (?, ?, ?, 14)",
				mentor, mentee, LocalDate.of(2026, 1, 1));
		this.jdbc.update("insert into project (name, lead_id, sponsor_id, status, version, created_at, updated_at) "
				+ "values ('Pilot', ?, ?, 'PLANNED', 0, current_timestamp, current_timestamp)", mentee, mentor);
		this.jdbc.update("""
				insert into feedback_entry (author_id, subject_id, observed_on, situation, behaviour, impact, next_step,
				  kind, visibility, version, created_at, updated_at)
				values (?, ?, ?, 's', 'b', 'i', 'n', 'REINFORCING', 'SHARED', 0, current_timestamp, current_timestamp)
				""", mentor, mentee, LocalDate.of(2026, 2, 1));
		this.jdbc.update(
				"insert into feedback_request (requester_id, recipient_id, question, status, created_at, updated_at) "
						+ "values (?, ?, 'How did I do?', 'OPEN', current_timestamp, current_timestamp)",
				mentee, mentor);
		this.jdbc.update("insert into notification (recipient_id, kind, target_id, actor_name, once_key, created_at) "
				+ "values (?, 'REQUEST', 1, 'Mentee', 'k1', current_timestamp)", mentor);
		this.jdbc.update(
				"insert into recognition (giver_id, receiver_id, power, note, recognised_on, created_at, updated_at) "
						+ "values (?, ?, 'EXPERT', 'Relied on', ?, current_timestamp, current_timestamp)",
				mentee, mentor, LocalDate.of(2026, 2, 2));

		assertThat(this.jdbc.queryForObject("select count(*) from feedback_entry where observed_on = ?", Long.class,
				LocalDate.of(2026, 2, 1)))
			.isOne();
		assertThatThrownBy(() -> this.jdbc.update("""
				insert into feedback_entry (author_id, subject_id, observed_on, situation, behaviour, impact, next_step,
				  kind, visibility, version, created_at, updated_at)
				values (?, ?, ?, 's', 'b', 'i', 'n', 'PRAISE', 'SHARED', 0, current_timestamp, current_timestamp)
				""", mentor, mentee, LocalDate.of(2026, 2, 1))).hasMessageContaining("CK_FEEDBACK_KIND");
	}

	private long person(String username) {
		username = username + UUID.randomUUID().toString().substring(0, 6);
		this.jdbc
			.update("insert into person (username, display_name, enabled, is_admin, version, created_at, updated_at) "
					+ "values (?, ?, true, false, 0, current_timestamp, current_timestamp)", username, username);
		return this.jdbc.queryForObject("select id from person where username = ?", Long.class, username);
	}

}
