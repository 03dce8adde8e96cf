/**
 * Simulated partners for the {@code sandbox} profile only (never production): the AiGouBao API,
 * hosted pages and files, Xiebao's pages and notifier, demo accounts and catalogue curation. May
 * use the partner protocol code (signer, DES, properties) it imitates; offers nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sandbox partners")
package com.baolink.sandbox;
