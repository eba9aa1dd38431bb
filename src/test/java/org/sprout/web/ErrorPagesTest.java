package org.sprout.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real server, as a browser meets it: friendly error pages in the layout for every
 * error status, never a stack trace, and the security headers on every answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "error-pages-test" })
@Import(ErrorPagesTest.FailingController.class)
class ErrorPagesTest {

	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	private final CookieManager cookies = new CookieManager();

	private HttpClient http;

	@BeforeEach
	void signIn() throws Exception {
		this.http = HttpClient.newBuilder().cookieHandler(this.cookies).build();
		String before = sessionId();
		HttpResponse<String> login = post("/login", "username=sam&password=sprout-demo&_csrf=" + csrf("/login"));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(sessionId()).as("the session id changes at sign-in").isNotEqualTo(before);
	}

	@Test
	void notFoundPagesAreFriendly() throws Exception {
		for (String path : new String[] { "/no-such-page", "/people/999999", "/feedback/999999",
				"/people/999999/feedback" }) {
			HttpResponse<String> page = get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(404);
			assertFriendly(page, "Not found");
		}
	}

	@Test
	void badRequestForbiddenAndMethodNotAllowedAreFriendly() throws Exception {
		HttpResponse<String> bad = get("/feedback/not-a-number");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertFriendly(bad, "That request did not make sense");

		HttpResponse<String> noCsrf = post("/feedback", "about=4");
		assertThat(noCsrf.statusCode()).isEqualTo(403);
		assertFriendly(noCsrf, "Not allowed");

		HttpResponse<String> wrongMethod = get("/feedback/1/acknowledge");
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertFriendly(wrongMethod, "Not allowed here");
	}

	@Test
	void anOversizedFormIsRefusedWithoutLosingAnything() throws Exception {
		String huge = "situation=" + "x".repeat(3 * 1024 * 1024) + "&_csrf=" + csrf("/requests");
		HttpResponse<String> response = post("/feedback", huge);
		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void serverErrorsShowAFriendlyPageWithoutAStackTrace() throws Exception {
		HttpResponse<String> page = get("/test-only/boom");
		assertThat(page.statusCode()).isEqualTo(500);
		assertFriendly(page, "Something went wrong");
		assertThat(page.body()).doesNotContain("IllegalStateException").doesNotContain("kaboom");
	}

	@Test
	void everyAnswerCarriesTheSecurityHeaders() throws Exception {
		for (String path : new String[] { "/", "/login", "/no-such-page" }) {
			HttpResponse<String> page = get(path);
			assertThat(page.headers().firstValue("Content-Security-Policy"))
				.get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
				.contains("script-src 'self'")
				.doesNotContain("unsafe-inline")
				.contains("frame-ancestors 'none'");
			assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		}
		HttpClient fresh = HttpClient.newBuilder().build();
		HttpResponse<String> login = fresh.send(HttpRequest.newBuilder(uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).contains("JSESSIONID").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
	}

	@Test
	void theErrorPageOpenedDirectlyIsNotFound() throws Exception {
		HttpResponse<String> page = get("/error");
		assertThat(page.statusCode()).isEqualTo(404);
		assertFriendly(page, "Not found");
	}

	@Test
	void redirectsNeverNameTheHostARequestClaims() throws Exception {
		String answer = raw("GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 302").doesNotContainIgnoringCase("evil.example");
		assertThat(header(answer, "Location")).isEqualTo("/login");
		String login = raw(
				"POST /login HTTP/1.1\r\nHost: evil.example\r\nContent-Type: application/x-www-form-urlencoded\r\n"
						+ "Content-Length: 0\r\nConnection: close\r\n\r\n");
		assertThat(login).doesNotContainIgnoringCase("evil.example");
	}

	@Test
	void behindAnHttpsProxyTheSessionCookieIsSecure() throws Exception {
		String direct = raw("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(header(direct, "Set-Cookie")).contains("JSESSIONID").doesNotContain("Secure");
		String proxied = raw("GET /login HTTP/1.1\r\nHost: sprout.example\r\nX-Forwarded-Proto: https\r\n"
				+ "X-Forwarded-For: 203.0.113.7\r\nConnection: close\r\n\r\n");
		assertThat(header(proxied, "Set-Cookie")).contains("JSESSIONID").contains("Secure");
	}

	/**
	 * Sends a request exactly as written (HttpClient will not send a Host of our own).
	 */
	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

	private static String header(String answer, String name) {
		return answer.lines()
			.takeWhile((line) -> !line.isEmpty())
			.filter((line) -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
			.map((line) -> line.substring(name.length() + 1).strip())
			.findFirst()
			.orElse("");
	}

	private static void assertFriendly(HttpResponse<String> page, String heading) {
		assertThat(page.body()).contains(heading)
			.contains("Back to the dashboard")
			.contains("navbar")
			.doesNotContain("Whitelabel")
			.doesNotContain("Exception")
			.doesNotContain("at org.");
	}

	private String csrf(String path) throws Exception {
		Matcher matcher = CSRF.matcher(get(path).body());
		assertThat(matcher.find()).as("a CSRF token on " + path).isTrue();
		return matcher.group(1);
	}

	private String sessionId() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse("");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", BROWSER_ACCEPT).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", BROWSER_ACCEPT)
			.POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/** A route that fails, present only in this test's profile. */
	@RestController
	@Profile("error-pages-test")
	static class FailingController {

		@GetMapping("/test-only/boom")
		String boom() {
			throw new IllegalStateException("kaboom");
		}

	}

}
