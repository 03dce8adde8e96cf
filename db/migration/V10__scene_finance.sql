-- Policies the portal issues as the insurance institution for Alibaba scene finance (qimen
-- policy.issuing). identifier is the platform's idempotency key; content_hash (SHA-256 of the
-- request's canonical JSON) tells a repeated request from a conflicting one. The e-policy PDF is
-- rendered once at issuing and served by its unguessable download_token.
CREATE TABLE scene_policy (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    identifier      VARCHAR(64)    NOT NULL,
    content_hash    CHAR(64)       NOT NULL,
    policy_no       VARCHAR(32)    NOT NULL,
    product_code    VARCHAR(64)    NOT NULL,
    insure_id       VARCHAR(64)    NOT NULL,
    applicant_name  VARCHAR(200)   NULL,
    insured_name    VARCHAR(200)   NULL,
    amount          DECIMAL(18,2)  NOT NULL,
    premium         DECIMAL(18,2)  NOT NULL,
    premium_of_cny  DECIMAL(18,2)  NOT NULL,
    currency        CHAR(3)        NOT NULL,
    currency_rate   DECIMAL(18,8)  NOT NULL,
    insure_time     DATETIME       NOT NULL,
    effect_time     DATETIME       NOT NULL,
    expire_time     DATETIME       NOT NULL,
    raw_request     MEDIUMTEXT     NOT NULL,
    pdf             MEDIUMBLOB     NOT NULL,
    download_token  VARCHAR(64)    NOT NULL,
    created_at      DATETIME(3)    NOT NULL,
    CONSTRAINT uk_scene_policy_identifier UNIQUE (identifier),
    CONSTRAINT uk_scene_policy_no UNIQUE (policy_no),
    CONSTRAINT uk_scene_policy_token UNIQUE (download_token)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_scene_policy_insure_id ON scene_policy (insure_id);
CREATE INDEX ix_scene_policy_created ON scene_policy (created_at);
