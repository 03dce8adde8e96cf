-- Portal accounts: members log in with their mobile number, staff with a username.
CREATE TABLE member (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    login               VARCHAR(64)  NOT NULL,
    display_name        VARCHAR(100) NOT NULL,
    password_hash       VARCHAR(200) NOT NULL,
    role                VARCHAR(16)  NOT NULL,
    mobile              VARCHAR(20),
    company             VARCHAR(200),
    province            VARCHAR(50),
    city                VARCHAR(50),
    address             VARCHAR(300),
    credit_allowed      BOOLEAN      NOT NULL DEFAULT FALSE,
    aigoubao_member_id  VARCHAR(64),
    enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at          DATETIME(3)  NOT NULL,
    CONSTRAINT uk_member_login UNIQUE (login)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Login throttling: failures per (login, remote address) within a window; locked_until set when over the limit.
CREATE TABLE login_attempt (
    attempt_key   VARCHAR(200) NOT NULL PRIMARY KEY,
    failures      INT          NOT NULL,
    window_start  DATETIME(3)  NOT NULL,
    locked_until  DATETIME(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ShedLock: one node runs each scheduled job.
CREATE TABLE shedlock (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until  TIMESTAMP(3) NOT NULL,
    locked_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by   VARCHAR(255) NOT NULL
) ENGINE=InnoDB;

-- Spring Session JDBC (schema-mysql.sql of spring-session-jdbc).
CREATE TABLE SPRING_SESSION (
    PRIMARY_ID CHAR(36) NOT NULL,
    SESSION_ID CHAR(36) NOT NULL,
    CREATION_TIME BIGINT NOT NULL,
    LAST_ACCESS_TIME BIGINT NOT NULL,
    MAX_INACTIVE_INTERVAL INT NOT NULL,
    EXPIRY_TIME BIGINT NOT NULL,
    PRINCIPAL_NAME VARCHAR(100),
    CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC;

CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID CHAR(36) NOT NULL,
    ATTRIBUTE_NAME VARCHAR(200) NOT NULL,
    ATTRIBUTE_BYTES BLOB NOT NULL,
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION(PRIMARY_ID) ON DELETE CASCADE
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC;
