package org.sprout.growth;

import com.lowagie.text.Document;

/**
 * One part of the growth report. The report writes its sections in their {@code @Order}:
 * cover (10), skills (20), project retrospectives (30), entries (40). Reflections and
 * commitments, once Sprout records them, become one more section here, between the
 * retrospectives and the entries (35), with no change to the others.
 */
interface ReportSection {

	void write(ReportContext report, Document document);

}
