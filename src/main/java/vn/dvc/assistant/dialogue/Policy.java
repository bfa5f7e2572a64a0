package vn.dvc.assistant.dialogue;

import java.util.Optional;

/** One way of deciding a turn; empty when the turn is not this policy's to decide. */
interface Policy {

    Optional<Reply> decide(Turn turn);
}
