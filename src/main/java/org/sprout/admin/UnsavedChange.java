package org.sprout.admin;

/**
 * A value an admin typed into a refused edit, shown next to the current version so that
 * nothing typed is lost.
 *
 * @param labelKey the message key of the field's label
 * @param value the typed value as text, or null when {@code valueKey} says it
 * @param valueKey the message key of the value (for yes/no and empty values)
 */
public record UnsavedChange(String labelKey, String value, String valueKey) {

	static UnsavedChange text(String labelKey, String value) {
		return (value == null || value.isBlank()) ? new UnsavedChange(labelKey, null, "admin.unsaved.empty")
				: new UnsavedChange(labelKey, value, null);
	}

	static UnsavedChange key(String labelKey, String valueKey) {
		return new UnsavedChange(labelKey, null, valueKey);
	}

}
