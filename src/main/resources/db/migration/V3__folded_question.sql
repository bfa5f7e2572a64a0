-- The admin page's "questions to improve" groups one question typed with or without diacritics, in SQL:
-- each turn keeps its masked message folded (no diacritics, lower case, words one space apart).
-- Turns stored before this migration get their folded copy from FoldedQuestionBackfill at the next start.
-- Portable SQL: runs on H2 and PostgreSQL alike.
ALTER TABLE conversation_turn ADD COLUMN folded_question VARCHAR(4000);

-- The admin page and the CSV export read turns by period (conversations by last turn: V2).
CREATE INDEX turn_by_time ON conversation_turn (createdAt);
