-- Catalogue curation: what staff tell members about a product (both partners) and the limits a
-- purchase must respect. AiGouBao's 7.5 describes only name, logo and plans; everything here is
-- staff's and never touched by a refresh.
ALTER TABLE product
    ADD COLUMN selling_points       VARCHAR(2000),
    ADD COLUMN notices              TEXT,
    ADD COLUMN terms                TEXT,
    ADD COLUMN min_age              INT,
    ADD COLUMN max_age              INT,
    ADD COLUMN min_cover_days       INT,
    ADD COLUMN max_cover_days       INT,
    ADD COLUMN max_start_days_ahead INT,
    ADD COLUMN display_order        INT NOT NULL DEFAULT 100,
    ADD COLUMN picture_version      VARCHAR(64);

-- Categories become codes (labels come from the message bundles).
UPDATE product SET category = CASE
    WHEN category IN ('旅游', '旅行', 'TRAVEL') THEN 'TRAVEL'
    WHEN category IN ('意外', 'ACCIDENT') THEN 'ACCIDENT'
    WHEN category IN ('健康', '医疗', 'HEALTH') THEN 'HEALTH'
    WHEN category IN ('财产', 'PROPERTY') THEN 'PROPERTY'
    WHEN category IN ('责任', 'LIABILITY') THEN 'LIABILITY'
    WHEN category IN ('运动', 'SPORTS') THEN 'SPORTS'
    WHEN category IS NULL THEN NULL
    ELSE 'OTHER' END;

CREATE INDEX ix_product_enabled_order ON product (enabled, display_order, name);

-- The coverage table of a product: item, sum insured (yuan, optional) and notes, in staff's order.
CREATE TABLE product_coverage (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    product      BIGINT        NOT NULL,
    position     INT           NOT NULL,
    item         VARCHAR(100)  NOT NULL,
    sum_insured  DECIMAL(14,2),
    notes        VARCHAR(300),
    CONSTRAINT fk_coverage_product FOREIGN KEY (product) REFERENCES product (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_coverage_product ON product_coverage (product, position);

-- A picture staff uploaded for a product (PNG, JPEG or WebP, checked by its bytes, at most 1 MB).
CREATE TABLE product_picture (
    product       BIGINT        PRIMARY KEY,
    content_type  VARCHAR(32)   NOT NULL,
    content       MEDIUMBLOB    NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    uploaded_at   DATETIME(3)   NOT NULL,
    CONSTRAINT fk_picture_product FOREIGN KEY (product) REFERENCES product (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One-time seeds that already ran (the configured AiGouBao product codes are only a first-start seed).
CREATE TABLE catalog_seed (
    name        VARCHAR(64)   PRIMARY KEY,
    seeded_at   DATETIME(3)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
