/**
 * The partners' wire protocols, one named interface per partner: {@code aigoubao} (envelope,
 * DES, signer, the client for all endpoints, error codes, callback parsing, the shared rate
 * budget), {@code xiebao} (signed links, notification verification and parsing) and {@code qimen}
 * (the scene-finance issuing endpoint and its signature check). Every partner assumption
 * (PROTOCOLS.md, "assumed") lives here. Offers
 * {@link com.baolink.partner.PartnerUnavailableException} to every caller. Depends on nothing but
 * infrastructure (and the qimen endpoint on scene finance).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partner protocols")
package com.baolink.partner;
