-- Every order's timeline for staff (admin/orders/{id}): each callback that named the order, each
-- pull, each status change with who or what caused it, each document fetched, each staff action.
-- Written in the transaction of the change itself (order/OrderTimeline); one insert per event.
CREATE TABLE order_event (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id      BIGINT        NOT NULL,
    occurred_at   DATETIME(3)   NOT NULL,
    kind          VARCHAR(24)   NOT NULL,
    source        VARCHAR(16)   NOT NULL,
    from_status   VARCHAR(32),
    to_status     VARCHAR(32),
    actor         VARCHAR(100),
    ref           VARCHAR(64),
    detail        VARCHAR(255),
    CONSTRAINT fk_order_event_order FOREIGN KEY (order_id) REFERENCES purchase_order (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_order_event_order_time ON order_event (order_id, occurred_at, id);

-- Staff order search (admin/orders and its CSV export) over every member's orders, newest first:
-- each filter that can stand alone is an index range read in (created_at, id) order, and the
-- export walks the same order in key-set chunks.
CREATE INDEX ix_order_created ON purchase_order (created_at, id);
CREATE INDEX ix_order_status_created ON purchase_order (status, created_at, id);
CREATE INDEX ix_order_product_created ON purchase_order (product_code, created_at, id);
CREATE INDEX ix_order_channel_created ON purchase_order (channel, created_at, id);
CREATE INDEX ix_member_mobile ON member (mobile);
