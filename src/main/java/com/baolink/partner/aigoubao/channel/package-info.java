/**
 * The AiGouBao sales channel: implements the order module's {@link com.baolink.order.SalesChannel}
 * port with the AiGouBao protocol of {@code partner.aigoubao}. Every AiGouBao detail of a launch
 * lives here: the distributor code, the member's registration (7.1) before the first order, the
 * pre-order (7.4) with AiGouBao's pay type codes and the notify URLs of the callback inbox. So does
 * every detail of a pull ({@code AigoubaoOrderPull}): the order detail (7.11) and, once issued, the
 * policy links (7.6), AiGouBao's status texts ({@code AigoubaoStatusMapping}, the one place for
 * those assumptions), card type codes and the 1000 "no order yet" answer, translated into the
 * port's {@code PulledState}; the call priorities of the shared rate budget follow the port's
 * {@code PullPriority}.
 * A nested module of {@code partner}: it may use the partner protocols, it depends on
 * {@code order} (the port) and nothing depends on it; Spring finds it as a {@code SalesChannel}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "AiGouBao sales channel")
package com.baolink.partner.aigoubao.channel;
