package org.sprout.feedback.coach;

/**
 * Whether a writer's recent shared feedback leans almost all one way. People need both
 * kinds: reinforcing feedback tells them what to keep doing, redirecting feedback what to
 * change. The caller counts the writer's last {@value #RECENT_ENTRIES} shared entries of
 * the last {@value #RECENT_DAYS} days; from {@value #MIN_ENTRIES} entries on, a share of
 * {@value #LOPSIDED_PERCENT} % or more of one kind draws a hint.
 *
 * @param reinforcing how many of the recent entries were reinforcing
 * @param redirecting how many were redirecting
 */
public record Balance(int reinforcing, int redirecting) {

	/** How many of the writer's newest shared entries are counted. */
	public static final int RECENT_ENTRIES = 10;

	/** How far back they are counted. */
	public static final int RECENT_DAYS = 90;

	/** Fewer entries than this say nothing about a habit. */
	public static final int MIN_ENTRIES = 5;

	/** From this share of one kind on, the feedback leans that way. */
	public static final int LOPSIDED_PERCENT = 80;

	public Balance {
		if (reinforcing < 0 || redirecting < 0) {
			throw new IllegalArgumentException("Counts are never negative");
		}
	}

	public enum Lean {

		EVEN, MOSTLY_REINFORCING, MOSTLY_REDIRECTING

	}

	public int total() {
		return this.reinforcing + this.redirecting;
	}

	public Lean lean() {
		int total = total();
		if (total < MIN_ENTRIES) {
			return Lean.EVEN;
		}
		if (this.redirecting * 100 >= LOPSIDED_PERCENT * total) {
			return Lean.MOSTLY_REDIRECTING;
		}
		if (this.reinforcing * 100 >= LOPSIDED_PERCENT * total) {
			return Lean.MOSTLY_REINFORCING;
		}
		return Lean.EVEN;
	}

	/** Whether the coach should show a balance hint. */
	public boolean isLopsided() {
		return lean() != Lean.EVEN;
	}

	/** How many entries are of the kind the feedback leans to. */
	public int leaning() {
		return (lean() == Lean.MOSTLY_REDIRECTING) ? this.redirecting : this.reinforcing;
	}

	/** The hint's key in messages.properties, with {@link #leaning()} and the total. */
	public String messageKey() {
		return "coach.balance." + lean().name();
	}

}
