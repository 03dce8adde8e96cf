/**
 * Qimen (奇门) scene-finance issuing endpoint: the {@code policy.issuing} request, its signature
 * check and parsing into the scene-finance module's {@link com.baolink.scenefinance.IssuingRequest},
 * and the answer bodies. Configuration {@code baolink.qimen.*}.
 */
@org.springframework.modulith.NamedInterface("qimen")
package com.baolink.partner.qimen;

