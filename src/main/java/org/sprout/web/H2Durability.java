package org.sprout.web;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Makes every committed write durable on the embedded H2 file database. H2's MVStore
 * keeps recent commits in memory and writes them to the file in the background (or, with
 * WRITE_DELAY=0, only once enough changes pile up), so a killed process could lose writes
 * it had confirmed. A CHECKPOINT after each read-write commit puts them in the file
 * before the answer goes out. PostgreSQL needs none of this; the listener does nothing
 * there.
 */
@Component
class H2Durability implements TransactionExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(H2Durability.class);

	private final JdbcTemplate jdbc;

	private final boolean h2File;

	H2Durability(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.h2File = url.startsWith("jdbc:h2:file:") || url.startsWith("jdbc:h2:./") || url.startsWith("jdbc:h2:~");
	}

	@Override
	public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
		if (this.h2File && commitFailure == null && !transaction.isReadOnly()) {
			try {
				this.jdbc.execute("CHECKPOINT");
			}
			catch (RuntimeException ex) {
				log.warn("Could not flush the database after a commit", ex);
			}
		}
	}

}
