package com.baolink.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration;
import org.springframework.context.annotation.Import;

import com.baolink.billing.BillingSliceMocks;
import com.baolink.infrastructure.web.LanguageLinks;

/**
 * The "web" layer of the test pyramid: a {@code @WebMvcTest} slice (one controller, its views and
 * the web configuration, collaborators mocked with {@code @MockitoBean}); no database, no engine.
 * Put it next to {@code @WebMvcTest(SomeController.class)}. Provides what the portal's controller
 * advice and servlet filters, which every slice loads, need (the multipart limits, billing's advice),
 * and the layout's language links.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("web")
@Import({ BillingSliceMocks.class, LanguageLinks.class })
@ImportAutoConfiguration(MultipartAutoConfiguration.class)
public @interface WebSliceTest {

}
