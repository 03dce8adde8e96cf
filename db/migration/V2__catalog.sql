-- The catalogue: products members can buy, from AiGouBao (refreshed from 7.5) or Xiebao (curated by staff).
-- Staff-curated facts (insurer name, category, description, picture, enabled) are never overwritten by a refresh.
CREATE TABLE product (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    channel           VARCHAR(16)   NOT NULL,
    code              VARCHAR(64)   NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    insurer_name      VARCHAR(200),
    insurer_logo_url  VARCHAR(1024),
    category          VARCHAR(64),
    description       VARCHAR(4000),
    picture_url       VARCHAR(1024),
    enabled           BOOLEAN       NOT NULL DEFAULT TRUE,
    min_price         DECIMAL(12,2),
    refreshed_at      DATETIME(3),
    created_at        DATETIME(3)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_product_channel_code UNIQUE (channel, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_product_enabled_name ON product (enabled, name);

-- The plans of a product with their lowest price, in the partner's order.
CREATE TABLE product_plan (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    product     BIGINT        NOT NULL,
    position    INT           NOT NULL,
    plan_code   VARCHAR(64)   NOT NULL,
    name        VARCHAR(200),
    min_price   DECIMAL(12,2),
    CONSTRAINT fk_plan_product FOREIGN KEY (product) REFERENCES product (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_plan_product ON product_plan (product, position);
