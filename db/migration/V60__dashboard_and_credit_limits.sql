-- Issue 10: the staff dashboard and credit limits.

-- Dashboard charts read orders by creation time (a range of days) and group them by status,
-- product and member: this index covers those queries, so a 30-day range of a busy channel is
-- an index range scan that never touches the table rows.
CREATE INDEX ix_order_dashboard ON purchase_order (created_at, status, total_amount, product_code, member_id);

-- The most a member may owe on the distributor's credit account (yuan). NULL: no limit set,
-- which counts as 0 - every credit approval for that member needs an explicit override.
ALTER TABLE member ADD COLUMN credit_limit DECIMAL(12,2) NULL;

-- What the approver saw (limit, used before this order) and, when the approval went beyond the
-- limit, that it was an explicit override and why.
ALTER TABLE credit_decision
    ADD COLUMN credit_limit DECIMAL(12,2) NULL,
    ADD COLUMN credit_used DECIMAL(12,2) NULL,
    ADD COLUMN over_limit BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN override_reason VARCHAR(200) NULL;
