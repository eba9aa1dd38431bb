package org.sprout.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.sprout.projects.Project;
import org.sprout.security.SproutUser;

@Controller
class DashboardController {

	private final Dashboard dashboard;

	DashboardController(Dashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SproutUser me, Model model) {
		List<Project> projects = this.dashboard.projectsOf(me.getPersonId());
		List<GrowingRow> growing = this.dashboard.peopleGrownBy(me.getPersonId(), LocalDate.now(), projects);
		model.addAttribute("leading",
				projects.stream().filter((project) -> project.getLead().getId() == me.getPersonId()).toList());
		model.addAttribute("growing", growing);
		model.addAttribute("details", this.dashboard.detailsOf(me.getPersonId(), growing));
		model.addAttribute("reflections", this.dashboard.recentReflections(me.getPersonId(), growing));
		model.addAttribute("openRequests", this.dashboard.openRequestsTo(me.getPersonId()));
		model.addAttribute("recent", this.dashboard.recentFeedbackAbout(me.getPersonId()));
		QualityTrend trend = this.dashboard.qualityTrendOf(me.getPersonId(), LocalDate.now());
		if (!trend.isEmpty()) {
			model.addAttribute("trend", trend);
		}
		return "dashboard";
	}

}
