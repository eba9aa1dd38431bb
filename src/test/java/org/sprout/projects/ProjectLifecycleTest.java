package org.sprout.projects;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.sprout.projects.ProjectLifecycle.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectLifecycleTest {

	@ParameterizedTest(name = "{0} -> {1}, safe space={2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			PLANNED | ACTIVE  | true  | OK
			PLANNED | ACTIVE  | false | NEEDS_SAFE_SPACE
			ACTIVE  | DONE    | true  | OK
			ACTIVE  | DONE    | false | OK
			PLANNED | DONE    | true  | NOT_FROM_HERE
			ACTIVE  | ACTIVE  | true  | NOT_FROM_HERE
			DONE    | ACTIVE  | true  | NOT_FROM_HERE
			DONE    | PLANNED | true  | NOT_FROM_HERE
			ACTIVE  | PLANNED | true  | NOT_FROM_HERE
			""")
	void movesAlongOneWayAndStartsOnlyWithASafeSpace(ProjectStatus from, ProjectStatus to, boolean safeSpace,
			Verdict verdict) {
		assertThat(ProjectLifecycle.move(from, to, safeSpace)).isEqualTo(verdict);
	}

	@ParameterizedTest(name = "{0}: takes a retrospective={1}")
	@CsvSource({ "PLANNED, false", "ACTIVE, false", "DONE, true" })
	void theRetrospectiveComesOnceDone(ProjectStatus status, boolean takes) {
		assertThat(ProjectLifecycle.takesRetrospective(status)).isEqualTo(takes);
	}

}
