package org.sprout.recognition;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.sprout.people.People;
import org.sprout.security.SproutUser;
import org.sprout.skills.SkillFramework;
import org.sprout.web.Flash;
import org.sprout.web.InvalidInput;
import org.sprout.web.Paging;

@Controller
class RecognitionController {

	private final RecognitionService recognitions;

	private final LeadersBoard board;

	private final People people;

	private final SkillFramework skills;

	RecognitionController(RecognitionService recognitions, LeadersBoard board, People people, SkillFramework skills) {
		this.recognitions = recognitions;
		this.board = board;
		this.people = people;
		this.skills = skills;
	}

	@GetMapping("/recognitions/new")
	String newRecognition(@RequestParam(name = "to", required = false) Long receiverId,
			@AuthenticationPrincipal SproutUser me, Model model) {
		RecognitionForm form = new RecognitionForm();
		form.setReceiverId(receiverId);
		model.addAttribute("recognitionForm", form);
		return form(me, model);
	}

	@PostMapping("/recognitions")
	String recognise(@Valid @ModelAttribute("recognitionForm") RecognitionForm form, BindingResult result,
			@AuthenticationPrincipal SproutUser me, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(me, model);
		}
		try {
			Recognition recognition = this.recognitions.recognise(me.getPersonId(), form);
			Flash.success(redirect, "recognition.saved");
			return "redirect:/people/" + recognition.getReceiver().getId();
		}
		catch (InvalidInput ex) {
			ex.addTo(result);
			return form(me, model);
		}
	}

	@GetMapping("/leaders")
	String leaders(@RequestParam(name = "withoutPosition", defaultValue = "false") boolean withoutPosition,
			@RequestParam(name = "page", required = false) Integer page, @AuthenticationPrincipal SproutUser me,
			Model model) {
		this.board.checkVisibleTo(me.getPersonId(), me.isAdmin());
		model.addAttribute("page",
				this.board.rank(withoutPosition, Paging.page(page, org.springframework.data.domain.Sort.unsorted())));
		model.addAttribute("withoutPosition", withoutPosition);
		model.addAttribute("settings", this.board.settings());
		return "recognition/leaders";
	}

	private String form(SproutUser me, Model model) {
		// Everyone but the giver: nobody recognises themselves.
		model.addAttribute("people", this.people.enabledOtherThan(me.getPersonId()));
		model.addAttribute("skills", this.skills.offered());
		model.addAttribute("powers", Power.values());
		return "recognition/form";
	}

}
