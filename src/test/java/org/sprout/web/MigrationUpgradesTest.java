package org.sprout.web;

import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * A database made when V40 was first released (before it gained
 * {@code project.closed_at}) starts with today's migrations: its record of V40 is
 * realigned and the column added. Without the carry-over, Flyway refuses it.
 */
class MigrationUpgradesTest {

	@Test
	void aDatabaseThatAppliedV40AsFirstReleasedIsCarriedOver() {
		try (HikariDataSource database = new HikariDataSource()) {
			database.setJdbcUrl("jdbc:h2:mem:v40-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
			database.setUsername("sa");
			Flyway.configure().dataSource(database).locations("classpath:db/migration").target("30").load().migrate();
			Flyway.configure()
				.dataSource(database)
				.locations("classpath:db/v40-as-first-released")
				.ignoreMigrationPatterns("*:missing")
				.load()
				.migrate();
			Flyway today = Flyway.configure().dataSource(database).locations("classpath:db/migration").load();
			assertThat(today.validateWithResult().validationSuccessful).as("Flyway refuses it as it is").isFalse();

			MigrationUpgrades.carryOver(today);
			assertThatNoException().isThrownBy(today::migrate);

			JdbcTemplate jdbc = new JdbcTemplate(database);
			assertThat(jdbc
				.queryForObject("select count(*) from information_schema.columns where lower(table_name) = 'project' "
						+ "and lower(column_name) = 'closed_at'", Integer.class))
				.isOne();
			assertThat(today.validateWithResult().validationSuccessful).isTrue();
		}
	}

	@Test
	void aDatabaseMadeTodayIsLeftAsItIs() {
		try (HikariDataSource database = new HikariDataSource()) {
			database.setJdbcUrl("jdbc:h2:mem:today-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
			database.setUsername("sa");
			Flyway today = Flyway.configure().dataSource(database).locations("classpath:db/migration").load();
			today.migrate();
			MigrationUpgrades.carryOver(today);
			assertThat(today.validateWithResult().validationSuccessful).isTrue();
		}
	}

}
