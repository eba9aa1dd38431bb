package org.sprout.feedback.coach;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the shape of a judgement in one part of a draft, not only its words. It finds
 * <ul>
 * <li>labels that judge a person or their conduct ("rude", "lazy"), unless they are about
 * someone else ("stayed calm while a customer was rude");</li>
 * <li>statements about the person rather than the act: an everyday word of character said
 * of them ("you were cold", "you're so negative"), "your attitude", "you're a bad
 * communicator", "acted like a child";</li>
 * <li>guesses at motive or feeling, which the author cannot observe ("you wanted to",
 * "you didn't care", "on purpose", "because you think"), unless they report what the
 * person said ("you told her you wanted to").</li>
 * </ul>
 * Quotations are left out: what someone said, quoted, is observed behaviour.
 */
final class JudgementReader {

	/** Who the feedback speaks to, when written to them. */
	private static final Set<String> YOU = Set.of("you", "you're", "you've", "you'd", "you'll", "your", "yours",
			"yourself", "ya", "u");

	private static final Set<String> ARTICLES = Set.of("a", "an", "the", "another", "one", "some", "any");

	/** Words that point back at the act or the situation: a judgement of it is kept. */
	private static final Set<String> ACT = Set.of("it", "it's", "this", "that", "that's", "which", "what");

