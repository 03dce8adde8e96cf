-- Policy, certificate and invoice PDFs fetched from the partner once and then served by the portal.
-- The content lives in 1 MB chunks (stored_document_chunk) so no single statement exceeds the
-- server's max_allowed_packet (MariaDB defaults to 16 MB, documents may be up to max-size) and a
-- download streams chunk by chunk instead of holding the whole file in memory.
-- source_url_hash = SHA-256 of the partner URL it came from (the URL itself may carry a token).
CREATE TABLE stored_document (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id         BIGINT        NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    policy_code      VARCHAR(64)   NOT NULL,
    source_url_hash  CHAR(64)      NOT NULL,
    size             BIGINT        NOT NULL,
    sha256           CHAR(64)      NOT NULL,
    content_type     VARCHAR(100)  NOT NULL,
    chunk_count      INT           NOT NULL,
    fetched_at       DATETIME(3)   NOT NULL,
    CONSTRAINT uk_stored_document UNIQUE (order_id, kind, policy_code),
    CONSTRAINT fk_stored_document_order FOREIGN KEY (order_id) REFERENCES purchase_order (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE stored_document_chunk (
    document_id  BIGINT      NOT NULL,
    seq          INT         NOT NULL,
    data         MEDIUMBLOB  NOT NULL,
    PRIMARY KEY (document_id, seq),
    CONSTRAINT fk_chunk_document FOREIGN KEY (document_id) REFERENCES stored_document (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Documents that could not be fetched yet (not ready at the partner, or refused): the prefetch job
-- retries them with backoff once next_attempt_at has passed.
CREATE TABLE document_fetch_attempt (
    order_id         BIGINT        NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    policy_code      VARCHAR(64)   NOT NULL,
    attempts         INT           NOT NULL,
    last_outcome     VARCHAR(32)   NOT NULL,
    next_attempt_at  DATETIME(3)   NOT NULL,
    updated_at       DATETIME(3)   NOT NULL,
    PRIMARY KEY (order_id, kind, policy_code),
    CONSTRAINT fk_fetch_attempt_order FOREIGN KEY (order_id) REFERENCES purchase_order (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_fetch_attempt_next ON document_fetch_attempt (next_attempt_at);
