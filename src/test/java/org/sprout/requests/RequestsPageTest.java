package org.sprout.requests;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import org.sprout.skills.SkillRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Someone asked many times over still gets their requests page, twenty requests at a time
 * with their skills: a soak run that asked Priya 2,000 times broke it (the skills of all
 * but the first hundred were never read, and the page failed half-written). Not in a test
 * transaction, so the page renders after its own transaction ended, as it does in use.
 */
@SproutTest
class RequestsPageTest {

	private static final int ASKED = 130;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private FeedbackRequestRepository requests;

	@Autowired
	private SkillRepository skills;

	@Autowired
	private TransactionTemplate transactions;

	private final List<Long> added = new ArrayList<>();

	@Test
	void manyRequestsComeTwentyAPageWithTheirSkills() throws Exception {
		this.transactions.executeWithoutResult((tx) -> {
			var skill = this.skills.findByRetiredFalseOrderByPositionAsc().get(0);
			for (int i = 0; i < ASKED; i++) {
				FeedbackRequest request = new FeedbackRequest(this.accounts.person("lee"),
						this.accounts.person("priya"), "MANY-" + i + " how did it go?");
				request.getSkills().add(skill);
				this.added.add(this.requests.save(request).getId());
			}
		});

		Document first = page(null);
		assertThat(first.select("article.request")).hasSize(20);
		// The newest first, each with its skill.
		assertThat(first.select("article.request").first().text()).contains("MANY-" + (ASKED - 1),
				this.skills.findByRetiredFalseOrderByPositionAsc().get(0).getName());
		assertThat(first.select("nav[aria-label] .pagination")).isNotEmpty();

		int last = (int) Math.ceil((ASKED + demoRequestsToPriya()) / 20.0);
		Document end = page(last);
		assertThat(end.select("article.request")).hasSizeBetween(1, 20);
		assertThat(end.text()).doesNotContain("MANY-" + (ASKED - 1) + " ");
	}

	private long demoRequestsToPriya() {
		long priya = this.accounts.id("priya");
		return this.requests.findAll().stream().filter((r) -> r.getRecipient().getId() == priya).count() - ASKED;
	}

	private Document page(Integer number) throws Exception {
		var request = get("/requests").with(this.accounts.as("priya"));
		if (number != null) {
			request.param("page", String.valueOf(number));
		}
		String html = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("</html>");
		return Jsoup.parse(html);
	}

	@AfterEach
	void removeThem() {
		this.transactions.executeWithoutResult((tx) -> this.requests.deleteAllById(this.added));
	}

}
