package org.sprout.feedback.coach;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The coach's reading of a draft: a score from 0 to 100 and what to improve.
 *
 * @param score 100 for a draft with nothing to improve
 * @param findings the hints, in the order of the form's parts
 */
public record Coaching(int score, List<Finding> findings) {

	public Coaching {
		findings = List.copyOf(findings);
	}

	public boolean has(Rule rule) {
		return this.findings.stream().anyMatch((finding) -> finding.rule() == rule);
	}

	/** The findings about one form field ("situation", "nextStep"). */
	public List<Finding> about(String field) {
		return this.findings.stream().filter((finding) -> field.equals(finding.field())).toList();
	}

	/**
	 * The ids of the rules with findings, comma-separated, each once, in the rules'
	 * order: what is stored.
	 */
	public String ruleIds() {
		return this.findings.stream()
			.map(Finding::rule)
			.distinct()
			.sorted()
			.map(Rule::id)
			.collect(Collectors.joining(","));
	}

}
