package org.sprout.skills;

/**
 * The skill framework changed (a skill added, renamed, moved, retired or brought back):
 * published by whoever changed it, so the lists pages show are read again once the change
 * is committed.
 */
public record SkillsChanged() {

}
