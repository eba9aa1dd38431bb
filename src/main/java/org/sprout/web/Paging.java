package org.sprout.web;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The one way to page: pages are numbered from 1 in URLs ({@code ?page=2}), and the
 * pagination fragment links to the current URL with only the page changed, so filters
 * stay.
 */
@Component("paging")
public class Paging {

	public static final int PAGE_SIZE = 20;

	/** A page request for a 1-based page number; anything below 1 is the first page. */
	public static Pageable page(Integer page, Sort sort) {
		int index = (page == null || page < 1) ? 0 : Math.min(page, 100_000) - 1;
		return PageRequest.of(index, PAGE_SIZE, sort);
	}

	/**
	 * The 1-based number of the page that shows the item, given the ids of the whole list
	 * in its order; the first page when the item is not in it.
	 */
	public static int pageHolding(List<Long> orderedIds, long id) {
		int index = orderedIds.indexOf(id);
		return (index < 0) ? 1 : index / PAGE_SIZE + 1;
	}

	/** The links of the pager for a page of results, built once per page. */
	public Pager pager(Page<?> page) {
		int current = page.getNumber() + 1;
		int first = Math.max(1, current - 2);
		int last = Math.min(page.getTotalPages(), current + 2);
		List<Pager.Link> links = IntStream.rangeClosed(first, last)
			.mapToObj((n) -> new Pager.Link(n, url(n), n == current))
			.toList();
		return new Pager(page.hasPrevious() ? url(current - 1) : null, page.hasNext() ? url(current + 1) : null, links,
				url(Math.max(1, page.getTotalPages())));
	}

	/** The current URL with {@code page} set to the given 1-based number. */
	private String url(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString();
	}

	/**
	 * What the pagination fragment shows.
	 *
	 * @param previousUrl link to the previous page, or null on the first
	 * @param nextUrl link to the next page, or null on the last
	 * @param links the numbered pages around the current one
	 * @param lastUrl link to the last page
	 */
	public record Pager(String previousUrl, String nextUrl, List<Link> links, String lastUrl) {

		public record Link(int number, String url, boolean current) {
		}

	}

}
