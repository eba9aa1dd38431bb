package org.sprout.dashboard;

import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.sprout.security.SproutUser;

@Controller
class DashboardController {

	private final Dashboard dashboard;

	DashboardController(Dashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SproutUser me, Model model) {
		model.addAttribute("growing", this.dashboard.peopleGrownBy(me.getPersonId(), LocalDate.now()));
		model.addAttribute("recent", this.dashboard.recentFeedbackAbout(me.getPersonId()));
		return "dashboard";
	}

}
