package org.sprout.admin;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.skills.Skill;
import org.sprout.skills.SkillRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Admins shape the skill framework; retired skills stay on old entries and in filters but
 * are not offered for new feedback.
 */
@SproutTest
@Transactional
class SkillAdminTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private SkillRepository skills;

	@Autowired
	private EntityManager entityManager;

	@Test
	void theListShowsTheFrameworkInOrder() throws Exception {
		this.mvc.perform(get("/admin/skills").with(this.accounts.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Skill framework")))
			.andExpect(content().string(containsString("Effective communication")))
			.andExpect(content().string(containsString("Big-picture thinking")))
			.andExpect(content().string(containsString("Move Diplomacy up")));
	}

	@Test
	void anAdminAddsASkillAtTheEnd() throws Exception {
		this.mvc.perform(skill(post("/admin/skills"), "  Giving   credit ", "Names the work of others in public."))
			.andExpect(redirectedUrl("/admin/skills"))
			.andExpect(flash().attribute("flashSuccess", "admin.skill.added"));
		List<Skill> ordered = this.skills.findAllByOrderByPositionAsc();
		Skill added = ordered.get(ordered.size() - 1);
		assertThat(added.getName()).isEqualTo("Giving credit");
		assertThat(added.getDescription()).isEqualTo("Names the work of others in public.");
		assertThat(added.isRetired()).isFalse();
		this.mvc
			.perform(get("/feedback/new").param("about", String.valueOf(this.accounts.id("sam")))
				.with(this.accounts.as("maria")))
			.andExpect(content().string(containsString("Giving credit")));
	}

	@Test
	void namesAreUniqueIgnoringCase() throws Exception {
		long before = this.skills.count();
		this.mvc.perform(skill(post("/admin/skills"), "DIPLOMACY", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is already a skill called \u201cDiplomacy\u201d")))
			.andExpect(content().string(containsString("value=\"DIPLOMACY\"")));
		this.mvc.perform(skill(post("/admin/skills"), "good  listening", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is already a skill called \u201cGood listening\u201d")));
		this.mvc.perform(skill(post("/admin/skills"), " ", "x".repeat(501)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please fill this in.")))
			.andExpect(content().string(containsString("Keep this under 500 characters")));
		assertThat(this.skills.count()).isEqualTo(before);
		Skill diplomacy = named("Diplomacy");
		Skill listening = named("Good listening");
		this.mvc.perform(skill(post("/admin/skills/{id}", listening.getId()), "diplomacy", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is already a skill called \u201cDiplomacy\u201d")));
		assertThat(named("Good listening").getId()).isEqualTo(listening.getId());
		// A skill may change the case of its own name.
		this.mvc.perform(skill(post("/admin/skills/{id}", diplomacy.getId()), "DIPLOMACY", "Tact."))
			.andExpect(redirectedUrl("/admin/skills"));
	}

	@Test
	void anAdminRenamesAndDescribesASkill() throws Exception {
		Skill listening = named("Good listening");
		this.mvc.perform(get("/admin/skills/{id}/edit", listening.getId()).with(this.accounts.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Good listening\"")));
		this.mvc.perform(skill(post("/admin/skills/{id}", listening.getId()), "Active listening", ""))
			.andExpect(redirectedUrl("/admin/skills"))
			.andExpect(flash().attribute("flashSuccess", "admin.skill.saved"));
		this.entityManager.flush();
		this.entityManager.clear();
		Skill saved = this.skills.findById(listening.getId()).orElseThrow();
		assertThat(saved.getName()).isEqualTo("Active listening");
		assertThat(saved.getDescription()).isNull();
		assertThat(saved.getPosition()).isEqualTo(listening.getPosition());
	}

	@Test
	void anAdminReordersSkills() throws Exception {
		List<String> before = names();
		Skill third = named(before.get(2));
		this.mvc.perform(post("/admin/skills/{id}/up", third.getId()).with(this.accounts.as("admin")).with(csrf()))
			.andExpect(redirectedUrl("/admin/skills#skill-" + third.getId()));
		assertThat(names().subList(0, 3)).containsExactly(before.get(0), before.get(2), before.get(1));
		this.mvc.perform(post("/admin/skills/{id}/down", third.getId()).with(this.accounts.as("admin")).with(csrf()));
		this.mvc.perform(post("/admin/skills/{id}/down", third.getId()).with(this.accounts.as("admin")).with(csrf()));
		assertThat(names().subList(0, 4)).containsExactly(before.get(0), before.get(1), before.get(3), before.get(2));
		// The first cannot move up, the last not down.
		Skill first = named(before.get(0));
		this.mvc.perform(post("/admin/skills/{id}/up", first.getId()).with(this.accounts.as("admin")).with(csrf()));
		assertThat(names().get(0)).isEqualTo(before.get(0));
		this.mvc
			.perform(get("/feedback/new").param("about", String.valueOf(this.accounts.id("sam")))
				.with(this.accounts.as("maria")))
			.andExpect(content().string(containsString(before.get(3))))
			.andExpect(content().string(stringContainsInOrder(before.get(1), before.get(3), before.get(2))));
	}

	@Test
	void aRetiredSkillIsNotOfferedButStaysInHistoryFilters() throws Exception {
		Skill diplomacy = named("Diplomacy");
		long sam = this.accounts.id("sam");
		this.mvc
			.perform(post("/admin/skills/{id}/retire", diplomacy.getId()).with(this.accounts.as("admin")).with(csrf()))
			.andExpect(redirectedUrl("/admin/skills"))
			.andExpect(flash().attribute("flashSuccess", "admin.skill.retired"));
		assertThat(this.skills.findByRetiredFalseOrderByPositionAsc()).extracting(Skill::getName)
			.doesNotContain("Diplomacy");
		this.mvc.perform(get("/feedback/new").param("about", String.valueOf(sam)).with(this.accounts.as("maria")))
			.andExpect(content().string(not(containsString(">Diplomacy</label>"))));
		this.mvc.perform(get("/people/{id}/feedback", sam).with(this.accounts.as("maria")))
			.andExpect(content().string(containsString(">Diplomacy</option>")));
		this.mvc.perform(get("/admin/skills").with(this.accounts.as("admin")))
			.andExpect(content().string(containsString("Retired")))
			.andExpect(content().string(containsString("Offer again: Diplomacy")));
		this.mvc
			.perform(
					post("/admin/skills/{id}/unretire", diplomacy.getId()).with(this.accounts.as("admin")).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "admin.skill.unretired"));
		assertThat(this.skills.findByRetiredFalseOrderByPositionAsc()).extracting(Skill::getName).contains("Diplomacy");
	}

	@Test
	void theLastOfferedSkillCannotBeRetired() throws Exception {
		List<Skill> offered = this.skills.findByRetiredFalseOrderByPositionAsc();
		offered.subList(1, offered.size()).forEach((skill) -> skill.setRetired(true));
		this.mvc
			.perform(post("/admin/skills/{id}/retire", offered.get(0).getId()).with(this.accounts.as("admin"))
				.with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("This is the last skill offered for feedback.")));
		assertThat(this.skills.findById(offered.get(0).getId()).orElseThrow().isRetired()).isFalse();
	}

	@Test
	void unknownSkillsAreNotFound() throws Exception {
		this.mvc.perform(get("/admin/skills/999999/edit").with(this.accounts.as("admin")))
			.andExpect(status().isNotFound());
		this.mvc.perform(skill(post("/admin/skills/999999"), "Anything", "")).andExpect(status().isNotFound());
		for (String action : List.of("up", "down", "retire", "unretire")) {
			this.mvc.perform(post("/admin/skills/999999/" + action).with(this.accounts.as("admin")).with(csrf()))
				.andExpect(status().isNotFound());
		}
	}

	private Skill named(String name) {
		return this.skills.findByNameKey(Skill.keyOf(name)).orElseThrow();
	}

	private List<String> names() {
		this.entityManager.flush();
		return this.skills.findAllByOrderByPositionAsc().stream().map(Skill::getName).toList();
	}

	private MockHttpServletRequestBuilder skill(MockHttpServletRequestBuilder request, String name,
			String description) {
		return request.with(this.accounts.as("admin"))
			.with(csrf())
			.param("name", name)
			.param("description", description);
	}

}
