package org.sprout.notifications;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.sprout.skills.SkillRepository;
import org.sprout.support.DemoAccounts;
import org.sprout.support.SproutTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notifications as people meet them: the bell's count on every page, the list, marking
 * read, and what each change tells whom, never more than the recipient may read.
 */
@SproutTest
@Transactional
class NotificationsTest {

	private static final String CONTENT = "NOTIFY-CONTENT";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoAccounts accounts;

	@Autowired
	private SkillRepository skills;

	@Autowired
	private NotificationRepository notifications;

	@Test
	void sharedFeedbackTellsItsSubjectWithTheBellAndTheList() throws Exception {
		long before = bell("sam", "/");
		long entry = give("maria", "sam", "SHARED");
		assertThat(bell("sam", "/")).isEqualTo(before + 1);
		assertThat(bell("sam", "/people")).isEqualTo(before + 1);

		Document list = page("sam", "/notifications");
		Element item = list.selectFirst("ul.notifications li");
		assertThat(item.hasClass("unread")).isTrue();
		assertThat(item.text()).contains("New", "Maria Alvarez gave you feedback.");
		assertThat(list.text()).doesNotContain(CONTENT);
		// Following a link to it (a GET) leads to the entry and changes nothing.
		String id = item.selectFirst("form[action$=/open]").attr("action").split("/")[2];
		this.mvc.perform(get("/notifications/{id}", id).with(this.accounts.as("sam")))
			.andExpect(redirectedUrl("/feedback/" + entry));
		assertThat(bell("sam", "/")).isEqualTo(before + 1);
		// Opening it (a POST) leads to the entry and marks it read.
		assertThat(opened("sam", item.selectFirst("form[action$=/open]"))).isEqualTo("/feedback/" + entry);
		assertThat(bell("sam", "/")).isEqualTo(before);
		// The author is not told of her own feedback.
		assertThat(targets("maria")).doesNotContain("/feedback/" + entry);
	}

