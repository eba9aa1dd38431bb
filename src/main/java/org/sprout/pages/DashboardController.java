package org.sprout.pages;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.sprout.feedback.Commitment;
import org.sprout.security.SproutUser;

@Controller
class DashboardController {

	/** How many of their own open commitments the dashboard lists. */
	static final int MY_COMMITMENTS_SHOWN = 5;

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
		// The newest of their open commitments, and those done lately; all of them are on
		// their profile.
		List<Commitment> open = home.commitments().stream().filter(Commitment::isOpen).toList();
		List<Commitment> mine = new ArrayList<>(open.stream().limit(MY_COMMITMENTS_SHOWN).toList());
		mine.addAll(home.commitments().stream().filter(Commitment::isDone).toList());
		model.addAttribute("myCommitments", mine);
		model.addAttribute("myCommitmentsMore", Math.max(0, open.size() - MY_COMMITMENTS_SHOWN));
		QualityTrend trend = this.trends.of(me.getPersonId());
		if (!trend.isEmpty()) {
			model.addAttribute("trend", trend);
		}
		return "dashboard";
	}

}
