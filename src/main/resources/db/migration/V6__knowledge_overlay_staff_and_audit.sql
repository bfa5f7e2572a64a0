-- Staff close the loop (issue 14): the knowledge-base files staff saved through the admin page, laid over the
-- knowledge-base/ folder on every instance; the questions staff assigned or set aside; named staff accounts,
-- their sessions, and the audit log of every change and export.
-- Portable SQL: the same file runs on H2 (default mode) and PostgreSQL. Unquoted names, as Hibernate writes them.

create sequence knowledge_change_SEQ start with 1 increment by 50;
create sequence audit_entry_SEQ start with 1 increment by 50;

-- The current text of every file staff changed (relative path, e.g. procedures/hkd-cham-dut-hoat-dong.md).
-- revision counts the saves of that path: 0 is the folder's own file, so an editor who opened revision N saves
-- only while it is still N (optimistic concurrency).
create table knowledge_file (
    path varchar(200) not null,
    content varchar(200000) not null,
    revision integer not null,
    changedBy varchar(64) not null,
    changedAt timestamp(6) with time zone not null,
    primary key (path)
);

-- Every save: who, when, the text before (null: the file was new) and after.
create table knowledge_change (
    id bigint not null,
    path varchar(200) not null,
    revision integer not null,
    beforeText varchar(200000),
    afterText varchar(200000) not null,
    reason varchar(500),
    changedBy varchar(64) not null,
    changedAt timestamp(6) with time zone not null,
    primary key (id),
    constraint one_change_per_revision unique (path, revision)
);

-- One row, counted up by every save: each instance polls it and rebuilds its index when it moved. Saves lock it,
-- so that two saves on two instances are validated and stored one after the other.
create table knowledge_version (
    id integer not null,
    version bigint not null,
    changedAt timestamp(6) with time zone not null,
    primary key (id)
);
insert into knowledge_version (id, version, changedAt) values (1, 0, CURRENT_TIMESTAMP);

-- What staff decided about a group of questions to improve (its folded form, keyed by its SHA-256).
create table question_decision (
    id varchar(64) not null,
    foldedQuestion varchar(4000) not null,
    status varchar(16) not null,
    procedureId varchar(100),
    aspect varchar(32),
    decidedBy varchar(64) not null,
    decidedAt timestamp(6) with time zone not null,
    primary key (id)
);

create table staff_account (
    username varchar(64) not null,
    displayName varchar(200) not null,
    role varchar(16) not null,
    passwordHash varchar(100) not null,
    active boolean not null,
    createdAt timestamp(6) with time zone not null,
    updatedAt timestamp(6) with time zone not null,
    primary key (username)
);

-- A logged-in browser: the SHA-256 of its cookie's token (the token itself is never stored).
create table staff_session (
    id varchar(64) not null,
    username varchar(64) not null,
    createdAt timestamp(6) with time zone not null,
    expiresAt timestamp(6) with time zone not null,
    primary key (id),
    constraint session_of_staff foreign key (username) references staff_account (username)
);
create index session_by_expiry on staff_session (expiresAt);

create table audit_entry (
    id bigint not null,
    happenedAt timestamp(6) with time zone not null,
    actor varchar(64) not null,
    action varchar(64) not null,
    target varchar(500),
    detail varchar(2000),
    primary key (id)
);
create index audit_by_time on audit_entry (happenedAt);
