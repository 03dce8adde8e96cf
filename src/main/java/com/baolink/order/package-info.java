/**
 * The order aggregate and its state machine, the member's buy flow, history and detail, the
 * launch ({@link com.baolink.order.OrderLauncher}) and the sync of a partner's current state
 * ({@link com.baolink.order.OrderSync}: when a page pulls, applying a pulled state to the aggregate
 * with source PULL — status never backwards, policies never lost to an older answer, card numbers
 * masked — the optimistic-lock retry and the page's fallback when the partner does not answer).
 * Partners are reached through the {@link com.baolink.order.SalesChannel} port (launch, pull the
 * current state as a partner-neutral {@code PulledState}, what the channel supports), implemented
 * by a channel adapter module per partner and found through {@link com.baolink.order.SalesChannels};
 * no partner protocol is used here. The buy forms use the portal's {@link com.baolink.order.CardType}, {@link com.baolink.order.Relation} and
 * {@link com.baolink.order.PayType}, translated by the adapters.
 * Offers {@link com.baolink.order.Orders}, {@link com.baolink.order.Order},
 * {@link com.baolink.order.OrderStatus}, {@link com.baolink.order.InsuredPerson},
 * {@link com.baolink.order.OrderSync} (refresh with a {@code SalesChannel.PullPriority}); the form
 * validation in {@code order.validation} is a named interface for the share-link forms.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orders")
package com.baolink.order;
