package org.sprout.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.people.Person;
import org.sprout.people.PersonRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Admins list, add and edit people; a concurrent edit is never overwritten silently.
 */
@SproutTest
@Transactional
class PersonAdminTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private PersonRepository people;

	@Autowired
	private EntityManager entityManager;

	@Test
	void theListPagesAndSearchesEveryone() throws Exception {
		this.mvc.perform(get("/admin/people").with(this.accounts.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("People and accounts")))
			.andExpect(content().string(containsString("Alex Morgan")))
			.andExpect(content().string(containsString("Administrator")))
			.andExpect(content().string(containsString("rel=\"next\"")));
		this.mvc.perform(get("/admin/people").param("q", "okafor").with(this.accounts.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sam Okafor")))
			.andExpect(content().string(containsString("reports to Maria Alvarez")))
			.andExpect(content().string(not(containsString("Priya Raman"))));
		this.mvc.perform(get("/admin/people").param("page", "3").param("q", "zzz").with(this.accounts.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nobody matches that search.")));
		this.mvc.perform(get("/admin/people").param("page", "x").with(this.accounts.as("admin")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anAdminAddsAPersonAndIsAskedForTheirPassword() throws Exception {
		long maria = this.accounts.id("maria");
		MvcResult result = this.mvc
			.perform(person(post("/admin/people"), "displayName", " Noor Haddad ", "username", "noor", "email",
					"noor@sprout.example", "jobTitle", "Software Engineer", "team", "Platform", "managerId",
					String.valueOf(maria)))
			.andExpect(redirectedUrlPattern("/admin/people/*/password"))
			.andExpect(flash().attribute("flashSuccess", "admin.person.created"))
			.andReturn();
		Person noor = this.people.findByUsername("noor").orElseThrow();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/people/" + noor.getId() + "/password");
		assertThat(noor.getDisplayName()).isEqualTo("Noor Haddad");
		assertThat(noor.getEmail()).isEqualTo("noor@sprout.example");
		assertThat(noor.getTeam()).isEqualTo("Platform");
		assertThat(noor.getManager().getId()).isEqualTo(maria);
		assertThat(noor.isAdmin()).isFalse();
		assertThat(noor.isEnabled()).isTrue();
		assertThat(noor.getPasswordHash()).isNull();
		this.mvc.perform(get("/admin/people").param("q", "noor").with(this.accounts.as("admin")))
			.andExpect(content().string(containsString("Noor Haddad")))
			.andExpect(content().string(containsString("No password yet")));
	}

	@Test
	void addingSomeoneEndsOnTheListAtThePageThatShowsThemMarked() throws Exception {
		this.mvc.perform(
				person(post("/admin/people"), "displayName", "Zo\u00eb Zimmer", "username", "zoe", "team", "Platform"));
		long zoe = this.people.findByUsername("zoe").orElseThrow().getId();
		this.mvc
			.perform(post("/admin/people/{id}/password", zoe).with(this.accounts.as("admin"))
				.with(csrf())
				.param("newPassword", "violet-harbour-lantern-42")
				.param("confirmPassword", "violet-harbour-lantern-42"))
			.andExpect(redirectedUrl("/admin/people?added=" + zoe + "#person-" + zoe))
			.andExpect(flash().attribute("flashSuccess", "admin.person.firstPasswordSet"));
		org.jsoup.nodes.Document list = org.jsoup.Jsoup.parse(this.mvc
			.perform(get("/admin/people").param("added", String.valueOf(zoe)).with(this.accounts.as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(list.select("nav[aria-label=Pages] p").text()).startsWith("Page 3 of 3");
		org.jsoup.nodes.Element row = list.getElementById("person-" + zoe);
		assertThat(row.hasClass("just-added")).isTrue();
		assertThat(row.text()).contains("Zo\u00eb Zimmer", "Just added");
		assertThat(list.select(".just-added")).hasSize(1);
		// A later reset of the password leads back to the person, as before.
		this.mvc
			.perform(post("/admin/people/{id}/password", zoe).with(this.accounts.as("admin"))
				.with(csrf())
				.param("newPassword", "amber-quarry-seventeen-owls")
				.param("confirmPassword", "amber-quarry-seventeen-owls"))
			.andExpect(redirectedUrl("/admin/people/" + zoe + "/edit"));
	}

	@Test
	void badNewPeopleComeBackWithMessagesAndNothingIsSaved() throws Exception {
		long before = this.people.count();
		this.mvc
			.perform(person(post("/admin/people"), "displayName", "", "username", "Not Valid", "email", "nope",
					"managerId", "999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please check the highlighted fields")))
			.andExpect(content().string(containsString("Please fill this in.")))
			.andExpect(content().string(containsString("Use 2 to 50 lower-case letters")))
			.andExpect(content().string(containsString("Enter an email address")))
			.andExpect(content().string(containsString("value=\"Not Valid\"")));
		this.mvc.perform(person(post("/admin/people"), "displayName", "Second Sam", "username", "sam"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That username is taken.")))
			.andExpect(content().string(containsString("value=\"Second Sam\"")));
		this.mvc
			.perform(
					person(post("/admin/people"), "displayName", "Nobody", "username", "nobody", "managerId", "999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a manager from the list.")));
		this.mvc
			.perform(person(post("/admin/people"), "displayName", "Nobody", "username", "nobody", "managerId", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a value from the list.")));
		this.mvc
			.perform(person(post("/admin/people"), "displayName", "Sam Again", "username", "samagain", "email",
					"SAM@sprout.example"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else already has this e-mail address.")));
		assertThat(this.people.count()).isEqualTo(before);
	}

	@Test
	void anAdminEditsAPerson() throws Exception {
		Person sam = this.accounts.person("sam");
		long startedFrom = sam.getVersion();
		long priya = this.accounts.id("priya");
		this.mvc.perform(get("/admin/people/{id}/edit", sam.getId()).with(this.accounts.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Edit Sam Okafor")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + sam.getVersion() + "\"")))
			.andExpect(content().string(containsString("value=\"sam@sprout.example\"")))
			.andExpect(content().string(containsString("Deactivate")));
		this.mvc
			.perform(person(post("/admin/people/{id}", sam.getId()), "displayName", "Sam Okafor-Reed", "username",
					"sam", "email", "", "jobTitle", "Senior Engineer", "team", "Architecture", "managerId",
					String.valueOf(priya), "admin", "true", "version", String.valueOf(sam.getVersion())))
			.andExpect(redirectedUrl("/admin/people/" + sam.getId() + "/edit"))
			.andExpect(flash().attribute("flashSuccess", "admin.person.saved"));
		this.entityManager.flush();
		this.entityManager.clear();
		Person saved = this.people.findWithManager(sam.getId()).orElseThrow();
		assertThat(saved.getDisplayName()).isEqualTo("Sam Okafor-Reed");
		assertThat(saved.getEmail()).isNull();
		assertThat(saved.getJobTitle()).isEqualTo("Senior Engineer");
		assertThat(saved.getTeam()).isEqualTo("Architecture");
		assertThat(saved.getManager().getUsername()).isEqualTo("priya");
		assertThat(saved.isAdmin()).isTrue();
		assertThat(saved.getVersion()).isEqualTo(startedFrom + 1);
		this.mvc.perform(get("/admin/people/{id}/edit", sam.getId()).with(this.accounts.as("admin")))
			.andExpect(content().string(containsString("value=\"Sam Okafor-Reed\"")));
	}

	@Test
	void nobodyManagesThemselvesOrTheirOwnManager() throws Exception {
		Person maria = this.accounts.person("maria");
		Person dana = this.accounts.person("dana");
		long sam = this.accounts.id("sam");
		this.mvc.perform(edit(maria, "managerId", String.valueOf(sam)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Sam Okafor reports to Maria Alvarez, directly or through others, so Sam Okafor cannot also be Maria Alvarez\u2019s manager.")));
		this.mvc.perform(edit(dana, "managerId", String.valueOf(sam)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sam Okafor reports to Dana Whitfield")));
		this.mvc.perform(edit(maria, "managerId", String.valueOf(maria.getId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nobody can be their own manager.")));
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.people.findWithManager(maria.getId()).orElseThrow().getManager().getUsername())
			.isEqualTo("dana");
		assertThat(this.people.findWithManager(dana.getId()).orElseThrow().getManager()).isNull();
	}

	@Test
	void aStaleEditIsRefusedAndShowsTheCurrentVersion() throws Exception {
		Person lee = this.accounts.person("lee");
		long startedFrom = lee.getVersion();
		// Another admin saves first.
		lee.setTeam("Payments");
		this.entityManager.flush();
		assertThat(lee.getVersion()).isEqualTo(startedFrom + 1);
		MvcResult refused = this.mvc
			.perform(person(post("/admin/people/{id}", lee.getId()), "displayName", "Lee Chen", "username", "lee",
					"team", "Mobile", "jobTitle", "Tech Lead", "version", String.valueOf(startedFrom)))
			.andExpect(redirectedUrl("/admin/people/" + lee.getId() + "/edit"))
			.andExpect(flash().attributeExists(PersonAdminController.UNSAVED_EDIT))
			.andReturn();
		this.entityManager.flush();
		this.entityManager.clear();
		Person current = this.people.findById(lee.getId()).orElseThrow();
		assertThat(current.getTeam()).isEqualTo("Payments");
		assertThat(current.getJobTitle()).isEqualTo("Software Engineer");
		this.mvc
			.perform(get("/admin/people/{id}/edit", lee.getId()).with(this.accounts.as("admin"))
				.flashAttrs(refused.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Someone else changed this person while you were editing; here is the current version.")))
			.andExpect(content().string(containsString("value=\"Payments\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + current.getVersion() + "\"")))
			.andExpect(content().string(containsString("<dd class=\"col-sm-8 text-break\">Mobile</dd>")))
			.andExpect(content().string(containsString("<dd class=\"col-sm-8 text-break\">Tech Lead</dd>")));
		// Even an edit with mistakes in it is refused as stale first: its values are
		// kept.
		this.mvc
			.perform(person(post("/admin/people/{id}", lee.getId()), "displayName", "", "username", "lee", "version",
					String.valueOf(startedFrom)))
			.andExpect(redirectedUrl("/admin/people/" + lee.getId() + "/edit"));
	}

	@Test
	void anAdminKeepsTheirOwnRights() throws Exception {
		Person admin = this.accounts.person("admin");
		this.mvc.perform(edit(admin, "admin", "false"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You cannot remove your own administrator rights")));
		this.mvc
			.perform(post("/admin/people/{id}/deactivate", admin.getId()).with(this.accounts.as("admin")).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("You cannot deactivate your own account")));
		this.mvc.perform(get("/admin/people/{id}/edit", admin.getId()).with(this.accounts.as("admin")))
			.andExpect(content().string(not(containsString("/deactivate"))));
		assertThat(this.accounts.person("admin").isAdmin()).isTrue();
		assertThat(this.accounts.person("admin").isEnabled()).isTrue();
	}

	@Test
	void unknownPeopleAreNotFound() throws Exception {
		this.mvc.perform(get("/admin/people/999999/edit").with(this.accounts.as("admin")))
			.andExpect(status().isNotFound());
		this.mvc.perform(person(post("/admin/people/999999"), "displayName", "X", "username", "xx", "version", "0"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/people/abc/edit").with(this.accounts.as("admin")))
			.andExpect(status().isBadRequest());
	}

	/** Posts the person's current values, with some replaced by {@code overrides}. */
	private MockHttpServletRequestBuilder edit(Person person, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("displayName", person.getDisplayName());
		fields.put("username", person.getUsername());
		fields.put("email", person.getEmail());
		fields.put("jobTitle", person.getJobTitle());
		fields.put("team", person.getTeam());
		fields.put("managerId", (person.getManager() != null) ? String.valueOf(person.getManager().getId()) : "");
		fields.put("admin", String.valueOf(person.isAdmin()));
		fields.put("version", String.valueOf(person.getVersion()));
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/admin/people/{id}", person.getId())
			.with(this.accounts.as("admin"))
			.with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private MockHttpServletRequestBuilder person(MockHttpServletRequestBuilder request, String... fields) {
		request.with(this.accounts.as("admin")).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request;
	}

}
