package org.sprout.feedback.coach;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a feedback draft and suggests how to make it clear, concise, actionable and about
 * the work rather than the person. It only advises: nothing it finds stops an entry from
 * being saved. The word lists are given, so tests can pass their own (the application's
 * are in {@code src/main/resources/coach/}, see {@link WordLists}).
 * <p>
 * The score starts at 100 and each finding takes off its {@link #PENALTIES penalty}; a
 * draft scoring {@value #GOOD_SCORE} or more reads well.
 */
public class FeedbackCoach {

	/** The most words one part should take. */
	public static final int MAX_PART_WORDS = 60;

	/** The most words the four parts together should take. */
	public static final int MAX_TOTAL_WORDS = 150;

	/** Fewer words than this in situation, behaviour, impact or next step is too thin. */
	public static final int MIN_PART_WORDS = 3;

	/** From this score on a draft reads well. */
	public static final int GOOD_SCORE = 70;

	/** What each finding, by message key, takes off the score. */
	static final Map<String, Integer> PENALTIES = Map.ofEntries(Map.entry("coach.clear.missing", 25),
			Map.entry("coach.clear.thin", 15), Map.entry("coach.clear.vagueSituation", 20),
			Map.entry("coach.clear.noMoment", 15), Map.entry("coach.clear.generalBehaviour", 15),
			Map.entry("coach.concise.partTooLong", 10), Map.entry("coach.concise.tooLong", 15),
			Map.entry("coach.concise.filler", 10), Map.entry("coach.actionable.missing", 30),
			Map.entry("coach.actionable.noAction", 30), Map.entry("coach.actionable.thin", 15),
			Map.entry("coach.work.judgement", 35));

	/** Dates and times written with digits, or a month name with a day. */
	private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[/.]\\d{1,2}\\b"
			+ "|\\b\\d{1,2}:\\d{2}\\b|\\b\\d{1,2}(st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");

	private final List<Pattern> moments;

	private final List<Pattern> vagueTimes;

	private final Map<String, Pattern> fillers;

	private final List<Pattern> actionVerbs;

	private final Map<String, Pattern> judgements;

	/**
	 * @param moments words that name a moment: days, "yesterday", meetings, reviews
	 * @param vagueTimes words that generalise instead: "always", "never", "usually"
	 * @param fillers words that add nothing: "basically", "just", "kind of"
	 * @param actionVerbs verbs of doing a next step should propose: "try", "ask"
	 * @param judgements judgements of character: "lazy", "rude", "not a leader"
	 */
	public FeedbackCoach(List<String> moments, List<String> vagueTimes, List<String> fillers, List<String> actionVerbs,
			List<String> judgements) {
		this.moments = patterns(moments).values().stream().toList();
		this.vagueTimes = patterns(vagueTimes).values().stream().toList();
		this.fillers = patterns(fillers);
		this.actionVerbs = patterns(actionVerbs).values().stream().toList();
		this.judgements = patterns(judgements);
	}

	public Coaching review(Draft draft) {
		String situation = normalise(draft.situation());
		String behaviour = normalise(draft.behaviour());
		String impact = normalise(draft.impact());
		String nextStep = normalise(draft.nextStep());
		List<Finding> findings = new ArrayList<>();
		clear(situation, behaviour, impact, findings);
		concise(List.of(situation, behaviour, impact, nextStep), findings);
		actionable(nextStep, findings);
		aboutTheWork(String.join("\n", situation, behaviour, impact, nextStep), findings);
		int score = 100;
		for (Finding finding : findings) {
			score -= penalty(finding.messageKey());
		}
		return new Coaching(Math.max(0, score), findings);
	}

	/** A key ending in a part's name ("coach.clear.missing.impact") costs its base's. */
	private static int penalty(String messageKey) {
		Integer penalty = PENALTIES.get(messageKey);
		if (penalty == null) {
			penalty = PENALTIES.getOrDefault(messageKey.substring(0, messageKey.lastIndexOf('.')), 10);
		}
		return penalty;
	}

	private void clear(String situation, String behaviour, String impact, List<Finding> findings) {
		String[][] parts = { { "situation", situation }, { "behaviour", behaviour }, { "impact", impact } };
		for (String[] part : parts) {
			int words = words(part[1]);
			if (words == 0) {
				findings.add(new Finding(Rule.CLEAR, "coach.clear.missing." + part[0], ""));
			}
			else if (words < MIN_PART_WORDS) {
				findings.add(new Finding(Rule.CLEAR, "coach.clear.thin." + part[0], ""));
			}
		}
		if (!situation.isEmpty()) {
			Set<String> vague = found(this.vagueTimes, situation);
			if (!vague.isEmpty()) {
				findings.add(new Finding(Rule.CLEAR, "coach.clear.vagueSituation", String.join(", ", vague)));
			}
			else if (found(this.moments, situation).isEmpty() && !DATE.matcher(situation).find()) {
				findings.add(new Finding(Rule.CLEAR, "coach.clear.noMoment", ""));
			}
		}
		Set<String> general = found(this.vagueTimes, behaviour);
		if (!general.isEmpty()) {
			findings.add(new Finding(Rule.CLEAR, "coach.clear.generalBehaviour", String.join(", ", general)));
		}
	}

	private void concise(List<String> parts, List<Finding> findings) {
		int total = 0;
		boolean partTooLong = false;
		for (String part : parts) {
			int words = words(part);
			total += words;
			partTooLong |= words > MAX_PART_WORDS;
		}
		if (partTooLong) {
			findings.add(new Finding(Rule.CONCISE, "coach.concise.partTooLong", String.valueOf(MAX_PART_WORDS)));
		}
		if (total > MAX_TOTAL_WORDS) {
			findings.add(new Finding(Rule.CONCISE, "coach.concise.tooLong", String.valueOf(MAX_TOTAL_WORDS)));
		}
		Set<String> filler = found(this.fillers, String.join("\n", parts));
		if (!filler.isEmpty()) {
			findings.add(new Finding(Rule.CONCISE, "coach.concise.filler", String.join(", ", filler)));
		}
	}

	private void actionable(String nextStep, List<Finding> findings) {
		int words = words(nextStep);
		if (words == 0) {
			findings.add(new Finding(Rule.ACTIONABLE, "coach.actionable.missing", ""));
		}
		else if (found(this.actionVerbs, nextStep).isEmpty()) {
			findings.add(new Finding(Rule.ACTIONABLE, "coach.actionable.noAction", ""));
		}
		else if (words < MIN_PART_WORDS) {
			findings.add(new Finding(Rule.ACTIONABLE, "coach.actionable.thin", ""));
		}
	}

	private void aboutTheWork(String text, List<Finding> findings) {
		Set<String> judged = found(this.judgements, text);
		if (!judged.isEmpty()) {
			findings.add(new Finding(Rule.ABOUT_THE_WORK, "coach.work.judgement", String.join(", ", judged)));
		}
	}

	private static Set<String> found(Map<String, Pattern> patterns, String text) {
		Set<String> found = new LinkedHashSet<>();
		patterns.forEach((phrase, pattern) -> {
			if (pattern.matcher(text).find()) {
				found.add(phrase);
			}
		});
		return found;
	}

	private static Set<String> found(List<Pattern> patterns, String text) {
		Set<String> found = new LinkedHashSet<>();
		for (Pattern pattern : patterns) {
			var matcher = pattern.matcher(text);
			if (matcher.find()) {
				found.add(matcher.group());
			}
		}
		return found;
	}

	/** Whole words or phrases only: "just" is not found in "adjust". */
	private static Map<String, Pattern> patterns(List<String> phrases) {
		Map<String, Pattern> patterns = new LinkedHashMap<>();
		for (String phrase : phrases) {
			String normal = normalise(phrase);
			if (!normal.isEmpty()) {
				String words = Pattern.quote(normal).replace(" ", "\\E\\s+\\Q");
				patterns.put(normal, Pattern.compile("(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])"));
			}
		}
		return patterns;
	}

	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		return text.replace('\u2019', '\'').replace('\u2018', '\'').strip().toLowerCase(Locale.ROOT);
	}

	static int words(String text) {
		int words = 0;
		for (String token : text.split("\\s+")) {
			if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
				words++;
			}
		}
		return words;
	}

}
