-- The background engine (db-scheduler, wired in engine/): one row per scheduled execution of a
-- task. Column set and indexes as db-scheduler's MySQL schema; execution times are UTC.
CREATE TABLE scheduled_tasks (
    task_name             VARCHAR(100) NOT NULL,
    task_instance         VARCHAR(100) NOT NULL,
    task_data             BLOB,
    execution_time        DATETIME(6)  NOT NULL,
    picked                BOOLEAN      NOT NULL,
    picked_by             VARCHAR(50),
    last_success          DATETIME(6),
    last_failure          DATETIME(6),
    consecutive_failures  INT,
    last_heartbeat        DATETIME(6),
    version               BIGINT       NOT NULL,
    priority              SMALLINT,
    PRIMARY KEY (task_name, task_instance),
    INDEX execution_time_idx (execution_time),
    INDEX last_heartbeat_idx (last_heartbeat),
    INDEX priority_execution_time_idx (priority DESC, execution_time ASC)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Executions whose retry policy gave up: kept with their last error for staff, who may run them
-- again (the row is then deleted and the task scheduled anew).
CREATE TABLE engine_given_up (
    task_name      VARCHAR(100)  NOT NULL,
    task_instance  VARCHAR(100)  NOT NULL,
    attempts       INT           NOT NULL,
    last_error     VARCHAR(1000),
    first_at       DATETIME(3)   NOT NULL,
    given_up_at    DATETIME(3)   NOT NULL,
    node           VARCHAR(50),
    PRIMARY KEY (task_name, task_instance),
    INDEX ix_given_up_at (given_up_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Finished executions counted per task, node and minute (for "done in the last hour" across nodes).
CREATE TABLE engine_done (
    task_name  VARCHAR(100) NOT NULL,
    node       VARCHAR(50)  NOT NULL,
    minute     BIGINT       NOT NULL,
    done       INT          NOT NULL DEFAULT 0,
    failed     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (task_name, minute, node)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- AiGouBao callbacks are hints: however many arrive for one order, one pull follows. A hint sets
-- requested_at; the pull removes the row when it started after the newest hint.
CREATE TABLE order_pull_request (
    order_id      BIGINT       NOT NULL PRIMARY KEY,
    requested_at  DATETIME(6)  NOT NULL,
    hints         INT          NOT NULL DEFAULT 1,
    CONSTRAINT fk_pull_request_order FOREIGN KEY (order_id) REFERENCES purchase_order (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The engine now schedules inbox and outbox work: their hand-made leases go.
ALTER TABLE partner_outbox DROP COLUMN claimed_until;
ALTER TABLE partner_outbox DROP COLUMN next_attempt_at;
DROP INDEX ix_callback_due ON inbound_callback;
ALTER TABLE inbound_callback DROP COLUMN next_attempt_at;
CREATE INDEX ix_callback_status ON inbound_callback (status, partner_ref);

DROP TABLE IF EXISTS shedlock;

-- Work that was waiting under the old machinery is handed to the engine, due at once.
UPDATE partner_outbox SET status = 'PENDING' WHERE status = 'SENDING';
INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)
SELECT 'partner-call', CAST(id AS CHAR), NOW(6) - INTERVAL 1 DAY, FALSE, 1 FROM partner_outbox WHERE status = 'PENDING';
INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)
SELECT 'inbox-callback', CAST(id AS CHAR), NOW(6) - INTERVAL 1 DAY, FALSE, 1 FROM inbound_callback WHERE status = 'RECEIVED';
INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)
SELECT 'invoice-poll', CAST(id AS CHAR), NOW(6) - INTERVAL 1 DAY, FALSE, 1 FROM invoice_request
WHERE status IN ('IN_PROGRESS', 'PARTIAL');
