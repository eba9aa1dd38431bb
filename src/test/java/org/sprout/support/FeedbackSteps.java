package org.sprout.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.sprout.feedback.FeedbackEntry;
import org.sprout.feedback.FeedbackRepository;
import org.sprout.skills.SkillRepository;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The steps of the feedback loop as the pages take them, through MockMvc: giving
 * feedback, reflecting on it, editing it. Imported by {@link SproutTest}; not a
 * component, so that the browser tests' contexts (which have no MockMvc) do not pick it
 * up.
 */
public class FeedbackSteps {

	private final MockMvc mvc;

	private final DemoAccounts accounts;

	private final SkillRepository skills;

	private final FeedbackRepository entries;

	FeedbackSteps(MockMvc mvc, DemoAccounts accounts, SkillRepository skills, FeedbackRepository entries) {
		this.mvc = mvc;
		this.accounts = accounts;
		this.skills = skills;
		this.entries = entries;
	}

	/** The feedback form filled in well, with the fields given overriding it. */
	public MockHttpServletRequestBuilder form(String author, String subject, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("about", String.valueOf(this.accounts.id(subject)));
		fields.put("observedOn", LocalDate.now().toString());
		fields.put("skillIds", String.valueOf(skill("Diplomacy")));
		fields.put("kind", "REDIRECTING");
		fields.put("situation", "In Tuesday's planning meeting");
		fields.put("behaviour", "You asked each person for their estimate before giving yours.");
		fields.put("impact", "The quieter engineers spoke up.");
		fields.put("nextStep", "Keep asking the quietest person first.");
		fields.put("visibility", "SHARED");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/feedback").with(this.accounts.as(author)).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	/** Gives feedback through the form; returns the new entry's id. */
	public long give(String author, String subject, String... overrides) throws Exception {
		String url = this.mvc.perform(form(author, subject, overrides))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(url.replace("/feedback/", ""));
	}

	/** The subject reflects on the entry, with a commitment (or none when null). */
	public void reflect(String subject, long entryId, String reflection, String commitment) throws Exception {
		MockHttpServletRequestBuilder request = post("/feedback/{id}/reflection", entryId)
			.with(this.accounts.as(subject))
			.with(csrf())
			.param("reflection", reflection)
			.param("intent", "I meant well.");
		if (commitment != null) {
			request.param("commitment", commitment);
		}
		this.mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	/** The author's edit of an entry from its current version, with the fields given. */
	public MockHttpServletRequestBuilder edit(long entryId, String author, String... overrides) {
		FeedbackEntry entry = this.entries.findForPage(entryId).orElseThrow();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("about", String.valueOf(entry.getSubject().getId()));
		fields.put("version", String.valueOf(entry.getVersion()));
		fields.put("observedOn", entry.getObservedOn().toString());
		fields.put("skillIds", String.valueOf(entry.getSkills().iterator().next().getId()));
		fields.put("kind", entry.getKind().name());
		fields.put("situation", entry.getSituation());
		fields.put("behaviour", entry.getBehaviour());
		fields.put("impact", entry.getImpact());
		fields.put("nextStep", entry.getNextStep());
		fields.put("visibility", entry.getVisibility().name());
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/feedback/{id}", entryId).with(this.accounts.as(author))
			.with(csrf());
		fields.forEach(request::param);
		return request;
	}

	public long skill(String name) {
		return this.skills.findAllByOrderByPositionAsc()
			.stream()
			.filter((s) -> s.getName().equals(name))
			.findFirst()
			.orElseThrow()
			.getId();
	}

}
