-- Personal data at rest (issue 11): ID numbers, mobile numbers and e-mail addresses are stored
-- encrypted (AES-256-GCM, "enc:v1:<key id>:..." written by infrastructure/crypto/PersonalDataCipher)
-- and found through keyed hashes (HMAC-SHA256 of the normalised value, 64 hex characters).

-- The holder (position -1) and insured persons (position 0..n, as order_insured) of an order.
CREATE TABLE order_personal_data (
    order_id        BIGINT        NOT NULL,
    position        INT           NOT NULL,
    card_type       VARCHAR(32),
    card_no_enc     VARCHAR(200),
    card_no_hash    CHAR(64),
    mobile_enc      VARCHAR(200),
    mobile_hash     CHAR(64),
    email_enc       VARCHAR(400),
    email_hash      CHAR(64),
    PRIMARY KEY (order_id, position),
    CONSTRAINT fk_personal_data_order FOREIGN KEY (order_id) REFERENCES purchase_order (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_personal_data_card ON order_personal_data (card_no_hash);
CREATE INDEX ix_personal_data_mobile ON order_personal_data (mobile_hash);

-- Scene finance: the parties' ID numbers as keyed hashes (the raw request keeps them encrypted).
ALTER TABLE scene_policy ADD COLUMN applicant_license_hash CHAR(64) NULL;
ALTER TABLE scene_policy ADD COLUMN insured_license_hash CHAR(64) NULL;
CREATE INDEX ix_scene_policy_applicant_license ON scene_policy (applicant_license_hash);
CREATE INDEX ix_scene_policy_insured_license ON scene_policy (insured_license_hash);
