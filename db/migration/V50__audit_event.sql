-- The audit log of staff actions (issue 10). Append-only: the portal only ever INSERTs and SELECTs
-- here (audit/AuditTrail, audit/AuditLogQuery); no code updates or deletes a row. In production the
-- database account can additionally be denied it, e.g.
--   REVOKE UPDATE, DELETE ON baolink.audit_event FROM 'baolink'@'%';
-- before/after hold the changed thing's relevant fields as JSON (masked personal data, no secrets).
CREATE TABLE audit_event (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at     DATETIME(3)  NOT NULL,
    actor_login     VARCHAR(64)  NOT NULL,
    actor_name      VARCHAR(100) NOT NULL,
    actor_role      VARCHAR(16)  NOT NULL,
    remote_address  VARCHAR(64),
    action          VARCHAR(40)  NOT NULL,
    subject_type    VARCHAR(20)  NOT NULL,
    subject_id      VARCHAR(64)  NOT NULL,
    summary         VARCHAR(300),
    before_json     TEXT,
    after_json      TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_audit_occurred ON audit_event (occurred_at, id);
CREATE INDEX ix_audit_actor ON audit_event (actor_login, occurred_at);
CREATE INDEX ix_audit_action ON audit_event (action, occurred_at);
CREATE INDEX ix_audit_subject ON audit_event (subject_type, subject_id, occurred_at);