	/**
	 * The count comes into the model of a whole page, asked once; a redirect and a page
	 * fragment do not ask.
	 */
	@Test
	void theBellIsCountedForWholePagesOnly() throws Exception {
		long unread = this.notifications.countUnread(this.accounts.id("sam"));
		this.mvc.perform(get("/").with(this.accounts.as("sam")))
			.andExpect(model().attribute(NotificationBell.UNREAD, unread));
		this.mvc.perform(post("/notifications/read").with(this.accounts.as("sam")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(model().attributeDoesNotExist(NotificationBell.UNREAD));
		this.mvc.perform(post("/feedback/coach").with(this.accounts.as("maria")).with(csrf()).param("behaviour", "x"))
			.andExpect(status().isOk())
			.andExpect(model().attributeDoesNotExist(NotificationBell.UNREAD));
	}

	@Test
	void aPrivateNoteTellsNobodyUntilItIsShared() throws Exception {
		long before = bell("sam", "/");
		long note = give("maria", "sam", "PRIVATE_NOTE");
		assertThat(bell("sam", "/")).isEqualTo(before);
		// Opening each notification marks it read: count again afterwards.
		assertThat(targets("sam")).doesNotContain("/feedback/" + note);
		long unread = bell("sam", "/");

		this.mvc.perform(post("/feedback/{id}/share", note).with(this.accounts.as("maria")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/feedback/{id}/share", note).with(this.accounts.as("maria")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(bell("sam", "/")).isEqualTo(unread + 1);
		assertThat(targets("sam")).containsOnlyOnce("/feedback/" + note);
	}

	@Test
	void aReflectionTellsTheAuthorWithoutItsWords() throws Exception {
		long entry = give("maria", "sam", "SHARED");
		long before = bell("maria", "/");
		this.mvc
			.perform(post("/feedback/{id}/reflection", entry).with(this.accounts.as("sam"))
				.with(csrf())
				.param("reflection", CONTENT + " my reflection")
				.param("commitment", CONTENT + " my commitment"))
			.andExpect(status().is3xxRedirection());
		assertThat(bell("maria", "/")).isEqualTo(before + 1);
		Document list = page("maria", "/notifications");
		assertThat(list.selectFirst("ul.notifications li").text()).contains("Sam Okafor reflected on your feedback.");
		assertThat(list.text()).doesNotContain(CONTENT);
	}

	@Test
	void aRequestTellsTheOneAskedAndLeadsToIt() throws Exception {
		long before = bell("priya", "/");
		this.mvc
			.perform(post("/requests").with(this.accounts.as("lee"))
				.with(csrf())
				.param("recipientIds", String.valueOf(this.accounts.id("priya")))
				.param("question", CONTENT + " How was my talk?"))
			.andExpect(redirectedUrl("/requests"));
		assertThat(bell("priya", "/")).isEqualTo(before + 1);
		Element item = page("priya", "/notifications").selectFirst("ul.notifications li");
		assertThat(item.text()).contains("Lee Chen asked you for feedback.").doesNotContain(CONTENT);
		String link = opened("priya", item.selectFirst("form[action$=/open]"));
		assertThat(link).startsWith("/requests#request-");
		assertThat(page("priya", "/requests").getElementById(link.substring(link.indexOf('#') + 1))).isNotNull();
	}

	@Test
	void onlyTheRecipientMarksReadOneOrAll() throws Exception {
		give("maria", "sam", "SHARED");
		give("maria", "sam", "SHARED");
		long unread = bell("sam", "/");
		Notification newest = this.notifications
			.findForRecipient(this.accounts.id("sam"),
					org.springframework.data.domain.PageRequest.of(0, 1, Notifications.NEWEST_FIRST))
			.getContent()
			.get(0);
		for (String other : new String[] { "maria", "lee", "admin" }) {
			this.mvc
				.perform(post("/notifications/{id}/read", newest.getId()).with(this.accounts.as(other)).with(csrf()))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(post("/notifications/{id}/read", 999_999).with(this.accounts.as("sam")).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(bell("sam", "/")).isEqualTo(unread);

		this.mvc
			.perform(post("/notifications/{id}/read", newest.getId()).with(this.accounts.as("sam"))
				.with(csrf())
				.param("page", "1"))
			.andExpect(redirectedUrl("/notifications"));
		assertThat(bell("sam", "/")).isEqualTo(unread - 1);
		Element item = page("sam", "/notifications").selectFirst("ul.notifications li");
		assertThat(item.hasClass("unread")).isFalse();
		assertThat(item.select("form[action$=/read] button")).isEmpty();

		this.mvc.perform(post("/notifications/read").with(this.accounts.as("sam")).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		assertThat(bell("sam", "/")).isZero();
		Document bell = page("sam", "/");
		assertThat(bell.selectFirst("nav a.bell").attr("aria-label")).isEqualTo("Notifications, none unread");
		assertThat(bell.select("nav a.bell .bell-count")).isEmpty();
	}

	@Test
	void theListIsPagedNewestFirst() throws Exception {
		for (int i = 0; i < 22; i++) {
			give("maria", "sam", "SHARED");
		}
		Document first = page("sam", "/notifications");
		assertThat(first.select("ul.notifications li")).hasSize(20);
		assertThat(first.select("nav[aria-label] .pagination")).isNotEmpty();
		Document second = page("sam", "/notifications?page=2");
		assertThat(second.select("ul.notifications li")).isNotEmpty();
		long newestFirst = Long
			.parseLong(first.selectFirst("ul.notifications li form[action$=/open]").attr("action").split("/")[2]);
		long newestSecond = Long
			.parseLong(second.selectFirst("ul.notifications li form[action$=/open]").attr("action").split("/")[2]);
		assertThat(newestFirst).isGreaterThan(newestSecond);
	}

	/** Opens a notification as the user (its POST form); returns where it leads. */
	private String opened(String who, Element form) throws Exception {
		return this.mvc.perform(post(form.attr("action")).with(this.accounts.as(who)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	/** Where each notification on the user's first page leads. */
	private java.util.List<String> targets(String who) throws Exception {
		java.util.List<String> targets = new java.util.ArrayList<>();
		for (Element form : page(who, "/notifications").select("ul.notifications li form[action$=/open]")) {
			targets.add(opened(who, form));
		}
		return targets;
	}

	/** The unread count the navbar's bell announces on a page. */
	private long bell(String who, String url) throws Exception {
		Element bell = page(who, url).selectFirst("nav a.bell");
		String label = bell.attr("aria-label");
		if (label.equals("Notifications, none unread")) {
			assertThat(bell.select(".bell-count")).isEmpty();
			return 0;
		}
		long count = Long.parseLong(label.replaceAll("\\D+", ""));
		assertThat(label).isEqualTo("Notifications, " + count + " unread");
		assertThat(bell.selectFirst(".bell-count").text()).isEqualTo((count > 99) ? "99+" : String.valueOf(count));
		return count;
	}

	private Document page(String who, String url) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(this.accounts.as(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private long give(String author, String subject, String visibility) throws Exception {
		String url = this.mvc
			.perform(post("/feedback").with(this.accounts.as(author))
				.with(csrf())
				.param("about", String.valueOf(this.accounts.id(subject)))
				.param("observedOn", LocalDate.now().toString())
				.param("skillIds", String.valueOf(this.skills.findByRetiredFalseOrderByPositionAsc().get(0).getId()))
				.param("kind", "REINFORCING")
				.param("situation", "In Tuesday's planning meeting")
				.param("behaviour", "You asked for objections " + CONTENT)
				.param("impact", "Two concerns came up early.")
				.param("nextStep", "Keep asking before you summarise.")
				.param("visibility", visibility))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(url.replace("/feedback/", ""));
	}

}
