package org.sprout.growth;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the exports behave on a long history: 100,000 entries by Maria about Sam, inserted
 * with JDBC batches into an H2 file database (outside the heap measured), exported
 * through the real server as a browser would download them. Prints the time and the heap
 * used, and writes them to {@code target/benchmark/results.txt}.
 *
 * <p>
 * Not part of the build; run it with {@code ./mvnw -Pbenchmark test}. The profile gives
 * the test JVM a 256 MB heap: an export that held the history in memory would not fit.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = {
				"spring.datasource.url=jdbc:h2:file:./target/benchmark/sprout-${random.uuid};DB_CLOSE_ON_EXIT=FALSE",
				"spring.jpa.properties.hibernate.generate_statistics=false" })
@ActiveProfiles("test")
class ExportBenchmarkTest {

	static final int ENTRIES = 100_000;

	private static final int INSERT_BATCH = 5_000;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	private final List<String> results = new ArrayList<>();

	@Test
	void exportsOfAHundredThousandEntries() throws Exception {
		long sam = this.jdbc.queryForObject("select id from person where username = 'sam'", Long.class);
		long maria = this.jdbc.queryForObject("select id from person where username = 'maria'", Long.class);
		long inserting = System.nanoTime();
		insert(maria, sam);
		report("inserted %,d entries with JDBC batches in %.1f s", ENTRIES, seconds(inserting));

		// Maria reads all of them: her shared feedback and her own private notes.
		HttpClient client = signIn("maria");
		String all = "/people/" + sam + "/feedback.csv";
		String oneYear = all + "?from=2025-01-01&to=2025-12-31";
		// Warm up the JIT and the caches on a year, then measure.
		download(client, oneYear);
		Download year = measure(client, oneYear);
		Download csv = measure(client, all);
		long live = liveHeapDuring(client, all);
		report("CSV, one year: %,d rows, %.1f MB in %.1f s; heap used at most %.0f MB (%.0f MB above idle)",
				year.lines - 1, mb(year.bytes), year.seconds, mb(year.peakHeap), mb(year.peakHeap - year.idleHeap));
		report("CSV, all: %,d rows, %.1f MB in %.1f s (%,.0f rows/s); heap used at most %.0f MB (%.0f MB above idle)",
				csv.lines - 1, mb(csv.bytes), csv.seconds, (csv.lines - 1) / csv.seconds, mb(csv.peakHeap),
				mb(csv.peakHeap - csv.idleHeap));
		report("CSV, all, again with a full GC every second: live heap at most %.1f MB (%.1f MB when idle)", mb(live),
				mb(csv.idleHeap));
		assertThat(csv.lines - 1).isGreaterThanOrEqualTo(ENTRIES);

		Download pdf = measure(client, "/people/" + sam + "/report.pdf?from=2025-01-01&to=2025-12-31");
		report("PDF, one year: %.1f MB in %.1f s; heap used at most %.0f MB (%.0f MB above idle)", mb(pdf.bytes),
				pdf.seconds, mb(pdf.peakHeap), mb(pdf.peakHeap - pdf.idleHeap));
		report("max heap %.0f MB, %d processors, Java %s", mb(Runtime.getRuntime().maxMemory()),
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		Files.createDirectories(Path.of("target", "benchmark"));
		Files.write(Path.of("target", "benchmark", "results.txt"), this.results);
	}

	/**
	 * Entries spread over three years, about one or two skills, 8 in 100 of them a
	 * private note of Maria's that Sam does not see.
	 */
	private void insert(long author, long subject) {
		List<Long> skills = this.jdbc.queryForList("select id from skill order by sort_order", Long.class);
		long firstId = this.jdbc.queryForObject("select coalesce(max(id), 0) + 1 from feedback_entry", Long.class);
		LocalDate start = LocalDate.of(2024, 1, 1);
		Timestamp now = Timestamp.from(Instant.now());
		for (int from = 0; from < ENTRIES; from += INSERT_BATCH) {
			List<Object[]> entries = new ArrayList<>();
			List<Object[]> entrySkills = new ArrayList<>();
			for (int i = from; i < Math.min(ENTRIES, from + INSERT_BATCH); i++) {
				long id = firstId + i;
				entries.add(new Object[] { id, author, subject, Date.valueOf(start.plusDays(i % (3 * 365))),
						"In the planning meeting, \"sprint " + i
								+ "\", when the estimate for the reporting epic doubled.",
						"You asked each person for their view before deciding, and summarised the options.",
						"The team left committed to the plan; two risks were raised early instead of late.",
						"Keep asking the quietest person first, and write the decision down.",
						(i % 3 == 0) ? "REDIRECTING" : "REINFORCING", (i % 100 < 8) ? "PRIVATE_NOTE" : "SHARED", now,
						now });
				entrySkills.add(new Object[] { id, skills.get(i % skills.size()) });
				if (i % 2 == 0) {
					entrySkills.add(new Object[] { id, skills.get((i + 3) % skills.size()) });
				}
			}
			this.jdbc.batchUpdate("""
					insert into feedback_entry (id, author_id, subject_id, observed_on, situation, behaviour, impact,
					  next_step, kind, visibility, created_at, updated_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""", entries);
			this.jdbc.batchUpdate("insert into feedback_entry_skill (entry_id, skill_id) values (?, ?)", entrySkills);
		}
	}

	/** Downloads while a thread samples the heap every 5 ms. */
	private Download measure(HttpClient client, String path) throws Exception {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		Thread.sleep(200);
		long idle = memory.getHeapMemoryUsage().getUsed();
		AtomicLong peak = new AtomicLong(idle);
		AtomicBoolean running = new AtomicBoolean(true);
		Thread sampler = new Thread(() -> {
			while (running.get()) {
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(5);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		sampler.setDaemon(true);
		sampler.start();
		long started = System.nanoTime();
		long[] counted = download(client, path);
		double seconds = seconds(started);
		running.set(false);
		sampler.join();
		return new Download(counted[0], counted[1], seconds, idle, peak.get());
	}

	/**
	 * The most heap still in use after a full collection, collecting every second during
	 * a download: what the export keeps alive, without the garbage it leaves.
	 */
	private long liveHeapDuring(HttpClient client, String path) throws Exception {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		AtomicLong live = new AtomicLong();
		AtomicBoolean running = new AtomicBoolean(true);
		Thread collector = new Thread(() -> {
			while (running.get()) {
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException ex) {
					return;
				}
				System.gc();
				live.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
			}
		});
		collector.setDaemon(true);
		collector.start();
		download(client, path);
		running.set(false);
		collector.join();
		return live.get();
	}

	/** Reads the whole body, counting bytes and lines; returns both. */
	private long[] download(HttpClient client, String path) throws IOException, InterruptedException {
		HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(uri(path)).build(),
				HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		long bytes = 0;
		long lines = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream body = response.body()) {
			for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
				bytes += read;
				for (int i = 0; i < read; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
			}
		}
		return new long[] { bytes, lines };
	}

	/** Signs in through the login form, as a browser does, keeping the session cookie. */
	private HttpClient signIn(String username) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		String login = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = CSRF.matcher(login);
		assertThat(csrf.find()).isTrue();
		String form = "username=" + username + "&password=sprout-demo&_csrf=" + csrf.group(1);
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.body()).contains("Sign out");
		return client;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private void report(String format, Object... args) {
		String line = String.format(Locale.ENGLISH, format, args);
		System.out.println("BENCHMARK " + line);
		this.results.add(line);
	}

	private static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}

	private static double mb(long bytes) {
		return bytes / (1024.0 * 1024.0);
	}

	private record Download(long bytes, long lines, double seconds, long idleHeap, long peakHeap) {
	}

}
