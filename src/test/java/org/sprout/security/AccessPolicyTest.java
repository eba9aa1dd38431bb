package org.sprout.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.sprout.feedback.Visibility;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of "who sees what" as a table. Viewer 1 looks at entries about person 2; the
 * relation columns say how viewer 1 stands to person 2.
 */
class AccessPolicyTest {

	private static final long VIEWER = 1;

	private static final long OTHER_AUTHOR = 3;

	@ParameterizedTest(name = "{0}: reads shared={6}, reads own note={7}, reads other''s note={8}")
	@CsvSource(delimiter = '|', textBlock = """
			# relation    | self  | manager | mentor | sponsor | asked | shared | own note | other's note
			subject       | true  | false   | false  | false   | false | true   | true     | false
			manager       | false | true    | false  | false   | false | true   | true     | false
			mentor        | false | false   | true   | false   | false | true   | true     | false
			sponsor only  | false | false   | false  | true    | false | false  | true     | false
			asked by them | false | false   | false  | false   | true  | false  | true     | false
			stranger      | false | false   | false  | false   | false | false  | true     | false
			manager+mentor| false | true    | true   | false   | false | true   | true     | false
			""")
	void readingEntries(String relation, boolean self, boolean manager, boolean mentor, boolean sponsor, boolean asked,
			boolean readsShared, boolean readsOwnNote, boolean readsOthersNote) {
		Relation toSubject = new Relation(self, manager, mentor, sponsor, asked);
		assertThat(AccessPolicy.canRead(VIEWER, toSubject, OTHER_AUTHOR, Visibility.SHARED)).isEqualTo(readsShared);
		assertThat(AccessPolicy.canRead(VIEWER, toSubject, VIEWER, Visibility.PRIVATE_NOTE)).isEqualTo(readsOwnNote);
		assertThat(AccessPolicy.canRead(VIEWER, toSubject, OTHER_AUTHOR, Visibility.PRIVATE_NOTE))
			.isEqualTo(readsOthersNote);
		// Whoever wrote a shared entry always reads it again.
		assertThat(AccessPolicy.canRead(VIEWER, toSubject, VIEWER, Visibility.SHARED)).isTrue();
	}

	@ParameterizedTest(name = "{0}: gives feedback={6}, writes private note={7}, opens history={8}")
	@CsvSource(delimiter = '|', textBlock = """
			# relation    | self  | manager | mentor | sponsor | asked | gives | note  | history
			subject       | true  | false   | false  | false   | false | false | false | true
			manager       | false | true    | false  | false   | false | true  | true  | true
			mentor        | false | false   | true   | false   | false | true  | true  | true
			sponsor only  | false | false   | false  | true    | false | true  | true  | true
			asked by them | false | false   | false  | false   | true  | true  | true  | true
			stranger      | false | false   | false  | false   | false | false | false | false
			""")
	void writingFeedback(String relation, boolean self, boolean manager, boolean mentor, boolean sponsor, boolean asked,
			boolean givesShared, boolean writesNote, boolean opensHistory) {
		Relation toSubject = new Relation(self, manager, mentor, sponsor, asked);
		assertThat(AccessPolicy.canGiveFeedback(toSubject)).isEqualTo(givesShared);
		assertThat(AccessPolicy.canWrite(toSubject, Visibility.SHARED)).isEqualTo(givesShared);
		assertThat(AccessPolicy.canWrite(toSubject, Visibility.PRIVATE_NOTE)).isEqualTo(writesNote);
		assertThat(AccessPolicy.canViewHistory(toSubject)).isEqualTo(opensHistory);
	}

	@ParameterizedTest(name = "viewer {0}, author {1}, subject {2}, {3}: edits={4}, answers={5}")
	@CsvSource(delimiter = '|', textBlock = """
			# viewer | author | subject | visibility   | edits | answers
			1        | 1      | 2       | SHARED       | true  | false
			2        | 1      | 2       | SHARED       | false | true
			2        | 1      | 2       | PRIVATE_NOTE | false | false
			3        | 1      | 2       | SHARED       | false | false
			""")
	void editingAndAnswering(long viewer, long author, long subject, Visibility visibility, boolean edits,
			boolean answers) {
		assertThat(AccessPolicy.canEdit(viewer, author)).isEqualTo(edits);
		assertThat(AccessPolicy.canAnswer(viewer, subject, visibility)).isEqualTo(answers);
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
			# viewer          | relation to lead | sees
			lead              | NONE             | true
			sponsor           | NONE             | true
			lead's manager    | MANAGER          | true
			lead's mentor     | MENTOR           | true
			member or stranger| NONE             | false
			""")
	void projectFeedbackActivity(String viewer, String relation, boolean sees) {
		long viewerId = switch (viewer) {
			case "lead" -> 1;
			case "sponsor" -> 2;
			default -> 3;
		};
		Relation toLead = switch (relation) {
			case "MANAGER" -> Relation.ofManager();
			case "MENTOR" -> Relation.ofMentor();
			default -> Relation.NONE;
		};
		assertThat(AccessPolicy.canSeeProjectFeedback(viewerId, 1, 2, toLead)).isEqualTo(sees);
	}

}
