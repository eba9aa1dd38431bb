package org.sprout.projects;

public enum ProjectStatus {

	PLANNED, ACTIVE, DONE

}
