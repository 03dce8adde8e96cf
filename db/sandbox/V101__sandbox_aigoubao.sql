-- AiGouBao sandbox: the simulated partner's own tables (sandbox profile only).
CREATE TABLE sbx_member (
    member_id   BIGINT AUTO_INCREMENT PRIMARY KEY,
    mobile      VARCHAR(32)  NOT NULL,
    company     VARCHAR(100),
    province    VARCHAR(32),
    city        VARCHAR(32),
    contact     VARCHAR(32),
    address     VARCHAR(200),
    created_at  DATETIME(3)  NOT NULL,
    CONSTRAINT uk_sbx_member_mobile UNIQUE (mobile)
) ENGINE=InnoDB AUTO_INCREMENT=100000 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sbx_product (
    product_code   VARCHAR(32)  PRIMARY KEY,
    product_name   VARCHAR(100) NOT NULL,
    company_name   VARCHAR(100) NOT NULL,
    logo_color     VARCHAR(7)   NOT NULL,
    -- 'EXAMPLE': plans spelled safeguardPlanCode/…/defaultMinPrice, logo protocol-relative;
    -- 'TABLE': planCode/planName/minPrice, logo absolute (the document shows both).
    spelling       VARCHAR(8)   NOT NULL,
    benefit_type   VARCHAR(32)  NOT NULL,
    is_invoice     INT          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sbx_plan (
    plan_code      VARCHAR(32)   PRIMARY KEY,
    product_code   VARCHAR(32)   NOT NULL,
    plan_name      VARCHAR(100)  NOT NULL,
    daily_price    DECIMAL(10,2) NOT NULL,
    sort_order     INT           NOT NULL,
    CONSTRAINT fk_sbx_plan_product FOREIGN KEY (product_code) REFERENCES sbx_product (product_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sbx_order (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    temp_order_code     VARCHAR(32)   NOT NULL,
    order_code          VARCHAR(32),
    member_id           BIGINT        NOT NULL,
    mobile              VARCHAR(32)   NOT NULL,
    out_serial_no       VARCHAR(32)   NOT NULL,
    pay_type            INT           NOT NULL,
    product_code        VARCHAR(32)   NOT NULL,
    plan_code           VARCHAR(32),
    start_date          DATE,
    end_date            DATE,
    deliver_notify_url  VARCHAR(512)  NOT NULL,
    return_notify_url   VARCHAR(512)  NOT NULL,
    refund_notify_url   VARCHAR(512),
    return_page         VARCHAR(512)  NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    total_amt           DECIMAL(12,2),
    holder_name         VARCHAR(64),
    holder_card_type    VARCHAR(4),
    holder_card_no      VARCHAR(32),
    holder_mobile       VARCHAR(32),
    holder_email        VARCHAR(64),
    invoice_status      INT           NOT NULL DEFAULT 0,
    invoice_type        INT,
    invoice_title       VARCHAR(100),
    taxpayer_no         VARCHAR(32),
    invoice_ready_at    DATETIME(3),
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    CONSTRAINT uk_sbx_order_temp UNIQUE (temp_order_code),
    CONSTRAINT uk_sbx_order_code UNIQUE (order_code),
    CONSTRAINT uk_sbx_order_serial UNIQUE (out_serial_no),
    CONSTRAINT fk_sbx_order_member FOREIGN KEY (member_id) REFERENCES sbx_member (member_id)
) ENGINE=InnoDB AUTO_INCREMENT=10144000 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sbx_insured (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id        BIGINT        NOT NULL,
    seq             INT           NOT NULL,
    name            VARCHAR(64)   NOT NULL,
    card_type       VARCHAR(4)    NOT NULL,
    card_no         VARCHAR(32)   NOT NULL,
    birthday        DATE,
    gender          VARCHAR(1),
    mobile          VARCHAR(32),
    relation        VARCHAR(4),
    fee             DECIMAL(12,2),
    policy_code     VARCHAR(32),
    policy_status   VARCHAR(16)   NOT NULL,
    CONSTRAINT uk_sbx_insured_policy UNIQUE (policy_code),
    CONSTRAINT fk_sbx_insured_order FOREIGN KEY (order_id) REFERENCES sbx_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sbx_nonce (
    nonce     VARCHAR(64)  PRIMARY KEY,
    seen_at   DATETIME(3)  NOT NULL,
    INDEX ix_sbx_nonce_seen (seen_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Request counter per 10-second slot (slot = epoch seconds / 10).
CREATE TABLE sbx_rate_slot (
    slot   BIGINT PRIMARY KEY,
    hits   INT    NOT NULL
) ENGINE=InnoDB;

-- Every callback the sandbox sent (or dropped), for inspection.
CREATE TABLE sbx_callback (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind        VARCHAR(16)   NOT NULL,
    url         VARCHAR(512)  NOT NULL,
    payload     VARCHAR(2000) NOT NULL,
    outcome     VARCHAR(16)   NOT NULL,
    attempts    INT           NOT NULL DEFAULT 0,
    last_answer VARCHAR(500),
    created_at  DATETIME(3)   NOT NULL,
    updated_at  DATETIME(3)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO sbx_member (member_id, mobile, company, province, city, contact, address, created_at)
VALUES (100000, '13900000000', '保联分销商（沙箱）', '上海市', '上海市', '分销商管理员', '浦东新区张江路1号', NOW(3));

INSERT INTO sbx_product VALUES
 ('200437', '天安“旅途无忧”国内旅游意外险', '天安财险', '#c8102e', 'EXAMPLE', '法定受益人', 1),
 ('100371', '平安境外旅行保障计划', '平安产险', '#f26b21', 'TABLE', '法定受益人', 3),
 ('200161', '众安航空意外险', '众安保险', '#00a0e9', 'EXAMPLE', '法定受益人', 1),
 ('200104', '人保户外运动意外险', '人保财险', '#d7000f', 'TABLE', '法定受益人', 1),
 ('100434', '太平洋一日游意外险', '太平洋产险', '#0058a3', 'EXAMPLE', '法定受益人', 0);

INSERT INTO sbx_plan VALUES
 ('30543', '200437', '计划一（基础版）', 3.50, 1),
 ('30544', '200437', '计划二（尊享版）', 6.00, 2),
 ('31101', '100371', '亚洲计划', 8.00, 1),
 ('31102', '100371', '申根计划', 12.00, 2),
 ('31103', '100371', '全球计划', 15.00, 3),
 ('30801', '200161', '单次航班保障', 2.00, 1),
 ('30901', '200104', '标准版', 5.50, 1),
 ('30902', '200104', '高风险运动版', 9.80, 2),
 ('30601', '100434', '计划一', 1.00, 1);
