package com.baolink.billing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.mockito.Mockito.mock;

/**
 * For {@code @WebMvcTest} slices ({@link com.baolink.testsupport.WebSliceTest}): the billing
 * module's controller advice is loaded by every slice and needs its (package-private) collaborator.
 */
@TestConfiguration(proxyBeanMethods = false)
public class BillingSliceMocks {

	@Bean
	InvoiceSections invoiceSections() {
		return mock(InvoiceSections.class);
	}

}
