package org.sprout.growth;

import java.time.LocalDate;
import java.util.List;

import org.sprout.feedback.HistoryScope;
import org.sprout.people.Person;
import org.sprout.projects.Project;

/**
 * What every section of a growth report shares, read once before writing.
 *
 * @param scope the history the report is about, as the viewer may read it
 * @param viewerName who the report is prepared for
 * @param preparedOn today
 * @param from the first day reported: the "from" filter, or the first entry's day
 * @param to the last day reported: the "to" filter, or the last entry's day
 * @param filters the filters in words, or empty
 * @param projects the person's projects in view (all, or the one filtered on)
 * @param charts the counts per month, skill and project
 */
record ReportContext(HistoryScope scope, String viewerName, LocalDate preparedOn, LocalDate from, LocalDate to,
		String filters, List<Project> projects, GrowthCharts charts) {

	Person subject() {
		return this.scope.subject();
	}

}
