package org.sprout.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WebjarsTest {

	private final Webjars webjars = new Webjars();

	@Test
	void aFileIsLinkedByItsVersionedPath() {
		assertThat(this.webjars.url("bootstrap/css/bootstrap.min.css"))
			.matches("/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/css/bootstrap\\.min\\.css");
		assertThat(this.webjars.url("htmx.org/dist/htmx.min.js"))
			.matches("/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js");
	}

	@Test
	void aFileNoWebjarHoldsIsAMistakeToShowAtOnce() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.webjars.url("bootstrap/css/missing.css"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.webjars.url("nowebjar"));
	}

}
