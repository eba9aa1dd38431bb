package org.sprout.notifications;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.sprout.security.SproutUser;

/**
 * The unread count of the bell in the navbar, put into the model as {@value #UNREAD} for
 * every page drawn in the layout: one count query, made only when a whole page is
 * rendered (not for redirects, fragments, exports or files), so the layout itself calls
 * nothing.
 */
@Component
class NotificationBell implements HandlerInterceptor, WebMvcConfigurer {

	static final String UNREAD = "unreadNotifications";

	private static final Logger log = LoggerFactory.getLogger(NotificationBell.class);

	private final Notifications notifications;

	NotificationBell(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || !isWholePage(page.getViewName())) {
			return;
		}
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn != null && signedIn.getPrincipal() instanceof SproutUser me) {
			page.addObject(UNREAD, unread(me.getPersonId()));
		}
	}

	private static boolean isWholePage(String view) {
		return view != null && !view.startsWith("redirect:") && !view.startsWith("forward:") && !view.contains("::");
	}

	/**
	 * The person's unread count, or -1 when it cannot be read: an error page must still
	 * render when the database does not answer.
	 */
	private long unread(long personId) {
		try {
			return this.notifications.unreadCount(personId);
		}
		catch (DataAccessException ex) {
			log.warn("Could not count unread notifications", ex);
			return -1;
		}
	}

}
