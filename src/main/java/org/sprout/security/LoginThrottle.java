package org.sprout.security;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Slows down and then locks repeated failed sign-ins, per username and per client. Each
 * key has a bucket of attempts that refills slowly: a few failures are free, then the key
 * is locked, then one more attempt is allowed each refill period. A successful sign-in
 * forgets the username's failures.
 */
public class LoginThrottle {

	private static final int MAX_KEYS = 10_000;

	private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_KEYS;
		}
	});

	private final int usernameAttempts;

	private final int clientAttempts;

	private final Duration refill;

	/**
	 * @param usernameAttempts failures allowed for one username before it locks
	 * @param clientAttempts failures allowed from one client before it locks
	 * @param refill how long until one more attempt is allowed
	 */
	public LoginThrottle(int usernameAttempts, int clientAttempts, Duration refill) {
		this.usernameAttempts = usernameAttempts;
		this.clientAttempts = clientAttempts;
		this.refill = refill;
	}

	/** Whether a sign-in for the username from the client may be attempted now. */
	public boolean isLocked(String username, String client) {
		return bucket(userKey(username), this.usernameAttempts).getAvailableTokens() < 1
				|| bucket(clientKey(client), this.clientAttempts).getAvailableTokens() < 1;
	}

	/** Seconds until the next attempt is allowed, for the message. */
	public long secondsUntilUnlocked(String username, String client) {
		long user = bucket(userKey(username), this.usernameAttempts).estimateAbilityToConsume(1)
			.getNanosToWaitForRefill();
		long host = bucket(clientKey(client), this.clientAttempts).estimateAbilityToConsume(1)
			.getNanosToWaitForRefill();
		return Duration.ofNanos(Math.max(user, host)).toSeconds() + 1;
	}

	public void failed(String username, String client) {
		bucket(userKey(username), this.usernameAttempts).tryConsume(1);
		bucket(clientKey(client), this.clientAttempts).tryConsume(1);
	}

	public void succeeded(String username) {
		this.buckets.remove(userKey(username));
	}

	private Bucket bucket(String key, int attempts) {
		return this.buckets.computeIfAbsent(key,
				(k) -> Bucket.builder()
					.addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(1, this.refill).build())
					.build());
	}

	private static String userKey(String username) {
		return "user:" + ((username != null) ? username.strip().toLowerCase(java.util.Locale.ROOT) : "");
	}

	private static String clientKey(String client) {
		return "client:" + client;
	}

}
