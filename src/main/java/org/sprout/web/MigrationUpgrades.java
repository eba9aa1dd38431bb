package org.sprout.web;

import java.util.Arrays;
import java.util.Objects;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates the database at start-up, first carrying over databases made by a release
 * whose migration was later edited (a mistake not to repeat: see
 * {@code MigrationsAreHistoryTest}). V40 gained {@code project.closed_at} after it was
 * released; a database that applied V40 as first written has that version's checksum on
 * record, which Flyway would refuse. When exactly that checksum is on record, the record
 * is realigned (Flyway's repair) and V43 adds the missing column.
 */
@Configuration(proxyBeanMethods = false)
class MigrationUpgrades {

	/** Flyway's checksum of V40 as first released, before {@code closed_at}. */
	static final int V40_AS_FIRST_RELEASED = -1311785510;

	private static final Logger log = LoggerFactory.getLogger(MigrationUpgrades.class);

	@Bean
	FlywayMigrationStrategy migrationStrategy() {
		return (flyway) -> {
			carryOver(flyway);
			flyway.migrate();
		};
	}

	static void carryOver(Flyway flyway) {
		boolean firstV40 = Arrays.stream(flyway.info().applied())
			.filter((migration) -> migration.getVersion() != null && "40".equals(migration.getVersion().getVersion()))
			.map(MigrationInfo::getChecksum)
			.anyMatch((checksum) -> Objects.equals(checksum, V40_AS_FIRST_RELEASED));
		if (firstV40) {
			log.warn("This database applied migration V40 as first released; realigning its record "
					+ "(V43 adds project.closed_at)");
			flyway.repair();
		}
	}

}
