package org.sprout.security;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in throttle's keys: a username from one client waits first, a client trying
 * many usernames next, and a username from everywhere only after many more failures.
 */
class LoginThrottleTest {

	private final LoginThrottle throttle = new LoginThrottle(
			new LoginThrottle.Limits(5, 20, 50, 10, Duration.ofMinutes(3)));

	@Test
	void oneClientGuessingOneUsernameWaitsAfterFiveOthersDoNot() {
		fail("sam", "10.0.0.1", 5);
		assertThat(this.throttle.isLocked("sam", "10.0.0.1")).isTrue();
		assertThat(this.throttle.secondsUntilUnlocked("sam", "10.0.0.1")).isBetween(1L, 181L);
		assertThat(this.throttle.isLocked("sam", "10.0.0.2")).isFalse();
		assertThat(this.throttle.isLocked("lee", "10.0.0.1")).isFalse();
	}

	@Test
	void oneClientSprayingManyUsernamesWaitsAfterTwenty() {
		for (int i = 0; i < 20; i++) {
			this.throttle.failed("user" + i, "10.0.0.3");
		}
		assertThat(this.throttle.isLocked("someone-new", "10.0.0.3")).isTrue();
		assertThat(this.throttle.isLocked("someone-new", "10.0.0.4")).isFalse();
	}

	@Test
	void aUsernameFromEverywhereWaitsOnlyAfterFifty() {
		for (int i = 0; i < 49; i++) {
			this.throttle.failed("priya", "10.1.0." + i);
		}
		assertThat(this.throttle.isLocked("priya", "10.2.0.1")).isFalse();
		this.throttle.failed("priya", "10.1.0.99");
		assertThat(this.throttle.isLocked("priya", "10.2.0.1")).isTrue();
	}

	@Test
	void theTenthFailureSinceTheLastSuccessSaysTheAccountLooksTargetedOnce() {
		for (int i = 1; i <= 12; i++) {
			assertThat(this.throttle.failed("Maria ", "10.3.0." + i)).as("failure %d", i).isEqualTo(i == 10);
		}
		this.throttle.succeeded("maria", "10.3.0.1");
		assertThat(this.throttle.isLocked("maria", "10.3.0.1")).isFalse();
		for (int i = 1; i <= 10; i++) {
			assertThat(this.throttle.failed("maria", "10.4.0." + i)).isEqualTo(i == 10);
		}
	}

	private void fail(String username, String client, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(username, client);
		}
	}

}
