package org.sprout.security;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.sprout.ties.Standing;
import org.sprout.ties.Tie;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of "who sees what" as a table. Viewer 1 looks at entries about person 2; the
 * standing column says how viewer 1 stands to person 2: SELF, NONE, or the ties that hold
 * (what person 2 is to viewer 1), joined by +.
 */
class AccessPolicyTest {

	private static final long VIEWER = 1;

	private static final long OTHER_AUTHOR = 3;

	@ParameterizedTest(name = "{0}: reads shared={1}, reads own note={2}, reads other''s note={3}")
	@CsvSource(delimiter = '|', textBlock = """
			# standing                     | shared | own note | other's note
			SELF                           | true   | true     | false
			REPORT                         | true   | true     | false
			MENTEE                         | true   | true     | false
			REPORT+MENTEE                  | true   | true     | false
			SPONSORED_LEAD                 | false  | true     | false
			SPONSORED_MEMBER               | false  | true     | false
			ASKED_BY                       | false  | true     | false
			SPONSORED_LEAD+ASKED_BY        | false  | true     | false
			MENTEE+SPONSORED_LEAD          | true   | true     | false
			WELCOMES_FEEDBACK              | false  | true     | false
			ASKED_BY+WELCOMES_FEEDBACK     | false  | true     | false
			MENTEE+WELCOMES_FEEDBACK       | true   | true     | false
			NONE                           | false  | true     | false
			""")
	void readingEntries(String standing, boolean readsShared, boolean readsOwnNote, boolean readsOthersNote) {
		Standing toSubject = standing(standing);
		assertThat(AccessPolicy.canRead(VIEWER, toSubject, OTHER_AUTHOR, true)).isEqualTo(readsShared);
		assertThat(AccessPolicy.readsSharedFeedbackAbout(toSubject)).isEqualTo(readsShared);
		assertThat(AccessPolicy.canRead(VIEWER, toSubject, VIEWER, false)).isEqualTo(readsOwnNote);
		assertThat(AccessPolicy.canRead(VIEWER, toSubject, OTHER_AUTHOR, false)).isEqualTo(readsOthersNote);
		// Whoever wrote a shared entry always reads it again.
		assertThat(AccessPolicy.canRead(VIEWER, toSubject, VIEWER, true)).isTrue();
	}

	@ParameterizedTest(name = "{0}: gives feedback={1}, writes private note={2}, opens history={3}")
	@CsvSource(delimiter = '|', textBlock = """
			# standing                     | gives | note  | history
			SELF                           | false | false | true
			REPORT                         | true  | true  | true
			MENTEE                         | true  | true  | true
			SPONSORED_LEAD                 | true  | true  | true
			SPONSORED_MEMBER               | true  | true  | true
			ASKED_BY                       | true  | true  | true
			REPORT+ASKED_BY                | true  | true  | true
			WELCOMES_FEEDBACK              | true  | true  | true
			REPORT+WELCOMES_FEEDBACK       | true  | true  | true
			NONE                           | false | false | false
			""")
	void writingFeedback(String standing, boolean givesShared, boolean writesNote, boolean opensHistory) {
		Standing toSubject = standing(standing);
		assertThat(AccessPolicy.canGiveFeedback(toSubject)).isEqualTo(givesShared);
		assertThat(AccessPolicy.canWrite(toSubject, true)).isEqualTo(givesShared);
		assertThat(AccessPolicy.canWrite(toSubject, false)).isEqualTo(writesNote);
		assertThat(AccessPolicy.canViewHistory(toSubject)).isEqualTo(opensHistory);
	}

	@ParameterizedTest(name = "viewer {0}, author {1}, subject {2}, shared={3}: edits={4}, answers={5}, coaching={6}")
	@CsvSource(delimiter = '|', textBlock = """
			# viewer | author | subject | shared | edits | answers | sees coaching
			1        | 1      | 2       | true   | true  | false   | true
			2        | 1      | 2       | true   | false | true    | false
			2        | 1      | 2       | false  | false | false   | false
			3        | 1      | 2       | true   | false | false   | false
			""")
	void editingAndAnswering(long viewer, long author, long subject, boolean shared, boolean edits, boolean answers,
			boolean seesCoaching) {
		assertThat(AccessPolicy.canEdit(viewer, author)).isEqualTo(edits);
		assertThat(AccessPolicy.canAnswer(viewer, subject, shared)).isEqualTo(answers);
		assertThat(AccessPolicy.canSeeCoaching(viewer, author)).isEqualTo(seesCoaching);
	}

	@ParameterizedTest(name = "admin={0}, grows someone={1}: creates projects={2}")
	@CsvSource({ "true, false, true", "false, true, true", "true, true, true", "false, false, false" })
	void creatingProjects(boolean admin, boolean growsSomeone, boolean creates) {
		assertThat(AccessPolicy.canCreateProject(admin, growsSomeone)).isEqualTo(creates);
	}

