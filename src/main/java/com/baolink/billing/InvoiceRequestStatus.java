package com.baolink.billing;

/** Where a member's invoice request stands. */
public enum InvoiceRequestStatus {

	/** Stored; the 7.2 application is (being) sent. */
	REQUESTED,
	/** AiGouBao accepted the application and is issuing. */
	IN_PROGRESS,
	/** Every policy's invoice is there. */
	ISSUED,
	/** Some invoices are there, the others are still coming. */
	PARTIAL,
	/** Refused or given up; the member may request again. */
	FAILED

}
