package org.sprout.requests;

public enum RequestStatus {

	OPEN, ANSWERED, DECLINED

}