	@ParameterizedTest(name = "viewer {0}, requester {1}, recipient {2}, open={3}: sees={4}, answers={5}, asks={6}")
	@CsvSource(delimiter = '|', textBlock = """
			# viewer | requester | recipient | open  | sees  | answers | may ask recipient
			1        | 1         | 2         | true  | true  | false   | true
			2        | 1         | 2         | true  | true  | true    | false
			2        | 1         | 2         | false | true  | false   | false
			3        | 1         | 2         | true  | false | false   | true
			""")
	void feedbackRequests(long viewer, long requester, long recipient, boolean open, boolean sees, boolean answers,
			boolean asks) {
		assertThat(AccessPolicy.canSeeRequest(viewer, requester, recipient)).isEqualTo(sees);
		assertThat(AccessPolicy.canAnswerRequest(viewer, recipient, open)).isEqualTo(answers);
		assertThat(AccessPolicy.canRequestFeedback(viewer, recipient)).isEqualTo(asks);
	}

	@ParameterizedTest(
			name = "viewer {0}, person {1}, admin={2}, grows someone={3}: recognises={4}, board={5}, sees score={6}")
	@CsvSource(delimiter = '|', textBlock = """
			# viewer | person | admin | grows | recognises | sees board | sees person's score
			1        | 1      | false | false | false      | false      | true
			1        | 2      | false | false | true       | false      | false
			1        | 2      | false | true  | true       | true       | true
			1        | 2      | true  | false | true       | true       | true
			""")
	void recognitionsAndTheBoard(long viewer, long person, boolean admin, boolean grows, boolean recognises,
			boolean seesBoard, boolean seesScore) {
		assertThat(AccessPolicy.canRecognise(viewer, person)).isEqualTo(recognises);
		assertThat(AccessPolicy.canSeeLeaders(admin, grows)).isEqualTo(seesBoard);
		assertThat(AccessPolicy.canSeeEmergenceOf(viewer, person, seesBoard)).isEqualTo(seesScore);
	}

	@ParameterizedTest(name = "viewer {0}, lead {1}, sponsor {2}: steers={3}, writes retrospective={4}")
	@CsvSource(delimiter = '|', textBlock = """
			# viewer | lead | sponsor | steers | retrospective
			1        | 1    | 2       | true   | true
			2        | 1    | 2       | true   | false
			3        | 1    | 2       | false  | false
			""")
	void steeringProjects(long viewer, long lead, long sponsor, boolean steers, boolean writesRetrospective) {
		assertThat(AccessPolicy.canSteerProject(viewer, lead, sponsor)).isEqualTo(steers);
		assertThat(AccessPolicy.canWriteRetrospective(viewer, lead)).isEqualTo(writesRetrospective);
	}

	@ParameterizedTest(name = "viewer {0}, recipient {1}: sees and marks read={2}")
	@CsvSource({ "1, 1, true", "2, 1, false", "1, 2, false" })
	void notifications(long viewer, long recipient, boolean sees) {
		assertThat(AccessPolicy.canSeeNotification(viewer, recipient)).isEqualTo(sees);
	}

	@ParameterizedTest(name = "{0}: sees the project's feedback activity={2}")
	@CsvSource(delimiter = '|', textBlock = """
			# viewer          | standing to lead | sees
			lead              | SELF             | true
			sponsor           | SPONSORED_LEAD   | true
			lead's manager    | REPORT           | true
			lead's mentor     | MENTEE           | true
			asked by the lead | ASKED_BY         | false
			any colleague     | WELCOMES_FEEDBACK| false
			member or stranger| NONE             | false
			""")
	void projectFeedbackActivity(String viewer, String standing, boolean sees) {
		long viewerId = switch (viewer) {
			case "lead" -> 1;
			case "sponsor" -> 2;
			default -> 3;
		};
		assertThat(AccessPolicy.canSeeProjectFeedback(viewerId, 1, 2, standing(standing))).isEqualTo(sees);
	}

	/** Writing never grants reading: no tie is in READS_SHARED that is not in WRITES. */
	@org.junit.jupiter.api.Test
	void everyTieThatReadsAlsoWritesAndWelcomingFeedbackOnlyWrites() {
		assertThat(AccessPolicy.WRITES).containsAll(AccessPolicy.READS_SHARED);
		assertThat(AccessPolicy.WRITES).contains(Tie.WELCOMES_FEEDBACK);
		assertThat(AccessPolicy.READS_SHARED).doesNotContain(Tie.WELCOMES_FEEDBACK);
	}

	/** SELF, NONE, or ties joined by +, as the tables write them. */
	static Standing standing(String text) {
		return switch (text) {
			case "SELF" -> Standing.SELF;
			case "NONE" -> Standing.NONE;
			default -> Standing.of(Arrays.stream(text.split("\\+")).map(Tie::valueOf).toArray(Tie[]::new));
		};
	}

}
