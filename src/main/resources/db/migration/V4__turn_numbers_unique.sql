-- Turns of one conversation are numbered 1..n, each number once (issue 15: concurrent turns on one conversation
-- were stored with the same number). The chat locks the conversation's row for a turn (ConversationStore.lockedForTurn);
-- this constraint is what holds even if a writer forgets to.
-- Portable SQL: runs on H2 and PostgreSQL alike.

-- Conversations stored before the fix may hold a number twice: renumber those, in the order they were stored
-- (by number, then by id, which Hibernate hands out in ascending blocks), so that the constraint can be added.
UPDATE conversation_turn SET position = (
    SELECT COUNT(*) FROM conversation_turn earlier
    WHERE earlier.conversation_id = conversation_turn.conversation_id
      AND (earlier.position < conversation_turn.position
           OR (earlier.position = conversation_turn.position AND earlier.id <= conversation_turn.id)))
WHERE conversation_id IN (
    SELECT conversation_id FROM conversation_turn GROUP BY conversation_id, position HAVING COUNT(*) > 1);

UPDATE conversation SET turnCount = (SELECT COUNT(*) FROM conversation_turn t WHERE t.conversation_id = conversation.id)
WHERE turnCount < (SELECT COUNT(*) FROM conversation_turn t WHERE t.conversation_id = conversation.id);

-- The unique constraint's index serves the lookups turn_by_conversation served.
ALTER TABLE conversation_turn ADD CONSTRAINT turn_number_once UNIQUE (conversation_id, position);
DROP INDEX turn_by_conversation;
