package org.sprout.growth;

/**
 * One part of the growth report. The report writes its sections in their {@code @Order}:
 * cover (10), skills (20), project retrospectives (30), entries (40, each with the
 * subject's reflection, intent and commitment). A section adds its blocks through
 * {@link ReportPages}, which tags each with its role and keeps headings with what
 * follows.
 */
interface ReportSection {

	void write(ReportContext report, ReportPages pages);

}
