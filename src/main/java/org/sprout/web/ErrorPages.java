package org.sprout.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders the friendly pages for the answers the application chooses itself. Everything
 * else goes through Spring Boot's error view, with the templates under {@code error/}.
 */
@ControllerAdvice
class ErrorPages {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound() {
		return new ModelAndView("error/404");
	}

	@ExceptionHandler(ForbiddenException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	ModelAndView forbidden(ForbiddenException ex) {
		ModelAndView view = new ModelAndView("error/403");
		view.addObject("reason", ex.getMessageKey());
		return view;
	}

}
