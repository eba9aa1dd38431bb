package org.sprout.pages;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.sprout.security.SproutUser;

/**
 * A person's profile: who they are, whom they grow, their projects, charts, recognitions.
 */
@Controller
class ProfileController {

	private final Profiles profiles;

	ProfileController(Profiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/people/{id}")
	String profile(@PathVariable long id, @AuthenticationPrincipal SproutUser me, Model model) {
		Profiles.Profile profile = this.profiles.of(me.getPersonId(), me.isAdmin(), id);
		model.addAttribute("person", profile.person());
		model.addAttribute("self", me.getPersonId() == id);
		model.addAttribute("myCommitments", profile.commitments());
		model.addAttribute("reports", profile.reports());
		model.addAttribute("mentors", profile.mentors());
		model.addAttribute("mentees", profile.mentees());
		model.addAttribute("projects", profile.projects());
		model.addAttribute("canGiveFeedback", profile.canGiveFeedback());
		model.addAttribute("canViewHistory", profile.charts() != null);
		if (profile.charts() != null) {
			model.addAttribute("charts", profile.charts());
		}
		model.addAttribute("canRecognise", profile.canRecognise());
		model.addAttribute("recognitions", profile.received().latest());
		model.addAttribute("recognitionCount", profile.received().count());
		if (profile.seesEmergence()) {
			model.addAttribute("emergence", profile.received().breakdown());
			model.addAttribute("emergenceSettings", profile.emergenceSettings());
		}
		return "people/profile";
	}

}
