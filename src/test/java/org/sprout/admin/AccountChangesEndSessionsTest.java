package org.sprout.admin;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
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

import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.security.Passwords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the real server, with real sessions: any change to who a person is when signed in
 * (activation, password, username, admin flag) ends every session they hold, found by
 * their person id; changing one's own password ends the other sessions only.
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

	private Browser browser;

	@BeforeEach
	void signInAsANewPerson() throws Exception {
		String username = "session" + UUID.randomUUID().toString().substring(0, 8);
		Person created = new Person(username, "Session Tester");
		created.setPasswordHash(this.encoder.encode(PASSWORD));
		this.person = this.people.saveAndFlush(created);
		this.browser = signIn(username, PASSWORD);
	}

	@Test
	void deactivationSignsThePersonOutAtOnce() throws Exception {
		this.admin.setEnabled(adminId(), this.person.getId(), false);
		HttpResponse<String> next = this.browser.get("/");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login?ended");
		assertThat(this.browser.get("/login?ended").body())
			.contains("You were signed out because your account changed");
		assertThat(this.browser.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void aPasswordResetByAnAdminSignsThePersonOut() throws Exception {
		this.passwords.set(this.person.getId(), "another long test password");
		assertThat(this.browser.endedSession()).isTrue();
	}

	@Test
	void aDemotedAdminLosesTheRightsOfTheSessionTheyHaveOpen() throws Exception {
		PersonForm promote = PersonForm.of(this.person);
		promote.setAdmin(true);
		edit(promote);
		assertThat(this.browser.endedSession()).isTrue();
		Browser asAdmin = signIn(this.person.getUsername(), PASSWORD);
		assertThat(asAdmin.get("/admin/people").statusCode()).isEqualTo(200);

		PersonForm demote = PersonForm.of(this.people.findById(this.person.getId()).orElseThrow());
		demote.setAdmin(false);
		edit(demote);
		assertThat(asAdmin.endedSession()).isTrue();
		assertThat(signIn(this.person.getUsername(), PASSWORD).get("/admin/people").statusCode()).isEqualTo(403);
	}

	@Test
	void aRenamedPersonIsStillFoundAndSignedOut() throws Exception {
		PersonForm rename = PersonForm.of(this.person);
		rename.setUsername(this.person.getUsername() + "x");
		edit(rename);
		assertThat(this.browser.endedSession()).isTrue();

		Browser renamed = signIn(rename.getUsername(), PASSWORD);
		Browser other = signIn(rename.getUsername(), PASSWORD);
		this.admin.setEnabled(adminId(), this.person.getId(), false);
		assertThat(renamed.endedSession()).isTrue();
		assertThat(other.endedSession()).isTrue();
	}

	@Test
	void changingOnesOwnPasswordEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
		Browser laptop = this.browser;
		Browser phone = signIn(this.person.getUsername(), PASSWORD);
		String newPassword = "a brand new garden of passphrases";
		HttpResponse<String> changed = laptop.post("/account/password",
				"currentPassword=" + encode(PASSWORD) + "&newPassword=" + encode(newPassword) + "&confirmPassword="
						+ encode(newPassword) + "&_csrf=" + laptop.csrf("/account/password"));
		assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/");

		assertThat(phone.endedSession()).isTrue();
		assertThat(laptop.get("/").statusCode()).isEqualTo(200);
		assertThat(laptop.get("/account/password").statusCode()).isEqualTo(200);
		assertThat(signIn(this.person.getUsername(), newPassword).get("/").statusCode()).isEqualTo(200);
	}

	private void edit(PersonForm form) {
		this.admin.update(adminId(), this.person.getId(), form);
	}

	private long adminId() {
		return this.people.findByUsername("admin").orElseThrow().getId();
	}

	private Browser signIn(String username, String password) throws Exception {
		Browser browser = new Browser();
		HttpResponse<String> login = browser.post("/login",
				"username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + browser.csrf("/login"));
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		return browser;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** One browser: its own cookies, so its own session. */
	private final class Browser {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		/** Whether the next page sends this browser to sign in again. */
		boolean endedSession() throws Exception {
			HttpResponse<String> next = get("/");
			return next.statusCode() == 302 && next.headers().firstValue("Location").orElseThrow().contains("/login");
		}

		String csrf(String path) throws Exception {
			Matcher matcher = CSRF.matcher(get(path).body());
			assertThat(matcher.find()).isTrue();
			return matcher.group(1);
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
			return this.http.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + AccountChangesEndSessionsTest.this.port + path);
		}

	}

}
