/**
 * The AiGouBao sales channel: implements the order module's {@link com.baolink.order.SalesChannel}
 * port with the AiGouBao protocol of {@code partner.aigoubao}. Every AiGouBao detail of a launch
 * lives here: the distributor code, the member's registration (7.1) before the first order, the
 * pre-order (7.4) with AiGouBao's pay type codes and the notify URLs of the callback inbox.
 * A nested module of {@code partner}: it may use the partner protocols, it depends on
 * {@code order} (the port) and nothing depends on it; Spring finds it as a {@code SalesChannel}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "AiGouBao sales channel")
package com.baolink.partner.aigoubao.channel;
