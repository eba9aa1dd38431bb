package org.sprout.digest;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.sprout.support.SmtpServer;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without {@code sprout.digest.enabled=true} no digest is sent, even with a mail server
 * configured and people with something to tell.
 */
@SproutTest
class DigestOffByDefaultTest {

	private static final int PORT = SmtpServer.freePort();

	@RegisterExtension
	static final GreenMailExtension smtp = SmtpServer.start(PORT);

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		SmtpServer.configure(registry, PORT);
	}

	@Autowired
	private WeeklyDigest digest;

	@Test
	void nothingIsSentWhenTheDigestIsNotEnabled() {
		assertThat(this.digest.sendAll()).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

}
