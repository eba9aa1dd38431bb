package org.sprout.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.sprout.people.People;
import org.sprout.projects.ProjectService;
import org.sprout.security.SproutUser;
import org.sprout.skills.SkillFramework;
import org.sprout.web.Flash;
import org.sprout.web.InvalidInput;

@Controller
class RequestController {

	private final RequestService requests;

	private final People people;

	private final ProjectService projects;

	private final SkillFramework skills;

	private final Clock clock;

	RequestController(RequestService requests, People people, ProjectService projects, SkillFramework skills,
			Clock clock) {
		this.requests = requests;
		this.people = people;
		this.projects = projects;
		this.skills = skills;
		this.clock = clock;
	}

	@GetMapping("/requests")
	String list(@RequestParam(name = "to", required = false) Long recipientId,
			@RequestParam(name = "page", required = false) Integer page, @AuthenticationPrincipal SproutUser me,
			Model model) {
		RequestForm form = new RequestForm();
		if (recipientId != null) {
			form.getRecipientIds().add(recipientId);
		}
		model.addAttribute("requestForm", form);
		return page(me, page, model);
	}

	@PostMapping("/requests")
	String ask(@Valid @ModelAttribute("requestForm") RequestForm form, BindingResult result,
			@AuthenticationPrincipal SproutUser me, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(me, model);
		}
		try {
			int asked = this.requests.ask(me.getPersonId(), form).size();
			Flash.success(redirect, (asked > 1) ? "request.sentMany" : "request.sent");
			return "redirect:/requests";
		}
		catch (InvalidInput ex) {
			ex.addTo(result);
			return page(me, model);
		}
	}

	@PostMapping("/requests/{id}/decline")
	String decline(@PathVariable long id, @Valid @ModelAttribute DeclineForm form, BindingResult result,
			@AuthenticationPrincipal SproutUser me, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			this.requests.declinable(me.getPersonId(), id);
			Flash.error(redirect, "request.decline.reasonMissing");
			return "redirect:/requests";
		}
		this.requests.decline(me.getPersonId(), id, form.reason());
		Flash.success(redirect, "request.declined");
		return "redirect:/requests";
	}

	private String page(SproutUser me, Model model) {
		return page(me, null, model);
	}

	private String page(SproutUser me, Integer page, Model model) {
		model.addAttribute("received", this.requests.receivedBy(me.getPersonId(), page));
		model.addAttribute("sentShown", RequestService.SENT_SHOWN);
		List<SentAsk> sent = this.requests.asksBy(me.getPersonId());
		model.addAttribute("sent", sent);
		model.addAttribute("sentCapped", sent.stream().mapToInt(SentAsk::asked).sum() >= RequestService.SENT_SHOWN);
		model.addAttribute("maxRecipients", RequestForm.MAX_RECIPIENTS);
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("people", this.people.enabledOtherThan(me.getPersonId()));
		model.addAttribute("projects", this.projects.projectsOf(me.getPersonId()));
		model.addAttribute("skills", this.skills.offered());
		return "requests/list";
	}

}
