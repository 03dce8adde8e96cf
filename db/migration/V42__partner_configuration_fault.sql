-- The partner answered that our own configuration is wrong (AiGouBao 2000 signature, 2009
-- decryption, 5000 access token): shown to staff on /admin until a later call succeeds.
CREATE TABLE partner_config_fault (
    partner      VARCHAR(16)   PRIMARY KEY,
    code         VARCHAR(8)    NOT NULL,
    endpoint     VARCHAR(100)  NOT NULL,
    first_at     DATETIME(3)   NOT NULL,
    last_at      DATETIME(3)   NOT NULL,
    occurrences  INT           NOT NULL,
    resolved_at  DATETIME(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
