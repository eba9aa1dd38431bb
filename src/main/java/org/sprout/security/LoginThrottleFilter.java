package org.sprout.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt without checking the password while its username or client is
 * locked, and sends the person back to the form with a message.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& (request.getContextPath() + "/login").equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = request.getParameter("username");
		if (this.throttle.isLocked(username, request.getRemoteAddr())) {
			long minutes = Math.max(1,
					(this.throttle.secondsUntilUnlocked(username, request.getRemoteAddr()) + 59) / 60);
			response.sendRedirect(request.getContextPath() + "/login?locked=" + minutes);
			return;
		}
		chain.doFilter(request, response);
	}

}
