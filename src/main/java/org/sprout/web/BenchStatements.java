package org.sprout.web;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Counts the SQL statements of the requests between {@code /bench/statements/start} and
 * {@code /bench/statements}, for {@code scripts/bench.sh}. Only with the {@code bench}
 * profile, which the benchmark alone uses; Hibernate's statistics stay off outside a
 * count so they do not weigh on what is measured.
 */
@RestController
@Profile("bench")
class BenchStatements {

	private final Statistics statistics;

	BenchStatements(EntityManagerFactory entityManagerFactory) {
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(false);
	}

	@GetMapping("/bench/statements/start")
	String start() {
		this.statistics.clear();
		this.statistics.setStatisticsEnabled(true);
		return "0";
	}

	@GetMapping("/bench/statements")
	String stop() {
		long count = this.statistics.getPrepareStatementCount();
		this.statistics.setStatisticsEnabled(false);
		return Long.toString(count);
	}

}
