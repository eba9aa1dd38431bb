package org.sprout.model;

import java.time.Clock;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Stamps entities with the application's {@link Clock} when they are saved, so that
 * "created" and "updated" follow the same time as every rule (and tests can set it).
 * Hibernate takes this listener from Spring.
 */
@Component
class Timestamps {

	private final Clock clock;

	@Autowired(required = false)
	Timestamps(Clock clock) {
		this.clock = clock;
	}

	/** For slices of the application without its clock (a JPA test), the system's. */
	Timestamps() {
		this(Clock.systemDefaultZone());
	}

	@PrePersist
	void created(BaseEntity entity) {
		entity.stamp(this.clock.instant(), true);
	}

	@PreUpdate
	void updated(BaseEntity entity) {
		entity.stamp(this.clock.instant(), false);
	}

}
