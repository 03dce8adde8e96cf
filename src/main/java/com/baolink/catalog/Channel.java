package com.baolink.catalog;

/**
 * The partner platform a product is sold on, and so the one an order was bought on. What a channel
 * offers after the purchase is its adapter's {@code order.SalesChannel.Capabilities}.
 */
public enum Channel {

	AIGOUBAO, XIEBAO

}
