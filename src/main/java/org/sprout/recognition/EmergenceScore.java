package org.sprout.recognition;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How strongly a person is emerging as a leader, from the recognitions others gave them.
 * Plain rules on plain values:
 * <ul>
 * <li>only recognitions from the last {@code windowDays} count;</li>
 * <li>each recognition weighs {@code 0.5 ^ (age in days / halfLifeDays)}: a recognition
 * from today weighs 1, one {@code halfLifeDays} old weighs 0.5;</li>
 * <li>a giver from another team weighs {@code crossTeamWeight} times more (reaching
 * across teams is what a position does not give you);</li>
 * <li>a giver who reports to the person weighs {@code reportWeight} (their following may
 * be legitimate power, not referent power);</li>
 * <li>distinct givers count, not repeated ones: each giver adds only their heaviest
 * recognition;</li>
 * <li>the score is 10 times the sum, so one fresh recognition from a teammate is 10.</li>
 * </ul>
 */
public final class EmergenceScore {

	private final Settings settings;

	public EmergenceScore(Settings settings) {
		this.settings = settings;
	}

	public Settings settings() {
		return this.settings;
	}

	/** The first day inside the window on {@code today}. */
	public LocalDate windowStart(LocalDate today) {
		return today.minusDays(this.settings.windowDays() - 1L);
	}

	public Breakdown of(String receiverTeam, boolean hasReports, Collection<Given> recognitions, LocalDate today) {
		LocalDate start = windowStart(today);
		Map<Long, Double> heaviestByGiver = new HashMap<>();
		Set<String> teams = new HashSet<>();
		int expert = 0;
		int referent = 0;
		for (Given given : recognitions) {
			if (given.on().isBefore(start) || given.on().isAfter(today)) {
				continue;
			}
			if (given.power() == Power.EXPERT) {
				expert++;
			}
			else {
				referent++;
			}
			if (given.giverTeam() != null && !given.giverTeam().isBlank()) {
				teams.add(given.giverTeam().strip().toLowerCase(Locale.ROOT));
			}
			heaviestByGiver.merge(given.giverId(), weight(receiverTeam, given, today), Math::max);
		}
		double sum = heaviestByGiver.values().stream().mapToDouble(Double::doubleValue).sum();
		double score = Math.round(sum * 100) / 10.0;
		return new Breakdown(score, expert, referent, heaviestByGiver.size(), teams.size(), hasReports,
				!hasReports && score >= this.settings.leadingThreshold());
	}

	double weight(String receiverTeam, Given given, LocalDate today) {
		long age = ChronoUnit.DAYS.between(given.on(), today);
		double weight = Math.pow(0.5, (double) age / this.settings.halfLifeDays());
		if (isOtherTeam(receiverTeam, given.giverTeam())) {
			weight *= this.settings.crossTeamWeight();
		}
		if (given.giverReportsToReceiver()) {
			weight *= this.settings.reportWeight();
		}
		return weight;
	}

	private static boolean isOtherTeam(String receiverTeam, String giverTeam) {
		if (receiverTeam == null || giverTeam == null || receiverTeam.isBlank() || giverTeam.isBlank()) {
			return false;
		}
		return !receiverTeam.strip().equalsIgnoreCase(giverTeam.strip());
	}

	/**
	 * The knobs of the score.
	 *
	 * @param windowDays how far back recognitions count
	 * @param halfLifeDays the age at which a recognition weighs half
	 * @param crossTeamWeight the factor for a giver from another team
	 * @param reportWeight the factor for a giver who reports to the receiver
	 * @param leadingThreshold the score from which someone without reports is "leading
	 * without position"
	 */
	public record Settings(int windowDays, int halfLifeDays, double crossTeamWeight, double reportWeight,
			double leadingThreshold) {

		public static final Settings DEFAULT = new Settings(180, 90, 1.5, 0.5, 20);

		public Settings {
			if (windowDays < 1 || halfLifeDays < 1 || crossTeamWeight <= 0 || reportWeight < 0) {
				throw new IllegalArgumentException("Emergence settings out of range");
			}
		}

	}

	/**
	 * One recognition as the score sees it.
	 *
	 * @param giverId who gave it
	 * @param giverTeam the giver's team, if known
	 * @param giverReportsToReceiver whether the giver is one of the receiver's reports
	 * @param power expert or referent
	 * @param on the day it was given
	 */
	public record Given(long giverId, String giverTeam, boolean giverReportsToReceiver, Power power, LocalDate on) {
	}

	/**
	 * A person's score and what it is made of.
	 *
	 * @param score the emergence score
	 * @param expert expert recognitions in the window
	 * @param referent referent recognitions in the window
	 * @param distinctGivers how many people gave them
	 * @param teamsReached how many teams those people come from
	 * @param hasReports whether the person holds legitimate power (has reports)
	 * @param leadingWithoutPosition no reports and a score at the threshold or above
	 */
	public record Breakdown(double score, int expert, int referent, int distinctGivers, int teamsReached,
			boolean hasReports, boolean leadingWithoutPosition) {

		public boolean isEmpty() {
			return this.distinctGivers == 0;
		}

	}

}
