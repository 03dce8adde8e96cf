package com.baolink.infrastructure.config;

import java.util.Map;

/**
 * Addresses a module calls or hands to a partner, by the property that configures them. Outside the
 * sandbox each must be an absolute http(s) URL ({@link ProductionUrlCheck}); a partner adapter's
 * properties implement this, so infrastructure knows no partner.
 */
public interface ExternalAddresses {

	/** Property name to configured URL; an address that is switched off is left out. */
	Map<String, String> externalAddresses();

}
