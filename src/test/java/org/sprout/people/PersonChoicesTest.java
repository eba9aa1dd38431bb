package org.sprout.people;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The person picker's search (GET /people/choices): whoever is signed in finds the people
 * a form may offer, by name or team, as "Name · team"; at most 20, in one statement.
 */
@SproutTest
@Transactional
class PersonChoicesTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private PersonRepository people;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void findsPeopleByNameOrTeamAsNameAndTeam() throws Exception {
		assertThat(texts(choices("okaf", "lee"))).containsExactly("Sam Okafor \u00b7 Platform");
		assertThat(texts(choices("ARCHITECTURE", "lee"))).contains("Priya Raman \u00b7 Architecture");
		Element sam = choices("sam okafor", "lee").selectFirst("li");
		assertThat(sam.attr("role")).isEqualTo("option");
		assertThat(sam.attr("data-person")).isEqualTo(String.valueOf(this.accounts.id("sam")));
		assertThat(sam.attr("aria-selected")).isEqualTo("false");
		// Wildcards are letters; markup is text.
		assertThat(choices("%", "lee").select("li")).isEmpty();
		assertThat(choices("<b>", "lee").select("li")).isEmpty();
	}

	@Test
	void offersOnlyWhoMayBeChosen() throws Exception {
		Person lee = this.accounts.person("lee");
		lee.setEnabled(false);
		this.people.saveAndFlush(lee);
		assertThat(texts(choices("Lee Chen", "maria"))).isEmpty();
		long sam = this.accounts.id("sam");
		assertThat(texts(this.parse(get("/people/choices").param("q", "Okafor").param("except", String.valueOf(sam)),
				this.accounts.as("maria"))))
			.isEmpty();
		this.mvc.perform(get("/people/choices").param("q", "Okafor"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void answersAtMostTwentyInOneStatementAndSaysWhenThereAreMore() throws Exception {
		for (int i = 0; i < 30; i++) {
			Person extra = new Person("choice" + i, "Choice Person " + (100 + i));
			extra.setTeam("Choices");
			this.people.save(extra);
		}
		this.people.flush();
		RequestPostProcessor lee = this.accounts.as("lee");
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		Document page = parse(get("/people/choices").param("q", "choice person"), lee);
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
		assertThat(statistics.getEntityLoadCount()).as("rows read: the query has a limit").isLessThanOrEqualTo(21);
		List<String> found = texts(page);
		assertThat(found).hasSize(20).first().isEqualTo("Choice Person 100 \u00b7 Choices");
		assertThat(page.select("li[data-more]")).hasSize(1);
		assertThat(page.select("li").last().attr("data-more")).isEqualTo("true");
		assertThat(choices("choice person 12", "lee").select("li[data-more]")).isEmpty();
	}

	private Document choices(String query, String who) throws Exception {
		return parse(get("/people/choices").param("q", query), this.accounts.as(who));
	}

	private Document parse(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			RequestPostProcessor who) throws Exception {
		String body = this.mvc.perform(request.with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parseBodyFragment("<ul>" + body + "</ul>");
	}

	private static List<String> texts(Document page) {
		return page.select("li[role=option]").eachText();
	}

}
