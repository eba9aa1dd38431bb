package org.sprout.admin;

import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.sprout.skills.Skill;
import org.sprout.web.Flash;
import org.sprout.web.InvalidInput;

@Controller
class SkillAdminController {

	private static final String FORM = "admin/skills/form";

	private static final String LIST = "redirect:/admin/skills";

	private final SkillAdminService service;

	SkillAdminController(SkillAdminService service) {
		this.service = service;
	}

	@GetMapping("/admin/skills")
	String list(Model model) {
		model.addAttribute("skills", this.service.list());
		return "admin/skills/list";
	}

	@GetMapping("/admin/skills/new")
	String newSkill(Model model) {
		model.addAttribute("skillForm", new SkillForm());
		return FORM;
	}

	@PostMapping("/admin/skills")
	String add(@Valid @ModelAttribute("skillForm") SkillForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.service.add(form);
		}
		catch (InvalidInput ex) {
			ex.addTo(result);
			return FORM;
		}
		catch (DataIntegrityViolationException ex) {
			// Someone added the same name between the check and the insert.
			result.rejectValue("name", "admin.skill.name.takenMeanwhile");
			return FORM;
		}
		Flash.success(redirect, "admin.skill.added");
		return LIST;
	}

	@GetMapping("/admin/skills/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Skill skill = this.service.find(id);
		model.addAttribute("skill", skill);
		model.addAttribute("skillForm", SkillForm.of(skill));
		return FORM;
	}

	@PostMapping("/admin/skills/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("skillForm") SkillForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("skill", this.service.find(id));
			return FORM;
		}
		try {
			this.service.update(id, form);
		}
		catch (InvalidInput ex) {
			ex.addTo(result);
			model.addAttribute("skill", this.service.find(id));
			return FORM;
		}
		catch (DataIntegrityViolationException ex) {
			result.rejectValue("name", "admin.skill.name.takenMeanwhile");
			model.addAttribute("skill", this.service.find(id));
			return FORM;
		}
		Flash.success(redirect, "admin.skill.saved");
		return LIST;
	}

	@PostMapping("/admin/skills/{id}/up")
	String moveUp(@PathVariable long id) {
		this.service.move(id, true);
		return LIST + "#skill-" + id;
	}

	@PostMapping("/admin/skills/{id}/down")
	String moveDown(@PathVariable long id) {
		this.service.move(id, false);
		return LIST + "#skill-" + id;
	}

	@PostMapping("/admin/skills/{id}/retire")
	String retire(@PathVariable long id, RedirectAttributes redirect) {
		this.service.setRetired(id, true);
		Flash.success(redirect, "admin.skill.retired");
		return LIST;
	}

	@PostMapping("/admin/skills/{id}/unretire")
	String unretire(@PathVariable long id, RedirectAttributes redirect) {
		this.service.setRetired(id, false);
		Flash.success(redirect, "admin.skill.unretired");
		return LIST;
	}

}
