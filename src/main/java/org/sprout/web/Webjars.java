package org.sprout.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.webjars.WebJarVersionLocator;

/**
 * The versioned URL of a file in a webjar, looked up once per file and then remembered:
 * {@code th:with="src=${@webjars.url('bootstrap/js/bootstrap.bundle.min.js')}"
 * th:src="@{${src}}"} gives {@code /webjars/bootstrap/5.3.8/js/bootstrap.bundle.min.js}
 * (Thymeleaf calls no bean inside a link expression, hence the th:with). Pages link the
 * versioned file directly, so no filter rewrites every link of a page and no request
 * resolves a version (the resource chain is off, see application.properties); a new
 * version is a new URL, so browsers may cache these files for long.
 */
@Component("webjars")
public class Webjars {

	private final WebJarVersionLocator locator = new WebJarVersionLocator();

	private final Map<String, String> urls = new ConcurrentHashMap<>();

	/**
	 * @param file the webjar's name, a slash and the file's path inside it, without the
	 * version
	 */
	public String url(String file) {
		return this.urls.computeIfAbsent(file, this::resolve);
	}

	private String resolve(String file) {
		int slash = file.indexOf('/');
		String path = (slash > 0) ? this.locator.path(file.substring(0, slash), file.substring(slash + 1)) : null;
		if (path == null || Webjars.class.getClassLoader()
			.getResource(WebJarVersionLocator.WEBJARS_PATH_PREFIX + "/" + path) == null) {
			throw new IllegalArgumentException("No webjar holds " + file);
		}
		return "/webjars/" + path;
	}

}
