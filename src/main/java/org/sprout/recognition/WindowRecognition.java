package org.sprout.recognition;

import java.time.LocalDate;

/**
 * One recognition of the board's window, as the ranking needs it: no entities, only the
 * ids and teams the score reads.
 *
 * @param receiverId who was recognised
 * @param receiverName their name, for the board's order among equal scores
 * @param receiverTeam their team
 * @param giverId who recognised them
 * @param giverTeam the giver's team
 * @param giverManagerId the giver's manager, or null
 * @param power expert or referent
 * @param on the day
 * @param skillId the skill it names, or null
 */
public record WindowRecognition(long receiverId, String receiverName, String receiverTeam, long giverId,
		String giverTeam, Long giverManagerId, Power power, LocalDate on, Long skillId) {

	/** As the score takes it. */
	EmergenceScore.Given given() {
		return new EmergenceScore.Given(this.giverId, this.giverTeam,
				this.giverManagerId != null && this.giverManagerId == this.receiverId, this.power, this.on);
	}

}
