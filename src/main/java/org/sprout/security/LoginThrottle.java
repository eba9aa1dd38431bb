package org.sprout.security;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Slows down repeated failed sign-ins without letting anyone lock someone else out. Each
 * key has a bucket of attempts that refills slowly: a few failures are free, then the key
 * waits, then one more attempt is allowed each refill period.
 * <ul>
 * <li>A username tried from one client is throttled first, after a few failures: the
 * person mistyping their own password, or one attacker guessing.</li>
 * <li>A client is throttled after more failures across usernames (one attacker spraying
 * many accounts).</li>
 * <li>A username is throttled from everywhere only after many more failures, from many
 * clients (a distributed attack on one account): a stranger cannot lock a colleague out
 * with five wrong passwords.</li>
 * </ul>
 * When a username's failures since its last successful sign-in reach
 * {@code targetedAfter}, {@link #failed} says so once, so that the person can be told
 * that someone is trying their account. A successful sign-in forgets the username's
 * failures.
 */
public class LoginThrottle {

	private static final int MAX_KEYS = 10_000;

	private final Map<String, Bucket> buckets = lru();

	private final Map<String, AtomicInteger> failuresSinceSuccess = lru();

	private final Limits limits;

	public LoginThrottle(Limits limits) {
		this.limits = limits;
	}

	/** Whether a sign-in for the username from the client must wait. */
	public boolean isLocked(String username, String client) {
		return secondsUntilUnlocked(username, client) > 0;
	}

	/** Seconds until the next attempt is allowed; zero when it is allowed now. */
	public long secondsUntilUnlocked(String username, String client) {
		long nanos = 0;
		for (Map.Entry<String, Integer> key : keys(username, client).entrySet()) {
			Bucket bucket = bucket(key.getKey(), key.getValue());
			if (bucket.getAvailableTokens() < 1) {
				nanos = Math.max(nanos, bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
			}
		}
		return (nanos == 0) ? 0 : Duration.ofNanos(nanos).toSeconds() + 1;
	}

	/**
	 * Counts a failed sign-in; returns true exactly when this failure makes the username
	 * look targeted (its failures since the last success reached {@code targetedAfter}).
	 */
	public boolean failed(String username, String client) {
		keys(username, client).forEach((key, capacity) -> bucket(key, capacity).tryConsume(1));
		int failures = this.failuresSinceSuccess.computeIfAbsent(user(username), (key) -> new AtomicInteger())
			.incrementAndGet();
		return failures == this.limits.targetedAfter();
	}

	/** How many failures make a username look targeted. */
	public int targetedAfter() {
		return this.limits.targetedAfter();
	}

	public void succeeded(String username, String client) {
		this.buckets.remove(pairKey(username, client));
		this.buckets.remove(userKey(username));
		this.failuresSinceSuccess.remove(user(username));
	}

	private Map<String, Integer> keys(String username, String client) {
		Map<String, Integer> keys = new LinkedHashMap<>();
		keys.put(pairKey(username, client), this.limits.perUsernameAndClient());
		keys.put(clientKey(client), this.limits.perClient());
		keys.put(userKey(username), this.limits.perUsername());
		return keys;
	}

	private Bucket bucket(String key, int attempts) {
		return this.buckets.computeIfAbsent(key,
				(k) -> Bucket.builder()
					.addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(1, this.limits.refill()).build())
					.build());
	}

	private static String user(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

	private static String pairKey(String username, String client) {
		return "pair:" + client + ":" + user(username);
	}

	private static String userKey(String username) {
		return "user:" + user(username);
	}

	private static String clientKey(String client) {
		return "client:" + client;
	}

	private static <V> Map<String, V> lru() {
		return Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
				return size() > MAX_KEYS;
			}
		});
	}

	/**
	 * How many failures each key may take before it waits, and when a username counts as
	 * targeted.
	 *
	 * @param perUsernameAndClient failures of one username from one client
	 * @param perClient failures from one client, over all usernames
	 * @param perUsername failures of one username from all clients together
	 * @param targetedAfter failures of one username since its last success that make it
	 * look targeted
	 * @param refill how long until one more attempt is allowed
	 */
	public record Limits(int perUsernameAndClient, int perClient, int perUsername, int targetedAfter, Duration refill) {

	}

}
