package org.sprout.digest;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.sprout.SproutApplication;
import org.sprout.admin.PersonAdminService;
import org.sprout.people.PersonRepository;
import org.sprout.support.SmtpServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of Sprout on one database, as behind a load balancer without stickiness:
 * a session opened on one is signed in on the other, an admin's change on one signs the
 * person out on the other, and the weekly digest, scheduled on both, goes out once per
 * person.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.autoconfigure.exclude=", "spring.datasource.url=" + TwoInstancesTest.DATABASE,
				"sprout.digest.enabled=true", "sprout.digest.cron=-" })
@ActiveProfiles("test")
class TwoInstancesTest {

	static final String DATABASE = "jdbc:h2:mem:two-instances;DB_CLOSE_DELAY=-1";

	private static final int SMTP_PORT = SmtpServer.freePort();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@RegisterExtension
	static final GreenMailExtension smtp = SmtpServer.start(SMTP_PORT);

	private static ConfigurableApplicationContext second;

	@LocalServerPort
	private int firstPort;

	@Autowired
	private PersonRepository people;

	@Autowired
	private WeeklyDigest digest;

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		SmtpServer.configure(registry, SMTP_PORT);
	}

	@AfterAll
	static void stopSecond() {
		if (second != null) {
			second.close();
		}
	}

	@Test
	void sessionsAndAccountChangesCrossInstancesAndTheDigestGoesOutOnce() throws Exception {
		ConfigurableApplicationContext other = second();
		int secondPort = Integer.parseInt(other.getEnvironment().getProperty("local.server.port"));

		// Signed in on the first instance, the same browser is signed in on the second.
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String token = csrf(browser, this.firstPort, "/login");
		send(browser, this.firstPort, "/login", "username=lee&password=sprout-demo&_csrf=" + token);
		assertThat(send(browser, this.firstPort, "/", null).statusCode()).isEqualTo(200);
		HttpResponse<String> there = send(browser, secondPort, "/", null);
		assertThat(there.statusCode()).isEqualTo(200);
		assertThat(there.body()).contains("Lee Chen");

		// An admin deactivates Lee on the second instance: the first signs him out.
		long admin = this.people.findByUsername("admin").orElseThrow().getId();
		long lee = this.people.findByUsername("lee").orElseThrow().getId();
		other.getBean(PersonAdminService.class).setEnabled(admin, lee, false);
		HttpResponse<String> after = send(browser, this.firstPort, "/", null);
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/login");
		other.getBean(PersonAdminService.class).setEnabled(admin, lee, true);

		// The digest, due on both instances at once, is sent once per person: the one
		// that takes the lock sends it, the other skips this run.
		CompletableFuture<Void> onFirst = CompletableFuture.runAsync(() -> this.digest.weekly());
		CompletableFuture<Void> onSecond = CompletableFuture.runAsync(() -> other.getBean(WeeklyDigest.class).weekly());
		CompletableFuture.allOf(onFirst, onSecond).join();
		// An instance whose clock runs late fires a moment after: still the same run.
		other.getBean(WeeklyDigest.class).weekly();
		List<String> recipients = Arrays.stream(smtp.getReceivedMessages()).map(TwoInstancesTest::recipient).toList();
		assertThat(recipients).isNotEmpty().doesNotHaveDuplicates();
		assertThat(recipients).hasSize(this.digest.recipientsThisWeek());
	}

	private static synchronized ConfigurableApplicationContext second() {
		if (second == null) {
			second = new SpringApplicationBuilder(SproutApplication.class).profiles("test")
				.run("--server.port=0", "--spring.autoconfigure.exclude=", "--spring.datasource.url=" + DATABASE,
						"--sprout.digest.enabled=true", "--sprout.digest.cron=-", "--spring.mail.host=127.0.0.1",
						"--spring.mail.port=" + SMTP_PORT);
		}
		return second;
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String csrf(HttpClient browser, int port, String path) throws Exception {
		Matcher matcher = CSRF.matcher(send(browser, port, path, null).body());
		assertThat(matcher.find()).isTrue();
		return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
	}

	private static HttpResponse<String> send(HttpClient browser, int port, String path, String form)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html");
		if (form != null) {
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
		}
		return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