	private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they", "him", "her", "them", "his", "hers",
			"their", "theirs", "he's", "she's", "they're", "someone", "somebody", "everyone", "nobody", "others");

	/** Verbs and phrases that say what someone is, seems or came across as. */
	private static final Set<String> COPULAS = Set.of("are", "were", "was", "is", "am", "be", "been", "being", "have",
			"has", "had", "'ve", "seem", "seemed", "seems", "look", "looked", "looks", "sound", "sounded", "sounds",
			"appear", "appeared", "appears", "came", "come", "comes", "coming", "across", "as", "got", "get", "gets",
			"getting", "became", "become", "can", "could", "may", "might", "will", "would", "acted", "behaved", "act",
			"behave", "felt", "feel");

	/** Words that may stand between the subject and the judgement. */
	private static final Set<String> MODIFIERS = Set.of("so", "such", "too", "very", "really", "quite", "a", "an",
			"bit", "little", "kind", "of", "sort", "just", "not", "never", "always", "completely", "totally", "clearly",
			"obviously", "rather", "pretty", "extremely", "incredibly", "somewhat", "often", "sometimes", "generally",
			"honestly", "frankly", "overly", "all", "way", "being", "like", "and", "also");

	/** Words after "you are a" that do not judge: the first person, the new lead. */
	private static final Set<String> PLAIN = Set.of("first", "only", "last", "second", "third", "new", "main", "lead",
			"senior", "junior", "other", "same", "key", "named", "designated", "backup");

	/** Capitalised words that start sentences rather than name people. */
	private static final Set<String> SENTENCE_STARTERS = Set.of("the", "a", "an", "in", "on", "at", "during", "after",
			"before", "when", "while", "it", "this", "that", "there", "then", "we", "our", "my", "i", "i'm", "i've",
			"next", "last", "from", "for", "with", "as", "if", "and", "but", "so", "everyone", "nobody", "people",
			"today", "yesterday", "honestly", "overall", "great", "good", "well", "thanks", "thank", "please", "keep",
			"try", "ask");

	private final Phrases judgements;

	private final Phrases character;

	private final Phrases people;

	private final Phrases roles;

	private final Phrases traits;

	private final Attributions attributions;

	JudgementReader(Lexicon lexicon) {
		this.judgements = new Phrases(lexicon.judgements());
		this.character = new Phrases(lexicon.character());
		this.people = new Phrases(lexicon.people());
		this.roles = new Phrases(lexicon.roles());
		this.traits = new Phrases(lexicon.traits());
		this.attributions = new Attributions(lexicon.feelings(), lexicon.motives());
	}

	/**
	 * The judgements in one part, as findings of the about-the-work rule.
	 * @param text the part as typed
	 * @param part which part it is
	 * @param addressedToYou whether the draft speaks to the person ("you"); if not, "he",
	 * "she" and names may be the person it is about
	 */
	void read(String text, Part part, boolean addressedToYou, List<Finding> findings) {
		Set<String> labels = new LinkedHashSet<>();
		Set<String> person = new LinkedHashSet<>();
		Set<String> motives = new LinkedHashSet<>();
		for (String sentence : Text.sentences(Text.withoutQuotations(text))) {
			motives.addAll(this.attributions.in(Text.normalise(sentence)));
			for (String clause : Text.clauses(sentence)) {
				List<String> typed = Text.words(clause);
				List<String> words = typed.stream().map(Text::normalise).toList();
				String lower = String.join(" ", words);
				labels(lower, words, typed, addressedToYou, labels);
				character(lower, words, typed, addressedToYou, labels);
				aboutThePerson(words, typed, addressedToYou, person);
			}
		}
		if (!labels.isEmpty()) {
			findings.add(new Finding(Rule.ABOUT_THE_WORK, "coach.work.judgement", String.join(", ", labels), part));
		}
		if (!person.isEmpty()) {
			findings.add(new Finding(Rule.ABOUT_THE_WORK, "coach.work.person", String.join(", ", person), part));
		}
		if (!motives.isEmpty()) {
			findings.add(new Finding(Rule.ABOUT_THE_WORK, "coach.work.motive", String.join(", ", motives), part));
		}
	}

	/** Labels count wherever they stand, unless they are about someone else. */
	private void labels(String lower, List<String> words, List<String> typed, boolean addressedToYou,
			Set<String> found) {
		for (Phrases.Match match : this.judgements.allIn(lower)) {
			int start = wordIndex(lower, match.start());
			int end = start + match.phrase().split(" ").length;
			if (end < words.size() && isPerson(words.get(end))) {
				// "the rude customer": about that person, unless "you are a rude person".
				if (saidOfTheSubject(words, typed, start, addressedToYou)) {
					found.add(match.phrase());
				}
			}
			else if (aboutTheSubjectOrTheAct(words, typed, start, addressedToYou)) {
				// "a rude question came from the floor": someone's thing, not said to be
				// yours.
				boolean someonesThing = end < words.size() && startsNounPhrase(words.get(end)) && start > 0
						&& ARTICLES.contains(words.get(start - 1)) && !anyBefore(words, start, YOU, ACT);
				if (!someonesThing) {
					found.add(match.phrase());
				}
			}
		}
	}

	/** Everyday words of character count only when said of the person. */
	private void character(String lower, List<String> words, List<String> typed, boolean addressedToYou,
			Set<String> found) {
		for (Phrases.Match match : this.character.allIn(lower)) {
			int start = wordIndex(lower, match.start());
			int end = start + match.phrase().split(" ").length;
			boolean attributive = end < words.size()
					&& (isPerson(words.get(end)) || this.roles.contains(words.get(end)));
			boolean predicative = end >= words.size() || !startsNounPhrase(words.get(end));
			if ((attributive || predicative) && saidOfTheSubject(words, typed, start, addressedToYou)) {
				found.add(match.phrase());
			}
		}
	}

	/** "your attitude", "you're a bad communicator", "acted like a child". */
	private void aboutThePerson(List<String> words, List<String> typed, boolean addressedToYou, Set<String> found) {
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			boolean yours = word.equals("your") || (!addressedToYou && (word.equals("his") || word.equals("her")));
			if (yours && i + 1 < words.size() && this.traits.contains(words.get(i + 1))) {
				found.add(word + " " + words.get(i + 1));
			}
			if ((word.equals("like")) && i > 0 && i + 2 < words.size()
					&& (words.get(i + 1).equals("a") || words.get(i + 1).equals("an"))
					&& Set.of("acted", "behaved", "acting", "behaving", "act", "behave").contains(words.get(i - 1))) {
				found.add(words.get(i - 1) + " like " + words.get(i + 1) + " " + words.get(i + 2));
			}
			if (this.roles.contains(word) && i >= 2) {
				int article = i - 1;
				while (article > 0 && !words.get(article).equals("a") && !words.get(article).equals("an")
						&& !PLAIN.contains(words.get(article)) && i - article <= 3) {
					article--;
				}
				boolean modified = article < i - 1
						&& (words.get(article).equals("a") || words.get(article).equals("an"));
				boolean labelled = words.subList(article, i)
					.stream()
					.anyMatch((w) -> this.judgements.contains(w) || this.character.contains(w));
				if (modified && !labelled && saidOfTheSubject(words, typed, article, addressedToYou)) {
					found.add(String.join(" ", words.subList(article, i + 1)));
				}
			}
		}
	}

	/**
	 * Whether the words before {@code start} say it of the person: the subject (you, or
	 * he, she or a name when the draft does not speak to them), then only verbs of being
	 * or seeming and modifiers ("you were being so", "you came across as").
	 */
	private boolean saidOfTheSubject(List<String> words, List<String> typed, int start, boolean addressedToYou) {
		boolean copula = false;
		for (int i = start - 1; i >= 0; i--) {
			String word = words.get(i);
			if (YOU.contains(word)) {
				return copula || word.equals("you're") || word.equals("you've");
			}
			if (!addressedToYou && (THIRD_PERSON.contains(word) || isName(typed, i))) {
				return copula;
			}
			if (COPULAS.contains(word)) {
				copula = true;
			}
			else if (!MODIFIERS.contains(word)) {
				return false;
			}
		}
		return false;
	}

	/**
	 * Whether a label before which nothing names another person is about the person or
	 * their act: the nearest subject back in the clause is "you", "it" or "which", or
	 * there is none ("Rude."); a person, "they" or a name is someone else.
	 */
	private boolean aboutTheSubjectOrTheAct(List<String> words, List<String> typed, int start, boolean addressedToYou) {
		for (int i = start - 1; i >= 0; i--) {
			String word = words.get(i);
			if (YOU.contains(word) || ACT.contains(word)) {
				return true;
			}
			if (isPerson(word)) {
				return false;
			}
			if (THIRD_PERSON.contains(word) || isName(typed, i)) {
				return !addressedToYou;
			}
		}
		return true;
	}

	private static boolean anyBefore(List<String> words, int start, Set<String> first, Set<String> second) {
		for (int i = 0; i < start; i++) {
			if (first.contains(words.get(i)) || second.contains(words.get(i))) {
				return true;
			}
		}
		return false;
	}

	private boolean isPerson(String word) {
		return this.people.contains(word)
				|| (word.endsWith("s") && this.people.contains(word.substring(0, word.length() - 1)))
				|| (word.endsWith("'s") && this.people.contains(word.substring(0, word.length() - 2)));
	}

	/**
	 * After "cold": a noun follows in "cold storage", nothing or a preposition in "cold
	 * with".
	 */
	private static boolean startsNounPhrase(String next) {
		return !Set
			.of("and", "or", "with", "to", "towards", "toward", "about", "in", "at", "on", "during", "when", "while",
					"for", "as", "but", "so", "because", "of", "from", "today", "yesterday", "again", "too", "then",
					"afterwards", "throughout", "all")
			.contains(next);
	}

	/** A capitalised word that is not "I" and does not merely start the sentence. */
	private static boolean isName(List<String> typed, int index) {
		String word = typed.get(index);
		if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || word.equals("I") || word.startsWith("I'")) {
			return false;
		}
		return !SENTENCE_STARTERS.contains(word.toLowerCase(Locale.ROOT))
				&& !YOU.contains(word.toLowerCase(Locale.ROOT));
	}

	/**
	 * Which word of the lower-case clause (its words joined by spaces) starts at offset.
	 */
	private static int wordIndex(String lower, int offset) {
		int index = 0;
		for (int i = 0; i < offset; i++) {
			if (lower.charAt(i) == ' ') {
				index++;
			}
		}
		return index;
	}

}
