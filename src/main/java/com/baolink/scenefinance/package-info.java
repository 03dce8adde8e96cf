/**
 * Scene-finance e-policies issued on request of the qimen caller: storage, the e-policy PDF,
 * staff search and file download. Offers {@link com.baolink.scenefinance.ScenePolicyIssuer} and
 * {@link com.baolink.scenefinance.IssuingRequest} to the qimen adapter.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scene finance")
package com.baolink.scenefinance;
