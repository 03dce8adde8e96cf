-- Simulated Xiebao (sandbox profile only): its products, the applications made on its hosted
-- pages, and the notifications it delivers to the portal (with their attempts).
CREATE TABLE sbx_xb_product (
    case_code     VARCHAR(40)   PRIMARY KEY,
    name          VARCHAR(100)  NOT NULL,
    description   VARCHAR(500)  NOT NULL,
    insurer       VARCHAR(100)  NOT NULL,
    product_id    INT           NOT NULL,
    plan_id       INT           NOT NULL,
    plan_name     VARCHAR(100)  NOT NULL,
    price_fen     BIGINT        NOT NULL,
    max_days      INT           NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO sbx_xb_product (case_code, name, description, insurer, product_id, plan_id, plan_name, price_fen, max_days) VALUES
('XB-TRAVEL-01', '携保境内旅游险', '境内旅行意外伤害、意外医疗及行李延误保障，适合短途出游。', '平安财产保险股份有限公司', 1101, 11011, '基础计划', 1200, 30),
('XB-ACCIDENT-02', '携保综合意外险', '一年期综合意外保障，含意外身故伤残与意外医疗。', '中国人民财产保险股份有限公司', 1102, 11021, '标准计划', 9900, 366),
('XB-SKI-03', '携保滑雪运动险', '滑雪运动意外伤害、意外医疗及救援费用保障。', '太平洋财产保险股份有限公司', 1103, 11031, '单日计划', 1500, 15);

CREATE TABLE sbx_xb_application (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    insure_num         VARCHAR(32),
    partner_id         VARCHAR(20)   NOT NULL,
    sub_partner_id     VARCHAR(40)   NOT NULL,
    partner_uniq_key   VARCHAR(64)   NOT NULL,
    case_code          VARCHAR(40)   NOT NULL,
    platform           INT           NOT NULL,
    applicant_name     VARCHAR(50)   NOT NULL,
    applicant_id_masked VARCHAR(32)  NOT NULL,
    insured_names      VARCHAR(500)  NOT NULL,
    start_date         DATE          NOT NULL,
    end_date           DATE          NOT NULL,
    price_fen          BIGINT        NOT NULL,
    policy_num         VARCHAR(40),
    status             VARCHAR(20)   NOT NULL,
    reissued_from      VARCHAR(32),
    scenario           VARCHAR(200)  NOT NULL,
    created_at         DATETIME(3)   NOT NULL,
    CONSTRAINT uk_sbx_xb_application_insure_num UNIQUE (insure_num)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sbx_xb_delivery (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    insure_num       VARCHAR(32)   NOT NULL,
    notify_type      INT           NOT NULL,
    body             TEXT          NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    outcome          VARCHAR(16)   NOT NULL,
    last_answer      VARCHAR(500),
    created_at       DATETIME(3)   NOT NULL,
    last_attempt_at  DATETIME(3),
    INDEX ix_sbx_xb_delivery_insure_num (insure_num)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
