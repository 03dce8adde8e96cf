/**
 * The order aggregate and its state machine, the member's buy flow, history and detail, the
 * launch ({@link com.baolink.order.OrderLauncher}) and the pull of a partner's current state.
 * Offers {@link com.baolink.order.Orders}, {@link com.baolink.order.Order},
 * {@link com.baolink.order.OrderStatus}, {@link com.baolink.order.InsuredPerson}; the form
 * validation in {@code order.validation} is a named interface for the share-link forms.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orders")
package com.baolink.order;
