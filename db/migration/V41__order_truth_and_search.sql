-- A member closed an unpaid order (kept for staff, hidden from the member's default history; a
-- payment arriving later reopens it).
ALTER TABLE purchase_order ADD COLUMN closed_at DATETIME(3);

-- The default history: a member's open orders, newest first (closed_at IS NULL is an index ref).
CREATE INDEX ix_order_member_open ON purchase_order (member_id, closed_at, created_at, id);

-- History search by insured name (exact or prefix) without scanning.
CREATE INDEX ix_insured_name ON order_insured (name, purchase_order);

-- Exact-match search keys of what is never stored in the clear: a hash of the normalised ID number
-- (holder and insured persons) and of the holder's mobile, written at launch (order/SearchKeys).
-- Partner pulls that replace the insured persons (masked numbers only) leave them in place.
CREATE TABLE order_search_key (
    order_id    BIGINT        NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    key_hash    CHAR(64)      NOT NULL,
    PRIMARY KEY (order_id, kind, key_hash),
    CONSTRAINT fk_search_key_order FOREIGN KEY (order_id) REFERENCES purchase_order (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_search_key_hash ON order_search_key (key_hash, kind, order_id);

-- The history's product filter: the products a member has orders for, without reading every order.
CREATE INDEX ix_order_member_product_created ON purchase_order (member_id, product_code, created_at);
