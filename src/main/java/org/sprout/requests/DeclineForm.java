package org.sprout.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Declining a request takes a short reason, so the one who asked knows why.
 *
 * @param reason why the request is declined
 */
public record DeclineForm(@NotBlank @Size(max = 500) String reason) {

}
