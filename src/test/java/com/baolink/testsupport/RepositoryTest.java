package com.baolink.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

/**
 * The "db" layer of the test pyramid: a {@code @DataJdbcTest} slice (repositories, JdbcClient,
 * Flyway) on the portal's real database engine, the embedded MariaDB, never an in-memory stand-in.
 * Each test runs in a transaction that is rolled back, so no test sees another's rows; code that
 * commits on its own (REQUIRES_NEW) must use unique keys and delete what it wrote.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("db")
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
public @interface RepositoryTest {

}
