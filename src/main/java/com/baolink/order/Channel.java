package com.baolink.order;

/** The partner platform an order was bought on. */
public enum Channel {

	AIGOUBAO, XIEBAO

}
