package org.sprout.feedback;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.sprout.ties.Tie;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Why each reader of an entry reads it, as the "who reads it" previews say: the author
 * who only writes (a sponsor, someone asked, a colleague welcomed to give feedback) is
 * told they read what they write, nothing more.
 */
class ReaderTest {

	@ParameterizedTest(name = "author={0}, subject={1}, ties {2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# author | subject | ties                       | reason
			false    | true    | -                          | readers.subject
			false    | false   | REPORT                     | readers.manager
			false    | false   | MENTEE                     | readers.mentor
			false    | false   | REPORT+MENTEE              | readers.managerAndMentor
			true     | false   | REPORT                     | readers.author.manager
			true     | false   | MENTEE+SPONSORED_LEAD      | readers.author.mentor
			true     | false   | REPORT+MENTEE              | readers.author.managerAndMentor
			true     | false   | -                          | readers.author.writesOnly
			true     | false   | SPONSORED_MEMBER           | readers.author.writesOnly
			true     | false   | ASKED_BY                   | readers.author.writesOnly
			true     | false   | WELCOMES_FEEDBACK          | readers.author.writesOnly
			""")
	void eachReaderIsToldWhy(boolean author, boolean subject, String ties, String reason) {
		assertThat(new Reader(1, "Someone", author, subject, ties(ties)).reason()).isEqualTo(reason);
	}

	private static Set<Tie> ties(String text) {
		if (text.equals("-")) {
			return Set.of();
		}
		Set<Tie> ties = EnumSet.noneOf(Tie.class);
		Arrays.stream(text.split("\\+")).map(Tie::valueOf).forEach(ties::add);
		return ties;
	}

}
