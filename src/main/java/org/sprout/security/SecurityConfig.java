package org.sprout.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Secure by default: everything needs a sign-in but the login page, static assets and the
 * health check; CSRF stays on; logout is a POST.
 */
@Configuration
class SecurityConfig {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	LoginThrottle loginThrottle(@Value("${sprout.login.attempts-per-user-and-client:5}") int perPair,
			@Value("${sprout.login.attempts-per-client:20}") int perClient,
			@Value("${sprout.login.attempts-per-user:50}") int perUser,
			@Value("${sprout.login.targeted-after:10}") int targetedAfter,
			@Value("${sprout.login.refill:PT3M}") Duration refill) {
		return new LoginThrottle(new LoginThrottle.Limits(perPair, perClient, perUser, targetedAfter, refill));
	}

	/**
	 * Who is signed in with which session, so that account changes end them at once: in
	 * this instance's memory, or, with sessions in the database (Spring Session, the prod
	 * profile), in the database every instance shares.
	 */
	@Bean
	SessionRegistry sessionRegistry(
			ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessionsInTheDatabase) {
		FindByIndexNameSessionRepository<? extends Session> shared = sessionsInTheDatabase.getIfAvailable();
		return (shared != null) ? new SpringSessionBackedSessionRegistry<>(shared) : new SessionRegistryImpl();
	}

	/** Tells the session registry when sessions end (sign-out, time-out). */
	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, SessionRegistry sessions,
			ApplicationEventPublisher events, MeterRegistry meters,
			@Value("${management.server.port:-1}") int managementPort) throws Exception {
		Counter signInFailures = Counter.builder("sprout.signin.failures")
			.description("Sign-ins refused for a wrong username or password")
			.register(meters);
		SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error") {
			@Override
			public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
					AuthenticationException exception) throws IOException, ServletException {
				signInFailures.increment();
				String username = request.getParameter("username");
				if (throttle.failed(username, request.getRemoteAddr())) {
					events.publishEvent(new SignInsFailed(username, throttle.targetedAfter()));
				}
				super.onAuthenticationFailure(request, response, exception);
			}
		};
		SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws IOException, ServletException {
				throttle.succeeded(authentication.getName(), request.getRemoteAddr());
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
					"/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			// Metrics: for admins, or from the management port when one is set (a scraper
			// on the internal network).
			.requestMatchers("/actuator/prometheus")
			.access((authentication, context) -> new AuthorizationDecision(
					(managementPort > 0 && context.getRequest().getLocalPort() == managementPort)
							|| authentication.get()
								.getAuthorities()
								.stream()
								.anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()))))
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").successHandler(success).failureHandler(failure))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement(
					(session) -> session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?ended"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
