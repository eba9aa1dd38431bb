package org.sprout.feedback.coach;

import java.util.List;

/**
 * The coach's word lists, one word or phrase each, lower case (the application's are in
 * {@code src/main/resources/coach/}, see {@link WordLists}; tests may pass their own).
 *
 * @param moments words that name a moment: days, "yesterday", meetings, reviews
 * @param vagueTimes words that generalise instead: "always", "never", "lately"
 * @param fillers words that add nothing: "basically", "just", "kind of"
 * @param actionVerbs verbs of doing a next step should propose: "try", "ask"
 * @param vagueSteps phrases that sound like a next step but propose nothing to do: "keep
 * it up", "be more", "work on your"
 * @param vaguePraise praise that names no act: "great job", "well done", "excellent"
 * @param judgements labels that judge a person or their conduct: "lazy", "rude"
 * @param character words that judge character when said of the person ("you were cold")
 * but describe things elsewhere ("cold storage")
 * @param people nouns for people, to tell who a judgement is about ("a customer was
 * rude")
 * @param roles nouns that, after "you are a …", label the person: "communicator",
 * "natural"
 * @param traits what a person is rather than does, after "your": "attitude",
 * "personality"
 * @param feelings inner states the author can only guess at: "threatened", "bored"
 * @param motives phrases that attribute a motive wherever they stand: "on purpose"
 */
public record Lexicon(List<String> moments, List<String> vagueTimes, List<String> fillers, List<String> actionVerbs,
		List<String> vagueSteps, List<String> vaguePraise, List<String> judgements, List<String> character,
		List<String> people, List<String> roles, List<String> traits, List<String> feelings, List<String> motives) {

	/** Only the five lists of the first coach: no shape of judgement is read. */
	public static Lexicon basic(List<String> moments, List<String> vagueTimes, List<String> fillers,
			List<String> actionVerbs, List<String> judgements) {
		return new Lexicon(moments, vagueTimes, fillers, actionVerbs, List.of(), List.of(), judgements, List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of());
	}

}
