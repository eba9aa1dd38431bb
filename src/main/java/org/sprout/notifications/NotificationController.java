package org.sprout.notifications;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.sprout.security.SproutUser;
import org.sprout.web.Flash;

@Controller
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(@RequestParam(name = "page", required = false) Integer page, @AuthenticationPrincipal SproutUser me,
			Model model) {
		model.addAttribute("notifications", this.notifications.of(me.getPersonId(), page));
		return "notifications/list";
	}

	/**
	 * Opens what the notification is about, marking it read on the way. A POST: reading
	 * is a change, and a GET (a prefetch, a link in a mail client) must not make it.
	 */
	@PostMapping("/notifications/{id}/open")
	String open(@PathVariable long id, @AuthenticationPrincipal SproutUser me) {
		return "redirect:" + this.notifications.markRead(me.getPersonId(), id).getLink();
	}

	/** Where a notification leads, for links from elsewhere; it stays unread. */
	@GetMapping("/notifications/{id}")
	String follow(@PathVariable long id, @AuthenticationPrincipal SproutUser me) {
		return "redirect:" + this.notifications.find(me.getPersonId(), id).getLink();
	}

	@PostMapping("/notifications/{id}/read")
	String markRead(@PathVariable long id, @RequestParam(name = "page", required = false) Integer page,
			@AuthenticationPrincipal SproutUser me) {
		this.notifications.markRead(me.getPersonId(), id);
		return "redirect:/notifications" + ((page != null && page > 1) ? "?page=" + page : "");
	}

	@PostMapping("/notifications/read")
	String markAllRead(@AuthenticationPrincipal SproutUser me, RedirectAttributes redirect) {
		this.notifications.markAllRead(me.getPersonId());
		Flash.success(redirect, "notifications.allRead");
		return "redirect:/notifications";
	}

}
