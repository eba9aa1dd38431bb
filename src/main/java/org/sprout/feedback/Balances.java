package org.sprout.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.feedback.coach.Balance;

/**
 * How each writer's recent shared feedback leans, for the coach's balance hint (the rule
 * is {@link Balance}'s). It changes only when the writer writes, so it is kept: read
 * again on this instance as soon as they write ({@link FeedbackWritten}), and on the
 * others within {@link #KEPT}. It is the writer's own, shown only to them.
 */
@Service
@Transactional(readOnly = true)
public class Balances {

	/**
	 * How long another instance may show a writer's balance from before their last entry.
	 */
	static final Duration KEPT = Duration.ofMinutes(1);

	private final FeedbackRepository entries;

	private final Clock clock;

	private final Cache<Long, Kept> kept = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(KEPT).build();

	Balances(FeedbackRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	public Balance of(long authorId) {
		LocalDate today = LocalDate.now(this.clock);
		Kept known = this.kept.getIfPresent(authorId);
		if (known != null && known.day().equals(today)) {
			return known.balance();
		}
		List<FeedbackKind> kinds = this.entries.recentSharedKindsBy(authorId, today.minusDays(Balance.RECENT_DAYS),
				PageRequest.of(0, Balance.RECENT_ENTRIES));
		int reinforcing = (int) kinds.stream().filter((kind) -> kind == FeedbackKind.REINFORCING).count();
		Balance balance = new Balance(reinforcing, kinds.size() - reinforcing);
		this.kept.put(authorId, new Kept(today, balance));
		return balance;
	}

	@EventListener
	void written(FeedbackWritten written) {
		this.kept.invalidate(written.authorId());
	}

	private record Kept(LocalDate day, Balance balance) {
	}

}
