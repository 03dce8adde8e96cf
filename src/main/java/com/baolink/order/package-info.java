/**
 * The order aggregate and its state machine, the member's buy flow, history and detail, the
 * launch ({@link com.baolink.order.OrderLauncher}) and the pull of a partner's current state.
 * Partners are reached through the {@link com.baolink.order.SalesChannel} port (launch, what the
 * channel supports), implemented by a channel adapter module per partner and found through
 * {@link com.baolink.order.SalesChannels}; the buy forms use the portal's
 * {@link com.baolink.order.CardType}, {@link com.baolink.order.Relation} and
 * {@link com.baolink.order.PayType}, translated by the adapters.
 * Offers {@link com.baolink.order.Orders}, {@link com.baolink.order.Order},
 * {@link com.baolink.order.OrderStatus}, {@link com.baolink.order.InsuredPerson}; the form
 * validation in {@code order.validation} is a named interface for the share-link forms.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orders")
package com.baolink.order;
