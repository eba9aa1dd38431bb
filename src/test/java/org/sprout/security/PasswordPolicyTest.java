package org.sprout.security;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.sprout.security.PasswordPolicy.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password rules as a table, with the list of common passwords shipped in Sprout and
 * zxcvbn's estimate of how guessable a password is (each refusal names the pattern).
 */
class PasswordPolicyTest {

	private static final PasswordPolicy POLICY = PasswordPolicy.standard();

	@ParameterizedTest(name = "{0} / \"{1}\": {2}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					# username | password                                                                      | problems
					sam        | correct-staple-7                                                              | -
					sam        | exactly12chr                                                                  | GUESSABLE_WORDS
					sam        | elevenchars                                                                   | TOO_SHORT
					sam        | short                                                                         | TOO_SHORT
					sam        | ''                                                                            | TOO_SHORT
					sam        | 'twelve  spcs'                                                                | -
					sam        | '            '                                                                | GUESSABLE_REPEAT
					sam        | zzzzzzzzzzzz                                                                  | GUESSABLE_REPEAT
					sam        | 111111111112                                                                  | GUESSABLE_REPEAT
					sam        | abcdefghijklmn                                                                | GUESSABLE_SEQUENCE
					sam        | qwertyuiopasdf                                                                | COMMON
					sam        | asdfghjkl;lkj                                                                 | GUESSABLE_KEYBOARD
					sam        | 19841984198419                                                                | GUESSABLE_REPEAT
					sam        | purple-otter-jumps                                                            | -
					sam        | correct horse battery staple                                                  | -
					maria      | maria-in-the-garden                                                           | CONTAINS_USERNAME
					maria      | MARIA-in-the-garden                                                           | CONTAINS_USERNAME
					Maria      | in-the-garden-maria                                                           | CONTAINS_USERNAME
					maria.lopez| maria.lopez                                                                   | TOO_SHORT,CONTAINS_USERNAME
					maria.lopez| maria.lopez!                                                                  | CONTAINS_USERNAME
					maria      | mari-a-garden-path                                                            | -
					sam        | password1234                                                                  | COMMON
					sam        | PassWord1234                                                                  | COMMON
					sam        | qwertyuiop12                                                                  | COMMON
					sam        | 123456789012                                                                  | COMMON
					sam        | password12345678                                                              | GUESSABLE_WORDS
					sam        | sam123456789                                                                  | CONTAINS_USERNAME
					admin      | administrator                                                                 | CONTAINS_USERNAME,COMMON
					sam        | ààààààààààà                                                                   | TOO_SHORT
					sam        | àààààààààààà                                                                  | GUESSABLE_REPEAT
					sam        | 😀😀😀😀😀😀😀😀😀😀😀                                                           | TOO_SHORT
					sam        | 123456789-123456789-123456789-123456789-123456789-123456789-123456789-12      | GUESSABLE_REPEAT
					sam        | 123456789-123456789-123456789-123456789-123456789-123456789-123456789-123     | TOO_LONG
					sam        | éééééééééééééééééééééééééééééééééééé                                          | GUESSABLE_REPEAT
					sam        | ésperanto-garden-path-éé-72-bytes-or-less-fits                                | -
					sam        | ééééééééééééééééééééééééééééééééééééé                                         | TOO_LONG
					""")
	void passwords(String username, String password, String expected) {
		List<Problem> problems = (expected != null) ? Arrays.stream(expected.split(",")).map(Problem::valueOf).toList()
				: List.of();
		assertThat(POLICY.problems(username, password)).containsExactlyElementsOf(problems);
	}

	@Test
	void theShippedListHoldsAboutAHundredPasswords() {
		assertThat(POLICY.commonPasswordCount()).isBetween(90, 200);
	}

	@Test
	void eachProblemHasAMessageKey() {
		assertThat(Problem.TOO_SHORT.messageKey()).isEqualTo("password.TOO_SHORT");
	}

}
