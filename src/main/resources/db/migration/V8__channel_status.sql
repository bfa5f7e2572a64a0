-- Channels' health on the admin page (issue 14): when each channel last delivered a reply and its last platform
-- error, shared by every instance. Written at most every few seconds per instance on success, at each failure.
-- Portable SQL: the same file runs on H2 (default mode) and PostgreSQL. Unquoted names, as Hibernate writes them.
-- (V7 is the channel outbox of another branch; the numbers are kept apart so that both merge.)

create table channel_status (
    channel varchar(16) not null,
    lastSuccessAt timestamp(6) with time zone,
    lastErrorAt timestamp(6) with time zone,
    lastErrorCode varchar(64),
    lastErrorMessage varchar(1000),
    primary key (channel)
);
-- A row for each channel there is, so that instances only ever update it.
insert into channel_status (channel) values ('messenger');
insert into channel_status (channel) values ('zalo');
