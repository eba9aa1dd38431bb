package org.sprout.admin;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.validation.BeanPropertyBindingResult;

import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.security.Passwords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the real server, with real sessions: a person an admin deactivates, or whose
 * password an admin resets, is signed out of the session they have open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccountChangesEndSessionsTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String PASSWORD = "a long enough test password";

	@LocalServerPort
	private int port;

	@Autowired
	private PersonRepository people;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private PersonAdminService admin;

	@Autowired
	private Passwords passwords;

	private Person person;

	private HttpClient http;

	@BeforeEach
	void signInAsANewPerson() throws Exception {
		String username = "session" + UUID.randomUUID().toString().substring(0, 8);
		Person created = new Person(username, "Session Tester");
		created.setPasswordHash(this.encoder.encode(PASSWORD));
		this.person = this.people.saveAndFlush(created);
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> login = post("/login",
				"username=" + username + "&password=" + PASSWORD.replace(' ', '+') + "&_csrf=" + csrf("/login"));
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		assertThat(get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void deactivationSignsThePersonOutAtOnce() throws Exception {
		this.admin.setEnabled(adminId(), this.person.getId(), false);
		HttpResponse<String> next = get("/");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login?ended");
		assertThat(get("/login?ended").body())
			.contains("You were signed out because an administrator changed your account.");
		assertThat(get("/").headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void aPasswordResetByAnAdminSignsThePersonOut() throws Exception {
		var form = new PasswordResetForm();
		form.setNewPassword("another long test password");
		form.setConfirmPassword("another long test password");
		assertThat(this.passwords.set(this.person.getId(), form, new BeanPropertyBindingResult(form, "form"))).isTrue();
		assertThat(get("/").headers().firstValue("Location").orElseThrow()).endsWith("/login?ended");
	}

	private long adminId() {
		return this.people.findByUsername("admin").orElseThrow().getId();
	}

	private String csrf(String path) throws Exception {
		Matcher matcher = CSRF.matcher(get(path).body());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
