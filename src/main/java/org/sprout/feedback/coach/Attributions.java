package org.sprout.feedback.coach;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Guesses at motive or feeling: what the author cannot have observed. "You wanted to",
 * "you didn't care", "because you think", "you felt threatened", "you seemed not to
 * care", and phrases such as "on purpose" wherever they stand. What the person said is
 * not a guess: "you told her you wanted to" and "I asked what you wanted" are left alone.
 */
final class Attributions {

	private static final String YOU = "\\byou(?:'re|'ve)?\\s+";

	/** Words that may stand between "you" and the guess: "you clearly wanted to". */
	private static final String ADVERBS = "(?:(?:clearly|obviously|just|only|simply|probably|really|certainly"
			+ "|apparently|evidently|still|never|always|even|honestly|so|very|quite|a bit|kind of|sort of)\\s+)*";

	/** Shapes of a guess; the feelings are filled in from the list. */
	private static final List<String> SHAPES = List.of(
			YOU + ADVERBS + "(?:wanted|want|didn't want|did not want|don't want|do not want|meant|intended)\\s+to\\b",
			YOU + ADVERBS
					+ "(?:didn't|did not|don't|do not|never|couldn't|could not|can't|cannot)\\s+(?:really\\s+|even\\s+)?"
					+ "(?:care|cared|bother|respect|value|like|trust|mind)\\b",
			"\\bbecause\\s+" + YOU + ADVERBS + "(?:think|thought|believe|believed|feel|felt|want|wanted|don't"
					+ "|didn't|do not|did not|like|liked|enjoy|enjoyed|prefer|preferred|need|needed|care|cared)\\b",
			YOU + "(?:think|thought|believe|believed)\\s+(?:that\\s+)?(?:you're|you are|you were|your)\\b",
			YOU + ADVERBS + "(?:felt|feel|were feeling|are feeling)\\b",
			YOU + ADVERBS + "(?:seemed|seem|seems|appeared|appear)\\s+(?:not\\s+)?to\\s+(?:care|want|enjoy|like|mind"
					+ "|notice|be interested|be bothered)\\b",
			YOU + ADVERBS + "(?:pretended|were pretending|pretend)\\s+to\\b");

	/**
	 * What someone said or was asked is reported, not guessed; "when you feel" in advice
	 * supposes, it does not guess.
	 */
	private static final Pattern REPORTED = Pattern.compile("(?:\\b(?:said|say|says|told|tell|tells|explained"
			+ "|mentioned|asked|ask|wrote|shared|admitted|agreed|replied|answered|promised|announced|confirmed|know"
			+ "|knew|made clear)\\b(?:\\s+\\S+){0,3}?\\s+(?:that\\s+)?|\\b(?:what|whether|if|how|why|when|whenever|once)\\s+)$");

	private final List<Pattern> shapes = new ArrayList<>();

	private final Phrases motives;

	Attributions(List<String> feelings, List<String> motives) {
		for (String shape : SHAPES) {
			this.shapes.add(Pattern.compile(shape));
		}
		if (!feelings.isEmpty()) {
			String any = feelings.stream()
				.map(Text::normalise)
				.map((f) -> Pattern.quote(f).replace(" ", "\\E\\s+\\Q"))
				.collect(Collectors.joining("|"));
			this.shapes.add(Pattern.compile(YOU + ADVERBS
					+ "(?:were|are|was|seemed|seem|looked|look|sounded|sound|got|get|appeared|appear|became|come across as"
					+ "|came across as)\\s+" + ADVERBS + "(?:" + any + ")(?![\\p{L}])"));
		}
		this.motives = new Phrases(motives);
	}

	/** The guesses in one lower-case sentence, as typed. */
	Set<String> in(String sentence) {
		Set<String> found = new LinkedHashSet<>();
		for (Pattern shape : this.shapes) {
			Matcher matcher = shape.matcher(sentence);
			while (matcher.find()) {
				if (!REPORTED.matcher(sentence.substring(0, matcher.start())).find()) {
					found.add(matcher.group().strip());
					break;
				}
			}
		}
		found.addAll(this.motives.matchesIn(sentence));
		// "you felt threatened" says all that "you felt" says.
		found.removeIf((guess) -> found.stream().anyMatch((other) -> !other.equals(guess) && other.contains(guess)));
		return found;
	}

}
