-- Shared partner rate budget (all portal nodes together): one lock row per budget serialises the
-- acquirers (SELECT ... FOR UPDATE); calls are counted in 10-second slots (slot_start = epoch seconds).
CREATE TABLE rate_budget (
    budget  VARCHAR(64) NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE rate_budget_slot (
    budget      VARCHAR(64) NOT NULL,
    slot_start  BIGINT      NOT NULL,
    used        INT         NOT NULL,
    CONSTRAINT pk_rate_budget_slot PRIMARY KEY (budget, slot_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO rate_budget (budget) VALUES ('aigoubao');
