package com.baolink.order;

/** How the order is paid: at the partner's cashier, or on the distributor's credit account. */
public enum PayType {

	CASH, CREDIT

}
