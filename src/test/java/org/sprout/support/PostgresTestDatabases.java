package org.sprout.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Runs the test suite on PostgreSQL instead of H2 when {@code sprout.test.database} is
 * {@code postgres} ({@code ./mvnw -Ppostgres verify}, with a server started by
 * {@code scripts/postgres.sh start}). Each application context gets a database of its
 * own, created empty on the server, as each gets an in-memory H2 database otherwise: the
 * migrations and the demo data run on it exactly as they would in production. Arguments
 * given to a test's own application (a file database, say) still win.
 */
public class PostgresTestDatabases implements EnvironmentPostProcessor, Ordered {

	private static final String SWITCH = "sprout.test.database";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!"postgres".equals(environment.getProperty(SWITCH))) {
			return;
		}
		String server = environment.getProperty("sprout.test.postgres.url", "jdbc:postgresql://localhost:55433/");
		String user = environment.getProperty("sprout.test.postgres.username", "sprout");
		String password = environment.getProperty("sprout.test.postgres.password", "");
		String database = "sprout_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		try (Connection connection = DriverManager.getConnection(server + "postgres", user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Could not create a test database on " + server + " (start one with scripts/postgres.sh start)",
					ex);
		}
		environment.getPropertySources()
			.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new MapPropertySource("postgresTestDatabase", Map.of("spring.datasource.url", server + database,
							"spring.datasource.username", user, "spring.datasource.password", password)));
	}

	@Override
	public int getOrder() {
		// After the application's own properties are loaded, so these replace the H2
		// ones.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
