-- The schema Hibernate's "update" created before migrations existed, so that a database made that way is
-- baselined at version 1 (quarkus.flyway.baseline-version) and only later versions run on it.
-- Portable SQL: the same file runs on H2 (default mode) and PostgreSQL. Unquoted names, as Hibernate writes them.
-- Ids come from sequences that hand out blocks of 50 (Hibernate's pooled optimizer).

create sequence conversation_turn_SEQ start with 1 increment by 50;
create sequence feedback_SEQ start with 1 increment by 50;
create sequence channel_processed_message_SEQ start with 1 increment by 50;
create sequence channel_failed_send_SEQ start with 1 increment by 50;

create table conversation (
    id varchar(36) not null,
    channel varchar(16) not null,
    externalUser varchar(64),
    createdAt timestamp(6) with time zone not null,
    updatedAt timestamp(6) with time zone not null,
    turnCount integer not null,
    focusProcedureId varchar(100),
    focusAspect varchar(32),
    pendingChoices varchar(1000),
    primary key (id)
);

create table conversation_turn (
    id bigint not null,
    conversation_id varchar(36) not null,
    position integer not null,
    message varchar(4000) not null,
    replyType varchar(16) not null,
    procedureId varchar(100),
    aspect varchar(32),
    score float(53) not null,
    guideVersion varchar(64),
    replyText varchar(8000) not null,
    quickReplies varchar(2000),
    createdAt timestamp(6) with time zone not null,
    primary key (id),
    constraint turn_of_conversation foreign key (conversation_id) references conversation (id)
);
create index turn_by_conversation on conversation_turn (conversation_id, position);

create table feedback (
    id bigint not null,
    conversation_id varchar(36) not null,
    turn_number integer not null,
    useful boolean not null,
    comment varchar(500),
    createdAt timestamp(6) with time zone not null,
    primary key (id),
    constraint one_feedback_per_answer unique (conversation_id, turn_number)
);

create table channel_processed_message (
    id bigint not null,
    channel varchar(16) not null,
    messageId varchar(200) not null,
    receivedAt timestamp(6) with time zone not null,
    primary key (id),
    constraint processed_message_once unique (channel, messageId)
);

create table channel_failed_send (
    id bigint not null,
    channel varchar(16) not null,
    recipient varchar(64) not null,
    errorCode varchar(64),
    errorMessage varchar(1000),
    payload varchar(32000) not null,
    attempts integer not null,
    failedAt timestamp(6) with time zone not null,
    primary key (id)
);

create table zalo_token (
    id varchar(16) not null,
    accessToken varchar(4000),
    accessExpiresAt timestamp(6) with time zone,
    refreshToken varchar(4000) not null,
    seedFingerprint varchar(64) not null,
    updatedAt timestamp(6) with time zone not null,
    primary key (id)
);
