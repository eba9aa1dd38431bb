package org.sprout.pages;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.sprout.security.SproutUser;

@Controller
class DashboardController {

	private final Dashboard dashboard;

	private final QualityTrends trends;

	DashboardController(Dashboard dashboard, QualityTrends trends) {
		this.dashboard = dashboard;
		this.trends = trends;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SproutUser me, Model model) {
		Dashboard.Home home = this.dashboard.of(me.getPersonId());
		model.addAttribute("leading", home.leading());
		model.addAttribute("growing", home.growing());
		model.addAttribute("details", home.details());
		model.addAttribute("reflections", home.reflections());
		model.addAttribute("openRequests", home.openRequests());
		model.addAttribute("recent", home.recent());
		model.addAttribute("myCommitments", home.commitments());
		QualityTrend trend = this.trends.of(me.getPersonId());
		if (!trend.isEmpty()) {
			model.addAttribute("trend", trend);
		}
		return "dashboard";
	}

}
