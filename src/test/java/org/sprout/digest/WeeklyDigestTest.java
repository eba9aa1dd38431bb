package org.sprout.digest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import org.sprout.skills.SkillRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SmtpServer;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The weekly digest, turned on and sent to a real SMTP server started in the test: who
 * gets one, what its subject and text tell, and that it never carries what feedback says.
 */
@SproutTest
@TestPropertySource(properties = { "sprout.digest.enabled=true", "sprout.digest.cron=-",
		"sprout.digest.from=sprout@sprout.test", "sprout.base-url=https://sprout.test/" })
class WeeklyDigestTest {

	private static final int PORT = SmtpServer.freePort();

	@RegisterExtension
	static final GreenMailExtension smtp = SmtpServer.start(PORT);

	private static final String SHARED_TEXT = "DIGEST-SHARED-CONTENT";

	private static final String NOTE_TEXT = "DIGEST-PRIVATE-NOTE";

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		SmtpServer.configure(registry, PORT);
	}

	@Autowired
	private WeeklyDigest digest;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private SkillRepository skills;

	@Test
	void eachPersonWithSomethingToTellGetsOnePlainTextSummary() throws Exception {
		long shared = give("SHARED", SHARED_TEXT);
		long note = give("PRIVATE_NOTE", NOTE_TEXT);
		this.mvc
			.perform(post("/requests").with(this.accounts.as("lee"))
				.with(csrf())
				.param("recipientIds", String.valueOf(this.accounts.id("maria")))
				.param("dueOn", LocalDate.now().plusDays(2).toString())
				.param("question", "DIGEST-QUESTION How did my demo go?"))
			.andExpect(status().is3xxRedirection());

		int sent = this.digest.sendAll();

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(sent);
		Map<String, MimeMessage> byRecipient = Arrays.stream(received)
			.collect(Collectors.toMap(WeeklyDigestTest::to, (message) -> message));
		assertThat(byRecipient).containsKeys("sam@sprout.example", "maria@sprout.example", "priya@sprout.example")
			.doesNotContainKeys("lee@sprout.example", "admin@sprout.example");
		for (MimeMessage message : received) {
			assertThat(message.getRecipients(Message.RecipientType.TO)).hasSize(1);
			assertThat(message.getFrom()[0].toString()).isEqualTo("sprout@sprout.test");
			assertThat(message.getSubject()).startsWith("Your week in Sprout: ");
			String body = GreenMailUtil.getBody(message);
			assertThat(body).doesNotContain(SHARED_TEXT, NOTE_TEXT, "DIGEST-QUESTION", "/feedback/" + note + "\n");
		}

		MimeMessage sam = byRecipient.get("sam@sprout.example");
		assertThat(sam.getSubject()).contains("1 unread notification,");
		assertThat(GreenMailUtil.getBody(sam)).contains("Hello Sam Okafor,", "Unread notifications (1):",
				"- Maria Alvarez gave you feedback.", "https://sprout.test/feedback/" + shared,
				"Open Sprout: https://sprout.test/");

		String maria = GreenMailUtil.getBody(byRecipient.get("maria@sprout.example"));
		System.out.println("A digest, as Maria gets it:\n" + byRecipient.get("maria@sprout.example").getSubject()
				+ "\n\n" + maria);
		assertThat(maria).contains("Hello Maria Alvarez,", "Asked of you (1):", "- Lee Chen asked you for feedback on",
				"https://sprout.test/feedback/new?request=", "Lee Chen asked you for feedback.");
		// The day it is due is on its line.
		assertThat(maria).contains(
				"; it is due " + java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
					.format(LocalDate.now().plusDays(2)));
		assertThat(byRecipient.get("maria@sprout.example").getSubject()).contains("1 request waiting");
	}

	private static String to(MimeMessage message) {
		try {
			return message.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long give(String visibility, String marker) throws Exception {
		String url = this.mvc
			.perform(post("/feedback").with(this.accounts.as("maria"))
				.with(csrf())
				.param("about", String.valueOf(this.accounts.id("sam")))
				.param("observedOn", LocalDate.now().toString())
				.param("skillIds", String.valueOf(this.skills.findByRetiredFalseOrderByPositionAsc().get(0).getId()))
				.param("kind", "REINFORCING")
				.param("situation", "In Tuesday's planning meeting")
				.param("behaviour", "You asked for objections " + marker)
				.param("impact", "Two concerns came up early.")
				.param("nextStep", "Keep asking before you summarise.")
				.param("visibility", visibility))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(url.replace("/feedback/", ""));
	}

}
