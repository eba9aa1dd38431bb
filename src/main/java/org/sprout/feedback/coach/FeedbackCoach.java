package org.sprout.feedback.coach;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a feedback draft and suggests how to make it clear, concise, actionable and about
 * the work rather than the person. It only advises: nothing it finds stops an entry from
 * being saved. The word lists are given, so tests can pass their own (the application's
 * are in {@code src/main/resources/coach/}, see {@link WordLists}).
 * <p>
 * The score starts at 100 and each kind of finding takes off its {@link #PENALTIES
 * penalty} once; a draft scoring {@value #GOOD_SCORE} or more reads well.
 */
public class FeedbackCoach {

	/** The most words one part should take. */
	public static final int MAX_PART_WORDS = 60;

	/** The most words the four parts together should take. */
	public static final int MAX_TOTAL_WORDS = 150;

	/** Fewer words than this in situation, behaviour, impact or next step is too thin. */
	public static final int MIN_PART_WORDS = 3;

	/** Praise with fewer words than this besides it names no act ("Great job on it!"). */
	static final int MIN_WORDS_BESIDES_PRAISE = 4;

	/** From this score on a draft reads well. */
	public static final int GOOD_SCORE = 70;

	/** What each kind of finding, by {@link Finding#baseKey() base key}, takes off. */
	static final Map<String, Integer> PENALTIES = Map.ofEntries(Map.entry("coach.clear.missing", 25),
			Map.entry("coach.clear.thin", 15), Map.entry("coach.clear.vagueSituation", 20),
			Map.entry("coach.clear.noMoment", 15), Map.entry("coach.clear.generalBehaviour", 15),
			Map.entry("coach.clear.vagueBehaviour", 20), Map.entry("coach.concise.partTooLong", 10),
			Map.entry("coach.concise.tooLong", 15), Map.entry("coach.concise.filler", 10),
			Map.entry("coach.actionable.missing", 30), Map.entry("coach.actionable.noAction", 30),
			Map.entry("coach.actionable.vague", 30), Map.entry("coach.actionable.thin", 15),
			Map.entry("coach.work.judgement", 35), Map.entry("coach.work.person", 35),
			Map.entry("coach.work.motive", 35));

	/**
	 * Words that carry no act of their own, besides praise ("you did a … job on the").
	 */
	private static final Set<String> EMPTY_WORDS = Set.of("you", "your", "you're", "i", "we", "a", "an", "the", "on",
			"in", "at", "of", "for", "to", "with", "it", "that", "this", "was", "were", "are", "is", "did", "do",
			"done", "job", "work", "really", "very", "so", "and", "overall", "all", "team", "stuff", "things", "thing",
			"there", "today", "again", "as", "always", "such", "what", "how");

	/** "You never said which goal": a past tense after "never" tells of one occasion. */
	private static final Pattern ONE_OCCASION = Pattern
		.compile("\\bnever\\s+(?=\\p{L}+ed\\b|(?:said|told|gave|made|took|went|did|came|saw|got|wrote|sent|spoke|met|"
				+ "knew|heard|thought|left|let|put|read|ran|began|showed|answered)\\b)");

	/** Dates and times written with digits, or a month name with a day. */
	private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[/.]\\d{1,2}\\b"
			+ "|\\b\\d{1,2}:\\d{2}\\b|\\b\\d{1,2}(st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");

	private final Phrases moments;

	private final Phrases vagueTimes;

	private final Phrases fillers;

	private final Phrases actionVerbs;

	private final Phrases vagueSteps;

	private final Phrases vaguePraise;

	private final JudgementReader judgements;

	public FeedbackCoach(Lexicon lexicon) {
		this.moments = new Phrases(lexicon.moments());
		this.vagueTimes = new Phrases(lexicon.vagueTimes());
		this.fillers = new Phrases(lexicon.fillers());
		this.actionVerbs = new Phrases(lexicon.actionVerbs());
		this.vagueSteps = new Phrases(lexicon.vagueSteps());
		this.vaguePraise = new Phrases(lexicon.vaguePraise());
		this.judgements = new JudgementReader(lexicon);
	}

	/** A coach with the five lists of the first version only: words, not shapes. */
	public FeedbackCoach(List<String> moments, List<String> vagueTimes, List<String> fillers, List<String> actionVerbs,
			List<String> judgements) {
		this(Lexicon.basic(moments, vagueTimes, fillers, actionVerbs, judgements));
	}

	public Coaching review(Draft draft) {
		String[] typed = { text(draft.situation()), text(draft.behaviour()), text(draft.impact()),
				text(draft.nextStep()) };
		String[] parts = new String[typed.length];
		for (int i = 0; i < typed.length; i++) {
			parts[i] = Text.normalise(typed[i]);
		}
		List<Finding> findings = new ArrayList<>();
		clear(parts[0], parts[1], parts[2], findings);
		concise(parts, findings);
		actionable(parts[3], findings);
		boolean addressedToYou = false;
		for (String part : parts) {
			addressedToYou |= Text.words(part).stream().anyMatch((w) -> w.startsWith("you"));
		}
		for (Part part : Part.values()) {
			this.judgements.read(typed[part.ordinal()], part, addressedToYou, findings);
		}
		findings.sort(java.util.Comparator.comparingInt((Finding f) -> (f.part() != null) ? f.part().ordinal() : 9));
		int score = 100;
		Set<String> charged = new LinkedHashSet<>();
		for (Finding finding : findings) {
			if (charged.add(finding.baseKey())) {
				score -= PENALTIES.getOrDefault(finding.baseKey(), 10);
			}
		}
		return new Coaching(Math.max(0, score), findings);
	}

	private void clear(String situation, String behaviour, String impact, List<Finding> findings) {
		Part[] parts = { Part.SITUATION, Part.BEHAVIOUR, Part.IMPACT };
		String[] texts = { situation, behaviour, impact };
		for (int i = 0; i < parts.length; i++) {
			int words = Text.countWords(texts[i]);
			if (words == 0) {
				findings.add(new Finding(Rule.CLEAR, "coach.clear.missing." + parts[i].field(), "", parts[i]));
			}
			else if (words < MIN_PART_WORDS) {
				findings.add(new Finding(Rule.CLEAR, "coach.clear.thin." + parts[i].field(), "", parts[i]));
			}
		}
		if (!situation.isEmpty()) {
			Set<String> vague = this.vagueTimes.matchesIn(unquoted(situation));
			if (!vague.isEmpty()) {
				findings.add(new Finding(Rule.CLEAR, "coach.clear.vagueSituation", String.join(", ", vague),
						Part.SITUATION));
			}
			else if (this.moments.foundIn(situation).isEmpty() && !DATE.matcher(situation).find()) {
				findings.add(new Finding(Rule.CLEAR, "coach.clear.noMoment", "", Part.SITUATION));
			}
		}
		Set<String> general = this.vagueTimes.matchesIn(ONE_OCCASION.matcher(unquoted(behaviour)).replaceAll(" "));
		if (!general.isEmpty()) {
			findings.add(new Finding(Rule.CLEAR, "coach.clear.generalBehaviour", String.join(", ", general),
					Part.BEHAVIOUR));
		}
		else if (Text.countWords(behaviour) >= MIN_PART_WORDS) {
			vaguePraise(behaviour, findings);
		}
	}

	/** "You did a fantastic job handling it": praise, but of what? */
	private void vaguePraise(String behaviour, List<Finding> findings) {
		Set<String> praise = this.vaguePraise.matchesIn(behaviour);
		if (praise.isEmpty()) {
			return;
		}
		String rest = this.fillers.removeFrom(this.vaguePraise.removeFrom(behaviour));
		long besides = Text.words(rest).stream().filter((word) -> !EMPTY_WORDS.contains(word)).count();
		if (besides < MIN_WORDS_BESIDES_PRAISE) {
			findings
				.add(new Finding(Rule.CLEAR, "coach.clear.vagueBehaviour", String.join(", ", praise), Part.BEHAVIOUR));
		}
	}

	private void concise(String[] parts, List<Finding> findings) {
		int total = 0;
		for (Part part : Part.values()) {
			String text = parts[part.ordinal()];
			int words = Text.countWords(text);
			total += words;
			if (words > MAX_PART_WORDS) {
				findings
					.add(new Finding(Rule.CONCISE, "coach.concise.partTooLong", String.valueOf(MAX_PART_WORDS), part));
			}
			Set<String> filler = this.fillers.matchesIn(unquoted(text));
			if (!filler.isEmpty()) {
				findings.add(new Finding(Rule.CONCISE, "coach.concise.filler", String.join(", ", filler), part));
			}
		}
		if (total > MAX_TOTAL_WORDS) {
			findings.add(new Finding(Rule.CONCISE, "coach.concise.tooLong", String.valueOf(MAX_TOTAL_WORDS)));
		}
	}

	private void actionable(String nextStep, List<Finding> findings) {
		int words = Text.countWords(nextStep);
		if (words == 0) {
			findings.add(new Finding(Rule.ACTIONABLE, "coach.actionable.missing", "", Part.NEXT_STEP));
			return;
		}
		Set<String> vague = this.vagueSteps.matchesIn(nextStep);
		String rest = this.vagueSteps.removeFrom(nextStep);
		if (this.actionVerbs.foundIn(rest).isEmpty()) {
			findings.add(vague.isEmpty() ? new Finding(Rule.ACTIONABLE, "coach.actionable.noAction", "", Part.NEXT_STEP)
					: new Finding(Rule.ACTIONABLE, "coach.actionable.vague", String.join(", ", vague), Part.NEXT_STEP));
		}
		else if (words < MIN_PART_WORDS) {
			findings.add(new Finding(Rule.ACTIONABLE, "coach.actionable.thin", "", Part.NEXT_STEP));
		}
	}

	private static String unquoted(String text) {
		return Text.withoutQuotations(text);
	}

	private static String text(String part) {
		return (part != null) ? part : "";
	}

}
