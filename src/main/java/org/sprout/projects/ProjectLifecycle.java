package org.sprout.projects;

/**
 * The path of a stretch project: PLANNED, then ACTIVE once a safe-space agreement says
 * what may fail without harm, then DONE. Plain rules, no going back: a finished project's
 * feedback and retrospective stay as they were.
 */
public final class ProjectLifecycle {

	private ProjectLifecycle() {
	}

	/** Why a move is refused, or {@link #OK}. */
	public enum Verdict {

		OK, NEEDS_SAFE_SPACE, NOT_FROM_HERE

	}

	public static Verdict move(ProjectStatus from, ProjectStatus to, boolean hasSafeSpace) {
		if (from == ProjectStatus.PLANNED && to == ProjectStatus.ACTIVE) {
			return hasSafeSpace ? Verdict.OK : Verdict.NEEDS_SAFE_SPACE;
		}
		if (from == ProjectStatus.ACTIVE && to == ProjectStatus.DONE) {
			return Verdict.OK;
		}
		return Verdict.NOT_FROM_HERE;
	}

	/** The retrospective is written once the project is done. */
	public static boolean takesRetrospective(ProjectStatus status) {
		return status == ProjectStatus.DONE;
	}

}
