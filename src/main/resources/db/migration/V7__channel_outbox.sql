-- Issue 15, item 11: a Messenger or Zalo message acknowledged with 200 is kept here, in the transaction that records
-- its id (channel_processed_message), until its reply is sent; a message the service died holding is answered after
-- the restart, once (channels.Outbox). A row is deleted once its reply is sent or stored as failed.
-- Portable SQL: runs on H2 and PostgreSQL alike. (V5 is left unused on purpose.)

create sequence channel_outbox_SEQ start with 1 increment by 50;

create table channel_outbox (
    id bigint not null,
    channel varchar(16) not null,
    -- The platform's message id as channel_processed_message holds it (a long one by its digest), for the log.
    messageId varchar(200) not null,
    sender varchar(64) not null,
    -- text, greeting or not_text (InboundMessage.Kind).
    kind varchar(16) not null,
    -- What the citizen wrote, as typed, until it is answered; the longest webhook body is 64 KiB.
    text varchar(65536),
    -- received (to answer), then answered (the turn stored, the reply waiting to be sent).
    state varchar(16) not null,
    -- The reply fitted to the platform: a JSON array of the requests that send it, in order.
    parts varchar(1000000),
    -- How many of them the platform has taken: a restart goes on with the next one.
    partsSent integer not null,
    receivedAt timestamp(6) with time zone not null,
    updatedAt timestamp(6) with time zone not null,
    primary key (id)
);

-- The sweep for messages no worker holds (OutboxSweep): the oldest first.
create index outbox_by_update on channel_outbox (updatedAt);
