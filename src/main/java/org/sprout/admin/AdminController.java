package org.sprout.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AdminController {

	@GetMapping("/admin")
	String overview() {
		return "admin/index";
	}

}
