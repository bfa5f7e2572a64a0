-- Indexes for the queries the service runs; in their own version so that a database baselined at
-- version 1 (made by Hibernate's "update") gets them too.
-- Already indexed by V1: turns by conversation (turn_by_conversation), feedback by answer and by conversation
-- (one_feedback_per_answer leads with conversation_id), a platform message's id (processed_message_once).

-- A Messenger or Zalo citizen's conversation: ConversationStore.findByChannelUser.
create index conversation_by_channel_user on conversation (channel, externalUser);
-- The retention purge: conversations whose last turn is older than the cutoff.
create index conversation_by_last_turn on conversation (updatedAt);
-- The retention purge and the start-up cleanup of channel records.
create index processed_message_by_time on channel_processed_message (receivedAt);
create index failed_send_by_time on channel_failed_send (failedAt);
